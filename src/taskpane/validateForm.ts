/**
 * Checking the Event and Policy steps field by field, as the engine would
 * (readEventSheet, readLanesSheet), so each problem shows at its field before
 * anything runs. Pure.
 */
import { isoFromSerial, parseDate } from "../engine/dates";
import type { EventPolicy, Lane } from "../engine/plan/types";
import { DEFAULT_VOLUMETRIC_DIVISOR } from "../engine/workbook/readLanesSheet";
import { readCapacityCell, type CapacityLimits } from "../engine/workbook/readCapacityCell";
import type { Message } from "./i18n";
import type { FormField, LaneColumn, LaneRow, PlanForm } from "./planForm";
import { splitDates } from "./dateText";
import { checkSeason, type SeasonFieldProblem } from "./validateSeason";

export { splitDates } from "./dateText";

/** A message at a field: an error blocks the plan, a warning does not. */
export interface FieldMessage extends Message {
  readonly severity: "error" | "warning";
}

/** A problem in one cell of the lanes table. */
export interface LaneProblem {
  readonly laneKey: number;
  /** 1-based row, as the table shows it. */
  readonly row: number;
  readonly column: LaneColumn;
  readonly message: Message;
}

export interface FormCheck {
  readonly fields: Readonly<Partial<Record<FormField, FieldMessage>>>;
  readonly lanes: readonly LaneProblem[];
  /** Problems in the season's further events (`checkSeason`). */
  readonly season: readonly SeasonFieldProblem[];
  /** A problem with the table as a whole (no lanes). */
  readonly lanesMessage: Message | null;
  /** The policy, when every field is valid. */
  readonly policy: EventPolicy | null;
  /** The lanes, when every lane is valid. */
  readonly laneList: readonly Lane[] | null;
  readonly valid: boolean;
}

/** What the check knows about the workbook. */
export interface CheckContext {
  /** Marketplaces on the Sales sheet, for the marketplace warning. */
  readonly salesMarketplaces?: readonly string[];
}

type Read = { readonly ok: true; readonly value: number | null } | { readonly ok: false };

/**
 * A number as typed: blank → null; "15%" → 0.15 when `percent`; a comma for the
 * decimal point when there is no dot ("0,15").
 * @example readNumberText(" 15% ", true) // { ok: true, value: 0.15 }
 */
