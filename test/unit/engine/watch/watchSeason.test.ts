/**
 * The Watch of a season: each SKU once, against the event being stocked for now — Black Friday while
 * its days are ahead, the Holiday week once Black Friday is over — and re-plan from actuals refusing
 * to re-plan a season event by event.
 */
import { serialFromYmd } from "../../../../src/engine/dates";
import { planFromSheets } from "../../../../src/engine/plan/planFromSheets";
import type { EventPolicy } from "../../../../src/engine/plan/types";
import { replanFromActuals } from "../../../../src/engine/watch/replanFromActuals";
import { watchedEvent } from "../../../../src/engine/watch/watchedEvent";
import { watchFromSheets } from "../../../../src/engine/watch/watchFromSheets";

const PLAN_DATE = serialFromYmd(2026, 9, 15);
const BF = serialFromYmd(2026, 11, 27);
const HOLIDAY = serialFromYmd(2026, 12, 7);

function sheets(): Record<string, unknown[][]> {
  const sales: unknown[][] = [["Date", "SKU", "Units"]];
  for (let d = 0; d < 400; d++) for (let k = 0; k < 2; k++) sales.push([PLAN_DATE - 400 + d, `SKU-${k}`, 6 + 4 * k]);
  return {
    Sales: sales,
    SKUs: [
      ["SKU", "UnitCost", "Price", "UnitsPerCarton", "CartonLengthCm", "CartonWidthCm", "CartonHeightCm", "CartonWeightKg", "OnHand", "SupplierLeadDays"],
      ["SKU-0", 3, 12, 24, 50, 40, 30, 10, 400, 10],
      ["SKU-1", 8, 30, 10, 60, 50, 40, 14, 800, 20],
    ],
    Lanes: [
      ["Lane", "Mode", "TransitDays", "TransitDaysWorst", "HandlingDays", "RatePerKg", "RatePerCbm", "MinCharge", "VolumetricDivisor"],
      ["Sea LCL", "sea", 30, 40, 7, 0, 150, 300, 1000],
      ["Air", "air", 6, 10, 2, 5.5, 0, 100, 6000],
    ],
    Event: [["Event", "Black Friday 2026"], ["Start", BF], ["End", BF + 3], ["PlanDate", PLAN_DATE]],
    Events: [["Event", "Start", "End"], ["Holiday week", HOLIDAY, HOLIDAY + 6]],
  };
}

/** `days` days of sales to date from the plan date, at the history's rate. */
function salesToDate(days: number): unknown[][] {
  const rows: unknown[][] = [["Date", "SKU", "Units"]];
  for (let d = 0; d < days; d++) for (let k = 0; k < 2; k++) rows.push([PLAN_DATE + d, `SKU-${k}`, 6 + 4 * k]);
  return rows;
}

function season() {
  const all = sheets();
  const r = planFromSheets({ sheetNames: Object.keys(all), grids: all });
  if (!r.ok) throw new Error(r.error.message);
  expect(r.value.plan.events.map((e) => e.name)).toEqual(["Black Friday 2026", "Holiday week"]);
  return r.value;
}

describe("watchedEvent", () => {
  const policy = { name: "PBDD", start: 46302, end: 46310, laterEvents: [{ name: "BF", start: 46353, end: 46356 }] } as unknown as EventPolicy;
  const lines = [{ event: "PBDD", sku: "A" }, { event: "BF", sku: "A" }];
  it("watches an event up to and on its last day, then the next one", () => {
    expect(watchedEvent(lines, policy, 46310).event.name).toBe("PBDD"); // its last day is still ahead of the data
    expect(watchedEvent(lines, policy, 46311).lines).toEqual([{ event: "BF", sku: "A" }]);
    expect(watchedEvent(lines, policy, 46400).event.name).toBe("BF"); // all over: the last
  });
});

describe("the Watch of a two-event season", () => {
  it("watches each SKU once against Black Friday while it is ahead", () => {
    const { plan, policy } = season();
    const r = watchFromSheets({ salesGrid: salesToDate(10), salesSheet: "SalesToDate", skuGrid: sheets().SKUs, skuSheet: "SKUs", lines: plan.lines, policy, lanes: [] });
    if (!r.ok || r.value.kind !== "report") throw new Error("expected a report");
    // 4 plan lines (2 SKUs × 2 events), 2 rows; 10 days × 6 = 60 and 10 × 10 = 100 sold
    expect(plan.lines).toHaveLength(4);
    expect(r.value.report.rows.map((row) => [row.sku, row.actualUnits]).sort()).toEqual([["SKU-0", 60], ["SKU-1", 100]]);
  });

  it("moves on to the Holiday week once Black Friday is over", () => {
    const { plan, policy } = season();
    const days = BF + 4 - PLAN_DATE; // sales to date through 2026-11-30, Black Friday's last day
    const r = watchFromSheets({ salesGrid: salesToDate(days), salesSheet: "SalesToDate", skuGrid: sheets().SKUs, skuSheet: "SKUs", lines: plan.lines, policy, lanes: [] });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.kind).toBe("report"); // not "eventOver": the season goes on
    if (r.value.kind === "report") expect(r.value.report.rows).toHaveLength(2);
  });

  it("refuses to re-plan a season from actuals, naming the event watched", () => {
    const { plan, policy } = season();
    const r = replanFromActuals({ grids: { ...sheets(), SalesToDate: salesToDate(10) }, salesSheet: "Sales", skuSheet: "SKUs", salesToDateSheet: "SalesToDate", policy, lanes: [], before: plan.lines });
    expect(!r.ok && r.error.message).toMatch(/^Re-plan from actuals plans one event; this plan is a season of 2 events \(Black Friday 2026 and Holiday week\)\. The Watch above is against 'Black Friday 2026'/);
  });
});
