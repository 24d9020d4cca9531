/**
 * The Event and Policy steps as the user types them: text per field (so a
 * half-typed number stays on screen), the lanes as rows of text, and where each
 * part came from. {@link validateForm} turns it into an `EventPolicy` and lanes.
 */
import { isoFromSerial } from "../engine/dates";
import type { EventPolicy, Lane, LaneMode, SafetyStockMethod, SeasonEvent } from "../engine/plan/types";
import { EVENT_DEFAULTS } from "../engine/workbook/readEventSheet";
import { EVENT_PRESET_IDS, presetDates, type EventPresetId } from "./eventPresets";

/** The event's name for a preset and year, in the pane's language ("Prime Day 2027"). */
export type PresetNamer = (preset: EventPresetId, year: number) => string;

/** The input sheets a plan reads. */
export type SourceKind = "Sales" | "SKUs" | "Lanes" | "Event";
export const SOURCE_KINDS: readonly SourceKind[] = ["Sales", "SKUs", "Lanes", "Event"];

export interface EventForm {
  readonly preset: EventPresetId;
  readonly name: string;
  readonly marketplace: string;
  /** Dates as typed, yyyy-mm-dd. */
  readonly start: string;
  readonly end: string;
  readonly planDate: string;
  /** Dates separated by commas. */
  readonly pastStarts: string;
  /** The marketplace's inbound cut-off, yyyy-mm-dd; "" = none. */
  readonly cutOff: string;
  readonly receivingDays: string;
  readonly safetyDays: string;
}

export interface PolicyForm {
  readonly serviceA: string;
  readonly serviceB: string;
  readonly serviceC: string;
  readonly buffer: string;
  readonly contingency: string;
  readonly threshold: string;
  readonly growth: string;
  readonly coverDays: string;
  /** Blank = no limit; a number (every destination) or "Amazon US: 5000; Amazon DE: 2000". */
  readonly capacity: string;
  readonly method: SafetyStockMethod;
}

/** One further event of the season as typed in the Event step (issue 12 §1); marketplace and growth are the first event's. */
export interface SeasonRow {
  /** Stable React key. */
  readonly key: number;
  readonly name: string;
  /** Dates as typed, yyyy-mm-dd. */
  readonly start: string;
  readonly end: string;
  /** Dates separated by commas. */
  readonly pastStarts: string;
}

/** The fields of a further event. */
export type SeasonColumn = Exclude<keyof SeasonRow, "key">;

/** The event of the season as a row of text. */
export function seasonRow(event: SeasonEvent, key: number): SeasonRow {
  return { key, name: event.name, start: isoFromSerial(event.start), end: isoFromSerial(event.end), pastStarts: event.pastEventStarts.map(isoFromSerial).join(", ") };
}

/** The text fields of the Event and Policy steps. */
export type EventField = Exclude<keyof EventForm, "preset">;
export type PolicyField = Exclude<keyof PolicyForm, "method">;
export type FormField = EventField | PolicyField;

/** The editable columns of a lane row ("name" and "destination" are text, the rest numbers). */
export type LaneColumn = "name" | "destination" | "transitDays" | "transitDaysWorst" | "handlingDays" | "ratePerKg" | "ratePerCbm" | "minCharge" | "volumetricDivisor";
export const LANE_COLUMNS: readonly LaneColumn[] = ["name", "destination", "transitDays", "transitDaysWorst", "handlingDays", "ratePerKg", "ratePerCbm", "minCharge", "volumetricDivisor"];
/** The lane columns typed as text. */
export const LANE_TEXT_COLUMNS: ReadonlySet<LaneColumn> = new Set(["name", "destination"]);
export const LANE_MODES: readonly LaneMode[] = ["sea", "fast-sea", "rail", "air", "express"];

export type LaneRow = Readonly<Record<LaneColumn, string>> & {
  /** Stable React key. */
  readonly key: number;
  readonly mode: LaneMode;
  readonly allowsSensitive: boolean;
  readonly harborFee?: boolean;
};

/** Where the lanes on screen came from. */
export type LanesOrigin = "defaults" | "sheet" | "settings" | "edited";

/** Policy values the pane carries through without showing them (from the Event sheet or the settings). */
export interface PolicyExtras {
  readonly storageRateOffPeak: number;
  readonly storageRatePeak: number;
  readonly insuranceRate: number;
  readonly upliftOverride?: number;
  readonly overageFeePerCubicFoot?: number;
  readonly threePlCostPerCubicFoot?: number;
  /** The purchase orders' deposit share (the Event sheet's DepositPct). */
  readonly depositPct?: number;
}

export interface PlanForm {
  readonly event: EventForm;
  /** The season's further events typed in the Event step; none = the book's Events sheet's (if any). */
  readonly season: readonly SeasonRow[];
  readonly policy: PolicyForm;
  readonly extras: PolicyExtras;
  /** True once the event or policy came from the user or the saved settings (an Event sheet no longer overwrites it). */
  readonly eventEdited: boolean;
  readonly lanes: readonly LaneRow[];
  readonly lanesOrigin: LanesOrigin;
  /** The sheet the lanes were read from, when lanesOrigin is "sheet". */
  readonly lanesSheet?: string;
  readonly nextLaneKey: number;
  /** Input sheets the user picked (others are found by name). */
  readonly sources: Readonly<Partial<Record<SourceKind, string>>>;
  /** Sheet of sales to date for the watch; "" = the Sales sheet. */
  readonly watchSheet: string;
}

