/**
 * The plan's settings as the workbook stores them (`WorkbookPort.saveSettings`):
 * versioned JSON, so a colleague who opens the file sees the same plan. Dates are
 * ISO text (`2026-11-27`) in the JSON and Excel serial days in {@link PlanSettings}.
 * Browser-safe and pure: no Office, no DOM.
 */
import { isoFromSerial } from "../engine/dates";
import { err, ok, type Result } from "../engine/errors";
import type { InputSheetNames } from "../engine/plan/planFromSheets";
import type { EventPolicy, Lane, LaneMode, SafetyStockMethod } from "../engine/plan/types";
import { readSeason, seasonEventJson } from "./seasonSettings";
import { Bad, dateOf, describe, Fields, isObject, type Json } from "./settingsFields";
import { defaultLanes } from "../engine/plan/defaultLanes";
import { EVENT_DEFAULTS } from "../engine/workbook/readEventSheet";

/**
 * The version {@link serializeSettings} writes; {@link parseSettings} reads it and older.
 * 2: lanes carry a `destination`; the policy a capacity per destination and the overage and 3PL
 * costs. A version-1 lane has no destination (it served the whole book): it takes the destination
 * of the built-in lane of the same name, else none (it still serves every destination).
 * 3: a `season` list of the further events the pane plans with the event (issue 12 §1: name, marketplace,
 * start, end, pastStarts, inboundCutOff, growth), `policy.batchMergeDays`, and an `Events` source sheet.
 * A version-1 or 2 file has none of them: its event is planned with the book's Events sheet when there is
 * one (no book had one then), else alone — the plan it saved, unchanged.
 */
export const PLAN_SETTINGS_VERSION = 3;

/** What the task pane stores about a plan. */
export interface PlanSettings {
  /** The event preset shown ("bfcm", "custom" …); the pane reads an unknown one as custom. */
  readonly preset: string;
  /** Input sheets the user pointed at; kinds left out are found by name. */
  readonly sources: InputSheetNames;
  /** The event and the policy, dates as Excel serial days. */
  readonly policy: EventPolicy;
  /** Lanes set in the pane; null = the Lanes sheet, else the default lanes. */
  readonly lanes: readonly Lane[] | null;
  /** Sheet holding sales to date for the Watch view; null = the Sales sheet's days after the plan date. */
  readonly watchSheet: string | null;
  /**
   * When the task pane saved them, ISO date and time in UTC ("2026-09-15T08:30:00.000Z"); left out by
   * an older pane. Said by the command line ("settings from the task pane, saved 2026-09-15 08:30 UTC").
   */
  readonly savedAt?: string;
}

const SOURCE_KINDS = ["Sales", "SKUs", "Lanes", "Event", "Events"] as const;
const LANE_MODES: readonly LaneMode[] = ["sea", "fast-sea", "rail", "air", "express"];
const METHODS: readonly SafetyStockMethod[] = ["MAXAVG", "SERVICE"];

/**
 * The JSON text of `settings` (version {@link PLAN_SETTINGS_VERSION}), dates as ISO text.
 * @example serializeSettings(settings) // '{"app":"PeakStock","version":1,"preset":"bfcm",…,"event":{"start":"2026-11-27",…}}'
 */
