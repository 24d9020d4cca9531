import fc from "fast-check";
import { safetyStockMaxAvg } from "../../../../src/engine/stock/safetyStockMaxAvg";
import { errorOf, unwrap } from "./testResult";

const base = { maxUnitsPerDay: 15, maxLeadTimeDays: 23, avgUnitsPerDay: 7, avgLeadTimeDays: 10 };

describe("safetyStockMaxAvg", () => {
  it("matches the DESIGN.md example", () => {
    // DESIGN.md §1 item 4, hand: (15 × 23) − (7 × 10) = 345 − 70 = 275
    expect(unwrap(safetyStockMaxAvg(base))).toBe(275);
  });

  it("is zero when the maximum equals the average (no variation)", () => {
    // hand: (7 × 10) − (7 × 10) = 0
    expect(unwrap(safetyStockMaxAvg({ maxUnitsPerDay: 7, maxLeadTimeDays: 10, avgUnitsPerDay: 7, avgLeadTimeDays: 10 }))).toBe(0);
  });

  it("covers lead-time variation alone", () => {
    // hand: steady 20/day, lead time 30 avg, 45 worst → 20 × 45 − 20 × 30 = 300
    expect(unwrap(safetyStockMaxAvg({ maxUnitsPerDay: 20, maxLeadTimeDays: 45, avgUnitsPerDay: 20, avgLeadTimeDays: 30 }))).toBe(300);
  });

  it("reports a maximum lead time below the average, naming both", () => {
    const e = errorOf(safetyStockMaxAvg({ ...base, maxLeadTimeDays: 23, avgLeadTimeDays: 30 }));
    expect(e).toMatchObject({ code: "OUT_OF_RANGE", message: "max_lead_time_days (23) is smaller than avg_lead_time_days (30)" });
  });

  it("reports maximum daily sales below the average", () => {
    const e = errorOf(safetyStockMaxAvg({ ...base, maxUnitsPerDay: 5 }));
    expect(e).toMatchObject({ code: "OUT_OF_RANGE", message: "max_units_per_day (5) is smaller than avg_units_per_day (7)" });
  });

  it("reports negative and non-numeric inputs by argument name", () => {
    expect(errorOf(safetyStockMaxAvg({ ...base, avgLeadTimeDays: -1 }))).toMatchObject({
      code: "NEGATIVE_VALUE",
      message: "avg_lead_time_days (-1) is negative",
      where: { argument: "avg_lead_time_days" },
    });
    expect(errorOf(safetyStockMaxAvg({ ...base, maxUnitsPerDay: Number.NaN }))).toMatchObject({ code: "NOT_A_NUMBER", message: "max_units_per_day is not a number (NaN)" });
    expect(errorOf(safetyStockMaxAvg({ ...base, maxLeadTimeDays: Infinity })).code).toBe("NOT_A_NUMBER");
  });

  it("is never negative and equals the rule for any valid input (property)", () => {
    const nonNeg = fc.double({ min: 0, max: 1e4, noNaN: true });
    fc.assert(
      fc.property(nonNeg, nonNeg, nonNeg, nonNeg, (avgD, extraD, avgL, extraL) => {
        const input = { maxUnitsPerDay: avgD + extraD, maxLeadTimeDays: avgL + extraL, avgUnitsPerDay: avgD, avgLeadTimeDays: avgL };
        const ss = unwrap(safetyStockMaxAvg(input));
        expect(ss).toBeGreaterThanOrEqual(0);
        expect(ss).toBe(Math.max(0, input.maxUnitsPerDay * input.maxLeadTimeDays - avgD * avgL));
      }),
    );
  });
});
