import { demandDistribution } from "../../../../src/engine/forecast/demandDistribution";
import { DEFAULT_DISPERSION_PRIOR, forecastDispersion, type DispersionPrior } from "../../../../src/engine/forecast/forecastDispersion";
import { countDistribution } from "../../../../src/engine/stats/countDistribution";

const NO_PRIOR: DispersionPrior = { dailyNoise: 0, levelShared: 0, levelGrowthPerDay: 0, priorUnits: 0, inflation: 1, holdBeyondMeasured: false };

describe("forecastDispersion", () => {
  it("estimates the day's excess variance by moments, worked by hand", () => {
    // two origins of one day: actual [[4], [0]], forecast [[2], [2]]
    // A(1) = ((4−2)² + (0−2)² − (2 + 2)) ÷ (2² + 2²) = (8 − 4) ÷ 8 = 0.5; one lead → no slope;
    // windows are single days, so no shared part can be told apart: v = 0, b = 0.5
    expect(forecastDispersion([[4], [0]], [[2], [2]], NO_PRIOR)).toEqual({ dailyNoise: 0.5, levelShared: 0, levelGrowthPerDay: 0, evidenceUnits: 4 });
  });

  it("tells a shared level error from day-to-day noise by the window totals", () => {
    // two origins of two days, forecast 10/day; origin 1 sold 13, 13; origin 2 sold 7, 7 (the level
    // was off by ±3 on both days: no day-to-day noise at all)
    // per lead ℓ: A(ℓ) = (9 + 9 − 20) ÷ 200 = −0.01 at both leads → α = −0.01 → 0, slope 0
    // windows: Σ(Y − F)² = 36 + 36 = 72, ΣF = 40, ΣF² = 800, Σf² = 400:
    // v = (72 − 40 − 0) ÷ (800 − 400) = 0.08, clipped to α = 0
    // (the days' squared errors 9 are below Poisson's 10, so nothing is extra)
    const d = forecastDispersion([[13, 13], [7, 7]], [[10, 10], [10, 10]], NO_PRIOR);
    expect(d.levelShared).toBe(0);
    // larger errors: sold 20, 20 and 0, 0 → A = (100 + 100 − 20) ÷ 200 = 0.9 at both leads; α = 0.9
    // windows: Σ(Y − F)² = 400 + 400 = 800 → v = (800 − 40 − 0.9·400) ÷ 400 = 1.0 → clipped to α = 0.9, b = 0
    const big = forecastDispersion([[20, 20], [0, 0]], [[10, 10], [10, 10]], NO_PRIOR);
    expect(big.levelShared).toBeCloseTo(0.9, 12);
    expect(big.dailyNoise).toBeCloseTo(0, 12);
  });

  it("shrinks toward the prior by the evidence and inflates the level part", () => {
    // evidence 4 units, prior weight 4 → w = 0.5: b = 0.5·0.5 + 0.5·0.1 = 0.3; v = 2 × (0.5·0 + 0.5·0.02) = 0.02
    const prior: DispersionPrior = { dailyNoise: 0.1, levelShared: 0.02, levelGrowthPerDay: 0.001, priorUnits: 4, inflation: 2, holdBeyondMeasured: true };
    const d = forecastDispersion([[4], [0]], [[2], [2]], prior);
    expect(d.dailyNoise).toBeCloseTo(0.3, 12);
    expect(d.levelShared).toBeCloseTo(0.02, 12);
    expect(d.levelGrowthPerDay).toBeCloseTo(2 * 0.5 * 0.001, 12);
    expect(d.measuredLeadDays).toBe(1);
  });
});

describe("demandDistribution", () => {
  it("adds Poisson, day-to-day and shared level variance over a window, worked by hand", () => {
    // 4 days of 5/day, b = 0.15, v = 0.05: Var(Σ) = 20 + 0.15·(4·25) + 0.05·20² = 20 + 15 + 20 = 55
    const d = demandDistribution([5, 5, 5, 5], { dailyNoise: 0.15, levelShared: 0.05, levelGrowthPerDay: 0, evidenceUnits: 100 });
    const w = d.window(0, 4);
    expect(w.mean).toBe(20);
    expect(w.variance).toBeCloseTo(55, 12);
    expect(w.family).toBe("negativeBinomial");
    // a day: Var = 5 + (0.15 + 0.05)·25 = 10
    expect(d.day(2).variance).toBeCloseTo(10, 12);
    // the same quantiles as the count distribution with those moments
    expect(d.dailyQuantiles(0.9)[0]).toBe(countDistribution(5, 10).quantile(0.9));
  });

  it("grows the level error with the lead, min(ℓi, ℓj) between two days, held past the measured lead", () => {
    // 2 days of 10/day, only g = 0.01: Var = 20 + g·(10²·1 + 10²·2 + 2·10·10·min(1, 2)) = 20 + 0.01·500 = 25
    const g = demandDistribution([10, 10], { dailyNoise: 0, levelShared: 0, levelGrowthPerDay: 0.01, evidenceUnits: 1 });
    expect(g.window(0, 2).variance).toBeCloseTo(25, 12);
    // held at lead 1: every min(·) is 1 → 20 + 0.01·(100 + 100 + 200) = 24
    const held = demandDistribution([10, 10], { dailyNoise: 0, levelShared: 0, levelGrowthPerDay: 0.01, evidenceUnits: 1, measuredLeadDays: 1 });
    expect(held.window(0, 2).variance).toBeCloseTo(24, 12);
  });

  it("scales a window by a multiplier with its own cv", () => {
    // 2 days of 10/day, b = v = g = 0 (Poisson), × 2 with cv 0.1:
    // mean 40; Var = 2·20 + 4·(1 + 0.01)·0 + 0.01·4·400 = 40 + 16 = 56
    const d = demandDistribution([10, 10], { dailyNoise: 0, levelShared: 0, levelGrowthPerDay: 0, evidenceUnits: 1 });
    const w = d.window(0, 2, 2, 0.1);
    expect(w.mean).toBe(40);
    expect(w.variance).toBeCloseTo(56, 12);
  });

  it("has a default prior with the inflation and the hold it was chosen with", () => {
    expect(DEFAULT_DISPERSION_PRIOR.inflation).toBe(2);
    expect(DEFAULT_DISPERSION_PRIOR.holdBeyondMeasured).toBe(true);
  });
});