export function readNumberText(text: string, percent = false): Read {
  let t = text.trim();
  if (t === "") return { ok: true, value: null };
  let scale = 1;
  if (percent && t.endsWith("%")) {
    t = t.slice(0, -1).trim();
    scale = 0.01;
  }
  if (!t.includes(".")) t = t.replace(",", ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return { ok: false };
  return { ok: true, value: Number(t) * scale };
}


interface NumberRule {
  readonly percent?: boolean;
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
  /** Strictly between 0 and 1 (a service level). */
  readonly open01?: boolean;
  readonly positive?: boolean;
  readonly required?: boolean;
}

/** Checks one number; returns the value (null = blank allowed) or the message. */
function checkNumber(text: string, rule: NumberRule): { value: number | null } | { message: Message } {
  const read = readNumberText(text, rule.percent);
  if (!read.ok) return { message: { key: "errNumber", values: { value: text.trim() } } };
  const v = read.value;
  if (v === null) return rule.required ? { message: { key: "errRequired" } } : { value: null };
  if (rule.open01 && !(v > 0 && v < 1)) return { message: { key: "errServiceLevel" } };
  if (rule.positive && !(v > 0)) return { message: { key: "errPositive" } };
  if (rule.integer && (!Number.isInteger(v) || v < 0)) return { message: { key: "errWholeDays" } };
  if (rule.max !== undefined && (v < (rule.min ?? 0) || v > rule.max)) return { message: { key: "errFraction" } };
  if (rule.min !== undefined && v < rule.min) return { message: { key: "errNonNegative" } };
  return { value: v };
}

const FRACTION: NumberRule = { percent: true, min: 0, max: 1, required: true };
const SERVICE: NumberRule = { percent: true, open01: true, required: true };
const DAYS: NumberRule = { integer: true, required: true };

/**
 * The capacity field: blank (no limit), a number more than 0 (every destination), or
 * "Amazon US: 5000; Amazon DE: 2000" as the Event sheet's CapacityCubicFeet reads it.
 */
function checkCapacity(text: string): { limits: CapacityLimits | null } | { message: Message } {
  if (!/[:：]/.test(text)) {
    const c = checkNumber(text, { positive: true });
    if ("message" in c) return c;
    return { limits: c.value === null ? null : { allCubicFeet: c.value, byDestination: {} } };
  }
  const read = readCapacityCell(text, { column: "capacity" });
  return read.ok ? { limits: read.value } : { message: { key: "errCapacity", values: { value: text.trim() } } };
}

function checkLanes(rows: readonly LaneRow[]): { problems: LaneProblem[]; lanes: Lane[] } {
  const problems: LaneProblem[] = [];
  const lanes: Lane[] = [];
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    const before = problems.length;
    const problem = (column: LaneColumn, message: Message) => problems.push({ laneKey: r.key, row: i + 1, column, message });
    const num = (column: LaneColumn, rule: NumberRule): number | null => {
      const c = checkNumber(r[column], rule);
      if ("message" in c) {
        problem(column, c.message);
        return null;
      }
      return c.value;
    };
    const name = r.name.trim();
    const destination = r.destination.trim();
    if (name === "") problem("name", { key: "errRequired" });
    else if (seen.has(name.toLowerCase())) problem("name", { key: "errDuplicateLane", values: { name } });
    seen.set(name.toLowerCase(), i);
    const transit = num("transitDays", DAYS);
    const worst = num("transitDaysWorst", { integer: true });
    if (transit !== null && worst !== null && worst < transit) {
      problem("transitDaysWorst", { key: "errWorstBelowTypical", values: { worst, typical: transit } });
    }
    const handling = num("handlingDays", { integer: true });
    const perKg = num("ratePerKg", { min: 0 });
    const perCbm = num("ratePerCbm", { min: 0 });
    const minimum = num("minCharge", { min: 0 });
    const divisor = num("volumetricDivisor", { positive: true });
    if (problems.length > before || transit === null) return;
    lanes.push({
      name,
      mode: r.mode,
      transitDays: transit,
      transitDaysWorst: worst ?? transit,
      handlingDays: handling ?? 0,
      ratePerKg: perKg ?? 0,
      ratePerCbm: perCbm ?? 0,
      minCharge: minimum ?? 0,
      volumetricDivisor: divisor ?? DEFAULT_VOLUMETRIC_DIVISOR[r.mode],
      allowsSensitive: r.allowsSensitive,
      ...(r.harborFee !== undefined ? { harborFee: r.harborFee } : {}),
      ...(destination !== "" ? { destination } : {}),
    });
  });
  return { problems, lanes };
}

/**
 * Every field of the Event and Policy steps and every lane, checked.
 * @example validateForm(formWithEndBeforeStart).fields.end
 * // { key: "errEndBeforeStart", values: { end: "2026-11-20", start: "2026-11-27" }, severity: "error" }
 */
