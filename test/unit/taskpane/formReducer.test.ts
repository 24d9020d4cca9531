import { DEFAULT_LANES } from "../../../src/engine/plan/defaultLanes";
import { fillPreset, formReducer } from "../../../src/taskpane/formReducer";
import { validateForm } from "../../../src/taskpane/validateForm";
import { DEMO_POLICY, demoForm, namer } from "./formFixtures";

describe("formReducer", () => {
  it("fills a preset's next edition after the plan date, with its name and past starts", () => {
    const form = formReducer(demoForm(), { type: "choosePreset", preset: "prime-big-deal-days", namer });
    // hand: plan date 2026-09-15; PBDD 2026 = first Tuesday from 2026-10-07 = 2026-10-13, two days
    expect(form.event).toMatchObject({ preset: "prime-big-deal-days", name: "Prime Big Deal Days 2026", start: "2026-10-13", end: "2026-10-14", pastStarts: "2023-10-10, 2024-10-08, 2025-10-07" });
    expect(form.eventEdited).toBe(true);
  });

  it("fills the marketplace's published inbound cut-off with the preset, and clears it where none was published", () => {
    // Prime Day 2026 (23–26 June) from a plan date in January: Amazon's minimal-split FBA cut-off 2026-05-27 (eventPresets.ts)
    const prime = formReducer(demoForm({ event: { planDate: "2026-01-10" } }), { type: "choosePreset", preset: "prime-day", namer });
    expect(prime.event).toMatchObject({ start: "2026-06-23", end: "2026-06-26", cutOff: "2026-05-27" });
    const check = validateForm(prime);
    expect(check.policy?.inboundCutOff).toBe(46169); // hand: 2026-05-27 = 46023 (01-01) + 146
    // BFCM 2026 has no published cut-off: the field empties rather than keeping Prime Day's
    expect(formReducer(prime, { type: "choosePreset", preset: "bfcm", namer }).event.cutOff).toBe("");
  });

  it("moves a preset's dates with the plan date", () => {
    const bf = formReducer(demoForm(), { type: "choosePreset", preset: "bfcm", namer });
    const later = formReducer(bf, { type: "setEvent", field: "planDate", value: "2026-12-05", namer });
    expect(later.event).toMatchObject({ planDate: "2026-12-05", start: "2027-11-26", end: "2027-11-29", name: "Black Friday / Cyber Monday 2027" });
  });

  it("makes the event custom when a date is typed, and then keeps the dates when the plan date moves", () => {
    const typed = formReducer(demoForm(), { type: "setEvent", field: "start", value: "2026-11-26", namer });
    expect(typed.event.preset).toBe("custom");
    const moved = formReducer(typed, { type: "setEvent", field: "planDate", value: "2026-10-01", namer });
    expect(moved.event).toMatchObject({ start: "2026-11-26", end: "2026-11-30", planDate: "2026-10-01" });
  });

  it("only sets the preset while the plan date is not a date", () => {
    const form = demoForm({ event: { planDate: "soon" } });
    expect(fillPreset(form, "618", namer).event).toEqual({ ...form.event, preset: "618" });
  });

  it("edits, adds and removes lanes, marking them edited", () => {
    let form = demoForm();
    const key = form.lanes[0].key;
    form = formReducer(form, { type: "setLane", key, column: "transitDaysWorst", value: "60" });
    form = formReducer(form, { type: "setLaneMode", key, mode: "rail" });
    form = formReducer(form, { type: "setLaneSensitive", key, allowed: false });
    form = formReducer(form, { type: "addLane", name: "New lane 6" });
    form = formReducer(form, { type: "removeLane", key: form.lanes[1].key });
    expect(form.lanesOrigin).toBe("edited");
    expect(form.lanes).toHaveLength(DEFAULT_LANES.length);
    expect(form.lanes[0]).toMatchObject({ transitDaysWorst: "60", mode: "rail", allowsSensitive: false });
    expect(new Set(form.lanes.map((l) => l.key)).size).toBe(form.lanes.length); // keys stay unique
    expect(validateForm(form).laneList?.[form.lanes.length - 1]).toMatchObject({ name: "New lane 6", mode: "air" });
  });

  it("resets the lanes to a sheet's, with fresh keys", () => {
    const edited = formReducer(demoForm(), { type: "removeLane", key: 1 });
    const reset = formReducer(edited, { type: "resetLanes", lanes: DEFAULT_LANES.slice(0, 2), origin: "sheet", sheet: "Lanes" });
    expect(reset).toMatchObject({ lanesOrigin: "sheet", lanesSheet: "Lanes" });
    expect(reset.lanes.map((l) => l.name)).toEqual(["Sea FCL → US West", "Sea LCL → US West"]);
    expect(reset.lanes.every((l) => !edited.lanes.some((e) => e.key === l.key))).toBe(true);
  });

  it("picks and unpicks source sheets", () => {
    const picked = formReducer(demoForm(), { type: "setSource", kind: "Sales", sheet: "Sales 2026" });
    expect(picked.sources).toEqual({ Sales: "Sales 2026" });
    expect(formReducer(picked, { type: "setSource", kind: "Sales", sheet: "" }).sources).toEqual({});
  });

  it("applies an Event sheet's policy as not edited by the user", () => {
    const edited = formReducer(demoForm(), { type: "setPolicy", field: "buffer", value: "0.3" });
    const applied = formReducer(edited, { type: "applyEvent", policy: { ...DEMO_POLICY, bufferPct: 0.2 }, edited: false });
    expect(applied.policy.buffer).toBe("0.2");
    expect(applied.eventEdited).toBe(false);
  });
});
