/**
 * The plan form ⇄ the settings stored in the workbook (src/excel/planSettings.ts).
 */
import type { PlanSettings } from "../excel/planSettings";
import { EVENT_PRESET_IDS, type EventPresetId } from "./eventPresets";
import { formsFromPolicy, laneRow, type PlanForm } from "./planForm";
import type { FormCheck } from "./validateForm";

/** A stored preset id as the pane knows it; an unknown one (a newer add-in's) is custom. */
export function presetOf(text: string): EventPresetId {
  return (EVENT_PRESET_IDS as readonly string[]).includes(text) ? (text as EventPresetId) : "custom";
}

/**
 * The settings to store for a form, or null while a field is invalid. Lanes are
 * stored only when set in the pane (edited or loaded from settings); otherwise the
 * Lanes sheet or the default lanes stay the source.
 */
export function settingsFromForm(form: PlanForm, check: FormCheck): PlanSettings | null {
  if (!check.valid || check.policy === null) return null;
  const ownLanes = form.lanesOrigin === "edited" || form.lanesOrigin === "settings";
  if (ownLanes && check.laneList === null) return null;
  return {
    preset: form.event.preset,
    sources: { ...form.sources },
    policy: check.policy,
    lanes: ownLanes ? (check.laneList ?? []) : null,
    watchSheet: form.watchSheet === "" ? null : form.watchSheet,
  };
}

/** `base` with the stored event, policy, sources and (when stored) lanes. */
export function formFromSettings(settings: PlanSettings, base: PlanForm): PlanForm {
  const lanes = settings.lanes;
  return {
    ...base,
    ...formsFromPolicy(settings.policy, presetOf(settings.preset)),
    eventEdited: true,
    ...(lanes !== null
      ? { lanes: lanes.map((lane, i) => laneRow(lane, base.nextLaneKey + i)), lanesOrigin: "settings" as const, nextLaneKey: base.nextLaneKey + lanes.length }
      : {}),
    sources: { ...settings.sources },
    watchSheet: settings.watchSheet ?? "",
  };
}
