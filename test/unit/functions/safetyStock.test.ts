import { safetyStock } from "../../../src/functions/functions";

describe("PEAK.SAFETYSTOCK", () => {
  // Daily sales with max 15 and average 7: (15 + 3 + 3) / 3 = 7; blanks are skipped like AVERAGE.
  const sales = Object.freeze([[15], [""], [3], [null], [3]]);

  it("is max daily × max lead − average daily × average lead by default", () => {
    // hand: (15×23) − (7×10) = 345 − 70 = 275 (DESIGN.md §1.4)
    expect(safetyStock(sales.map((r) => [...r]), [[10]], 23)).toBe(275);
  });

  it("takes average and maximum lead time from a range of observed lead times", () => {
    // hand: lead times 6, 1, 23 → average 10, maximum 23 → (15×23) − (7×10) = 275
    expect(safetyStock(sales.map((r) => [...r]), [[6, 1, 23]], undefined, "maxavg")).toBe(275);
  });

  it("uses z·√(L̄·σd² + d̄²·σL²) for the SERVICE method", () => {
    // hand: sales 15, 3, 3 → d̄ = 7, σd = √((64+16+16)/2) = √48; lead 10 fixed (σL = 0);
    // z(0.95) = 1.644854 → 1.644854 × √(10 × 48) = 1.644854 × 21.908902 = 36.0369
    expect(safetyStock(sales.map((r) => [...r]), [[10]], undefined, "SERVICE", 0.95)).toBeCloseTo(36.0369, 3);
  });

  it("names the cell when daily sales hold text", () => {
    expect(() => safetyStock([[15], [3], [3], ["abc"]], [[10]], 23)).toThrow("daily_sales: cell 4 is text 'abc'");
  });

  it("rejects a method it does not know", () => {
    expect(() => safetyStock([[15], [3]], [[10]], 23, "AVG")).toThrow("method: 'AVG' is not MAXAVG or SERVICE");
  });

  it("reports a maximum lead time below the average from the engine", () => {
    expect(() => safetyStock([[15], [3]], [[30]], 23)).toThrow("max_lead_time_days (23) is smaller than avg_lead_time_days (30)");
  });
});
