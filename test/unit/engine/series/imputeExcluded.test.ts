import type { DailySeries } from "../../../../src/engine/series/dailySeries";
import { imputeExcluded } from "../../../../src/engine/series/imputeExcluded";

function series(units: number[], excludedDays: number[]): DailySeries {
  return Object.freeze({
    sku: "A",
    startSerial: 46027,
    units: Object.freeze(units.slice()) as number[],
    excluded: Object.freeze(units.map((_, d) => excludedDays.includes(d))) as boolean[],
    missingDays: 0,
    stockOutDays: 0,
  });
}

describe("imputeExcluded", () => {
  it("fills a stock-out day with the same weekday of the weeks around it", () => {
    // weekly pattern: 10 on days 0, 7, 14, else 1; day 7 was a stock-out (0)
    const units: number[] = Array.from({ length: 15 }, (_, d) => (d % 7 === 0 ? 10 : 1));
    units[7] = 0;
    const out = imputeExcluded(series(units, [7]));
    // hand: day 7 ← mean(day 0, day 14) = (10 + 10) / 2 = 10; every other day unchanged
    expect(out).toEqual(Array.from({ length: 15 }, (_, d) => (d % 7 === 0 ? 10 : 1)));
    expect(units[7]).toBe(0); // input untouched
  });

  it("uses at most the 4 nearest same-weekday days on each side", () => {
    // days 0, 7, …, 70 share a weekday; units[d] = d on them, except day 70 = 1000 (too far to count)
    const units = Array.from({ length: 71 }, (_, d) => (d % 7 === 0 ? d : 1));
    units[70] = 1000;
    units[35] = 999; // a past promotion spike, excluded
    const out = imputeExcluded(series(units, [35]));
    // hand: before 28, 21, 14, 7; after 42, 49, 56, 63 → (70 + 210) / 8 = 35 (day 0 and day 70 not used)
    expect(out[35]).toBe(35);
  });

  it("skips excluded weeks and never builds on another imputed day", () => {
    const units = Array.from({ length: 71 }, (_, d) => (d % 7 === 0 ? d : 1));
    units[70] = 1000;
    const out = imputeExcluded(series(units, [28, 35]));
    // hand, day 35: before 21, 14, 7, 0 (28 excluded) = 42; after 42, 49, 56, 63 = 210 → 252 / 8 = 31.5
    expect(out[35]).toBe(31.5);
    // hand, day 28: before 21, 14, 7, 0 = 42; after 42, 49, 56, 63 (35 excluded) = 210 → 31.5
    expect(out[28]).toBe(31.5);
  });

  it("falls back to the days within ±14 when the weekday has no usable day, then to 0", () => {
    // 30 days, only day 20 (6 units) is not excluded
    const units = Array.from({ length: 30 }, (_, d) => (d === 20 ? 6 : 50));
    const excluded = Array.from({ length: 30 }, (_, d) => d).filter((d) => d !== 20);
    const out = imputeExcluded(series(units, excluded));
    expect(out[13]).toBe(6); // same weekday as day 20 (20 − 7)
    expect(out[6]).toBe(6); // day 20 = 6 + 2 weeks, the same weekday (day 13 between is excluded)
    expect(out[10]).toBe(6); // weekday days 3, 17, 24 all excluded; day 20 is within ±14 → 6
    expect(out[5]).toBe(0); // weekday days 12, 19, 26 excluded; nothing usable within days 0–19 → 0
    expect(out[0]).toBe(0);
    expect(out[20]).toBe(6);
  });

  it("uses the ±14-day mean for a short series", () => {
    // 10 days: day 3's weekday has no other day in the series
    const out = imputeExcluded(series([2, 2, 2, 50, 4, 4, 4, 4, 4, 4], [3]));
    // hand: (2 + 2 + 2 + 6 × 4) / 9 = 30 / 9
    expect(out[3]).toBeCloseTo(30 / 9, 12);
  });

  it("returns zeros when every day is excluded, and the units as they are when none is", () => {
    expect(imputeExcluded(series([5, 6, 7], [0, 1, 2]))).toEqual([0, 0, 0]);
    expect(imputeExcluded(series([5, 6, 7], []))).toEqual([5, 6, 7]);
  });
});
