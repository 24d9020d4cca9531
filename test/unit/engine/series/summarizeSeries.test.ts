import type { DailySeries } from "../../../../src/engine/series/dailySeries";
import { SAME_PERIOD_LAG_DAYS, summarizeSeries } from "../../../../src/engine/series/summarizeSeries";

const START = 46027; // 2026-01-05

function series(units: number[], excludedDays: (d: number) => boolean = () => false): DailySeries {
  return Object.freeze({
    sku: "A",
    startSerial: START,
    units: Object.freeze(units.slice()) as number[],
    excluded: Object.freeze(units.map((_, d) => excludedDays(d))) as boolean[],
    missingDays: 3,
    stockOutDays: 1,
  });
}

const linear = (n: number) => Array.from({ length: n }, (_, d) => d);

describe("summarizeSeries", () => {
  it("summarises a 100-day linear series units = day index", () => {
    const s = summarizeSeries(series(linear(100)));
    expect(s).toEqual({
      sku: "A",
      firstSerial: START,
      lastSerial: START + 99,
      daysOfHistory: 100,
      baselineDays: 100,
      totalUnits: 4950, // hand: 0 + 1 + … + 99 = 99·100/2
      avgUnitsPerDay: 49.5, // hand: 4950 / 100
      maxUnitsPerDay: 99,
      maxSerial: START + 99,
      last30UnitsPerDay: 84.5, // hand: mean(70 … 99) = (70 + 99) / 2
      last90UnitsPerDay: 54.5, // hand: mean(10 … 99) = (10 + 99) / 2
      trendUnitsPerDayPerDay: 1, // hand: y = x exactly, slope 1
      trendPct: expect.closeTo(30 / 54.5, 12), // hand: 1 × 30 ÷ mean of days 10 … 99
      samePeriodLastYearUnitsPerDay: null, // 100 days < 364 + 30
      zeroDaysShare: 0.01, // hand: only day 0 sold nothing, 1 / 100
      excludedDays: 0,
      missingDays: 3,
      stockOutDays: 1,
    });
  });

  it("leaves excluded days (a promotion spike) out of every average, max and the trend", () => {
    const units = linear(100);
    for (let d = 90; d < 100; d++) units[d] = 500;
    const s = summarizeSeries(series(units, (d) => d >= 90));
    expect(s.totalUnits).toBe(9005); // hand: (0 + … + 89) + 10 × 500 = 4005 + 5000
    expect(s.baselineDays).toBe(90);
    expect(s.excludedDays).toBe(10);
    expect(s.avgUnitsPerDay).toBe(44.5); // hand: 4005 / 90
    expect(s.maxUnitsPerDay).toBe(89);
    expect(s.maxSerial).toBe(START + 89);
    expect(s.last30UnitsPerDay).toBe(79.5); // hand: last 30 days are 70 … 99; baseline 70 … 89 → 79.5
    expect(s.last90UnitsPerDay).toBe(49.5); // hand: days 10 … 99; baseline 10 … 89 → 49.5
    expect(s.trendUnitsPerDayPerDay).toBeCloseTo(1, 12); // last 90 baseline days are 0 … 89, still y = x
    expect(s.trendPct).toBeCloseTo(30 / 44.5, 12);
    expect(s.zeroDaysShare).toBeCloseTo(1 / 90, 15);
  });

  it("stops at asOfSerial", () => {
    const s = summarizeSeries(series(linear(100)), { asOfSerial: START + 49 });
    expect(s).toMatchObject({
      lastSerial: START + 49,
      daysOfHistory: 50,
      totalUnits: 1225, // hand: 49·50/2
      avgUnitsPerDay: 24.5,
      maxSerial: START + 49,
      last30UnitsPerDay: 34.5, // hand: mean(20 … 49)
      last90UnitsPerDay: 24.5, // hand: only 50 days: mean(0 … 49)
    });
    expect(s.trendUnitsPerDayPerDay).toBeCloseTo(1, 12);
    // a date after the end is cut to the last day
    expect(summarizeSeries(series(linear(100)), { asOfSerial: START + 500 }).daysOfHistory).toBe(100);
  });

  it("compares with the same 30 days 52 weeks earlier, weekday-aligned", () => {
    expect(SAME_PERIOD_LAG_DAYS).toBe(364); // 52 × 7
    // 400 days: last day 399, so last year's window is days 399 − 364 − 29 … 399 − 364 = 6 … 35
    const units = Array.from({ length: 400 }, (_, d) => (d >= 6 && d <= 35 ? 7 : 1));
    expect(summarizeSeries(series(units)).samePeriodLastYearUnitsPerDay).toBe(7);
    // excluded days in that window are left out: days 6 … 15 excluded and set to 100
    const spiked = units.map((u, d) => (d >= 6 && d <= 15 ? 100 : u));
    expect(summarizeSeries(series(spiked, (d) => d >= 6 && d <= 15)).samePeriodLastYearUnitsPerDay).toBe(7);
  });

  it("needs the whole window a year back: 394 days is enough, 393 is not", () => {
    // hand: 394 days → last 393, window 393 − 364 − 29 = 0 … 29
    expect(summarizeSeries(series(Array.from({ length: 394 }, () => 2))).samePeriodLastYearUnitsPerDay).toBe(2);
    expect(summarizeSeries(series(Array.from({ length: 393 }, () => 2))).samePeriodLastYearUnitsPerDay).toBeNull();
  });

  it("gives the earliest date of a tied maximum", () => {
    const s = summarizeSeries(series([1, 5, 2, 5]));
    expect(s.maxUnitsPerDay).toBe(5);
    expect(s.maxSerial).toBe(START + 1);
  });

  it("has a zero trend on a flat series and no trend percentage when nothing sells", () => {
    const flat = summarizeSeries(series([3, 3, 3, 3]));
    expect(flat.trendUnitsPerDayPerDay).toBe(0);
    expect(flat.trendPct).toBe(0);
    const zero = summarizeSeries(series([0, 0, 0]));
    expect(zero.trendUnitsPerDayPerDay).toBe(0);
    expect(zero.trendPct).toBeNull(); // hand: 0 × 30 ÷ 0 is undefined
    expect(zero.zeroDaysShare).toBe(1);
    expect(summarizeSeries(series([4])).trendUnitsPerDayPerDay).toBeNull(); // one point has no slope
  });

  it("returns 0 and null, never NaN, for an all-excluded series or an asOf before the start", () => {
    for (const s of [
      summarizeSeries(series([5, 6, 7], () => true)),
      summarizeSeries(series([5, 6, 7]), { asOfSerial: START - 1 }),
    ]) {
      for (const v of Object.values(s)) if (typeof v === "number") expect(Number.isNaN(v)).toBe(false);
      expect(s).toMatchObject({
        baselineDays: 0,
        avgUnitsPerDay: null,
        maxUnitsPerDay: null,
        maxSerial: null,
        last30UnitsPerDay: null,
        last90UnitsPerDay: null,
        trendUnitsPerDayPerDay: null,
        trendPct: null,
        samePeriodLastYearUnitsPerDay: null,
        zeroDaysShare: null,
      });
    }
    expect(summarizeSeries(series([5, 6, 7], () => true))).toMatchObject({ daysOfHistory: 3, totalUnits: 18, excludedDays: 3 });
    expect(summarizeSeries(series([5, 6, 7]), { asOfSerial: START - 1 })).toMatchObject({
      daysOfHistory: 0, totalUnits: 0, excludedDays: 0, firstSerial: null, lastSerial: null,
    });
  });
});