export function serializeSettings(settings: PlanSettings): string {
  const p = settings.policy;
  return JSON.stringify({
    app: "PeakStock",
    version: PLAN_SETTINGS_VERSION,
    preset: settings.preset,
    sources: Object.fromEntries(SOURCE_KINDS.flatMap((k) => (settings.sources[k] !== undefined ? [[k, settings.sources[k]]] : []))),
    event: {
      name: p.name,
      marketplace: p.marketplace,
      start: isoFromSerial(p.start),
      end: isoFromSerial(p.end),
      planDate: isoFromSerial(p.planDate),
      pastStarts: p.pastEventStarts.map(isoFromSerial),
      receivingDays: p.receivingDays,
      safetyDays: p.safetyDays,
      inboundCutOff: p.inboundCutOff === undefined ? null : isoFromSerial(p.inboundCutOff),
    },
    policy: {
      serviceLevel: { ...p.serviceLevelByClass },
      bufferPct: p.bufferPct,
      contingencyPct: p.contingencyPct,
      alertThreshold: p.alertThreshold,
      growth: p.growth,
      coverDaysAfter: p.coverDaysAfter,
      capacityCubicFeet: p.capacityCubicFeet ?? null,
      capacityByDestination: p.capacityByDestination ? { ...p.capacityByDestination } : null,
      overageFeePerCubicFoot: p.overageFeePerCubicFoot ?? null,
      threePlCostPerCubicFoot: p.threePlCostPerCubicFoot ?? null,
      storageRateOffPeak: p.storageRateOffPeak,
      storageRatePeak: p.storageRatePeak,
      insuranceRate: p.insuranceRate,
      depositPct: p.depositPct ?? null,
      safetyStockMethod: p.safetyStockMethod,
      upliftOverride: p.upliftOverride ?? null,
      batchMergeDays: p.batchMergeDays ?? null,
    },
    ...(p.laterEvents && p.laterEvents.length > 0 ? { season: p.laterEvents.map(seasonEventJson) } : {}),
    lanes: settings.lanes === null ? null : settings.lanes.map((lane) => ({ ...lane })),
    watchSheet: settings.watchSheet,
    ...(settings.savedAt !== undefined ? { savedAt: settings.savedAt } : {}),
  });
}

/**
 * The settings' JSON without the time they were saved: what the pane compares to know whether
 * anything changed (a new time alone is not a change).
 * @example settingsBody({ …, savedAt: "2026-09-15T08:30:00.000Z" }) === serializeSettings({ … }) // true
 */
export function settingsBody(settings: PlanSettings): string {
  const { savedAt: _time, ...body } = settings;
  return serializeSettings(body);
}

/** An ISO date and time as stored by the pane. */
const SAVED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;
/** The built-in lanes by name (lower case), for a version-1 lane's destination. */
const BUILT_IN = new Map((["US-West", "US-East", "DE"] as const).flatMap((d) => defaultLanes(d).map((l) => [l.name.toLowerCase(), l.destination ?? ""] as const)));

function readLane(value: unknown, index: number, version: number): Lane {
  const path = `lanes[${index + 1}]`;
  if (!isObject(value)) throw new Bad("INCONSISTENT_INPUT", path, `${describe(value)} is not a lane`);
  const f = new Fields(value, path);
  const name = f.text("name", "").trim();
  if (name === "") throw new Bad("MISSING_VALUE", `${path}.name`, "is missing");
  const transitDays = f.number("transitDays", Number.NaN, { min: 0, integer: true });
  if (Number.isNaN(transitDays)) throw new Bad("MISSING_VALUE", `${path}.transitDays`, "is missing");
  const lane: Lane = {
    name,
    mode: f.oneOf("mode", LANE_MODES, "sea"),
    transitDays,
    transitDaysWorst: f.number("transitDaysWorst", transitDays, { min: transitDays, integer: true }),
    handlingDays: f.days("handlingDays", 0),
    ratePerKg: f.number("ratePerKg", 0, { min: 0 }),
    ratePerCbm: f.number("ratePerCbm", 0, { min: 0 }),
    minCharge: f.number("minCharge", 0, { min: 0 }),
    volumetricDivisor: f.number("volumetricDivisor", Number.NaN, { above: 0 }),
    allowsSensitive: f.flag("allowsSensitive", false),
  };
  if (Number.isNaN(lane.volumetricDivisor)) throw new Bad("MISSING_VALUE", `${path}.volumetricDivisor`, "is missing");
  const destination = version < 2 ? (BUILT_IN.get(name.toLowerCase()) ?? "") : f.text("destination", "").trim();
  return {
    ...lane,
    ...(f.has("harborFee") ? { harborFee: f.flag("harborFee", false) } : {}),
    ...(destination !== "" ? { destination } : {}),
  };
}