export function validateForm(form: PlanForm, context: CheckContext = {}): FormCheck {
  const fields: Partial<Record<FormField, FieldMessage>> = {};
  const error = (field: FormField, message: Message): void => {
    fields[field] = { ...message, severity: "error" };
  };
  const warn = (field: FormField, message: Message): void => {
    fields[field] = { ...message, severity: "warning" };
  };
  const e = form.event;
  const date = (field: "start" | "end" | "planDate"): number | null => {
    const text = e[field].trim();
    const parsed = text === "" ? null : parseDate(text, field);
    if (parsed?.ok) return parsed.value;
    error(field, parsed === null ? { key: "errRequired" } : { key: "errBadDate", values: { value: text } });
    return null;
  };
  const start = date("start");
  const end = date("end");
  const planDate = date("planDate");
  if (start !== null && end !== null && end < start) error("end", { key: "errEndBeforeStart", values: { end: isoFromSerial(end), start: isoFromSerial(start) } });
  if (planDate !== null && end !== null && planDate > end) {
    // A warning, not an error: the policy stays usable, so the Replay step can replay the edition.
    warn("planDate", { key: "warnPlanAfterEvent", values: { planDate: isoFromSerial(planDate), end: isoFromSerial(end) } });
  } else if (planDate !== null && start !== null && planDate >= start) warn("planDate", { key: "warnPlanDuringEvent" });
  const pastStarts: number[] = [];
  for (const part of splitDates(e.pastStarts)) {
    const parsed = parseDate(part, "pastStarts");
    if (!parsed.ok) {
      error("pastStarts", { key: "errBadDate", values: { value: part } });
      break;
    }
    if (start !== null && parsed.value >= start) {
      error("pastStarts", { key: "errPastStartNotBefore", values: { date: isoFromSerial(parsed.value), start: isoFromSerial(start) } });
      break;
    }
    pastStarts.push(parsed.value);
  }
  let cutOff: number | null = null;
  const cutOffText = e.cutOff.trim();
  if (cutOffText !== "") {
    const parsed = parseDate(cutOffText, "cutOff");
    if (!parsed.ok) error("cutOff", { key: "errBadDate", values: { value: cutOffText } });
    else if (start !== null && parsed.value > start) error("cutOff", { key: "errCutOffAfterStart", values: { date: isoFromSerial(parsed.value), start: isoFromSerial(start) } });
    else cutOff = parsed.value;
  }
  const market = e.marketplace.trim();
  const known = context.salesMarketplaces ?? [];
  if (market !== "" && known.length > 0 && !known.some((m) => m.trim().toLowerCase() === market.toLowerCase())) {
    warn("marketplace", { key: "warnMarketplaceUnknown", values: { value: market, list: known.join(", ") } });
  }

  const num = (field: FormField, text: string, rule: NumberRule): number | null => {
    const c = checkNumber(text, rule);
    if ("message" in c) {
      error(field, c.message);
      return null;
    }
    return c.value;
  };
  const p = form.policy;
  const values = {
    receivingDays: num("receivingDays", e.receivingDays, DAYS),
    safetyDays: num("safetyDays", e.safetyDays, DAYS),
    serviceA: num("serviceA", p.serviceA, SERVICE),
    serviceB: num("serviceB", p.serviceB, SERVICE),
    serviceC: num("serviceC", p.serviceC, SERVICE),
    buffer: num("buffer", p.buffer, FRACTION),
    contingency: num("contingency", p.contingency, FRACTION),
    threshold: num("threshold", p.threshold, FRACTION),
    growth: num("growth", p.growth, { positive: true, required: true }),
    coverDays: num("coverDays", p.coverDays, DAYS),
  };
  const capacity = checkCapacity(p.capacity);
  if ("message" in capacity) error("capacity", capacity.message);

  const season = checkSeason(form.season, { name: e.name.trim() === "" ? "Event" : e.name.trim(), start, end, planDate }, market);
  const { problems, lanes } = checkLanes(form.lanes);
  const lanesMessage: Message | null = form.lanes.length === 0 ? { key: "errNoLanes" } : null;
  const fieldsOk = Object.values(fields).every((m) => m.severity !== "error") && season.problems.length === 0;
  const lanesOk = problems.length === 0 && lanesMessage === null;
  const v = values;
  const policy: EventPolicy | null =
    fieldsOk && start !== null && end !== null && planDate !== null
      ? {
          name: e.name.trim() === "" ? "Event" : e.name.trim(),
          marketplace: market,
          start,
          end,
          planDate,
          pastEventStarts: [...new Set(pastStarts)].sort((a, b) => a - b),
          receivingDays: v.receivingDays as number,
          safetyDays: v.safetyDays as number,
          ...(cutOff !== null ? { inboundCutOff: cutOff } : {}),
          serviceLevelByClass: { A: v.serviceA as number, B: v.serviceB as number, C: v.serviceC as number },
          bufferPct: v.buffer as number,
          contingencyPct: v.contingency as number,
          alertThreshold: v.threshold as number,
          growth: v.growth as number,
          coverDaysAfter: v.coverDays as number,
          ...("limits" in capacity && capacity.limits?.allCubicFeet !== undefined ? { capacityCubicFeet: capacity.limits.allCubicFeet } : {}),
          ...("limits" in capacity && capacity.limits && Object.keys(capacity.limits.byDestination).length > 0 ? { capacityByDestination: capacity.limits.byDestination } : {}),
          storageRateOffPeak: form.extras.storageRateOffPeak,
          storageRatePeak: form.extras.storageRatePeak,
          insuranceRate: form.extras.insuranceRate,
          safetyStockMethod: p.method,
          ...(form.extras.upliftOverride !== undefined ? { upliftOverride: form.extras.upliftOverride } : {}),
          ...(form.extras.overageFeePerCubicFoot !== undefined ? { overageFeePerCubicFoot: form.extras.overageFeePerCubicFoot } : {}),
          ...(form.extras.threePlCostPerCubicFoot !== undefined ? { threePlCostPerCubicFoot: form.extras.threePlCostPerCubicFoot } : {}),
          ...(form.extras.depositPct !== undefined ? { depositPct: form.extras.depositPct } : {}),
          ...(season.events.length > 0 ? { laterEvents: season.events } : {}),
        }
      : null;
  return { fields, lanes: problems, season: season.problems, lanesMessage, policy, laneList: lanesOk ? lanes : null, valid: policy !== null && lanesOk };
}
