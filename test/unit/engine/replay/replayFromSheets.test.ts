/**
 * replayFromSheets on a two-destination book worked by hand: one SKU selling a flat 10 a day on
 * Amazon US and 4 a day on Amazon DE, one lane to each, a March event (window 2026-03-10 … 03-27).
 */
import { serialFromYmd } from "../../../../src/engine/dates";
import { replayBookGrids as grids } from "./replayBook";
import { replayFromSheets, type SheetsReplay } from "../../../../src/engine/replay/replayFromSheets";
import { replayPolicyLabel } from "../../../../src/engine/replay/replayPolicies";
import { REPLAY_COLUMNS } from "../../../../src/engine/replay/replayTable";

function replayed(language = "en"): SheetsReplay {
  const g = grids();
  const r = replayFromSheets({ sheetNames: Object.keys(g), grids: g, language });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe("replayFromSheets, two destinations", () => {
  it("replays each destination with its own sales and lanes, and totals them", () => {
    const r = replayed();
    expect(r.destinations.map((d) => d.destination)).toEqual(["Amazon US", "Amazon DE"]);
    // hand, last year's window + 20 %: US 18 × 10 = 180 → 216 by Sea US (ship-by 03-10 − 7 − 14 − 30 − 5 = 01-13);
    // DE 18 × 4 = 72 → 86.4 → 87 whole units by Rail DE (ship-by 03-10 − 7 − 14 − 20 − 3 = 01-25, sellable 01-25 + 3 + 18 + 14 = 03-01)
    const lastYear = (d: number) => r.destinations[d].results.find((x) => x.policy === "last-year")?.skus[0].shipments.map((l) => [l.lane, l.units, l.shipDay, l.arrivalDay]);
    expect(lastYear(0)).toEqual([["Sea US", 216, serialFromYmd(2026, 1, 13), serialFromYmd(2026, 3, 1)]]);
    expect(lastYear(1)).toEqual([["Rail DE", 87, serialFromYmd(2026, 1, 25), serialFromYmd(2026, 3, 1)]]);
    // totals add the destinations: 180 + 72 demanded; the reference ships exactly the missing units at each
    const total = (id: string) => r.totals.find((t) => t.policy === id)?.total;
    expect(total("last-year")).toMatchObject({ demandedUnits: 252, shippedUnits: 303, soldUnits: 252, leftoverUnits: 51 });
    expect(total("perfect-foresight")).toMatchObject({ demandedUnits: 252, shippedUnits: 252, leftoverUnits: 0 });
    // no OnHand column: every SKU's stock on the plan date is assumed
    expect(r.destinations.map((d) => [d.stockFromSales, d.stockAssumed])).toEqual([[[], ["A"]], [[], ["A"]]]);
  });

  it("writes totals, then each destination's, then each SKU and destination with one row per policy", () => {
    const table = replayed().tables[0];
    expect(table.kind).toBe("Replay");
    expect(table.columns).toBe(REPLAY_COLUMNS);
    const at = (key: string) => REPLAY_COLUMNS.findIndex((c) => c.key === key);
    const rows = table.rows.map((row) => [row[at("Policy")], row[at("SKU")], row[at("Destination")], row[at("Demanded")]]);
    const label = (id: Parameters<typeof replayPolicyLabel>[0]) => replayPolicyLabel(id);
    const ids = ["peakstock", "last-year", "average-sales", "sellers-rule", "perfect-foresight"] as const;
    expect(rows).toEqual([
      ...ids.map((id) => [label(id), "All SKUs", "", 252]),
      ...ids.map((id) => [label(id), "All SKUs", "Amazon US", 180]),
      ...ids.map((id) => [label(id), "All SKUs", "Amazon DE", 72]),
      ...ids.map((id) => [label(id), "A", "Amazon US", 180]),
      ...ids.map((id) => [label(id), "A", "Amazon DE", 72]),
    ]);
    // the reference's own share is 100 %; a SKU row has no share
    expect(table.rows[4][at("ShareOfReference")]).toBe(1);
    expect(table.rows[15][at("ShareOfReference")]).toBeNull();
    expect(table.rows[0][at("Note")]).toContain("the Sales sheet has no OnHand then, so the replay assumes the seller's regular stock covered the days before the window");
    expect(table.highlights).toEqual([{ column: "Policy", equals: "PeakStock", tone: "success" }]);
  });

  it("says the edition and the stock assumption in Chinese", () => {
    const note = replayed("zh-CN").tables[0].rows[0][REPLAY_COLUMNS.length - 1];
    expect(note).toBe(
      "Spring Sale，2026-03-10 开始的一届：在 2025-12-30 规划，提前 70 天（活动表的计划日期到开始日期），只用前一天为止的销量；窗口 2026-03-10 … 2026-03-27（活动 4 天 + 覆盖期 14 天），所有策略相同；货物按渠道的正常时效可售。计划日期的库存：销售表当时没有库存数据，复盘假设窗口之前的日子由卖家的常规库存供货，各策略发的货供应窗口；当时的在途未知（不计）。",
    );
  });

  it("reports progress per destination and policy", () => {
    const g = grids();
    const seen: [number, number][] = [];
    replayFromSheets({ sheetNames: Object.keys(g), grids: g, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual(Array.from({ length: 10 }, (_, i) => [i + 1, 10]));
  });
});
