import { readFileSync } from "fs";
import type { Result } from "../../../../src/engine/errors";
import { holtWinters } from "../../../../src/engine/forecast/holtWinters";
import { residualSigma, zForLevel } from "../../../../src/engine/forecast/intervals";
import { refitAtOrigins } from "../../../../src/engine/forecast/refitAtOrigins";
import { SHAPES, expectRequestErrors, expectSameAsRefit, originsFor as sharedOrigins } from "./atOriginsFixtures";
import type { FittedModel } from "../../../../src/engine/forecast/model";
import { sharedDataFile } from "../../../helpers/sharedData";

function fitted(r: Result<FittedModel>): FittedModel {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** First FOODS series of m5-tiny (Walmart M5, ../shared/data) averaging over 5 units/day. */
function m5FoodsSeries(): number[] {
  const lines = readFileSync(sharedDataFile("m5-tiny/sales_wide.csv"), "utf8").trim().split(/\r?\n/).slice(1);
  for (const line of lines) {
    const cells = line.split(",");
    const units = cells.slice(6).map(Number);
    if (cells[3].includes("FOODS") && units.reduce((a, b) => a + b, 0) / units.length > 5) return units;
  }
  throw new Error("no FOODS series above 5 units/day");
}

const PATTERN = [1, 2, 3, 4, 5, 6, 7];
/** 8 weeks of 11, 12, …, 17 repeated. */
const PERIODIC = Object.freeze(Array.from({ length: 56 }, (_, t) => 10 + PATTERN[t % 7]));
/** 10 weeks of a weekly pattern with deterministic ±2 noise. */
const WEEKLY = Object.freeze(Array.from({ length: 70 }, (_, t) => [8, 7, 7, 8, 10, 16, 14][t % 7] + (((t * 7919) % 5) - 2)));
const HAND = { alpha: 0.5, gamma: 0.25, l0: 10, s0: -1, s1: 1 };

describe("holtWinters", () => {
  it("runs the additive seasonal recursion with fixed parameters", () => {
    const fit = fitted(holtWinters.fit([9, 11, 10, 12], { seasonLength: 2, params: HAND }));
    // hand (ŷ = ℓ + s, e = y − ŷ, ℓ' = ℓ + αe, s' = s + γe), m = 2:
    //   t1: ŷ = 10 − 1 = 9, e = 0;  t2: ŷ = 10 + 1 = 11, e = 0
    //   t3: ŷ = 9, e = 1 → ℓ = 10.5, s0 = −1 + 0.25 = −0.75
    //   t4: ŷ = 10.5 + 1 = 11.5, e = 0.5 → ℓ = 10.75, s1 = 1 + 0.125 = 1.125
    expect(fit.fitted).toEqual([9, 11, 9, 11.5]);
    // hand: ŷ(T+1) = 10.75 − 0.75 = 10, ŷ(T+2) = 10.75 + 1.125 = 11.875, then repeats
    expect(fit.forecast(4).mean).toEqual([10, 11.875, 10, 11.875]);
    // hand: SSE = 1 + 0.25 = 1.25, divided by max(1, 4 − (2 + 2)) = 1
    expect(fit.sigma).toBeCloseTo(Math.sqrt(1.25), 12);
    expect(fit.sigma).toBeCloseTo(residualSigma([9, 11, 10, 12], fit.fitted, 4), 12);
  });

  it("widens its interval as σ²·[1 + α²(h − 1) + γk(2α + γ)], k = ⌊(h − 1)/m⌋", () => {
    const fit = fitted(holtWinters.fit([9, 11, 10, 12], { seasonLength: 2, params: HAND }));
    const f = fit.forecast(3);
    // Hyndman et al. 2008 Table 6.1, ETS(A,N,A), α = 0.5, γ = 0.25, m = 2:
    // hand: h = 1 → 1; h = 2 → 1 + 0.25 = 1.25; h = 3 (k = 1) → 1 + 0.5 + 0.25·1.25 = 1.8125
    const ratio = [1, 1.25, 1.8125];
    for (let i = 0; i < 3; i++) {
      expect((f.upper[95][i] - f.mean[i]) / zForLevel(95)).toBeCloseTo(fit.sigma * Math.sqrt(ratio[i]), 9);
    }
  });

  it("recovers an exact weekly pattern", () => {
    const fit = fitted(holtWinters.fit(PERIODIC));
    // hand: days 57–70 continue the pattern, 11 … 17 twice
    const f = fit.forecast(14).mean;
    f.forEach((v, h) => expect(Math.abs(v - (10 + PATTERN[h % 7]))).toBeLessThan(1e-6));
    expect(fit.sigma).toBeLessThan(1e-9);
    // hand: centred 7-day average is 14 everywhere → s = pattern − 14 + 10 = −3 … 3, ℓ0 = 14
    expect([0, 1, 2, 3, 4, 5, 6].map((j) => fit.params[`s${j}`])).toEqual([-3, -2, -1, 0, 1, 2, 3].map((v) => expect.closeTo(v, 12)));
    expect(fit.params.l0).toBeCloseTo(14, 12);
  });

  it("starts from a classical decomposition of the first seasons (Hyndman et al. 2008 §2.6.1)", () => {
    // hand, m = 3 on [1, 5, 3, 2, 6, 4]: centred 3-day averages at days 2–5 are 3, 10/3, 11/3, 4;
    // detrended: day 2 → 2, day 3 → −1/3, day 4 → −5/3, day 5 → 2; by phase: s0 = −5/3, s1 = 2, s2 = −1/3 (sum 0);
    // ℓ0 = mean of the 6 seasonally adjusted days = 21/6 = 3.5
    const { params } = fitted(holtWinters.fit([1, 5, 3, 2, 6, 4], { seasonLength: 3 }));
    expect(params.s0).toBeCloseTo(-5 / 3, 12);
    expect(params.s1).toBeCloseTo(2, 12);
    expect(params.s2).toBeCloseTo(-1 / 3, 12);
    expect(params.l0).toBeCloseTo(3.5, 12);
  });

  it("adapts when the weekend grows", () => {
    // 5 weeks with weekends of 20, then 5 weeks with weekends of 30, weekdays always 10
    const weeks = Array.from({ length: 70 }, (_, t) => (t % 7 >= 5 ? (t < 35 ? 20 : 30) : 10));
    const f = fitted(holtWinters.fit(weeks)).forecast(7).mean;
    expect(f[5]).toBeGreaterThan(27);
    expect(f[6]).toBeGreaterThan(27);
    expect(f[0]).toBeLessThan(13);
  });

  it("follows the season length it is given", () => {
    // hand: period 3, [4, 8, 6] repeated 6 times → next days 4, 8, 6
    const y = Array.from({ length: 18 }, (_, t) => [4, 8, 6][t % 3]);
    const f = fitted(holtWinters.fit(y, { seasonLength: 3 })).forecast(3).mean;
    f.forEach((v, h) => expect(v).toBeCloseTo([4, 8, 6][h], 9));
    expect(holtWinters.minLength({ seasonLength: 12 })).toBe(24);
    expect(holtWinters.minLength()).toBe(14);
  });

  it("fits at least as well as any point of a coarse parameter grid", () => {
    const best = fitted(holtWinters.fit(WEEKLY));
    const { l0, s0, s1, s2, s3, s4, s5, s6 } = best.params;
    for (const alpha of [0.01, 0.05, 0.1, 0.2, 0.4, 0.7])
      for (const gammaShare of [0.001, 0.05, 0.2, 0.5, 1]) {
        const params = { alpha, gamma: Math.max(0.0001, gammaShare * (1 - alpha)), l0, s0, s1, s2, s3, s4, s5, s6 };
        expect(fitted(holtWinters.fit(WEEKLY, { params })).sigma).toBeGreaterThanOrEqual(best.sigma - 1e-9);
      }
  });

  it("keeps α, γ inside the FPP3 bounds and its seasonal start summing to 0", () => {
    for (const series of [WEEKLY, PERIODIC, Array.from({ length: 30 }, (_, t) => (t * 37) % 11)]) {
      const p = fitted(holtWinters.fit(series)).params;
      expect(p.alpha).toBeGreaterThanOrEqual(0.0001);
      expect(p.alpha).toBeLessThanOrEqual(0.9999);
      expect(p.gamma).toBeGreaterThanOrEqual(0.0001);
      expect(p.gamma).toBeLessThanOrEqual(1 - p.alpha + 1e-12);
      expect(p.s0 + p.s1 + p.s2 + p.s3 + p.s4 + p.s5 + p.s6).toBeCloseTo(0, 9);
    }
  });

  it("reproduces the optimised fit from its returned parameters", () => {
    const a = fitted(holtWinters.fit(WEEKLY));
    const b = fitted(holtWinters.fit(WEEKLY, { params: a.params }));
    expect(b.fitted).toEqual(a.fitted);
    expect(b.forecast(14)).toEqual(a.forecast(14));
  });

  it("forecasts zeros for a series that never sold", () => {
    const fit = fitted(holtWinters.fit(new Array(28).fill(0)));
    expect(fit.sigma).toBe(0);
    expect(fit.forecast(7).mean).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it("does not mutate its input and repeats itself exactly", () => {
    const input = Object.freeze([...WEEKLY]);
    const a = fitted(holtWinters.fit(input));
    const b = fitted(holtWinters.fit(input));
    expect(input).toEqual(WEEKLY);
    expect(a.params).toEqual(b.params);
    expect(a.forecast(7)).toEqual(b.forecast(7));
  });

  it("needs two full seasons, a whole season length and α with γ together", () => {
    const code = (r: Result<FittedModel>): string => (r.ok ? "ok" : r.error.code);
    expect(code(holtWinters.fit(WEEKLY.slice(0, 13)))).toBe("INSUFFICIENT_HISTORY");
    expect(code(holtWinters.fit(WEEKLY.slice(0, 14)))).toBe("ok");
    expect(code(holtWinters.fit(WEEKLY, { seasonLength: 1 }))).toBe("OUT_OF_RANGE");
    expect(code(holtWinters.fit(WEEKLY, { seasonLength: 3.5 }))).toBe("OUT_OF_RANGE");
    expect(code(holtWinters.fit(WEEKLY, { params: { alpha: 0.2 } }))).toBe("MISSING_VALUE");
    expect(code(holtWinters.fit(WEEKLY, { params: { alpha: 0.6, gamma: 0.5 } }))).toBe("OUT_OF_RANGE");
  });

  it("fails with MODEL_FAILED rather than return Infinity when the numbers overflow", () => {
    const r = holtWinters.fit(Array.from({ length: 14 }, (_, t) => (t + 1) * 1e200));
    expect(r.ok ? "ok" : r.error.code).toBe("MODEL_FAILED");
  });

  it("beats the naive forecast on a real Walmart FOODS series (last 28 days held out)", () => {
    const units = m5FoodsSeries();
    const train = units.slice(0, -28);
    const test = units.slice(-28);
    const mean = fitted(holtWinters.fit(train)).forecast(28).mean;
    const last = train[train.length - 1];
    const mae = (f: (h: number) => number): number => test.reduce((s, y, h) => s + Math.abs(y - f(h)), 0) / 28;
    expect(mae((h) => mean[h])).toBeLessThan(mae(() => last));
  });
});

/** 120 days of a weekly pattern with deterministic ±2 noise. */
const WEEKLY_120 = Object.freeze(Array.from({ length: 120 }, (_, t) => [8, 7, 7, 8, 10, 16, 14][t % 7] + (((t * 7919) % 5) - 2)));
/** 120 days rising 0.3 units/day from 5, with deterministic ±3 noise. */
const TREND_120 = Object.freeze(Array.from({ length: 120 }, (_, t) => 5 + 0.3 * t + (((t * 31) % 7) - 3)));
/** 3 units every 5th day, nothing on days 51–80, then 6 units every 3rd day. */
const INTERMITTENT = Object.freeze(Array.from({ length: 120 }, (_, t) => (t >= 50 && t < 80 ? 0 : t < 50 ? (t % 5 === 0 ? 3 : 0) : t % 3 === 0 ? 6 : 0)));
const ZEROS = Object.freeze(new Array<number>(60).fill(0));
/** Origins: two seasons in, both sides of the 42 days the initial states come from, right after the zero run (80), the end. */
const originsFor = (n: number): number[] => [14, 15, 20, 41, 42, 43, 50, 80, 81, 100, n].filter((o) => o <= n);
const seasonOf = (p: Readonly<Record<string, number>>): Record<string, number> =>
  Object.fromEntries(Object.entries(p).filter(([key]) => /^s\d+$/.test(key)));

describe("holtWinters.forecastsAtOrigins", () => {
  it.each(SHAPES)("matches re-fitting on the shared backtest shapes (%s)", (_label, series) => {
    expectSameAsRefit(holtWinters, series, fitted(holtWinters.fit(series.slice(0, 30))).params, sharedOrigins(series.length, 14), 28);
  });

  it("reports bad requests as every model does", () => {
    expectRequestErrors(holtWinters, fitted(holtWinters.fit(SHAPES[0][1])).params);
  });

  /** Checks the one-pass forecasts against re-fitting at each origin (the reference meaning). */
  function expectAsRefit(series: readonly number[], params: Record<string, number>, origins: number[], horizonDays = 28, seasonLength = 7): void {
    const fast = holtWinters.forecastsAtOrigins(series, params, origins, horizonDays, { seasonLength });
    const slow = refitAtOrigins(holtWinters, series, params, origins, horizonDays, { seasonLength });
    if (!fast.ok || !slow.ok) throw new Error(`${fast.ok ? "" : fast.error.message} ${slow.ok ? "" : slow.error.message}`);
    expect(fast.value).toHaveLength(origins.length);
    fast.value.forEach((row, k) => {
      expect(row).toHaveLength(horizonDays);
      row.forEach((v, d) => expect(v).toBeCloseTo(slow.value[k][d], 9));
    });
  }

  it("reads the level and the season at each origin of one pass, in phase", () => {
    // hand: the first test's recursion on [9, 11, 10, 12] ends at ℓ = 10.75, s = (−0.75, 1.125) → origin 4: [10, 11.875];
    // day 5 (y = 10, phase 0): ŷ = 10.75 − 0.75 = 10, e = 0, nothing changes → origin 5 starts at phase 1: [11.875, 10]
    const r = holtWinters.forecastsAtOrigins([9, 11, 10, 12, 10], HAND, [4, 5], 2, { seasonLength: 2 });
    expect(r).toEqual({ ok: true, value: [[10, 11.875], [11.875, 10]] });
  });

  it.each([
    ["a weekly pattern", WEEKLY_120],
    ["a trend", TREND_120],
    ["intermittent sales with a zero run", INTERMITTENT],
    ["a series that never sold", ZEROS],
  ])("matches re-fitting at every origin with all parameters fixed (%s)", (_label, series) => {
    expectAsRefit(series, fitted(holtWinters.fit(series.slice(0, 28))).params, originsFor(series.length));
    expectAsRefit(series, fitted(holtWinters.fit(series)).params, originsFor(series.length), 7);
  });

  it.each([
    ["a weekly pattern", WEEKLY_120],
    ["a trend", TREND_120],
    ["intermittent sales with a zero run", INTERMITTENT],
  ])("matches re-fitting when ℓ0 or the season comes from each history's first 6 weeks (%s)", (_label, series) => {
    const p = fitted(holtWinters.fit(series)).params;
    const origins = originsFor(series.length);
    expectAsRefit(series, { alpha: p.alpha, gamma: p.gamma }, origins);
    expectAsRefit(series, { alpha: p.alpha, gamma: p.gamma, l0: p.l0 }, origins);
    expectAsRefit(series, { alpha: p.alpha, gamma: p.gamma, ...seasonOf(p) }, origins);
  });

  it("follows the season length it is given", () => {
    const p = fitted(holtWinters.fit(WEEKLY_120, { seasonLength: 3 })).params;
    expect(Object.keys(seasonOf(p))).toEqual(["s0", "s1", "s2"]);
    expectAsRefit(WEEKLY_120, p, [6, 7, 17, 18, 19, 50, 120], 10, 3);
    expectAsRefit(WEEKLY_120, { alpha: p.alpha, gamma: p.gamma }, [6, 7, 17, 18, 19, 50, 120], 10, 3);
  });

  it("re-optimises α and γ at each origin when they are not fixed, as fit does", () => {
    expect(holtWinters.forecastsAtOrigins(WEEKLY_120, {}, [40, 120], 3)).toEqual(refitAtOrigins(holtWinters, WEEKLY_120, {}, [40, 120], 3));
  });

  it("clips a negative forecast at 0 as forecast does", () => {
    // hand: α = γ = 0 keep ℓ = 1, s = (−3, 3) → forecasts 1 − 3 = −2 → 0, then 1 + 3 = 4
    const frozen = { alpha: 0, gamma: 0, l0: 1, s0: -3, s1: 3 };
    expect(holtWinters.forecastsAtOrigins([0, 0, 0, 0], frozen, [4], 2, { seasonLength: 2 })).toEqual({ ok: true, value: [[0, 4]] });
  });

  it("reports bad series, origins, horizons, season lengths and parameters with their codes", () => {
    const code = (r: Result<number[][]>): string => (r.ok ? "ok" : r.error.code);
    const p = fitted(holtWinters.fit(WEEKLY)).params;
    expect(code(holtWinters.forecastsAtOrigins(WEEKLY, p, [71], 7))).toBe("OUT_OF_RANGE");
    expect(code(holtWinters.forecastsAtOrigins(WEEKLY, p, [20], -1))).toBe("OUT_OF_RANGE");
    expect(code(holtWinters.forecastsAtOrigins(WEEKLY, p, [13], 7))).toBe("INSUFFICIENT_HISTORY");
    expect(code(holtWinters.forecastsAtOrigins(WEEKLY, p, [30, 20], 7))).toBe("INCONSISTENT_INPUT");
    expect(code(holtWinters.forecastsAtOrigins(WEEKLY, p, [20], 7, { seasonLength: 1 }))).toBe("OUT_OF_RANGE");
    expect(code(holtWinters.forecastsAtOrigins([...WEEKLY.slice(0, 20), -4], p, [20], 7))).toBe("NEGATIVE_VALUE");
    expect(code(holtWinters.forecastsAtOrigins(WEEKLY, { alpha: 0.2 }, [20], 7))).toBe("MISSING_VALUE");
    expect(code(holtWinters.forecastsAtOrigins(WEEKLY, { alpha: 0.6, gamma: 0.5 }, [20], 7))).toBe("OUT_OF_RANGE");
    expect(code(holtWinters.forecastsAtOrigins(WEEKLY, { ...p, s3: Number.NaN }, [20], 7))).toBe("NOT_A_NUMBER");
    expect(holtWinters.forecastsAtOrigins(WEEKLY, p, [], 7)).toEqual({ ok: true, value: [] });
  });

  it("fails with MODEL_FAILED where re-fitting would, rather than return Infinity", () => {
    const huge = Array.from({ length: 16 }, (_, t) => (t + 1) * 1e200);
    const params = { alpha: 0.5, gamma: 0.25, l0: 0, s0: 0, s1: 0 };
    const fast = holtWinters.forecastsAtOrigins(huge, params, [4, 16], 3, { seasonLength: 2 });
    const slow = refitAtOrigins(holtWinters, huge, params, [4, 16], 3, { seasonLength: 2 });
    expect(fast.ok ? "ok" : fast.error.code).toBe("MODEL_FAILED");
    expect(slow.ok ? "ok" : slow.error.code).toBe("MODEL_FAILED");
  });
});
