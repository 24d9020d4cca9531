/**
 * The `Event` sheet (the event and the plan's policy, as key/value rows) from a plain grid.
 */
import { cellParam, cellValue, describeCell, isBlankCell, readNumber, readText } from "../cells";
import { DEFAULT_SERVICE_LEVEL_BY_CLASS } from "../classify/defaultServiceLevelForClass";
import { fail, ok, problem, type EngineError, type ErrorLocation, type Result } from "../errors";
import { listParam, placeParam, quoted } from "../messages/messageText";
import { INPUT_LIMITS } from "./inputLimits";
import type { EventPolicy, SafetyStockMethod } from "../plan/types";
import { readCapacityCell } from "./readCapacityCell";
import { EVENT_SHEET, type EventKey } from "./headerAliases";
import { bilingualName, headerKeyOf, normalizeHeader } from "./matchHeaders";
import { readEventDates, type EventEntry as Entry } from "./readEventDates";
import { readFraction } from "./readFraction";
import type { Grid, GridOptions } from "./sheetTable";

/** What a missing or blank key means (DESIGN.md §1, §3; sources in `EventPolicy`'s docs). */
export const EVENT_DEFAULTS = Object.freeze({
  name: "Event",
  /** Blank = every marketplace in the Sales sheet. */
  marketplace: "",
  /** FBA receiving at peak: 14+ days (DESIGN.md §1 item 6). */
  receivingDays: 14,
  safetyDays: 7,
  /** A 0.98, B 0.95, C 0.90 (DESIGN.md §1 item 2). */
  serviceLevelByClass: DEFAULT_SERVICE_LEVEL_BY_CLASS,
  /** 机动库存 10–20 % (DESIGN.md §1 item 4). */
  bufferPct: 0.15,
  /** 10–15 % contingency budget (DESIGN.md §1 item 7). */
  contingencyPct: 0.1,
  /** ±30 % actual vs forecast (DESIGN.md §1 item 9). */
  alertThreshold: 0.3,
  growth: 1,
  coverDaysAfter: 14,
  /** Amazon US standard-size storage 2024, USD per ft³ per month: Jan–Sep 0.78, Oct–Dec 2.40. */
  storageRateOffPeak: 0.78,
  storageRatePeak: 2.4,
  /** Cargo insurance 0.1–0.5 % of (goods + freight) × 1.1 (DESIGN.md §1 item 7). */
  insuranceRate: 0.003,
  /**
   * SERVICE by default: the policy sets a service level per ABC class, which only
   * the service-level formula uses; the sellers' MAXAVG rule ignores it and, on the
   * Black Friday 2015 replay (`npm run bench:plan`), shipped 1.4× what SERVICE did
   * for 0.7 points more fill rate (94.9 % vs 94.2 %). Sellers who want their rule write MAXAVG.
   */
  safetyStockMethod: "SERVICE" as SafetyStockMethod,
});

/** The policy read, and what was ignored. */
export interface EventSheet {
  readonly policy: EventPolicy;
  /** Unknown keys and values without a key, ignored (code OUT_OF_RANGE). */
  readonly warnings: EngineError[];
}

/** Key cells that mark a "Key | Value" header row (ignored when they head the sheet). */
const HEADER_ROW_WORDS = new Set(["key", "keys", "setting", "settings", "parameter", "parameters", "field", "item", "项目", "参数", "设置", "键", "名称"]);
const METHOD_WORDS: ReadonlyMap<string, SafetyStockMethod> = new Map([
  ...["maxavg", "max/avg", "heuristic", "最大平均", "经验公式", "经验法"].map((w) => [w, "MAXAVG"] as const),
  ...["service", "servicelevel", "statistical", "服务水平", "统计", "统计法"].map((w) => [w, "SERVICE"] as const),
]);