function readSettings(json: Json): PlanSettings {
  const root = new Fields(json, "");
  const version = root.number("version", Number.NaN, { min: 1, integer: true });
  if (Number.isNaN(version)) throw new Bad("MISSING_VALUE", "version", "is missing");
  if (version > PLAN_SETTINGS_VERSION) {
    throw new Bad("OUT_OF_RANGE", "version", `${version} was written by a newer PeakStock (this one reads up to ${PLAN_SETTINGS_VERSION}); update the add-in`);
  }
  const sourcesIn = root.child("sources", false);
  const sources: Partial<Record<(typeof SOURCE_KINDS)[number], string>> = {};
  for (const kind of SOURCE_KINDS) {
    const name = sourcesIn.text(kind, "").trim();
    if (name !== "") sources[kind] = name;
  }
  const e = root.child("event", true);
  const start = e.date("start");
  const end = e.date("end");
  if (end < start) throw new Bad("INCONSISTENT_INPUT", "event.end", `${isoFromSerial(end)} is before the start (${isoFromSerial(start)})`);
  const planDate = e.date("planDate");
  // A plan date after the end is kept as the pane stored it (a warning there): planning refuses the started event, a replay can use it.
  const pastStarts = e.list("pastStarts").map((value, i) => {
    const day = dateOf(value, `event.pastStarts[${i + 1}]`);
    if (day >= start) throw new Bad("INCONSISTENT_INPUT", `event.pastStarts[${i + 1}]`, `${isoFromSerial(day)} is not before the event's start (${isoFromSerial(start)})`);
    return day;
  });
  const cutOff = e.has("inboundCutOff") ? e.date("inboundCutOff") : undefined;
  if (cutOff !== undefined && cutOff > start) {
    throw new Bad("INCONSISTENT_INPUT", "event.inboundCutOff", `${isoFromSerial(cutOff)} is after the event's start (${isoFromSerial(start)})`);
  }
  const p = root.child("policy", false);
  const levels = p.child("serviceLevel", false);
  const level = (cls: "A" | "B" | "C"): number => levels.number(cls, EVENT_DEFAULTS.serviceLevelByClass[cls], { above: 0, below: 1 });
  const capacity = p.optionalNumber("capacityCubicFeet", 0);
  const byDestination = p.has("capacityByDestination") ? p.child("capacityByDestination", false) : null;
  const capacityByDestination: Record<string, number> = {};
  for (const name of byDestination?.keys() ?? []) capacityByDestination[name] = (byDestination as Fields).number(name, 0, { above: 0 });
  const overageFee = p.has("overageFeePerCubicFoot") ? p.number("overageFeePerCubicFoot", 0, { min: 0 }) : undefined;
  const threePl = p.has("threePlCostPerCubicFoot") ? p.number("threePlCostPerCubicFoot", 0, { min: 0 }) : undefined;
  const uplift = p.optionalNumber("upliftOverride", 0);
  const deposit = p.has("depositPct") ? p.fraction("depositPct", 0) : undefined;
  const mergeDays = p.has("batchMergeDays") ? p.days("batchMergeDays", 0) : undefined;
  // Version 3: the season's further events (older files have none).
  const season = readSeason(root.list("season"), { name: e.text("name", EVENT_DEFAULTS.name), start, end, planDate });
  const policy: EventPolicy = {
    name: e.text("name", EVENT_DEFAULTS.name),
    marketplace: e.text("marketplace", EVENT_DEFAULTS.marketplace),
    start,
    end,
    planDate,
    pastEventStarts: [...new Set(pastStarts)].sort((a, b) => a - b),
    receivingDays: e.days("receivingDays", EVENT_DEFAULTS.receivingDays),
    safetyDays: e.days("safetyDays", EVENT_DEFAULTS.safetyDays),
    ...(cutOff !== undefined ? { inboundCutOff: cutOff } : {}),
    serviceLevelByClass: { A: level("A"), B: level("B"), C: level("C") },
    bufferPct: p.fraction("bufferPct", EVENT_DEFAULTS.bufferPct),
    contingencyPct: p.fraction("contingencyPct", EVENT_DEFAULTS.contingencyPct),
    alertThreshold: p.fraction("alertThreshold", EVENT_DEFAULTS.alertThreshold),
    growth: p.number("growth", EVENT_DEFAULTS.growth, { above: 0 }),
    coverDaysAfter: p.days("coverDaysAfter", EVENT_DEFAULTS.coverDaysAfter),
    ...(capacity !== undefined ? { capacityCubicFeet: capacity } : {}),
    ...(Object.keys(capacityByDestination).length > 0 ? { capacityByDestination } : {}),
    ...(overageFee !== undefined ? { overageFeePerCubicFoot: overageFee } : {}),
    ...(threePl !== undefined ? { threePlCostPerCubicFoot: threePl } : {}),
    storageRateOffPeak: p.number("storageRateOffPeak", EVENT_DEFAULTS.storageRateOffPeak, { min: 0 }),
    storageRatePeak: p.number("storageRatePeak", EVENT_DEFAULTS.storageRatePeak, { min: 0 }),
    insuranceRate: p.fraction("insuranceRate", EVENT_DEFAULTS.insuranceRate),
    ...(deposit !== undefined ? { depositPct: deposit } : {}),
    safetyStockMethod: p.oneOf("safetyStockMethod", METHODS, EVENT_DEFAULTS.safetyStockMethod),
    ...(uplift !== undefined ? { upliftOverride: uplift } : {}),
    ...(mergeDays !== undefined ? { batchMergeDays: mergeDays } : {}),
    ...(season.length > 0 ? { laterEvents: season } : {}),
  };
  let lanes: Lane[] | null = null;
  if (root.has("lanes")) {
    lanes = root.list("lanes").map((lane, i) => readLane(lane, i, version));
    const seen = new Set<string>();
    lanes.forEach((lane, i) => {
      const key = lane.name.toLowerCase();
      if (seen.has(key)) throw new Bad("DUPLICATE_KEY", `lanes[${i + 1}].name`, `'${lane.name}' appears twice; lane names must be unique`);
      seen.add(key);
    });
  }
  const watch = root.text("watchSheet", "").trim();
  // The save time only informs (the command line's summary): an unreadable one is left out, not refused.
  const savedAt = typeof json.savedAt === "string" && SAVED_AT.test(json.savedAt) ? json.savedAt : undefined;
  return { preset: root.text("preset", "custom"), sources, policy, lanes, watchSheet: watch === "" ? null : watch, ...(savedAt !== undefined ? { savedAt } : {}) };
}

/**
 * Reads settings stored by {@link serializeSettings} (this version or older). Missing
 * optional fields take the Event sheet's defaults; unknown fields are ignored.
 * @param json the text `WorkbookPort.loadSettings` returned
 * @returns the settings, or the first problem naming the field ("PeakStock settings,
 * policy.bufferPct: 1.5 is more than 1"); never throws
 * @example parseSettings('{"version":1,"event":{"start":"2026-11-27","end":"2026-11-30","planDate":"2026-09-15"}}')
 * // ok: preset "custom", policy { start: 46353, end: 46356, planDate: 46280, bufferPct: 0.15, … }, lanes null
 */
export function parseSettings(json: string): Result<PlanSettings> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return err("INCONSISTENT_INPUT", "PeakStock settings: the stored text is not JSON", { argument: "settings" });
  }
  if (!isObject(data)) return err("INCONSISTENT_INPUT", "PeakStock settings: the stored JSON is not an object", { argument: "settings" });
  try {
    return ok(readSettings(data));
  } catch (e) {
    if (e instanceof Bad) return err(e.code, e.message, { argument: e.field });
    throw e;
  }
}
