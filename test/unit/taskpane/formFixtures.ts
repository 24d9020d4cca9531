/** A plan form for the Event sheet of the demo workbook (Black Friday / Cyber Monday 2026). */
import { serialFromYmd } from "../../../src/engine/dates";
import { DEFAULT_LANES } from "../../../src/engine/plan/defaultLanes";
import type { EventPolicy } from "../../../src/engine/plan/types";
import { EVENT_DEFAULTS } from "../../../src/engine/workbook/readEventSheet";
import { STRINGS } from "../../../src/taskpane/i18n";
import { initialForm, type PlanForm } from "../../../src/taskpane/planForm";
import { presetNamer } from "../../../src/taskpane/presetLabels";

export const namer = presetNamer(STRINGS.en);

export const DEMO_POLICY: EventPolicy = Object.freeze({
  ...EVENT_DEFAULTS,
  name: "Black Friday / Cyber Monday 2026",
  marketplace: "Amazon US",
  start: serialFromYmd(2026, 11, 27),
  end: serialFromYmd(2026, 11, 30),
  planDate: serialFromYmd(2026, 9, 15),
  pastEventStarts: [serialFromYmd(2024, 11, 29), serialFromYmd(2025, 11, 28)],
});

/** The demo's form with `change` applied to the event and policy text. */
export function demoForm(change: { event?: Partial<PlanForm["event"]>; policy?: Partial<PlanForm["policy"]> } = {}): PlanForm {
  const form = initialForm(DEMO_POLICY, DEFAULT_LANES, "defaults");
  return { ...form, event: { ...form.event, ...change.event }, policy: { ...form.policy, ...change.policy } };
}
