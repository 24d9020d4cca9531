/**
 * What reading the workbook changes in the plan form: the Event sheet fills the
 * Event and Policy steps, the Lanes sheet the lanes table — unless the user (or
 * the saved settings) set them, or the user picked that sheet just now. Pure.
 */
import { isoFromSerial } from "../engine/dates";
import { DEFAULT_LANES } from "../engine/plan/defaultLanes";
import { fillPreset, formReducer, type PresetNamer } from "./formReducer";
import type { PlanForm, SourceKind } from "./planForm";
import type { Findings } from "./work/inspectSources";

/** Why the workbook was read: the pane opened, the user asked, or the user picked a sheet of this kind. */
export type ReadReason = { readonly type: "open" } | { readonly type: "detect" } | { readonly type: "picked"; readonly kind: SourceKind };

/**
 * The form after a read of the workbook.
 * - Event sheet read: its event and policy, when the form's are not the user's or the user picked it.
 * - No Event sheet and nothing set: the plan date moves to the day after the sales history, and the
 *   preset's dates with it.
 * - Lanes sheet read: its lanes, unless the lanes were edited or come from the settings (picking it wins).
 * - A Lanes sheet that was the source and is gone: the default lanes.
 * @example applyFindings(form, findings, { type: "open" }, namer).event.name // "Black Friday / Cyber Monday 2026" from the demo's Event sheet
 */
export function applyFindings(form: PlanForm, findings: Findings, reason: ReadReason, namer: PresetNamer): PlanForm {
  const picked = (kind: SourceKind) => reason.type === "picked" && reason.kind === kind;
  let next = form;
  const event = findings.event;
  if (event?.ok && (!form.eventEdited || picked("Event"))) {
    next = formReducer(next, { type: "applyEvent", policy: event.value.policy, edited: false });
  } else if (event === null && !form.eventEdited && findings.sales.ok) {
    const planDate = isoFromSerial(findings.sales.value.lastSerial + 1);
    if (planDate !== next.event.planDate) {
      next = { ...fillPreset({ ...next, event: { ...next.event, planDate } }, next.event.preset, namer), eventEdited: false };
    }
  }
  const lanes = findings.lanes;
  const ownLanes = form.lanesOrigin === "edited" || form.lanesOrigin === "settings";
  if (lanes?.ok && (!ownLanes || picked("Lanes"))) {
    next = formReducer(next, { type: "resetLanes", lanes: lanes.value, origin: "sheet", sheet: findings.sources.Lanes as string });
  } else if (lanes === null && form.lanesOrigin === "sheet") {
    next = formReducer(next, { type: "resetLanes", lanes: DEFAULT_LANES, origin: "defaults" });
  }
  return next;
}
