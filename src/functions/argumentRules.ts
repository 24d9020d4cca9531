/**
 * Every numeric argument of the PEAK functions and its limits, declared once as
 * data (STYLE.md §8) and checked by {@link readNumberArgument}. Names are the
 * ones a user sees in Excel's formula tooltip.
 */
import { cellValue, describeCell, excelErrorOf, isBlankCell } from "../engine/cells";
import { err, ok, type Result } from "../engine/errors";
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

/** The numeric arguments of every PEAK function, by the name Excel shows. */
export const ARGUMENT_RULES = {
  lead_time_days: { min: 0 },
  max_lead_time_days: { min: 0 },
  service_level: { min: 0, minExclusive: true, max: 1, maxExclusive: true, default: 0.95 },
  horizon_days: { min: 1, max: 3660, integer: true },
  season_length: { min: 2, max: 366, integer: true, default: 7 },
  uplift: { min: 0 },
  growth: { min: 0, default: 1 },
  quantile: { min: 0.01, max: 0.99, default: 0.5 },
  event_demand_p50: { min: 0 },
  event_demand_p90: { min: 0 },
  safety_stock: { min: 0 },
  buffer_pct: { min: 0, max: 10, default: 0.15 },
  on_hand: { min: 0, default: 0 },
  length_cm: { min: 0 },
  width_cm: { min: 0 },
  height_cm: { min: 0 },
  actual_kg: { min: 0 },
  divisor: { min: 0, minExclusive: true, default: 6000 },
  cartons: { min: 0, default: 1 },
  count: { min: 0, default: 1 },
  transit_days: { min: 0 },
  receiving_days: { min: 0, default: 14 },
  safety_days: { min: 0, default: 7 },
  handling_days: { min: 0, default: 0 },
  unit_cost: { min: 0 },
  freight_per_unit: { min: 0 },
  duty_rate: { min: 0, max: 10, default: 0 },
  insurance_rate: { min: 0, max: 1, default: 0 },
  fees_per_unit: { min: 0, default: 0 },
  cubic_feet: { min: 0 },
  rate_jan_sep: { min: 0, default: 0.78 },
  rate_oct_dec: { min: 0, default: 2.4 },
  a_share: { min: 0, minExclusive: true, max: 1, default: 0.8 },
  b_share: { min: 0, minExclusive: true, max: 1, default: 0.95 },
  x_cv: { min: 0, default: 0.5 },
  y_cv: { min: 0, default: 1 },
  actual_to_date: { min: 0 },
  forecast_to_date: { min: 0 },
  threshold: { min: 0, max: 1, maxExclusive: true, default: 0.3 },
} as const satisfies Record<string, NumberRule>;

/** Name of a declared numeric argument. */
export type NumberArgument = keyof typeof ARGUMENT_RULES;

function describeRange(rule: NumberRule): string {
  const low = rule.min === undefined ? "" : `${rule.minExclusive ? "above" : "at least"} ${rule.min}`;
  const high = rule.max === undefined ? "" : `${rule.maxExclusive ? "below" : "at most"} ${rule.max}`;
  if (rule.min !== undefined && rule.max !== undefined && rule.minExclusive && rule.maxExclusive) {
    return `between ${rule.min} and ${rule.max}`;
  }
  return [low, high].filter((s) => s !== "").join(" and ");
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
  if (isBlankCell(raw)) {
    if (rule.default !== undefined) return ok(rule.default);
    return err("MISSING_VALUE", `${name} is required`, where);
  }
  if (Array.isArray(raw)) return err("NOT_A_NUMBER", `${name} must be one number, not a range`, where);
  const excelError = excelErrorOf(raw);
  if (excelError) return err("NOT_A_NUMBER", `${name} holds the Excel error ${excelError}`, where);
  let x: number;
  if (typeof raw === "number") x = raw;
  else if (typeof raw === "string" && /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(raw)) x = Number(raw);
  else return err("NOT_A_NUMBER", `${name}: ${describeCell(raw)} is not a number`, where);
  if (!Number.isFinite(x)) return err("NOT_A_NUMBER", `${name} is not a finite number (${x})`, where);

  const tooLow = rule.min !== undefined && (rule.minExclusive ? x <= rule.min : x < rule.min);
  const tooHigh = rule.max !== undefined && (rule.maxExclusive ? x >= rule.max : x > rule.max);
  if (tooLow && rule.min === 0 && !rule.minExclusive) return err("NEGATIVE_VALUE", `${name} (${x}) is negative`, where);
  if (tooLow || tooHigh) return err("OUT_OF_RANGE", `${name} must be ${describeRange(rule)} (got ${x})`, where);
  if (rule.integer && !Number.isInteger(x)) return err("OUT_OF_RANGE", `${name} must be a whole number (got ${x})`, where);
  return ok(x);
}
