import fc from "fast-check";
import { reorderPoint } from "../../../../src/engine/stock/reorderPoint";
import { safetyStockMaxAvg } from "../../../../src/engine/stock/safetyStockMaxAvg";
import { serviceLevelSafetyStock } from "../../../../src/engine/stock/serviceLevelSafetyStock";
import { errorOf, unwrap } from "./testResult";

describe("reorderPoint", () => {
  it("adds lead-time demand to the max/avg safety stock", () => {
    // DESIGN.md: SS = 275; hand: ROP = 7 × 10 + 275 = 345
    const ss = unwrap(safetyStockMaxAvg({ maxUnitsPerDay: 15, maxLeadTimeDays: 23, avgUnitsPerDay: 7, avgLeadTimeDays: 10 }));
    expect(unwrap(reorderPoint({ avgUnitsPerDay: 7, avgLeadTimeDays: 10, safetyStockUnits: ss }))).toBe(345);
  });

  it("adds lead-time demand to the statistical safety stock", () => {
    // DESIGN.md: SS(95 %) = 509.13; hand: ROP = 100 × 12 + 509.13 = 1709.13
    const ss = unwrap(serviceLevelSafetyStock({ serviceLevel: 0.95, avgUnitsPerDay: 100, sdUnitsPerDay: 22, avgLeadTimeDays: 12, sdLeadTimeDays: 3 }));
    expect(unwrap(reorderPoint({ avgUnitsPerDay: 100, avgLeadTimeDays: 12, safetyStockUnits: ss }))).toBeCloseTo(1709.13, 2);
  });

  it("is the safety stock alone for a SKU that does not sell", () => {
    expect(unwrap(reorderPoint({ avgUnitsPerDay: 0, avgLeadTimeDays: 30, safetyStockUnits: 12 }))).toBe(12);
  });

  it("names a negative or missing input", () => {
    expect(errorOf(reorderPoint({ avgUnitsPerDay: 1, avgLeadTimeDays: 1, safetyStockUnits: -5 }))).toMatchObject({
      code: "NEGATIVE_VALUE",
      message: "safety_stock_units (-5) is negative",
    });
    expect(errorOf(reorderPoint({ avgUnitsPerDay: 1, avgLeadTimeDays: undefined as unknown as number, safetyStockUnits: 5 })).message).toBe(
      "avg_lead_time_days is not a number (undefined)",
    );
  });

  it("is never below the safety stock (property)", () => {
    const amount = fc.double({ min: 0, max: 1e5, noNaN: true });
    fc.assert(
      fc.property(amount, amount, amount, (d, l, ss) => {
        expect(unwrap(reorderPoint({ avgUnitsPerDay: d, avgLeadTimeDays: l, safetyStockUnits: ss }))).toBeGreaterThanOrEqual(ss);
      }),
    );
  });
});
