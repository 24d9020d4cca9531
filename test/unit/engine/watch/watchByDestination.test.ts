/**
 * The Watch of a plan by destination: each SKU watched at each destination on that destination's
 * sales to date, stock and lanes — not on the sales of every marketplace added up. The book is the
 * hand-worked two-destination book (twoDestinationBook.ts): MUG sells 10/day on Amazon US, 4/day on
 * Amazon DE and 2/day on Walmart (no lane goes there); LAMP 5/day on Amazon US.
 */
import { defaultLanes, DEFAULT_LANES } from "../../../../src/engine/plan/defaultLanes";
import { planFromSheets } from "../../../../src/engine/plan/planFromSheets";
import { renderMessage } from "../../../../src/engine/messages/renderMessage";
import { replanFromActuals } from "../../../../src/engine/watch/replanFromActuals";
import { watchFromSheets, type WatchReport } from "../../../../src/engine/watch/watchFromSheets";
import { watchTable } from "../../../../src/engine/watch/watchTable";
import { PLAN } from "../plan/flatBook";
import { grids, SKUS } from "../plan/twoDestinationBook";

const LANES = [...DEFAULT_LANES, ...defaultLanes("DE")];

/** Ten days from the plan date: MUG 10/day in the US and 12/day in Germany (three times its 4), 2/day on Walmart; LAMP 5/day in the US. */
function salesToDate(): unknown[][] {
  const rows: unknown[][] = [["Date", "SKU", "Units", "Marketplace"]];
  for (let d = 0; d < 10; d++) {
    rows.push([PLAN + d, "MUG", 10, "Amazon US"], [PLAN + d, "MUG", 12, "Amazon DE"], [PLAN + d, "MUG", 2, "Walmart"], [PLAN + d, "LAMP", 5, "Amazon US"]);
  }
  return rows;
}

function planned() {
  const all = grids();
  const r = planFromSheets({ sheetNames: Object.keys(all), grids: all });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function report(): WatchReport {
  const { plan, policy } = planned();
  const r = watchFromSheets({ salesGrid: salesToDate(), salesSheet: "SalesToDate", skuGrid: SKUS, skuSheet: "SKUs", lines: plan.lines, policy, lanes: LANES });
  if (!r.ok) throw new Error(r.error.message);
  if (r.value.kind !== "report") throw new Error(r.value.kind);
  return r.value.report;
}

describe("the Watch of a plan with two destinations", () => {
  it("watches MUG in the US and in Germany each on its own sales, LAMP in the US", () => {
    const rows = report().rows;
    const sold = Object.fromEntries(rows.map((r) => [`${r.sku}@${r.destination}`, r.actualUnits]));
    // 10 days × 10 = 100 in the US; 10 × 12 = 120 in Germany; LAMP 10 × 5 = 50. Walmart's 20 are nobody's
    // (pooled, MUG would have been 100 + 120 + 20 = 240 at both destinations).
    expect(sold).toEqual({ "MUG@Amazon US": 100, "MUG@Amazon DE": 120, "LAMP@Amazon US": 50 });
  });

  it("sees Germany selling three times its plan while the US sells to plan", () => {
    const rows = report().rows;
    const de = rows.find((r) => r.sku === "MUG" && r.destination === "Amazon DE");
    const us = rows.find((r) => r.sku === "MUG" && r.destination === "Amazon US");
    // Germany's plan is about 4/day: 120 sold against about 40 → deviation about +2 (three times).
    expect(de?.deviation).toBeGreaterThan(1.5);
    expect(["HOT", "REORDER", "SHORT", "STOCKOUT"]).toContain(de?.status);
    // The US's plan is about 10/day: 100 against about 100.
    expect(Math.abs(us?.deviation ?? 1)).toBeLessThan(0.3);
  });

  it("finds Germany's 20 units sold out and re-orders on a lane to Germany", () => {
    const de = report().rows.find((r) => r.sku === "MUG" && r.destination === "Amazon DE");
    // 20 on hand in Germany (its SKUs row; the US row's 100 is not Germany's) at 12/day: gone on day 2.
    expect(de?.status).toBe("STOCKOUT");
    expect(de?.stockNowUnits).toBe(0);
    const option = de?.reorder.kind === "inTime" ? de.reorder.option : null;
    expect(option?.lane.destination).toBe("Amazon DE");
    expect(option?.lane.name).toBe("Air → Germany");
  });

  it("writes the destination beside the SKU on the Watch sheet", () => {
    const table = watchTable(report());
    expect(table.columns.slice(0, 4).map((c) => c.key)).toEqual(["SKU", "Name", "Destination", "Status"]);
    expect(table.rows.map((r) => `${String(r[0])}@${String(r[2])}`).sort()).toEqual(["LAMP@Amazon US", "MUG@Amazon DE", "MUG@Amazon US"]);
  });

  it("refuses to re-plan from actuals by pooling the destinations, in English and Chinese", () => {
    const { plan, policy } = planned();
    const all = grids();
    const r = replanFromActuals({ grids: { ...all, SalesToDate: salesToDate() }, salesSheet: "Sales", skuSheet: "SKUs", salesToDateSheet: "SalesToDate", policy, lanes: LANES, before: plan.lines });
    expect(r.ok).toBe(false);
    if (r.ok || !r.error.text) throw new Error("expected a refusal with a message key");
    expect(r.error.message).toMatch(/^Re-plan from actuals plans a book with one destination; this plan ships to Amazon US and Amazon DE\./);
    expect(renderMessage(r.error.text, "zh")).toContain("此计划发往 Amazon US 和 Amazon DE");
  });
});
