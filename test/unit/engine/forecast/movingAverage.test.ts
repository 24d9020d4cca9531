import { movingAverage } from "../../../../src/engine/forecast/movingAverage";
import { expectRequestErrors, expectSameAsRefit, originsFor, SHAPES } from "./atOriginsFixtures";

const SERIES = Object.freeze([1, 2, 3, 4, 5]);
const Z80 = 1.281552; // Φ⁻¹(0.90), FPP3 Table 5.1

describe("movingAverage", () => {
  it("forecasts the mean of the last window days", () => {
    const fit = movingAverage.fit(SERIES, { window: 3 });
    if (!fit.ok) throw new Error(fit.error.message);
    // hand: (3 + 4 + 5)/3 = 4
    expect(fit.value.forecast(3).mean).toEqual([4, 4, 4]);
    expect(fit.value.params).toEqual({ window: 3 });
  });

  it("predicts each day from the up-to-window days before it", () => {
    const fit = movingAverage.fit(SERIES, { window: 3 });
    if (!fit.ok) throw new Error(fit.error.message);
    // hand: day 2 ← 1; day 3 ← (1+2)/2 = 1.5; day 4 ← (1+2+3)/3 = 2; day 5 ← (2+3+4)/3 = 3
    expect(fit.value.fitted).toEqual([Number.NaN, 1, 1.5, 2, 3]);
  });

  it("sets the interval sd to σ√(1 + 1/n), flat over the horizon", () => {
    const fit = movingAverage.fit(SERIES, { window: 3 });
    if (!fit.ok) throw new Error(fit.error.message);
    // hand: residuals 1, 1.5, 2, 2 → σ = √(11.25/4) = 1.67705; sd = σ√(4/3) = 1.93649
    expect(fit.value.sigma).toBeCloseTo(Math.sqrt(11.25 / 4), 12);
    const f = fit.value.forecast(5);
    expect(f.upper[80][0]).toBeCloseTo(4 + Z80 * 1.93649, 4);
    expect(f.upper[80][4]).toBeCloseTo(f.upper[80][0], 12);
  });

  it("uses every day when the history is shorter than the window", () => {
    const fit = movingAverage.fit([2, 4]); // default window 28
    if (!fit.ok) throw new Error(fit.error.message);
    // hand: (2 + 4)/2 = 3
    expect(fit.value.forecast(1).mean).toEqual([3]);
    expect(fit.value.params).toEqual({ window: 28 });
  });

  it("forecasts a one-day series as that day", () => {
    const fit = movingAverage.fit([5]);
    if (!fit.ok) throw new Error(fit.error.message);
    expect(fit.value.forecast(2).mean).toEqual([5, 5]);
    expect(fit.value.sigma).toBe(0);
  });

  it("takes the window from its own params before options", () => {
    const fit = movingAverage.fit(SERIES, { window: 28, params: { window: 2 } });
    if (!fit.ok) throw new Error(fit.error.message);
    // hand: (4 + 5)/2 = 4.5
    expect(fit.value.forecast(1).mean).toEqual([4.5]);
  });

  it("rejects a window that is not a whole number of days", () => {
    for (const window of [0, 2.5, -3]) {
      const fit = movingAverage.fit(SERIES, { window });
      expect(fit.ok ? "" : fit.error.code).toBe("OUT_OF_RANGE");
    }
  });

  it("does not mutate its input and repeats itself", () => {
    const a = movingAverage.fit(SERIES, { window: 3 });
    const b = movingAverage.fit(SERIES, { window: 3 });
    if (!a.ok || !b.ok) throw new Error("fit failed");
    expect(a.value.forecast(4)).toEqual(b.value.forecast(4));
    expect(SERIES).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("movingAverage.forecastsAtOrigins", () => {
  it("averages the up-to-window days before each origin (hand-worked)", () => {
    const r = movingAverage.forecastsAtOrigins(SERIES, { window: 3 }, [1, 2, 3, 5], 2);
    // hand: origin 1 sees [1] → 1; origin 2 → (1 + 2)/2 = 1.5; origin 3 → (1 + 2 + 3)/3 = 2; origin 5 → (3 + 4 + 5)/3 = 4
    expect(r.ok ? r.value : r.error.message).toEqual([
      [1, 1],
      [1.5, 1.5],
      [2, 2],
      [4, 4],
    ]);
  });

  it.each(SHAPES)("matches re-fitting at every origin (%s)", (_label, y) => {
    expectSameAsRefit(movingAverage, y, { window: 28 }, originsFor(y.length), 28);
    expectSameAsRefit(movingAverage, y, { window: 7 }, originsFor(y.length), 14, { window: 28 });
  });

  it("uses no day on or after the origin", () => {
    const r = movingAverage.forecastsAtOrigins([2, 4, 6, 1000, 1000], { window: 28 }, [3], 1);
    // hand: (2 + 4 + 6)/3 = 4; the later days do not count
    expect(r.ok ? r.value : r.error.message).toEqual([[4]]);
  });

  it("rejects a window in params that is not a whole number of days", () => {
    const r = movingAverage.forecastsAtOrigins(SERIES, { window: 0 }, [3], 1);
    expect(r.ok ? "" : r.error.code).toBe("OUT_OF_RANGE");
  });

  it("reports bad origins, horizons and series", () => {
    expectRequestErrors(movingAverage, { window: 28 });
  });
});
