import { findingIssues, inspectSources, resolveSources } from "../../../../src/taskpane/work/inspectSources";
import { EVENT, LANES, PLAN_DATE, SALES, SKUS, START, salesRows } from "./sheetsFixture";

describe("resolveSources", () => {
  it("takes the sheets the user picked, else finds them by name in English or Chinese", () => {
    expect(resolveSources(["销售", "产品", "My lanes", "Notes"], { Lanes: "My lanes" })).toEqual({ Sales: "销售", SKUs: "产品", Lanes: "My lanes" });
  });

  it("falls back to the name search when a picked sheet is gone", () => {
    expect(resolveSources(["Sales"], { Sales: "Old sales" })).toEqual({ Sales: "Sales" });
  });
});

describe("inspectSources", () => {
  const names = ["Sales", "SKUs", "Lanes", "Event"];
  const grids = { Sales: SALES, SKUs: SKUS, Lanes: LANES, Event: EVENT };

  it("says what each sheet holds", () => {
    const found = inspectSources(names, grids, {});
    expect(found.sources).toEqual({ Sales: "Sales", SKUs: "SKUs", Lanes: "Lanes", Event: "Event" });
    // hand: 400 days from PLAN_DATE − 400 to PLAN_DATE − 1, 2 SKUs, no gaps
    expect(found.sales).toEqual({ ok: true, value: { sheet: "Sales", layout: "long", skus: 2, days: 400, firstSerial: PLAN_DATE - 400, lastSerial: PLAN_DATE - 1, missingDays: 0, stockOutDays: 0, duplicates: 0, marketplaces: [], warnings: [] } });
    expect(found.skus).toEqual({ ok: true, value: { sheet: "SKUs", count: 2, issues: [] } });
    expect(found.lanes?.ok && found.lanes.value.map((l) => l.name)).toEqual(["Sea", "Air"]);
    expect(found.event?.ok && found.event.value.policy).toMatchObject({ name: "Black Friday 2026", start: START, planDate: PLAN_DATE });
    expect(findingIssues(found)).toEqual([]);
  });

  it("names the missing Sales sheet as the plan does, and has no lanes or event without their sheets", () => {
    const found = inspectSources(["SKUs"], { SKUs: SKUS }, {});
    expect(!found.sales.ok && found.sales.error.message).toBe("No 'Sales' sheet (or '销售'): add one, or rename yours");
    expect(found.lanes).toBeNull();
    expect(found.event).toBeNull();
  });

  it("shows the engine's message for text in Units, naming row and column", () => {
    const bad = salesRows(PLAN_DATE - 30, 30, (k, d) => (k === 0 && d === 1 ? "abc" : 5)); // row 4: day 1, SKU-0 (header row 1)
    const found = inspectSources(names, { ...grids, Sales: bad }, {});
    expect(!found.sales.ok && found.sales.error.message).toBe("Sales row 4, Units: 'abc' is not a number");
    expect(found.skus.ok).toBe(true); // each sheet fails on its own
  });

  it("reads the sheet the user picked and lists rows left out of the SKU master", () => {
    const skus = [...SKUS, ["SKU-2", "Broken", -3]];
    const found = inspectSources([...names, "Master"], { ...grids, Master: skus }, { SKUs: "Master" });
    expect(found.sources.SKUs).toBe("Master");
    expect(found.skus.ok && found.skus.value.count).toBe(2);
    expect(findingIssues(found).map((e) => e.message)).toEqual([expect.stringMatching(/^Master row 4, UnitCost: -3/)]);
  });

  it("names repeated Sales rows among the Data step's issues", () => {
    const sales = [...salesRows(PLAN_DATE - 30, 30), [PLAN_DATE - 30, "SKU-0", 1]];
    const found = inspectSources(["Sales", "SKUs"], { Sales: sales, SKUs: SKUS }, {});
    // hand: the first data row (sheet row 2) is SKU-0 on the first day; the extra row is 2 + 60 = 62
    expect(findingIssues(found).map((e) => e.message)).toEqual([expect.stringMatching(/^Sales: rows 2 and 62 repeat SKU 'SKU-0' on /)]);
  });
});
