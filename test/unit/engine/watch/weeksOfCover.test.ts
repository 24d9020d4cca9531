import fc from "fast-check";
import { weeksOfCover } from "../../../../src/engine/watch/weeksOfCover";
import { errorOf, unwrap } from "../stock/testResult";

describe("weeksOfCover", () => {
  it("divides stock by a weekly rate", () => {
    // hand: 140 ÷ (10 × 7) = 2
    expect(unwrap(weeksOfCover(140, 10))).toBe(2);
    // hand: 35 ÷ (10 × 7) = 0.5
    expect(unwrap(weeksOfCover(35, 10))).toBe(0.5);
  });

  it("walks a daily path and counts the part of the last day", () => {
    // hand: 24 − 10 − 10 = 4 left; day 3 wants 5 → 0.8 of it; 2.8 days ÷ 7 = 0.4
    expect(unwrap(weeksOfCover(24, [10, 10, 5]))).toBeCloseTo(0.4, 12);
    // hand: exactly used up at the end of day 2 → 2 days
    expect(unwrap(weeksOfCover(20, [10, 10, 5]))).toBeCloseTo(2 / 7, 12);
  });

  it("steps over zero-demand days", () => {
    // hand: day 1 uses 10 (5 left), day 2 uses 0, day 3 wants 10 → 0.5; 2.5 days ÷ 7
    expect(unwrap(weeksOfCover(15, [10, 0, 10]))).toBeCloseTo(2.5 / 7, 12);
  });

  it("extends the path with its average when the stock outlasts it", () => {
    // hand: 49 − 10 − 4 = 35 left after 2 days; average (10 + 4) ÷ 2 = 7/day → 5 more days; 7 days = 1 week
    expect(unwrap(weeksOfCover(49, [10, 4]))).toBeCloseTo(1, 12);
  });

  it("is 0 with no stock, and Infinity with stock but no demand", () => {
    expect(unwrap(weeksOfCover(0, 10))).toBe(0);
    expect(unwrap(weeksOfCover(0, 0))).toBe(0);
    expect(unwrap(weeksOfCover(0, [0, 0]))).toBe(0);
    expect(unwrap(weeksOfCover(5, 0))).toBe(Infinity);
    expect(unwrap(weeksOfCover(5, [0, 0, 0]))).toBe(Infinity);
  });

  it("reports bad arguments by name and day", () => {
    expect(errorOf(weeksOfCover(-1, 10))).toMatchObject({ code: "NEGATIVE_VALUE", message: "on_hand_units (-1) is negative" });
    expect(errorOf(weeksOfCover(10, -2))).toMatchObject({ code: "NEGATIVE_VALUE", message: "daily_forecast (-2) is negative" });
    expect(errorOf(weeksOfCover(10, []))).toMatchObject({ code: "EMPTY_SERIES", message: "daily_forecast: there are no days" });
    expect(errorOf(weeksOfCover(10, [1, Number.NaN]))).toMatchObject({
      code: "NOT_A_NUMBER",
      message: "daily_forecast day 2 is not a number (NaN)",
      where: { argument: "daily_forecast", index: 2 },
    });
    expect(errorOf(weeksOfCover(10, [1, -3])).message).toBe("daily_forecast day 2 (-3) is negative");
  });

  it("agrees with the rate form for a flat path, and grows with stock (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: 0.01, max: 1e3, noNaN: true }),
        fc.integer({ min: 1, max: 60 }),
        (stock, more, rate, days) => {
          const flat = unwrap(weeksOfCover(stock, Array<number>(days).fill(rate)));
          expect(flat).toBeCloseTo(unwrap(weeksOfCover(stock, rate)), 6);
          expect(unwrap(weeksOfCover(stock + more, Array<number>(days).fill(rate)))).toBeGreaterThanOrEqual(flat - 1e-9);
        },
      ),
    );
  });
});
