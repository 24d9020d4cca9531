import { err, ok } from "../../../src/engine/errors";
import { DEFAULT_LANES } from "../../../src/engine/plan/defaultLanes";
import { applyFindings } from "../../../src/taskpane/applyFindings";
import { formReducer } from "../../../src/taskpane/formReducer";
import type { Findings, SalesFinding } from "../../../src/taskpane/work/inspectSources";
import { DEMO_POLICY, demoForm, namer } from "./formFixtures";

const SALES: SalesFinding = { sheet: "Sales", layout: "long", skus: 2, days: 365, firstSerial: 45915, lastSerial: 46279, missingDays: 0, stockOutDays: 0, duplicates: 0, marketplaces: [], warnings: [] };
const SHEET_LANES = [DEFAULT_LANES[0], DEFAULT_LANES[3]];

function findings(change: Partial<Findings> = {}): Findings {
  return { sources: { Sales: "Sales", SKUs: "SKUs", Lanes: "Lanes", Event: "Event" }, sales: ok(SALES), skus: ok({ sheet: "SKUs", count: 2, issues: [] }), lanes: ok(SHEET_LANES), event: ok({ policy: { ...DEMO_POLICY, bufferPct: 0.2 }, warnings: [] }), ...change };
}

describe("applyFindings", () => {
  it("fills the form from the Event and Lanes sheets when the user set nothing", () => {
    const form = applyFindings(demoForm(), findings(), { type: "open" }, namer);
    expect(form.policy.buffer).toBe("0.2");
    expect(form).toMatchObject({ eventEdited: false, lanesOrigin: "sheet", lanesSheet: "Lanes" });
    expect(form.lanes.map((l) => l.name)).toEqual(SHEET_LANES.map((l) => l.name));
  });

  it("keeps what the user (or the saved settings) set, unless that sheet is picked now", () => {
    let mine = formReducer(demoForm(), { type: "setPolicy", field: "buffer", value: "0.25" });
    mine = formReducer(mine, { type: "removeLane", key: mine.lanes[4].key });
    const kept = applyFindings(mine, findings(), { type: "detect" }, namer);
    expect(kept.policy.buffer).toBe("0.25");
    expect(kept.lanes).toHaveLength(4);
    const picked = applyFindings(mine, findings(), { type: "picked", kind: "Event" }, namer);
    expect(picked.policy.buffer).toBe("0.2");
    expect(picked.lanes).toHaveLength(4); // only the Event sheet was picked
    expect(applyFindings(mine, findings(), { type: "picked", kind: "Lanes" }, namer).lanesOrigin).toBe("sheet");
  });

  it("without an Event sheet, plans from the day after the sales history with the preset's dates", () => {
    const start = formReducer(demoForm({ event: { planDate: "2026-01-10" } }), { type: "choosePreset", preset: "prime-day", namer });
    expect(start.event.start).toBe("2026-06-23"); // Prime Day 2026 ran 23–26 June
    const fresh = { ...start, eventEdited: false };
    const form = applyFindings(fresh, findings({ event: null }), { type: "open" }, namer);
    // hand: last sales day 46279 = 2026-09-14, so the plan date is 2026-09-15 and the next Prime Day 2027-07-13
    expect(form.event).toMatchObject({ planDate: "2026-09-15", start: "2027-07-13", end: "2027-07-16", name: "Prime Day 2027" });
    expect(form.eventEdited).toBe(false);
  });

  it("goes back to the default lanes when the Lanes sheet it used is gone, and leaves a broken Event sheet alone", () => {
    const fromSheet = applyFindings(demoForm(), findings(), { type: "open" }, namer);
    const bad = findings({ lanes: null, event: err("INCONSISTENT_INPUT", "Event row 4, End: 2026-11-20 is before Start (2026-11-27)") });
    const form = applyFindings(fromSheet, bad, { type: "detect" }, namer);
    expect(form.lanesOrigin).toBe("defaults");
    expect(form.lanes).toHaveLength(DEFAULT_LANES.length);
    expect(form.event).toEqual(fromSheet.event);
  });
});