/**
 * Reads the `Event` sheet: one key per row in the first column, its value in
 * the second; keys in English or Chinese (`EVENT_SHEET`, matched as headers
 * are). Start, End and PlanDate are required dates (serials or text: ISO,
 * `yyyy/m/d`, `a/b/yyyy` in one order for the whole sheet); every other key
 * may be missing or blank and then takes {@link EVENT_DEFAULTS}.
 *
 * Values: InboundCutOff (入仓截止日, also "cut-off", "FBA deadline") is the
 * marketplace's last day for goods to reach its warehouse, a date not after
 * Start; blank or missing = none. PastEventStarts holds dates separated by commas, semicolons or line
 * breaks in one cell, and/or one per following row with an empty key (sorted,
 * repeats dropped); each must be before Start. ReceivingDays, SafetyDays and
 * CoverDaysAfter are whole days ≥ 0. ServiceLevel sets classes A, B and C, and
 * ServiceLevelA/B/C override one class; each strictly between 0 and 1.
 * BufferPct, ContingencyPct, AlertThreshold and InsuranceRate are fractions
 * (0.15) or percentages ("15%"), at most 1. Growth and UpliftOverride are more
 * than 0; CapacityCubicFeet is ft³ more than 0, one number for every destination
 * or one per destination ("Amazon US: 5000; Amazon DE: 2000", `readCapacityCell`);
 * storage rates (USD per ft³ per month), OverageFeePerCubicFoot and
 * ThreePlCostPerCubicFoot (USD per ft³) ≥ 0;
 * SafetyStockMethod MAXAVG or SERVICE (also max/avg, service level, 经验公式,
 * 服务水平). End before Start, or PlanDate after End, is INCONSISTENT_INPUT; a
 * Start more than three years after PlanDate (`INPUT_LIMITS.eventAheadDays`), or a
 * value above its sanity limit (days above 1,000, Growth or UpliftOverride above
 * 1,000, capacity above 1e9 ft³, storage rates above $1,000), is OUT_OF_RANGE; a
 * key given twice is DUPLICATE_KEY naming both rows. Unknown keys and values
 * without a key become warnings; a "Key | Value" header row at the top is skipped.
 * @param grid the sheet's cells (key column first)
 * @param options sheet name, position and date order
 * @returns the policy and warnings, or the first error naming the row and the key as the sheet writes it
 * @example
 * readEventSheet([["Event", "Prime Day"], ["Start", "2026-07-08"], ["End", "2026-07-11"],
 *   ["PlanDate", 46150], ["BufferPct", "20%"], ["PastEventStarts", "2025-07-08; 2024-07-16"]])
 * // ok: policy { name: "Prime Day", start: 46211, end: 46214, planDate: 46150, bufferPct: 0.2,
 * //   pastEventStarts: [45489, 45846], receivingDays: 14, … }, warnings []
 */
