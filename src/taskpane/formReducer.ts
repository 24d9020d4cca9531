/**
 * Every change to the plan form, as a pure reducer (React's useReducer runs it).
 */
import { isoFromSerial, parseDate } from "../engine/dates";
import type { EventPolicy, Lane, LaneMode, SafetyStockMethod } from "../engine/plan/types";
import { presetDates, type EventPresetId } from "./eventPresets";
import { formsFromPolicy, laneRow, type EventField, type LaneColumn, type LanesOrigin, type PlanForm, type PolicyField, type PresetNamer, type SeasonColumn, type SourceKind } from "./planForm";

export type { PresetNamer } from "./planForm";

export type FormAction =
  | { readonly type: "replace"; readonly form: PlanForm }
  | { readonly type: "setEvent"; readonly field: EventField; readonly value: string; readonly namer: PresetNamer }
  | { readonly type: "choosePreset"; readonly preset: EventPresetId; readonly namer: PresetNamer }
  | { readonly type: "setPolicy"; readonly field: PolicyField; readonly value: string }
  | { readonly type: "setMethod"; readonly method: SafetyStockMethod }
  | { readonly type: "setLane"; readonly key: number; readonly column: LaneColumn; readonly value: string }
  | { readonly type: "setLaneMode"; readonly key: number; readonly mode: LaneMode }
  | { readonly type: "setLaneSensitive"; readonly key: number; readonly allowed: boolean }
  | { readonly type: "addLane"; readonly name: string }
  | { readonly type: "removeLane"; readonly key: number }
  | { readonly type: "resetLanes"; readonly lanes: readonly Lane[]; readonly origin: LanesOrigin; readonly sheet?: string }
  | { readonly type: "applyEvent"; readonly policy: EventPolicy; readonly edited: boolean }
  | { readonly type: "setSource"; readonly kind: SourceKind; readonly sheet: string }
  | { readonly type: "setWatchSheet"; readonly sheet: string }
  | { readonly type: "addSeasonEvent" }
  | { readonly type: "setSeasonEvent"; readonly key: number; readonly column: SeasonColumn; readonly value: string }
  | { readonly type: "removeSeasonEvent"; readonly key: number };

/**
 * The form with `preset`'s dates for the next edition after its plan date (start,
 * end, past starts, the marketplace's inbound cut-off where published, and name); only the preset changes when the plan date is not a date or the preset is custom.
 */
export function fillPreset(form: PlanForm, preset: EventPresetId, namer: PresetNamer): PlanForm {
  const planDate = parseDate(form.event.planDate.trim(), "planDate");
  const dates = planDate.ok ? presetDates(preset, planDate.value) : undefined;
  if (!dates) return { ...form, eventEdited: true, event: { ...form.event, preset } };
  return {
    ...form,
    eventEdited: true,
    event: {
      ...form.event,
      preset,
      name: namer(preset, dates.edition.year),
      start: isoFromSerial(dates.edition.start),
      end: isoFromSerial(dates.edition.end),
      pastStarts: dates.pastStarts.map(isoFromSerial).join(", "),
      cutOff: dates.edition.inboundCutOff === undefined ? "" : isoFromSerial(dates.edition.inboundCutOff),
    },
  };
}

function editLanes(form: PlanForm, update: (lanes: PlanForm["lanes"]) => PlanForm["lanes"]): PlanForm {
  const { lanesSheet: _dropped, ...rest } = form;
  return { ...rest, lanes: update(form.lanes), lanesOrigin: "edited" };
}

function withoutKey<T extends string>(record: Readonly<Partial<Record<T, string>>>, key: T): Partial<Record<T, string>> {
  const copy: Partial<Record<T, string>> = { ...record };
  delete copy[key];
  return copy;
}

/**
 * The form after `action`.
 * - Typing a start, end or past start makes the event custom; a new plan date moves a
 *   preset's dates to its next edition after it.
 * - Any edit of the lanes marks them "edited" (a Lanes sheet read later no longer replaces them).
 * - The season's further events are added, typed and removed by key; any change marks the event edited.
 * @example formReducer(form, { type: "choosePreset", preset: "bfcm", namer }).event.start // "2026-11-27" for a plan date in 2026-09
 */
export function formReducer(form: PlanForm, action: FormAction): PlanForm {
  switch (action.type) {
    case "replace":
      return action.form;
    case "setEvent": {
      const custom = action.field === "start" || action.field === "end" || action.field === "pastStarts";
      const next: PlanForm = { ...form, eventEdited: true, event: { ...form.event, [action.field]: action.value, ...(custom ? { preset: "custom" as const } : {}) } };
      return action.field === "planDate" && next.event.preset !== "custom" ? fillPreset(next, next.event.preset, action.namer) : next;
    }
    case "choosePreset":
      return fillPreset(form, action.preset, action.namer);
    case "setPolicy":
      return { ...form, eventEdited: true, policy: { ...form.policy, [action.field]: action.value } };
    case "setMethod":
      return { ...form, eventEdited: true, policy: { ...form.policy, method: action.method } };
    case "setLane":
      return editLanes(form, (lanes) => lanes.map((l) => (l.key === action.key ? { ...l, [action.column]: action.value } : l)));
    case "setLaneMode":
      return editLanes(form, (lanes) => lanes.map((l) => (l.key === action.key ? { ...l, mode: action.mode } : l)));
    case "setLaneSensitive":
      return editLanes(form, (lanes) => lanes.map((l) => (l.key === action.key ? { ...l, allowsSensitive: action.allowed } : l)));
    case "addLane": {
      const lane: Lane = { name: action.name, mode: "air", transitDays: 5, transitDaysWorst: 10, handlingDays: 2, ratePerKg: 0, ratePerCbm: 0, minCharge: 0, volumetricDivisor: 6000, allowsSensitive: false };
      return { ...editLanes(form, (lanes) => [...lanes, laneRow(lane, form.nextLaneKey)]), nextLaneKey: form.nextLaneKey + 1 };
    }
    case "removeLane":
      return editLanes(form, (lanes) => lanes.filter((l) => l.key !== action.key));
    case "resetLanes": {
      const { lanesSheet: _dropped, ...rest } = form;
      return {
        ...rest,
        lanes: action.lanes.map((lane, i) => laneRow(lane, form.nextLaneKey + i)),
        lanesOrigin: action.origin,
        ...(action.sheet !== undefined ? { lanesSheet: action.sheet } : {}),
        nextLaneKey: form.nextLaneKey + action.lanes.length,
      };
    }
    case "applyEvent":
      return { ...form, ...formsFromPolicy(action.policy), eventEdited: action.edited };
    case "setSource":
      return { ...form, sources: action.sheet === "" ? withoutKey(form.sources, action.kind) : { ...form.sources, [action.kind]: action.sheet } };
    case "setWatchSheet":
      return { ...form, watchSheet: action.sheet };
    case "addSeasonEvent": {
      const key = form.season.reduce((k, r) => Math.max(k, r.key), 0) + 1;
      return { ...form, eventEdited: true, season: [...form.season, { key, name: "", start: "", end: "", pastStarts: "" }] };
    }
    case "setSeasonEvent":
      return { ...form, eventEdited: true, season: form.season.map((r) => (r.key === action.key ? { ...r, [action.column]: action.value } : r)) };
    case "removeSeasonEvent":
      return { ...form, eventEdited: true, season: form.season.filter((r) => r.key !== action.key) };
  }
}
