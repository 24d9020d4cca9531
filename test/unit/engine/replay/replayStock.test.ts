import type { SkuMaster } from "../../../../src/engine/plan/types";
import { onHandAtPlanDate, replayStock } from "../../../../src/engine/replay/replayStock";
import type { DailySeries } from "../../../../src/engine/series/dailySeries";

function series(sku: string, units: number[], onHand?: (number | null)[]): DailySeries {
  return { sku, startSerial: 100, units, excluded: units.map(() => false), missingDays: 0, stockOutDays: 0, ...(onHand ? { onHand } : {}) };
}

const SKU: SkuMaster = {
  sku: "A", unitCost: 6, price: 20, unitsPerCarton: 1, cartonLengthCm: 30, cartonWidthCm: 30, cartonHeightCm: 30, cartonWeightKg: 10, dutyRate: 0,
  onHand: 900, inTransit: 50, inTransitArrival: 130, supplierLeadDays: 0, moq: 0, sensitive: false, destination: "Amazon US",
  stockAt: [{ destination: "Amazon US", onHand: 900, inTransit: 50, inTransitArrival: 130 }],
};

describe("onHandAtPlanDate", () => {
  it("reads the stock at the end of the day before the plan date", () => {
    // days 100…104; plan date 104: the reading of day 103 is the morning stock of 104
    expect(onHandAtPlanDate(series("A", [5, 5, 5, 5, 5], [60, 55, 50, 45, 40]), 104)).toBe(45);
  });

  it("takes the latest reading of the week before less what sold since, never below 0", () => {
    // hand: 40 at the end of day 100, then 5 + 5 + 5 sold on days 101–103 → 25
    expect(onHandAtPlanDate(series("A", [5, 5, 5, 5, 5], [40, null, null, null, null]), 104)).toBe(25);
    // hand: 8 at the end of day 100, 15 sold since → 0, not −7
    expect(onHandAtPlanDate(series("A", [5, 5, 5, 5, 5], [8, null, null, null, null]), 104)).toBe(0);
  });

  it("knows nothing from a reading older than 7 days, a series without OnHand, or a plan date before the series", () => {
    const units = Array.from({ length: 20 }, () => 1);
    const old = [null, 30, ...Array.from({ length: 18 }, () => null)]; // a reading on day 101 only
    expect(onHandAtPlanDate(series("A", units, old), 108)).toBe(24); // hand: 101 is the 7th day before 108: 30 − 6 sold on 102…107
    expect(onHandAtPlanDate(series("A", units, old), 109)).toBeNull(); // the 8th day before 109
    expect(onHandAtPlanDate(series("A", units), 105)).toBeNull();
    expect(onHandAtPlanDate(series("A", units, old), 100)).toBeNull();
  });
});

describe("replayStock", () => {
  it("gives each SKU with sales its stock on the plan date and nothing in transit, and says where it came from", () => {
    const b: SkuMaster = { ...SKU, sku: "B" };
    const c: SkuMaster = { ...SKU, sku: "C" };
    const stock = replayStock([SKU, b, c], [series("A", [5, 5, 5], [70, 65, 60]), series("B", [5, 5, 5])], 103);
    expect(stock.skus.map((s) => [s.sku, s.onHand, s.inTransit, s.inTransitArrival, s.stockAt, s.destination])).toEqual([
      ["A", 60, 0, undefined, undefined, undefined],
      ["B", 0, 0, undefined, undefined, undefined],
    ]);
    expect(stock.fromSales).toEqual(["A"]);
    expect(stock.assumed).toEqual(["B"]);
  });
});