export function readEventSheet(grid: Grid, options: GridOptions = {}): Result<EventSheet> {
  const sheet = options.sheet ?? EVENT_SHEET.en;
  const firstRow = options.firstRow ?? 1;
  const entries = new Map<EventKey, Entry>();
  const past: Entry[] = [];
  const warnings: EngineError[] = [];
  let listOpen = false;
  let seen = false;
  for (let i = 0; i < grid.length; i++) {
    const row = firstRow + i;
    const keyCell = grid[i]?.[0];
    const valueCell = grid[i]?.[1];
    if (isBlankCell(keyCell) && isBlankCell(valueCell)) {
      listOpen = false;
      continue;
    }
    const first = !seen;
    seen = true;
    if (isBlankCell(keyCell)) {
      const list = entries.get("PastEventStarts");
      if (listOpen && list) past.push({ row, label: list.label, value: valueCell });
      else warnings.push(problem("valueWithoutKey", "OUT_OF_RANGE", { place: placeParam({ sheet, row }), value: cellParam(valueCell) }, { sheet, row }));
      continue;
    }
    listOpen = false;
    const keyValue = cellValue(keyCell);
    const label = typeof keyValue === "string" ? keyValue.trim() : describeCell(keyValue);
    const spec = typeof keyValue === "string" ? headerKeyOf(keyValue, EVENT_SHEET) : undefined;
    if (!spec) {
      if (first && HEADER_ROW_WORDS.has(normalizeHeader(label))) continue;
      warnings.push(problem("unknownKey", "OUT_OF_RANGE", { place: placeParam({ sheet, row }), key: quoted(label) }, { sheet, row }));
      continue;
    }
    const prior = entries.get(spec.key);
    if (prior) return fail("duplicateEventKey", "DUPLICATE_KEY", { sheet, first: prior.row, second: row, key: bilingualName(spec) }, { sheet, row });
    entries.set(spec.key, { row, label, value: valueCell });
    if (spec.key === "PastEventStarts") {
      listOpen = true;
      if (!isBlankCell(valueCell)) past.push({ row, label, value: valueCell });
    }
  }

  const missing = EVENT_SHEET.headers.filter((h) => h.required && !entries.has(h.key));
  if (missing.length > 0) {
    const names = listParam(missing.map(bilingualName), "comma");
    return fail(missing.length > 1 ? "missingKeys" : "missingKey", "MISSING_COLUMN", { place: placeParam({ sheet }), names }, { sheet });
  }
  const at = (e: Entry): ErrorLocation => ({ sheet, row: e.row, column: e.label });

  const cutOffEntry = entries.get("InboundCutOff");
  const cutOff = cutOffEntry && !isBlankCell(cutOffEntry.value) ? { cutOff: cutOffEntry } : {};
  const dates = readEventDates({ start: entries.get("Start") as Entry, end: entries.get("End") as Entry, planDate: entries.get("PlanDate") as Entry, past, ...cutOff }, sheet, options.dayOrder);
  if (!dates.ok) return dates;
  const { start, end, planDate, pastEventStarts, inboundCutOff } = dates.value;

  // Numbers and words: a missing key or a blank cell reads as null, then the default.
  const value = (key: EventKey): Entry | null => {
    const e = entries.get(key);
    return e && !isBlankCell(e.value) ? e : null;
  };
  const days = (key: EventKey): Result<number | null> => {
    const e = value(key);
    return e ? readNumber(e.value, at(e), { min: 0, integer: true, limit: INPUT_LIMITS.days }) : ok(null);
  };
  const fraction = (key: EventKey): Result<number | null> => {
    const e = value(key);
    return e ? readFraction(e.value, at(e)) : ok(null);
  };
  const amount = (key: EventKey, positive: boolean, limit: number): Result<number | null> => {
    const e = value(key);
    if (!e) return ok(null);
    const n = readNumber(e.value, at(e), { min: 0, percent: true, limit });
    if (n.ok && positive && n.value === 0) return fail("mustBePositive", "OUT_OF_RANGE", { place: placeParam(at(e)) }, at(e));
    return n;
  };
  const serviceLevel = (key: EventKey): Result<number | null> => {
    const e = value(key);
    const n = fraction(key);
    if (e && n.ok && (n.value === 0 || n.value === 1)) return fail("serviceLevelBounds", "OUT_OF_RANGE", { place: placeParam(at(e)), value: n.value }, at(e));
    return n;
  };
  const text = (key: EventKey): Result<string | null> => {
    const e = value(key);
    return e ? readText(e.value, at(e)) : ok(null);
  };

  const name = text("Event");
  if (!name.ok) return name;
  const marketplace = text("Marketplace");
  if (!marketplace.ok) return marketplace;
  const receiving = days("ReceivingDays");
  if (!receiving.ok) return receiving;
  const safety = days("SafetyDays");
  if (!safety.ok) return safety;
  const cover = days("CoverDaysAfter");
  if (!cover.ok) return cover;
  const levels: Record<"all" | "A" | "B" | "C", number | null> = { all: null, A: null, B: null, C: null };
  for (const [slot, key] of [["all", "ServiceLevel"], ["A", "ServiceLevelA"], ["B", "ServiceLevelB"], ["C", "ServiceLevelC"]] as const) {
    const level = serviceLevel(key);
    if (!level.ok) return level;
    levels[slot] = level.value;
  }
  const buffer = fraction("BufferPct");
  if (!buffer.ok) return buffer;
  const contingency = fraction("ContingencyPct");
  if (!contingency.ok) return contingency;
  const alert = fraction("AlertThreshold");
  if (!alert.ok) return alert;
  const insurance = fraction("InsuranceRate");
  if (!insurance.ok) return insurance;
  const growth = amount("Growth", true, INPUT_LIMITS.multiplier);
  if (!growth.ok) return growth;
  const capacityEntry = value("CapacityCubicFeet");
  const capacity = capacityEntry ? readCapacityCell(capacityEntry.value, at(capacityEntry)) : ok(null);
  if (!capacity.ok) return capacity;
  const overageFee = amount("OverageFeePerCubicFoot", false, INPUT_LIMITS.storageRateUsd);
  if (!overageFee.ok) return overageFee;
  const threePl = amount("ThreePlCostPerCubicFoot", false, INPUT_LIMITS.storageRateUsd);
  if (!threePl.ok) return threePl;
  const uplift = amount("UpliftOverride", true, INPUT_LIMITS.multiplier);
  if (!uplift.ok) return uplift;
  const offPeak = amount("StorageRateOffPeak", false, INPUT_LIMITS.storageRateUsd);
  if (!offPeak.ok) return offPeak;
  const peak = amount("StorageRatePeak", false, INPUT_LIMITS.storageRateUsd);
  if (!peak.ok) return peak;
  let method = EVENT_DEFAULTS.safetyStockMethod;
  const methodEntry = value("SafetyStockMethod");
  if (methodEntry) {
    const v = cellValue(methodEntry.value);
    const found = typeof v === "string" ? METHOD_WORDS.get(normalizeHeader(v)) : undefined;
    if (!found) return fail("notSafetyStockMethod", "OUT_OF_RANGE", { place: placeParam(at(methodEntry)), value: cellParam(v) }, at(methodEntry));
    method = found;
  }

  const d = EVENT_DEFAULTS.serviceLevelByClass;
  const policy: EventPolicy = {
    name: name.value ?? EVENT_DEFAULTS.name,
    marketplace: marketplace.value ?? EVENT_DEFAULTS.marketplace,
    start,
    end,
    planDate,
    pastEventStarts,
    receivingDays: receiving.value ?? EVENT_DEFAULTS.receivingDays,
    safetyDays: safety.value ?? EVENT_DEFAULTS.safetyDays,
    ...(inboundCutOff !== undefined ? { inboundCutOff } : {}),
    serviceLevelByClass: {
      A: levels.A ?? levels.all ?? d.A,
      B: levels.B ?? levels.all ?? d.B,
      C: levels.C ?? levels.all ?? d.C,
    },
    bufferPct: buffer.value ?? EVENT_DEFAULTS.bufferPct,
    contingencyPct: contingency.value ?? EVENT_DEFAULTS.contingencyPct,
    alertThreshold: alert.value ?? EVENT_DEFAULTS.alertThreshold,
    growth: growth.value ?? EVENT_DEFAULTS.growth,
    coverDaysAfter: cover.value ?? EVENT_DEFAULTS.coverDaysAfter,
    ...(capacity.value?.allCubicFeet !== undefined ? { capacityCubicFeet: capacity.value.allCubicFeet } : {}),
    ...(capacity.value && Object.keys(capacity.value.byDestination).length > 0 ? { capacityByDestination: capacity.value.byDestination } : {}),
    ...(overageFee.value !== null ? { overageFeePerCubicFoot: overageFee.value } : {}),
    ...(threePl.value !== null ? { threePlCostPerCubicFoot: threePl.value } : {}),
    storageRateOffPeak: offPeak.value ?? EVENT_DEFAULTS.storageRateOffPeak,
    storageRatePeak: peak.value ?? EVENT_DEFAULTS.storageRatePeak,
    insuranceRate: insurance.value ?? EVENT_DEFAULTS.insuranceRate,
    safetyStockMethod: method,
    ...(uplift.value !== null ? { upliftOverride: uplift.value } : {}),
  };
  return ok({ policy, warnings });
}
