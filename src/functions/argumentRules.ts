/**
 * Every numeric argument of the PEAK functions and its limits, declared once as
 * data (STYLE.md §8) and checked by {@link readNumberArgument}. Names are the
 * ones a user sees in Excel's formula tooltip.
 */
import { cellParam, cellValue, excelErrorOf, isBlankCell } from "../engine/cells";
import { fail, ok, type Result } from "../engine/errors";
import { INPUT_LIMITS } from "../engine/workbook/inputLimits";
import { phrase, placeParam, type MessageParam } from "../engine/messages/messageText";
import { scalarOf } from "./argumentShape";

/** Limits of one numeric argument. */
export interface NumberRule {
  /** Smallest allowed value (inclusive unless `minExclusive`). */
  readonly min?: number;
  readonly minExclusive?: boolean;
  /** Largest allowed value (inclusive unless `maxExclusive`). */
  readonly max?: number;
  readonly maxExclusive?: boolean;
  /** Must be a whole number. */
  readonly integer?: boolean;
  /** Used when the argument is left out; without one the argument is required. */
  readonly default?: number;
}

/** Upper limits no real input reaches (`INPUT_LIMITS`): a value above one is a typo, refused before it overflows an answer. */
const UNITS = INPUT_LIMITS.units;
const DAYS = INPUT_LIMITS.days;
const USD = INPUT_LIMITS.unitPriceUsd;

/** The numeric arguments of every PEAK function, by the name Excel shows. */
export const ARGUMENT_RULES = {
  lead_time_days: { min: 0, max: DAYS },
  max_lead_time_days: { min: 0, max: DAYS },
  service_level: { min: 0, minExclusive: true, max: 1, maxExclusive: true, default: 0.95 },
  horizon_days: { min: 1, max: 3660, integer: true },
  season_length: { min: 2, max: 366, integer: true, default: 7 },
  uplift: { min: 0, max: INPUT_LIMITS.multiplier },
  growth: { min: 0, max: INPUT_LIMITS.multiplier, default: 1 },
  quantile: { min: 0.01, max: 0.99, default: 0.5 },
  event_demand_p50: { min: 0, max: UNITS },
  event_demand_p90: { min: 0, max: UNITS },
  safety_stock: { min: 0, max: UNITS },
  buffer_pct: { min: 0, max: 10, default: 0.15 },
  on_hand: { min: 0, max: UNITS, default: 0 },
  length_cm: { min: 0 },
  width_cm: { min: 0 },
  height_cm: { min: 0 },
  actual_kg: { min: 0 },
  divisor: { min: 0, minExclusive: true, default: 6000 },
  cartons: { min: 0, default: 1 },
  count: { min: 0, default: 1 },
  transit_days: { min: 0, max: DAYS },
  receiving_days: { min: 0, max: DAYS, default: 14 },
  safety_days: { min: 0, max: DAYS, default: 7 },
  handling_days: { min: 0, max: DAYS, default: 0 },
  unit_cost: { min: 0, max: USD },
  freight_per_unit: { min: 0, max: USD },
  duty_rate: { min: 0, max: 10, default: 0 },
  insurance_rate: { min: 0, max: 1, default: 0 },
  fees_per_unit: { min: 0, max: USD, default: 0 },
  cubic_feet: { min: 0, max: INPUT_LIMITS.cubicFeet },
  rate_jan_sep: { min: 0, default: 0.78 },
  rate_oct_dec: { min: 0, default: 2.4 },
  a_share: { min: 0, minExclusive: true, max: 1, default: 0.8 },
  b_share: { min: 0, minExclusive: true, max: 1, default: 0.95 },
  x_cv: { min: 0, default: 0.5 },
  y_cv: { min: 0, default: 1 },
  actual_to_date: { min: 0, max: UNITS },
  forecast_to_date: { min: 0, max: UNITS },
  threshold: { min: 0, max: 1, maxExclusive: true, default: 0.3 },
} as const satisfies Record<string, NumberRule>;

/** Name of a declared numeric argument. */
export type NumberArgument = keyof typeof ARGUMENT_RULES;

/** A rule's allowed range as a message value: "between 0 and 1", "at least 0 and at most 10" … */
function rangeParam(rule: NumberRule): MessageParam {
  if (rule.min !== undefined && rule.max !== undefined && rule.minExclusive && rule.maxExclusive) {
    return phrase("rangeBetween", { min: rule.min, max: rule.max });
  }
  const low = rule.min === undefined ? null : phrase(rule.minExclusive ? "rangeAbove" : "rangeAtLeast", { min: rule.min });
  const high = rule.max === undefined ? null : phrase(rule.maxExclusive ? "rangeBelow" : "rangeAtMost", { max: rule.max });
  return low && high ? phrase("rangeBoth", { low, high }) : (low ?? high ?? "");
}


/**
 * Reads a numeric argument and checks it against its rule in {@link ARGUMENT_RULES}:
 * blank → the rule's default (or MISSING_VALUE when it has none); numeric text
 * ("0.95", " 12 ") is read as Excel reads typed numbers; anything else, or a
 * number outside the limits, is an error that names the argument.
 * @example readNumberArgument(null, "service_level") // ok(0.95)
 * @example readNumberArgument(1.5, "service_level") // err OUT_OF_RANGE "service_level must be between 0 and 1 (got 1.5)"
 * @example readNumberArgument("abc", "lead_time_days") // err NOT_A_NUMBER "lead_time_days: 'abc' is not a number"
 */
export function readNumberArgument(value: unknown, name: NumberArgument): Result<number> {
  const rule: NumberRule = ARGUMENT_RULES[name];
  const raw = cellValue(scalarOf(value));
  const where = { argument: name };
  const place = placeParam(where);
  if (isBlankCell(raw)) {
    if (rule.default !== undefined) return ok(rule.default);
    return fail("argRequired", "MISSING_VALUE", { place }, where);
  }
  if (Array.isArray(raw)) return fail("argNotOneNumber", "NOT_A_NUMBER", { place }, where);
  const excelError = excelErrorOf(raw);
  if (excelError) return fail("argExcelError", "NOT_A_NUMBER", { place, error: excelError }, where);
  let x: number;
  if (typeof raw === "number") x = raw;
  else if (typeof raw === "string" && /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(raw)) x = Number(raw);
  else return fail("notANumber", "NOT_A_NUMBER", { place, value: cellParam(raw) }, where);
  if (!Number.isFinite(x)) return fail("argNotFinite", "NOT_A_NUMBER", { place, value: String(x) }, where);

  const tooLow = rule.min !== undefined && (rule.minExclusive ? x <= rule.min : x < rule.min);
  const tooHigh = rule.max !== undefined && (rule.maxExclusive ? x >= rule.max : x > rule.max);
  if (tooLow && rule.min === 0 && !rule.minExclusive) return fail("argNegative", "NEGATIVE_VALUE", { place, value: x }, where);
  if (tooLow || tooHigh) return fail("argOutsideRange", "OUT_OF_RANGE", { place, range: rangeParam(rule), value: x }, where);
  if (rule.integer && !Number.isInteger(x)) return fail("argWhole", "OUT_OF_RANGE", { place, value: x }, where);
  return ok(x);
}
