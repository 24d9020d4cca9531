import { CHART_COLUMNS } from "../../../../src/engine/plan/chartTable";
import { chartsTable } from "../../../../src/engine/plan/chartsTable";
import type { PlanLine } from "../../../../src/engine/plan/planSku";
import type { EventPolicy } from "../../../../src/engine/plan/types";
import type { DailySeries } from "../../../../src/engine/series/dailySeries";

const batch = (purchaseUsd: number, units: number) => ({ purchaseUsd, freightUsd: 0, dutyUsd: 0, insuranceUsd: 0, storageUsd: 0, units });
const line = (sku: string, cost: number, units = 10): PlanLine => ({
  sku, name: `${sku} name`, base: units > 0 ? batch(cost, units) : null, sprint: null,
  eventDemandP50: 2, // = the baseline of the one event day: the event days' scale is 1 (expectedPath.ts)
  forecast: { firstSerial: 103, mean: [2], lower80: [1], upper80: [4], lower95: [0], upper95: [5] },
}) as unknown as PlanLine;
const series = (sku: string): DailySeries => ({ sku, startSerial: 100, units: [1, 5, 2], excluded: [false, false, false], missingDays: 0, stockOutDays: 0 });
const policy = { name: "BF", start: 103, end: 103 } as EventPolicy;

describe("chartsTable", () => {
  it("charts the costliest SKUs, costliest first, one block of rows and one chart each", () => {
    const lines = [line("A", 100), line("B", 300), line("C", 200), line("D", 999, 0)];
    const table = chartsTable(lines, ["A", "B", "C", "D"].map(series), policy, 2);
    // hand: D ships nothing (left out); B $300 > C $200 > A $100 → B, C. Each block: 3 history days + 1 forecast day = 4 rows
    expect(table?.kind).toBe("Charts");
    expect(table?.columns).toBe(CHART_COLUMNS);
    expect(table?.charts).toEqual([
      { title: "B B name: history, forecast and BF", firstRow: 0, rows: 4 },
      { title: "C C name: history, forecast and BF", firstRow: 4, rows: 4 },
    ]);
    expect(table?.rows.map((r) => r[1])).toEqual(["B", "B", "B", "B", "C", "C", "C", "C"]);
    // hand: top = max(history 5, upper80 4) = 5 → the event day 103 marked at 5 × 1.05 = 5.25
    expect(table?.rows[3]).toEqual([103, "B", null, 2, 1, 4, 5.25]);
  });

  it("passes over a SKU without sales and titles in Chinese", () => {
    const table = chartsTable([line("A", 100), line("B", 300)], [series("A")], policy, 5, "zh-CN");
    expect(table?.charts?.map((c) => c.title)).toEqual(["A A name：历史销量、预测与BF"]);
  });

  it("is null when no SKU ships anything", () => {
    expect(chartsTable([line("A", 100, 0)], [series("A")], policy, 10)).toBeNull();
  });
});
