import { readFileSync } from "fs";
import type { Result } from "../../../../src/engine/errors";
import { holtDamped } from "../../../../src/engine/forecast/holtDamped";
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

const HAND = { alpha: 0.5, beta: 0.25, phi: 0.5, l0: 10, b0: 4 };
/** 60 days rising 0.5 units/day from 10, with deterministic ±2 noise. */
const RISING = Object.freeze(Array.from({ length: 60 }, (_, t) => 10 + 0.5 * t + (((t * 7919) % 5) - 2)));

describe("holtDamped", () => {
  it("runs the damped-trend recursion with fixed parameters", () => {
    const fit = fitted(holtDamped.fit([14, 13, 12], { params: HAND }));
    // hand (ŷ = ℓ + φb, e = y − ŷ, ℓ' = ŷ + αe, b' = φb + βe):
    //   t1: ŷ = 10 + 0.5·4 = 12,       e = 2,        ℓ = 13,        b = 2 + 0.5 = 2.5
    //   t2: ŷ = 13 + 1.25 = 14.25,     e = −1.25,    ℓ = 13.625,    b = 1.25 − 0.3125 = 0.9375
    //   t3: ŷ = 13.625 + 0.46875 = 14.09375, e = −2.09375, ℓ = 13.046875, b = 0.46875 − 0.5234375 = −0.0546875
    expect(fit.fitted).toEqual([12, 14.25, 14.09375]);
    // hand: ŷ(T+h) = ℓ + (φ + … + φ^h)·b = 13.046875 − 0.0546875·(0.5, 0.75, 0.875)
    expect(fit.forecast(3).mean).toEqual([13.01953125, 13.005859375, 12.9990234375]);
    // hand: SSE = 4 + 1.5625 + 4.3837890625 = 9.9462890625, divided by max(1, 3 − 5) = 1
    expect(fit.sigma).toBeCloseTo(Math.sqrt(9.9462890625), 12);
    expect(fit.sigma).toBeCloseTo(residualSigma([14, 13, 12], fit.fitted, 5), 12);
  });

  it("damps the trend: each step adds φ^h·b, summing to at most φ/(1 − φ)·b", () => {
    // hand: errors all 0 → ℓ = 13.5, b = 0.5; steps add 0.25, 0.125, 0.0625 … → limit 13.5 + 0.5 = 14
    const f = fitted(holtDamped.fit([12, 13, 13.5], { params: HAND })).forecast(40).mean;
    expect(f.slice(0, 3)).toEqual([13.75, 13.875, 13.9375]);
    expect(f[39]).toBeLessThan(14);
    expect(f[39]).toBeCloseTo(14, 9);
  });

  it("widens its interval as in Hyndman et al. 2008 Table 6.1 for ETS(A,Ad,N)", () => {
    const fit = fitted(holtDamped.fit([14, 13, 12], { params: HAND }));
    const f = fit.forecast(3);
    // hand: c1 = α + βφ = 0.625, c2 = α + β(φ + φ²) = 0.6875 → var(2) = σ²·1.390625, var(3) = σ²·(1.390625 + 0.47265625)
    // Table 6.1 closed form at h = 3 gives the same: 1 + α²·2 + 1.5·0.625 − 0.5833·0.984375 = 1.86328125
    const { alpha: a, beta: b, phi: p } = HAND;
    const h = 3;
    const table =
      1 + a * a * (h - 1) + ((b * p * h) / (1 - p) ** 2) * (2 * a * (1 - p) + b * p) -
      ((b * p * (1 - p ** h)) / ((1 - p) ** 2 * (1 - p * p))) * (2 * a * (1 - p * p) + b * p * (1 + 2 * p - p ** h));
    expect(table).toBeCloseTo(1.86328125, 12);
    const ratio = [1, 1.390625, 1.86328125];
    for (let i = 0; i < 3; i++) {
      expect((f.upper[95][i] - f.mean[i]) / zForLevel(95)).toBeCloseTo(fit.sigma * Math.sqrt(ratio[i]), 9);
    }
  });

  it("forecasts upwards on a rising series, damped below the straight line", () => {
    const fit = fitted(holtDamped.fit(RISING));
    const f = fit.forecast(28).mean;
    // hand: the series ends near 10 + 0.5·59 = 39.5 and rises 0.5/day
    expect(f[0]).toBeGreaterThan(38);
    expect(f[27]).toBeGreaterThan(f[0] + 1);
    expect(f[27]).toBeLessThan(39.5 + 0.5 * 28);
  });

  it("keeps its optimised parameters inside the FPP3 bounds", () => {
    for (const series of [RISING, Array.from({ length: 40 }, (_, t) => 5 + ((t * 31) % 9)), [3, 3, 3, 3, 3]]) {
      const { alpha, beta, phi } = fitted(holtDamped.fit(series)).params;
      expect(alpha).toBeGreaterThanOrEqual(0.0001);
      expect(alpha).toBeLessThanOrEqual(0.9999);
      expect(beta).toBeGreaterThanOrEqual(0.0001);
      expect(beta).toBeLessThanOrEqual(alpha);
      expect(phi).toBeGreaterThanOrEqual(0.8);
      expect(phi).toBeLessThanOrEqual(0.98);
    }
  });

  it("fits at least as well as any point of a coarse parameter grid", () => {
    const best = fitted(holtDamped.fit(RISING));
    const { l0, b0 } = best.params;
    for (const alpha of [0.05, 0.2, 0.5, 0.9])
      for (const betaShare of [0.01, 0.3, 1])
        for (const phi of [0.8, 0.9, 0.98]) {
          const other = fitted(holtDamped.fit(RISING, { params: { alpha, beta: Math.max(0.0001, betaShare * alpha), phi, l0, b0 } }));
          expect(other.sigma).toBeGreaterThanOrEqual(best.sigma - 1e-9);
        }
  });

  it("reproduces the optimised fit from its returned parameters", () => {
    const a = fitted(holtDamped.fit(RISING));
    const b = fitted(holtDamped.fit(RISING, { params: a.params }));
    expect(b.fitted).toEqual(a.fitted);
    expect(b.forecast(10)).toEqual(a.forecast(10));
  });

  it("starts from the straight line through the first 10 days (Hyndman et al. 2008 §2.6.1)", () => {
    // hand: y = 2 + 3t for t = 1..10 → intercept ℓ0 = 2, slope b0 = 3
    const line = Array.from({ length: 12 }, (_, i) => 2 + 3 * (i + 1));
    const { l0, b0 } = fitted(holtDamped.fit(line)).params;
    expect(l0).toBeCloseTo(2, 10);
    expect(b0).toBeCloseTo(3, 10);
  });

  it("forecasts zeros for a series that never sold", () => {
    const fit = fitted(holtDamped.fit(new Array(30).fill(0)));
    expect(fit.sigma).toBe(0);
    expect(fit.forecast(5).mean).toEqual([0, 0, 0, 0, 0]);
  });

  it("does not mutate its input and repeats itself exactly", () => {
    const input = Object.freeze([...RISING]);
    const a = fitted(holtDamped.fit(input));
    const b = fitted(holtDamped.fit(input));
    expect(input).toEqual(RISING);
    expect(a.params).toEqual(b.params);
    expect(a.forecast(7)).toEqual(b.forecast(7));
  });

  it("needs 3 days and all of α, β, φ when any is fixed", () => {
    const code = (r: Result<FittedModel>): string => (r.ok ? "ok" : r.error.code);
    expect(holtDamped.minLength()).toBe(3);
    expect(code(holtDamped.fit([1, 2]))).toBe("INSUFFICIENT_HISTORY");
    expect(code(holtDamped.fit([1, 2, 3]))).toBe("ok");
    expect(code(holtDamped.fit(RISING, { params: { alpha: 0.3, beta: 0.1 } }))).toBe("MISSING_VALUE");
    expect(code(holtDamped.fit(RISING, { params: { alpha: 0.3, beta: 0.4, phi: 0.9 } }))).toBe("OUT_OF_RANGE");
    expect(code(holtDamped.fit(RISING, { params: { alpha: 0.3, beta: 0.1, phi: 1.2 } }))).toBe("OUT_OF_RANGE");
    expect(code(holtDamped.fit(RISING, { params: { alpha: Number.NaN, beta: 0.1, phi: 0.9 } }))).toBe("NOT_A_NUMBER");
  });

  it("fails with MODEL_FAILED rather than return Infinity when the numbers overflow", () => {
    const r = holtDamped.fit([1e200, 3e200, 2e200, 5e200]);
    expect(r.ok ? "ok" : r.error.code).toBe("MODEL_FAILED");
  });

  it("beats the naive forecast on a real Walmart FOODS series (last 28 days held out)", () => {
    const units = m5FoodsSeries();
    const train = units.slice(0, -28);
    const test = units.slice(-28);
    const mean = fitted(holtDamped.fit(train)).forecast(28).mean;
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
/** Origins: the first days (inside the 10 the initial states come from), right after the zero run (80), the end. */
const originsFor = (n: number): number[] => [3, 4, 9, 10, 11, 28, 50, 80, 81, 100, n].filter((o) => o <= n);

describe("holtDamped.forecastsAtOrigins", () => {
  it.each(SHAPES)("matches re-fitting on the shared backtest shapes (%s)", (_label, series) => {
    expectSameAsRefit(holtDamped, series, fitted(holtDamped.fit(series.slice(0, 30))).params, sharedOrigins(series.length, 3), 28);
  });

  it("reports bad requests as every model does", () => {
    expectRequestErrors(holtDamped, fitted(holtDamped.fit(SHAPES[0][1])).params);
  });

  /** Checks the one-pass forecasts against re-fitting at each origin (the reference meaning). */
  function expectAsRefit(series: readonly number[], params: Record<string, number>, origins: number[], horizonDays = 28): void {
    const fast = holtDamped.forecastsAtOrigins(series, params, origins, horizonDays);
    const slow = refitAtOrigins(holtDamped, series, params, origins, horizonDays);
    if (!fast.ok || !slow.ok) throw new Error(`${fast.ok ? "" : fast.error.message} ${slow.ok ? "" : slow.error.message}`);
    expect(fast.value).toHaveLength(origins.length);
    fast.value.forEach((row, k) => {
      expect(row).toHaveLength(horizonDays);
      row.forEach((v, d) => expect(v).toBeCloseTo(slow.value[k][d], 9));
    });
  }

  it("reads level and trend at each origin of one pass", () => {
    // hand: the recursion of the first test on [14, 13, 12] gives the origin-3 forecasts [13.01953125, 13.005859375];
    //   day 4 (y = 12): ŷ = 13.01953125, e = −1.01953125, ℓ = 12.509765625, b = −0.02734375 − 0.2548828125 = −0.2822265625
    //   origin 4: ℓ + (0.5, 0.75)·b = 12.36865234375, 12.298095703125
    const r = holtDamped.forecastsAtOrigins([14, 13, 12, 12], HAND, [3, 4], 2);
    expect(r).toEqual({ ok: true, value: [[13.01953125, 13.005859375], [12.36865234375, 12.298095703125]] });
  });

  it.each([
    ["a weekly pattern", WEEKLY_120],
    ["a trend", TREND_120],
    ["intermittent sales with a zero run", INTERMITTENT],
    ["a series that never sold", ZEROS],
  ])("matches re-fitting at every origin with all parameters fixed (%s)", (_label, series) => {
    expectAsRefit(series, fitted(holtDamped.fit(series.slice(0, 28))).params, originsFor(series.length));
    expectAsRefit(series, fitted(holtDamped.fit(series)).params, originsFor(series.length), 7);
  });

  it.each([
    ["a weekly pattern", WEEKLY_120],
    ["a trend", TREND_120],
    ["intermittent sales with a zero run", INTERMITTENT],
  ])("matches re-fitting when ℓ0 or b0 comes from each history's first 10 days (%s)", (_label, series) => {
    const { alpha, beta, phi, l0, b0 } = fitted(holtDamped.fit(series)).params;
    expectAsRefit(series, { alpha, beta, phi }, originsFor(series.length));
    expectAsRefit(series, { alpha, beta, phi, l0 }, originsFor(series.length));
    expectAsRefit(series, { alpha, beta, phi, b0 }, originsFor(series.length));
  });

  it("re-optimises α, β, φ at each origin when they are not fixed, as fit does", () => {
    expect(holtDamped.forecastsAtOrigins(TREND_120, {}, [40, 120], 3)).toEqual(refitAtOrigins(holtDamped, TREND_120, {}, [40, 120], 3));
  });

  it("clips a negative forecast at 0 as forecast does", () => {
    // hand: HAND with ℓ0 = 0, b0 = −4 on [0, 0, 0]: (ℓ, b) = (−1, −1.5), (−0.875, −0.3125), (−0.515625, 0.1015625);
    // forecasts −0.515625 + 0.1015625·(0.5, 0.75) = −0.46484375, −0.439453125 → clipped to 0
    expect(holtDamped.forecastsAtOrigins([0, 0, 0], { ...HAND, l0: 0, b0: -4 }, [3], 2)).toEqual({ ok: true, value: [[0, 0]] });
    // a falling trend whose forecasts cross 0 within the horizon
    const steep = { alpha: 0.1, beta: 0.05, phi: 0.98, l0: 10, b0: -1 };
    const r = holtDamped.forecastsAtOrigins(TREND_120.slice(0, 12), steep, [3, 6], 14);
    expect(r.ok && r.value[0][0] > 0 && r.value[0].includes(0)).toBe(true);
    expectAsRefit(TREND_120.slice(0, 12), steep, [3, 6], 14);
  });

  it("reports bad series, origins, horizons and parameters with their codes", () => {
    const code = (r: Result<number[][]>): string => (r.ok ? "ok" : r.error.code);
    expect(code(holtDamped.forecastsAtOrigins(RISING, HAND, [61], 7))).toBe("OUT_OF_RANGE");
    expect(code(holtDamped.forecastsAtOrigins(RISING, HAND, [0], 7))).toBe("OUT_OF_RANGE");
    expect(code(holtDamped.forecastsAtOrigins(RISING, HAND, [10], 2.5))).toBe("OUT_OF_RANGE");
    expect(code(holtDamped.forecastsAtOrigins(RISING, HAND, [2], 7))).toBe("INSUFFICIENT_HISTORY");
    expect(code(holtDamped.forecastsAtOrigins(RISING, HAND, [30, 20], 7))).toBe("INCONSISTENT_INPUT");
    expect(code(holtDamped.forecastsAtOrigins([3, 1, Number.NaN, 4], HAND, [3], 7))).toBe("NOT_A_NUMBER");
    expect(code(holtDamped.forecastsAtOrigins(RISING, { alpha: 0.3, beta: 0.1 }, [10], 7))).toBe("MISSING_VALUE");
    expect(code(holtDamped.forecastsAtOrigins(RISING, { alpha: 0.3, beta: 0.4, phi: 0.9 }, [10], 7))).toBe("OUT_OF_RANGE");
    expect(holtDamped.forecastsAtOrigins(RISING, HAND, [], 7)).toEqual({ ok: true, value: [] });
  });

  it("fails with MODEL_FAILED where re-fitting would, rather than return Infinity", () => {
    const huge = [1e200, 3e200, 2e200, 5e200];
    const fast = holtDamped.forecastsAtOrigins(huge, HAND, [3, 4], 3);
    const slow = refitAtOrigins(holtDamped, huge, HAND, [3, 4], 3);
    expect(fast.ok ? "ok" : fast.error.code).toBe("MODEL_FAILED");
    expect(slow.ok ? "ok" : slow.error.code).toBe("MODEL_FAILED");
  });
});
