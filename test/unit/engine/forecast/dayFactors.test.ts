import { calendarEffects } from "../../../../src/engine/forecast/calendarEffects";
import { dayFactors, factorAdjusted } from "../../../../src/engine/forecast/factorAdjusted";
import { movingAverage } from "../../../../src/engine/forecast/movingAverage";
import { rankError } from "../../../../src/engine/forecast/rankError";
import { refitAtOrigins } from "../../../../src/engine/forecast/refitAtOrigins";
import { ses } from "../../../../src/engine/forecast/ses";
import { weekdayProfile } from "../../../../src/engine/forecast/weekdayProfile";

describe("weekdayProfile", () => {
  it("is each weekday's mean over the average day, worked by hand", () => {
    // two weeks of 1,1,1,1,1,2,2: mean 9/7; factors 1 ÷ (9/7) = 0.7778 and 2 ÷ (9/7) = 1.5556
    const y = [1, 1, 1, 1, 1, 2, 2, 1, 1, 1, 1, 1, 2, 2];
    const p = weekdayProfile(y, 14, 0);
    expect(p[0]).toBeCloseTo(7 / 9, 12);
    expect(p[6]).toBeCloseTo(14 / 9, 12);
  });

  it("shrinks toward a flat week by the units it rests on", () => {
    // 18 units with prior 18: w = 0.5 → 0.5·0.7778 + 0.5 = 0.8889 and 0.5·1.5556 + 0.5 = 1.2778 (mean still 1)
    const y = [1, 1, 1, 1, 1, 2, 2, 1, 1, 1, 1, 1, 2, 2];
    const p = weekdayProfile(y, 14, 18);
    expect(p[0]).toBeCloseTo(0.5 * (7 / 9) + 0.5, 12);
    expect(p.reduce((a, b) => a + b, 0) / 7).toBeCloseTo(1, 12);
  });
});

describe("calendarEffects", () => {
  it("measures a closed day against the same weekday around it, shrunk toward 1", () => {
    // 60 days of 10/day; day 30 sold 0 twice a year … here once: neighbours ±7, ±14 sold 10
    // sold 0 vs usual 10 → ratio 0; w = 10 ÷ (10 + 20) = 1/3 → factor 2/3 · 1 + 1/3 · 0 = 0.6667
    const y = Array(60).fill(10);
    y[30] = 0;
    const r = calendarEffects(y, [{ name: "Closed", days: [30, 65] }]);
    expect(r.effects[0].factor).toBeCloseTo(2 / 3, 12);
    expect(r.effects[0].occurrences).toBe(1);
    // the future occurrence (day 65) gets the factor, an ordinary day 1
    expect(r.factorAt(65)).toBeCloseTo(2 / 3, 12);
    expect(r.factorAt(64)).toBe(1);
  });
});

describe("factorAdjusted", () => {
  it("divides by the day factors, forecasts, and multiplies back", () => {
    // factors 2 on even days, 1 on odd: 2,1,2,1 sold on 4 days → adjusted 1,1,1,1; mean 1 → day 4 (even) 2, day 5 1
    const wrapped = factorAdjusted(movingAverage, dayFactors((t) => (t % 2 === 0 ? 2 : 1)));
    const fit = wrapped.fit([2, 1, 2, 1], { window: 4 });
    if (!fit.ok) throw new Error(fit.error.message);
    expect(fit.value.forecast(2).mean).toEqual([2, 1]);
    expect(fit.value.fitted[2]).toBeCloseTo(2, 12); // adjusted fitted 1 × factor 2
  });

  it("forecasts at origins what a re-fit on each history gives", () => {
    const y = Array.from({ length: 90 }, (_, t) => 5 + (t % 7 === 5 ? 4 : 0) + ((t * 13) % 3));
    const wrapped = factorAdjusted(ses, dayFactors((t) => (t % 7 === 5 ? 1.8 : 0.9)));
    const params = { alpha: 0.3, l0: 5 };
    const fast = wrapped.forecastsAtOrigins(y, params, [60, 75], 7);
    const slow = refitAtOrigins(wrapped, y, params, [60, 75], 7);
    if (!fast.ok || !slow.ok) throw new Error("backtest failed");
    fast.value.forEach((row, k) => row.forEach((v, h) => expect(v).toBeCloseTo(slow.value[k][h], 9)));
  });
});

describe("rankError", () => {
  it("scores absolute, squared and weekly errors, worked by hand", () => {
    // actual [1, 3], forecast [2, 2]: MAE 1, MSE 1, weekly |4 − 4| ÷ 2 = 0
    expect(rankError([[1, 3]], [[2, 2]], "mae", Infinity)).toBe(1);
    expect(rankError([[1, 3]], [[2, 2]], "mse", Infinity)).toBe(1);
    expect(rankError([[1, 3]], [[2, 2]], "weekly", Infinity)).toBe(0);
  });

  it("weights later origins more with a half-life", () => {
    // origin errors 2 (old) and 0 (new), half-life 1: weights 0.5 and 1 → (0.5·2 + 0) ÷ 1.5 = 0.6667
    expect(rankError([[0], [0]], [[2], [0]], "mae", 1)).toBeCloseTo(2 / 3, 12);
  });
});
