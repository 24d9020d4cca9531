import { mergeSeries } from "../../../../src/engine/plan/mergeSeries";
import type { DailySeries } from "../../../../src/engine/series/dailySeries";

const part = (startSerial: number, units: number[], onHand?: (number | null)[], marketplace = "Amazon US", revenue?: number[]): DailySeries => ({
  sku: "MUG", startSerial, units, excluded: units.map(() => false), missingDays: 0, stockOutDays: 0, marketplaces: [marketplace],
  ...(onHand ? { onHand } : {}), ...(revenue ? { revenue } : {}),
});

describe("mergeSeries", () => {
  it("adds the marketplaces of one destination day by day, its shared stock too", () => {
    // hand: US days 100–102 [6, 0, 6], Walmart days 101–103 [2, 0, 2] → [6, 0 + 2, 6 + 0, 2];
    // on hand US [5, 0, 3], Walmart [null, 0, 4] → [5, 0 (null counts for nothing), 3 + 0, 4]
    const merged = mergeSeries([part(100, [6, 0, 6], [5, 0, 3]), part(101, [2, 0, 2], [null, 0, 4], "Walmart", [20, 0, 20])]);
    expect(merged).toMatchObject({ startSerial: 100, units: [6, 2, 6, 2], onHand: [5, 0, 3, 4], marketplaces: ["Amazon US", "Walmart"] });
    expect(merged.revenue).toEqual([0, 20, 0, 20]);
    // hand: day 101 sold 2 with both shelves at 0 → not a stock-out; nothing marks a day with sales
    expect(merged.excluded).toEqual([false, false, false, false]);
  });

  it("marks a stock-out only when the destination's shared stock is empty and nothing sold", () => {
    const merged = mergeSeries([part(100, [6, 0, 6], [5, 0, 3]), part(100, [2, 0, 2], [1, 0, 2], "Walmart")]);
    expect(merged.excluded).toEqual([false, true, false]);
    expect(merged.stockOutDays).toBe(1);
  });

  it("returns a single series as it is", () => {
    const one = part(100, [1, 2]);
    expect(mergeSeries([one])).toBe(one);
  });
});
