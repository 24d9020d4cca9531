import { naive } from "../../../../src/engine/forecast/naive";
import { expectRequestErrors, expectSameAsRefit, originsFor, SHAPES } from "./atOriginsFixtures";

describe("naive", () => {
  it("repeats the last day with a random-walk interval", () => {
    const fit = naive.fit([3, 5, 4]);
    if (!fit.ok) throw new Error(fit.error.message);
    // hand: residuals 5−3 = 2, 4−5 = −1 → σ = √((4 + 1)/2) = 1.5811
    expect(fit.value.sigma).toBeCloseTo(Math.sqrt(2.5), 12);
    const f = fit.value.forecast(2);
    expect(f.mean).toEqual([4, 4]);
    // FPP3 Table 5.2: sd(h) = σ√h; 80 %: 4 + 1.28155·1.5811·√2 = 6.8657
    expect(f.upper[80][1]).toBeCloseTo(4 + 1.2815516 * Math.sqrt(2.5) * Math.sqrt(2), 5);
    // 95 % lower at h = 2 is 4 − 1.96·2.236 < 0 → clipped to 0
    expect(f.lower[95][1]).toBe(0);
    expect(fit.value.fitted).toEqual([Number.NaN, 3, 5]);
  });
});

describe("naive.forecastsAtOrigins", () => {
  it("repeats the day before each origin (hand-worked)", () => {
    const r = naive.forecastsAtOrigins([3, 5, 4, 6], {}, [1, 2, 4], 2);
    // hand: origin 1 sees [3] → 3; origin 2 sees [3, 5] → 5; origin 4 sees all → 6
    expect(r.ok ? r.value : r.error.message).toEqual([
      [3, 3],
      [5, 5],
      [6, 6],
    ]);
  });

  it.each(SHAPES)("matches re-fitting at every origin (%s)", (_label, y) => {
    expectSameAsRefit(naive, y, {}, originsFor(y.length), 28);
  });

  it("uses no day on or after the origin", () => {
    const a = naive.forecastsAtOrigins([3, 5, 4, 6, 8], {}, [3], 2);
    const b = naive.forecastsAtOrigins([3, 5, 4, 60, 80], {}, [3], 2);
    if (!a.ok || !b.ok) throw new Error("forecastsAtOrigins failed");
    expect(b.value).toEqual(a.value);
    expect(a.value).toEqual([[4, 4]]);
  });

  it("reports bad origins, horizons and series", () => {
    expectRequestErrors(naive, {});
  });
});
