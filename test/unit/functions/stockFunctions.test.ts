import { batchSplit, reorderPoint, safetyStock } from "../../../src/functions/functions";
import { excelErrorOf } from "./expectExcelError";

// Daily sales with max 15 and average 7: (15 + 3 + 3) / 3 = 7; blanks skipped like AVERAGE.
const sales = (): unknown[][] => [[15], [""], [3], [null], [3]];

describe("PEAK.REORDERPOINT", () => {
  it("is average daily × average lead time + the safety stock", () => {
    // hand: 7 × 10 + (15 × 23 − 7 × 10) = 70 + 275 = 345
    expect(reorderPoint(sales(), [[10]], 23)).toBe(345);
  });

  it("uses the SERVICE safety stock when asked", () => {
    // hand: 7 × 10 + 1.644854 × √(10 × 48) = 70 + 36.0369 = 106.0369 (see SAFETYSTOCK's test)
    expect(reorderPoint(sales(), [[10]], null, "SERVICE", null)).toBeCloseTo(106.0369, 3);
  });

  it("explains a service level outside (0, 1)", () => {
    expect(excelErrorOf(() => reorderPoint(sales(), [[10]], null, "SERVICE", 95))).toBe("#VALUE! service_level must be between 0 and 1 (got 95)");
  });

  it("gives #N/A when there are no sales at all", () => {
    expect(excelErrorOf(() => safetyStock([[""], [null]], [[10]]))).toBe("#N/A daily_sales: there are no values");
  });

  it("names a negative lead time cell", () => {
    expect(excelErrorOf(() => safetyStock(sales(), [[5], [-2]]))).toBe("#VALUE! lead_time_days: cell 2 is negative (-2)");
  });

  it("names an Excel error value in the sales", () => {
    expect(excelErrorOf(() => safetyStock([[3], ["#N/A"]], [[5]]))).toBe("#VALUE! daily_sales: cell 2 holds the Excel error #N/A");
  });
});

describe("PEAK.BATCHSPLIT", () => {
  it("spills base and sprint side by side", () => {
    // hand: base 1000 − 300 = 700; sprint max(1300 − 1000, 200) + 0.15 × 1000 = 450
    expect(batchSplit(1000, 1300, 200, 0.15, 300)).toEqual([[700, 450]]);
  });

  it("applies the 15 % buffer and no stock on hand by default", () => {
    // hand: base 100; sprint max(20, 10) + 15 = 35
    expect(batchSplit(100, 120, 10, null, null)).toEqual([[100, 35]]);
  });

  it("accepts numbers typed as text, as Excel does", () => {
    expect(batchSplit("100", " 120 ", "10")).toEqual([[100, 35]]);
  });

  it("explains a P90 below the P50 and text where a number belongs", () => {
    expect(excelErrorOf(() => batchSplit(100, 90, 0))).toBe("#VALUE! event_demand_p90 (90) is smaller than event_demand_p50 (100)");
    expect(excelErrorOf(() => batchSplit("lots", 90, 0))).toBe("#VALUE! event_demand_p50: 'lots' is not a number");
    expect(excelErrorOf(() => batchSplit(null, 90, 0))).toBe("#N/A event_demand_p50 is required");
  });

  it("never returns Infinity: inputs too large for any real event are refused, saying why", () => {
    // before: 1e308 units with a 10× buffer spilled [1e308, Infinity]
    expect(excelErrorOf(() => batchSplit(1e308, 1e308, 1e308, 10, 0))).toBe("#VALUE! event_demand_p50 must be at least 0 and at most 1000000000 (got 1e+308)");
    expect(excelErrorOf(() => batchSplit(1000, 1300, 1e300))).toBe("#VALUE! safety_stock must be at least 0 and at most 1000000000 (got 1e+300)");
    // hand: the largest inputs allowed stay finite: 1e9 + max(0, 1e9) + 10 × 1e9 = 1.2e10
    expect(batchSplit(1e9, 1e9, 1e9, 10, 0)).toEqual([[1e9, 1.1e10]]);
  });
});
