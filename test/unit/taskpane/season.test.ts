import { serialFromYmd } from "../../../src/engine/dates";
import { parseSettings, serializeSettings } from "../../../src/excel/planSettings";
import { formFromSettings, settingsFromForm } from "../../../src/taskpane/formSettings";
import { formReducer } from "../../../src/taskpane/formReducer";
import { validateForm } from "../../../src/taskpane/validateForm";
import { demoForm } from "./formFixtures";

/** The demo's form (Black Friday / Cyber Monday 2026, plan date 2026-09-15) with further events typed. */
function withSeason(rows: { name: string; start: string; end: string; pastStarts?: string }[]) {
  let form = demoForm();
  for (const r of rows) {
    form = formReducer(form, { type: "addSeasonEvent" });
    const key = form.season[form.season.length - 1].key;
    for (const column of ["name", "start", "end", "pastStarts"] as const) form = formReducer(form, { type: "setSeasonEvent", key, column, value: r[column] ?? "" });
  }
  return form;
}

describe("the Event step's further events of the season", () => {
  it("adds, types and removes events by key; none by default (the Events sheet's)", () => {
    expect(demoForm().season).toEqual([]);
    const form = withSeason([{ name: "PBDD", start: "2026-10-13", end: "2026-10-14" }, { name: "Holiday week", start: "2026-12-07", end: "2026-12-13" }]);
    expect(form.season.map((r) => [r.key, r.name])).toEqual([[1, "PBDD"], [2, "Holiday week"]]);
    const removed = formReducer(form, { type: "removeSeasonEvent", key: 1 });
    expect(removed.season.map((r) => r.name)).toEqual(["Holiday week"]);
    expect(formReducer(removed, { type: "addSeasonEvent" }).season.map((r) => r.key)).toEqual([2, 3]);
    expect(validateForm(demoForm()).policy?.laterEvents).toBeUndefined();
  });

  it("puts valid events on the policy, with the first event's marketplace", () => {
    const check = validateForm(withSeason([{ name: " PBDD ", start: "2026-10-13", end: "2026-10-14", pastStarts: "2025-10-07, 2024-10-08" }]));
    expect(check.valid).toBe(true);
    expect(check.season).toEqual([]);
    expect(check.policy?.laterEvents).toEqual([
      { name: "PBDD", marketplace: "Amazon US", start: serialFromYmd(2026, 10, 13), end: serialFromYmd(2026, 10, 14), pastEventStarts: [serialFromYmd(2024, 10, 8), serialFromYmd(2025, 10, 7)] },
    ]);
  });

  it.each<[string, { name: string; start: string; end: string; pastStarts?: string }[], [number, string, string]]>([
    ["a missing name", [{ name: "", start: "2026-10-13", end: "2026-10-14" }], [1, "name", "errRequired"]],
    ["a date that is not one", [{ name: "PBDD", start: "13/10", end: "2026-10-14" }], [1, "start", "errBadDate"]],
    ["an end before the start", [{ name: "PBDD", start: "2026-10-13", end: "2026-10-12" }], [1, "end", "errEndBeforeStart"]],
    ["an event over before the plan date", [{ name: "Labor Day", start: "2026-09-04", end: "2026-09-07" }], [1, "end", "errSeasonOver"]],
    ["a past start not before its start", [{ name: "PBDD", start: "2026-10-13", end: "2026-10-14", pastStarts: "2026-10-20" }], [1, "pastStarts", "errPastStartNotBefore"]],
    ["days shared with Black Friday", [{ name: "Cyber week", start: "2026-11-30", end: "2026-12-04" }], [1, "start", "errSeasonOverlap"]],
    ["a name used twice", [{ name: "PBDD", start: "2026-10-13", end: "2026-10-14" }, { name: "pbdd", start: "2026-12-07", end: "2026-12-08" }], [2, "name", "errSeasonSameName"]],
  ])("stops at %s, at its field", (_what, rows, [row, column, key]) => {
    const check = validateForm(withSeason(rows));
    expect(check.valid).toBe(false);
    expect(check.policy).toBeNull();
    expect(check.season.map((p) => [p.row, p.column, p.message.key])).toEqual([[row, column, key]]);
  });

  it("stores the season in the settings (version 3) and brings it back into the step", () => {
    const form = withSeason([{ name: "PBDD", start: "2026-10-13", end: "2026-10-14" }]);
    const settings = settingsFromForm(form, validateForm(form));
    if (!settings) throw new Error("the form is valid");
    const back = parseSettings(serializeSettings(settings));
    if (!back.ok) throw new Error(back.error.message);
    expect(formFromSettings(back.value, demoForm()).season).toEqual([{ key: 1, name: "PBDD", start: "2026-10-13", end: "2026-10-14", pastStarts: "" }]);
  });
});
