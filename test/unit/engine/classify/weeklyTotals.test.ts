import fc from "fast-check";
import { weeklyTotals } from "../../../../src/engine/classify/weeklyTotals";
import { errorOf, unwrap } from "../stock/testResult";

describe("weeklyTotals", () => {
  it("sums complete weeks from the end and drops the incomplete oldest days", () => {
    // hand: 15 days → 2 weeks; day 1 (9) dropped; 1×7 = 7, 2×7 = 14
    expect(unwrap(weeklyTotals(Object.freeze([9, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2])))).toEqual([7, 14]);
  });

  it("keeps every day when the series is whole weeks", () => {
    // hand: days 1..14 → 1+…+7 = 28, 8+…+14 = 77
    expect(unwrap(weeklyTotals(Array.from({ length: 14 }, (_, i) => i + 1)))).toEqual([28, 77]);
  });

  it("takes another period length", () => {
    // hand: [1, 2, 3, 4, 5, 6, 7] in periods of 3 → drop day 1 → [2+3+4, 5+6+7] = [9, 18]
    expect(unwrap(weeklyTotals([1, 2, 3, 4, 5, 6, 7], 3))).toEqual([9, 18]);
  });

  it("needs at least one whole week", () => {
    expect(errorOf(weeklyTotals([1, 2, 3, 4, 5]))).toMatchObject({
      code: "INSUFFICIENT_HISTORY",
      message: "Weekly totals needs at least 7 days of history; this series has 5",
    });
    expect(errorOf(weeklyTotals([])).code).toBe("EMPTY_SERIES");
  });

  it("names a bad day", () => {
    expect(errorOf(weeklyTotals([1, 2, 3, -4, 5, 6, 7])).message).toBe("Weekly totals: day 4 of the series is negative (-4)");
  });

  it("rejects a week length that is not a whole number of days", () => {
    expect(errorOf(weeklyTotals([1, 2, 3], 0)).code).toBe("OUT_OF_RANGE");
    expect(errorOf(weeklyTotals([1, 2, 3], 2.5)).message).toBe("week length must be a whole number of days, at least 1 (got 2.5)");
  });

  it("keeps ⌊n/7⌋ weeks and every unit of the newest 7·⌊n/7⌋ days (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 7, maxLength: 120 }), (days) => {
        const weeks = unwrap(weeklyTotals(days));
        const kept = Math.floor(days.length / 7) * 7;
        expect(weeks).toHaveLength(kept / 7);
        const sum = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0);
        expect(sum(weeks)).toBe(sum(days.slice(days.length - kept)));
      }),
    );
  });
});