/** A number as a field shows it: no float noise (0.30000000000000004 → "0.3"). */
export function numberText(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/** The lane as a row of text. */
export function laneRow(lane: Lane, key: number): LaneRow {
  return {
    key,
    name: lane.name,
    destination: lane.destination ?? "",
    mode: lane.mode,
    transitDays: numberText(lane.transitDays),
    transitDaysWorst: numberText(lane.transitDaysWorst),
    handlingDays: numberText(lane.handlingDays),
    ratePerKg: numberText(lane.ratePerKg),
    ratePerCbm: numberText(lane.ratePerCbm),
    minCharge: numberText(lane.minCharge),
    volumetricDivisor: numberText(lane.volumetricDivisor),
    allowsSensitive: lane.allowsSensitive,
    ...(lane.harborFee !== undefined ? { harborFee: lane.harborFee } : {}),
  };
}

/** The event's preset when its dates are exactly a preset's for its plan date, else "custom". */
export function guessPreset(policy: EventPolicy): EventPresetId {
  for (const id of EVENT_PRESET_IDS) {
    const dates = presetDates(id, policy.planDate);
    if (dates && dates.edition.start === policy.start && dates.edition.end === policy.end) return id;
  }
  return "custom";
}

/** The Event and Policy steps filled from a policy (the Event sheet's, or the saved one), with its season's further events. */
export function formsFromPolicy(policy: EventPolicy, preset: EventPresetId = guessPreset(policy)): Pick<PlanForm, "event" | "season" | "policy" | "extras"> {
  return {
    season: (policy.laterEvents ?? []).map((e, i) => seasonRow(e, i + 1)),
    event: {
      preset,
      name: policy.name,
      marketplace: policy.marketplace,
      start: isoFromSerial(policy.start),
      end: isoFromSerial(policy.end),
      planDate: isoFromSerial(policy.planDate),
      pastStarts: policy.pastEventStarts.map(isoFromSerial).join(", "),
      cutOff: policy.inboundCutOff === undefined ? "" : isoFromSerial(policy.inboundCutOff),
      receivingDays: numberText(policy.receivingDays),
      safetyDays: numberText(policy.safetyDays),
    },
    policy: {
      serviceA: numberText(policy.serviceLevelByClass.A),
      serviceB: numberText(policy.serviceLevelByClass.B),
      serviceC: numberText(policy.serviceLevelByClass.C),
      buffer: numberText(policy.bufferPct),
      contingency: numberText(policy.contingencyPct),
      threshold: numberText(policy.alertThreshold),
      growth: numberText(policy.growth),
      coverDays: numberText(policy.coverDaysAfter),
      capacity: capacityText(policy),
      method: policy.safetyStockMethod,
    },
    extras: {
      storageRateOffPeak: policy.storageRateOffPeak,
      storageRatePeak: policy.storageRatePeak,
      insuranceRate: policy.insuranceRate,
      ...(policy.upliftOverride !== undefined ? { upliftOverride: policy.upliftOverride } : {}),
      ...(policy.overageFeePerCubicFoot !== undefined ? { overageFeePerCubicFoot: policy.overageFeePerCubicFoot } : {}),
      ...(policy.threePlCostPerCubicFoot !== undefined ? { threePlCostPerCubicFoot: policy.threePlCostPerCubicFoot } : {}),
      ...(policy.depositPct !== undefined ? { depositPct: policy.depositPct } : {}),
    },
  };
}

/**
 * The capacity field's text: the limit of every destination, then each destination's own, "; " between.
 * @example capacityText({ capacityCubicFeet: 3000, capacityByDestination: { "Amazon DE": 800 } }) // "3000; Amazon DE: 800"
 */
export function capacityText(policy: Pick<EventPolicy, "capacityCubicFeet" | "capacityByDestination">): string {
  const parts = policy.capacityCubicFeet === undefined ? [] : [numberText(policy.capacityCubicFeet)];
  for (const [name, limit] of Object.entries(policy.capacityByDestination ?? {})) parts.push(`${name}: ${numberText(limit)}`);
  return parts.join("; ");
}

/**
 * The policy a new plan starts from: `preset`'s next edition after the plan date, the
 * Event sheet's defaults for everything else (EVENT_DEFAULTS).
 * @param planDateSerial the plan date, Excel serial day (today, or the day after the sales history)
 * @param namer names the event in the pane's language
 * @example defaultPolicy("bfcm", serialFromYmd(2026, 9, 15), namer) // { name: "Black Friday / Cyber Monday 2026", start: 46353, end: 46356, … }
 */
export function defaultPolicy(preset: EventPresetId, planDateSerial: number, namer: PresetNamer): EventPolicy {
  const dates = presetDates(preset, planDateSerial);
  const start = dates?.edition.start ?? planDateSerial + 60;
  const end = dates?.edition.end ?? start;
  return {
    ...EVENT_DEFAULTS,
    name: dates ? namer(preset, dates.edition.year) : EVENT_DEFAULTS.name,
    start,
    end,
    planDate: planDateSerial,
    pastEventStarts: dates?.pastStarts ?? [],
    ...(dates?.edition.inboundCutOff !== undefined ? { inboundCutOff: dates.edition.inboundCutOff } : {}),
  };
}

/** A form from a policy and lanes, nothing edited yet. */
export function initialForm(policy: EventPolicy, lanes: readonly Lane[], origin: LanesOrigin, lanesSheet?: string): PlanForm {
  return {
    ...formsFromPolicy(policy),
    eventEdited: false,
    lanes: lanes.map((lane, i) => laneRow(lane, i + 1)),
    lanesOrigin: origin,
    ...(lanesSheet !== undefined ? { lanesSheet } : {}),
    nextLaneKey: lanes.length + 1,
    sources: {},
    watchSheet: "",
  };
}
