import { seasonalNaive } from "../../../../src/engine/forecast/seasonalNaive";
import { expectRequestErrors, expectSameAsRefit, originsFor, SHAPES } from "./atOriginsFixtures";

// Two weeks; week 2 = week 1 + [1, −1, 1, −1, 1, −1, 0].
const TWO_WEEKS = Object.freeze([1, 2, 3, 4, 5, 6, 7, 2, 1, 4, 3, 6, 5, 7]);
// hand: residuals y(t) − y(t−7) = 1, −1, 1, −1, 1, −1, 0 → σ = √(6/7) = 0.92582
const SIGMA = Math.sqrt(6 / 7);
const Z95 = 1.959964; // Φ⁻¹(0.975), FPP3 Table 5.1

describe("seasonalNaive", () => {
  it("repeats the last week, wrapping after 7 days", () => {
    const fit = seasonalNaive.fit(TWO_WEEKS);
    if (!fit.ok) throw new Error(fit.error.message);
    // hand: ŷ(T+h) = y(T+h−7) for h ≤ 7, y(T+h−14) for 8 ≤ h ≤ 14 → day 8 = first day of last week
    expect(fit.value.forecast(8).mean).toEqual([2, 1, 4, 3, 6, 5, 7, 2]);
    expect(fit.value.params).toEqual({ seasonLength: 7 });
  });

  it("has fitted values one week back and NaN in the first week", () => {
    const fit = seasonalNaive.fit(TWO_WEEKS);
    if (!fit.ok) throw new Error(fit.error.message);
    expect(fit.value.fitted).toEqual([...new Array(7).fill(Number.NaN), 1, 2, 3, 4, 5, 6, 7]);
    expect(fit.value.sigma).toBeCloseTo(SIGMA, 12);
  });

  it("widens the interval by √(k+1) per completed season (FPP3 Table 5.2)", () => {
    const fit = seasonalNaive.fit(TWO_WEEKS);
    if (!fit.ok) throw new Error(fit.error.message);
    const f = fit.value.forecast(8);
    const sd = (i: number): number => (f.upper[95][i] - f.mean[i]) / Z95;
    // FPP3 Table 5.2: sd(h) = σ√(⌊(h−1)/7⌋ + 1): h = 1 → σ, h = 7 → σ, h = 8 → σ√2
    expect(sd(0)).toBeCloseTo(SIGMA, 5);
    expect(sd(6)).toBeCloseTo(SIGMA, 5);
    expect(sd(7)).toBeCloseTo(SIGMA * Math.SQRT2, 5);
  });

  it("uses options.seasonLength and needs one full season", () => {
    const fit = seasonalNaive.fit([1, 2, 3, 4, 5], { seasonLength: 3 });
    if (!fit.ok) throw new Error(fit.error.message);
    // hand: last season [3, 4, 5] repeated
    expect(fit.value.forecast(4).mean).toEqual([3, 4, 5, 3]);
    expect(seasonalNaive.minLength({ seasonLength: 3 })).toBe(3);
    const short = seasonalNaive.fit(TWO_WEEKS.slice(0, 6));
    expect(short.ok ? "" : short.error.code).toBe("INSUFFICIENT_HISTORY");
  });

  it("takes the season from its own params before options", () => {
    const fit = seasonalNaive.fit([1, 2, 3, 4, 5], { seasonLength: 7, params: { seasonLength: 2 } });
    if (!fit.ok) throw new Error(fit.error.message);
    // hand: last season [4, 5]
    expect(fit.value.forecast(3).mean).toEqual([4, 5, 4]);
  });

  it("rejects a season that is not a whole number of days", () => {
    for (const seasonLength of [0, 2.5, -7]) {
      const fit = seasonalNaive.fit(TWO_WEEKS, { seasonLength });
      expect(fit.ok ? "" : fit.error.code).toBe("OUT_OF_RANGE");
    }
  });

  it("does not mutate its input and repeats itself", () => {
    const a = seasonalNaive.fit(TWO_WEEKS);
    const b = seasonalNaive.fit(TWO_WEEKS);
    if (!a.ok || !b.ok) throw new Error("fit failed");
    expect(a.value.forecast(10)).toEqual(b.value.forecast(10));
    expect(TWO_WEEKS).toEqual([1, 2, 3, 4, 5, 6, 7, 2, 1, 4, 3, 6, 5, 7]);
  });
});

describe("seasonalNaive.forecastsAtOrigins", () => {
  it("repeats the season before each origin (hand-worked)", () => {
    const r = seasonalNaive.forecastsAtOrigins(TWO_WEEKS, { seasonLength: 7 }, [7, 10, 14], 8);
    // hand: origin 7 → days 1–7 = [1..7], day 8 wraps to day 1; origin 10 → days 4–10 = [4, 5, 6, 7, 2, 1, 4];
    // origin 14 → days 8–14 = [2, 1, 4, 3, 6, 5, 7]
    expect(r.ok ? r.value : r.error.message).toEqual([
      [1, 2, 3, 4, 5, 6, 7, 1],
      [4, 5, 6, 7, 2, 1, 4, 4],
      [2, 1, 4, 3, 6, 5, 7, 2],
    ]);
  });

  it.each(SHAPES)("matches re-fitting at every origin (%s)", (_label, y) => {
    expectSameAsRefit(seasonalNaive, y, { seasonLength: 7 }, originsFor(y.length, 7), 28);
    expectSameAsRefit(seasonalNaive, y, { seasonLength: 3 }, originsFor(y.length, 3), 10, { seasonLength: 7 });
  });

  it("says an origin with less than a season before it needs more history, as fit does", () => {
    const r = seasonalNaive.forecastsAtOrigins(TWO_WEEKS, { seasonLength: 7 }, [1, 7], 3);
    expect(r.ok ? "" : r.error.code).toBe("INSUFFICIENT_HISTORY");
    const fit = seasonalNaive.fit(TWO_WEEKS.slice(0, 6), { params: { seasonLength: 7 } });
    expect(fit.ok ? "" : fit.error.code).toBe("INSUFFICIENT_HISTORY");
    const short = seasonalNaive.forecastsAtOrigins(TWO_WEEKS.slice(0, 5), { seasonLength: 7 }, [5], 3);
    expect(short.ok ? "" : short.error.code).toBe("INSUFFICIENT_HISTORY");
  });

  it("rejects a season length in params that is not a whole number of days", () => {
    const r = seasonalNaive.forecastsAtOrigins(TWO_WEEKS, { seasonLength: 2.5 }, [10], 3);
    expect(r.ok ? "" : r.error.code).toBe("OUT_OF_RANGE");
  });

  it("reports bad origins, horizons and series", () => {
    expectRequestErrors(seasonalNaive, { seasonLength: 7 });
  });
});
