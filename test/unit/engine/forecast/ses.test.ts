import { readFileSync } from "fs";
import type { FittedModel } from "../../../../src/engine/forecast/model";
import { residualSigma, zForLevel } from "../../../../src/engine/forecast/intervals";
import { refitAtOrigins } from "../../../../src/engine/forecast/refitAtOrigins";
import { SHAPES, expectRequestErrors, expectSameAsRefit, originsFor as sharedOrigins } from "./atOriginsFixtures";
import { ses } from "../../../../src/engine/forecast/ses";
import type { Result } from "../../../../src/engine/errors";
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

/** 60 days around 20 units/day with deterministic ±3 noise. */
const NOISY = Object.freeze(Array.from({ length: 60 }, (_, t) => 20 + (((t * 7919) % 7) - 3)));

describe("ses", () => {
  it("runs the smoothing recursion with fixed α and ℓ0", () => {
    const fit = fitted(ses.fit([10, 12, 8], { params: { alpha: 0.5, l0: 10 } }));
    // hand: ℓ0 = 10 → ŷ1 = 10, e = 0, ℓ1 = 10; ŷ2 = 10, e = 2, ℓ2 = 11; ŷ3 = 11, e = −3, ℓ3 = 11 − 1.5 = 9.5
    expect(fit.fitted).toEqual([10, 10, 11]);
    expect(fit.forecast(3).mean).toEqual([9.5, 9.5, 9.5]);
    // hand: residuals 0, 2, −3 → SSE 13, divided by max(1, 3 − 2) = 1 → σ = √13
    expect(fit.sigma).toBeCloseTo(Math.sqrt(13), 12);
    expect(fit.sigma).toBeCloseTo(residualSigma([10, 12, 8], fit.fitted, 2), 12);
  });

  it("widens its interval as σ²·[1 + α²(h − 1)]", () => {
    const f = fitted(ses.fit([10, 12, 8], { params: { alpha: 0.5, l0: 10 } })).forecast(3);
    // Hyndman et al. 2008 Table 6.1, ETS(A,N,N), σ² = 13, α = 0.5:
    // hand: sd(1) = √13 = 3.6056, sd(2) = √(13·1.25) = √16.25 = 4.0311, sd(3) = √(13·1.5) = √19.5 = 4.4159
    const sd = [Math.sqrt(13), Math.sqrt(16.25), Math.sqrt(19.5)];
    for (let h = 0; h < 3; h++) {
      expect((f.upper[95][h] - f.mean[h]) / zForLevel(95)).toBeCloseTo(sd[h], 9);
      expect((f.mean[h] - f.lower[80][h]) / zForLevel(80)).toBeCloseTo(sd[h], 9);
    }
  });

  it("chooses ℓ0 by least squares when only α is fixed", () => {
    // hand: α = 0.5 on [10, 12, 8]: e1 = 10 − ℓ0, e2 = 7 − ℓ0/2, e3 = −0.5 − ℓ0/4;
    // dSSE/dℓ0 = 0 → ℓ0·(1 + 1/4 + 1/16) = 10 + 3.5 − 0.125 → ℓ0 = 13.375/1.3125 = 214/21 = 10.190476
    const fit = fitted(ses.fit([10, 12, 8], { params: { alpha: 0.5 } }));
    expect(fit.params.l0).toBeCloseTo(214 / 21, 10);
    expect(fit.params.alpha).toBe(0.5);
  });

  it("finds the α with the smallest one-step SSE", () => {
    const best = fitted(ses.fit(NOISY));
    expect(best.params.alpha).toBeGreaterThanOrEqual(0.0001);
    expect(best.params.alpha).toBeLessThanOrEqual(0.9999);
    // no α on a grid (each with its best ℓ0) fits better than the optimised one
    for (let alpha = 0.05; alpha < 1; alpha += 0.05) {
      const other = fitted(ses.fit(NOISY, { params: { alpha } }));
      expect(other.sigma).toBeGreaterThanOrEqual(best.sigma - 1e-9);
    }
  });

  it("follows a random walk closely and a noisy flat series slowly", () => {
    const walk = Array.from({ length: 80 }, (_, t) => 50 + 10 * Math.sin(t / 6) + t / 4);
    expect(fitted(ses.fit(walk)).params.alpha).toBeGreaterThan(0.9);
    expect(fitted(ses.fit(NOISY)).params.alpha).toBeLessThan(0.2);
  });

  it("reproduces the optimised fit from its returned parameters", () => {
    const a = fitted(ses.fit(NOISY));
    const b = fitted(ses.fit(NOISY, { params: a.params }));
    expect(b.fitted).toEqual(a.fitted);
    expect(b.sigma).toBe(a.sigma);
    expect(b.forecast(5)).toEqual(a.forecast(5));
  });

  it("forecasts a one-day series as that day with zero spread", () => {
    const fit = fitted(ses.fit([7]));
    expect(fit.fitted).toEqual([7]);
    expect(fit.sigma).toBe(0);
    const f = fit.forecast(2);
    expect(f.mean).toEqual([7, 7]);
    expect(f.upper[95]).toEqual([7, 7]);
  });

  it("forecasts zeros for a series that never sold", () => {
    const fit = fitted(ses.fit(new Array(30).fill(0)));
    expect(fit.sigma).toBe(0);
    expect(fit.forecast(4).mean).toEqual([0, 0, 0, 0]);
    expect(Object.values(fit.params).every(Number.isFinite)).toBe(true);
  });

  it("does not mutate its input and repeats itself exactly", () => {
    const input = Object.freeze([...NOISY]);
    const a = fitted(ses.fit(input));
    const b = fitted(ses.fit(input));
    expect(input).toEqual(NOISY);
    expect(a.params).toEqual(b.params);
    expect(a.forecast(7)).toEqual(b.forecast(7));
  });

  it("reports bad input and bad parameters with their codes", () => {
    const code = (r: Result<FittedModel>): string => (r.ok ? "ok" : r.error.code);
    expect(code(ses.fit([]))).toBe("EMPTY_SERIES");
    expect(code(ses.fit([3, -1, 4]))).toBe("NEGATIVE_VALUE");
    expect(code(ses.fit([3, 1], { params: { alpha: 1.5 } }))).toBe("OUT_OF_RANGE");
    expect(code(ses.fit([3, 1], { params: { alpha: Number.NaN } }))).toBe("NOT_A_NUMBER");
  });

  it("fails with MODEL_FAILED rather than return Infinity when the numbers overflow", () => {
    // hand: squared errors of about (1e200)² = 1e400 overflow to Infinity for every α
    const r = ses.fit([1e200, 3e200, 2e200, 5e200]);
    expect(r.ok ? "ok" : r.error.code).toBe("MODEL_FAILED");
  });

  it("beats the naive forecast on a real Walmart FOODS series (last 28 days held out)", () => {
    const units = m5FoodsSeries();
    const train = units.slice(0, -28);
    const test = units.slice(-28);
    const mean = fitted(ses.fit(train)).forecast(28).mean;
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
/** Origins: the first days, both sides of day 10, right after the zero run (80), and the end of the series. */
const originsFor = (n: number): number[] => [1, 2, 9, 10, 11, 28, 50, 80, 81, 100, n].filter((o) => o <= n);

describe("ses.forecastsAtOrigins", () => {
  it.each(SHAPES)("matches re-fitting on the shared backtest shapes (%s)", (_label, series) => {
    expectSameAsRefit(ses, series, fitted(ses.fit(series.slice(0, 30))).params, sharedOrigins(series.length, 1), 28);
  });

  it("reports bad requests as every model does", () => {
    expectRequestErrors(ses, fitted(ses.fit(SHAPES[0][1])).params);
  });

  /** Checks the one-pass forecasts against re-fitting at each origin (the reference meaning). */
  function expectAsRefit(series: readonly number[], params: Record<string, number>, origins: number[], horizonDays = 28): void {
    const fast = ses.forecastsAtOrigins(series, params, origins, horizonDays);
    const slow = refitAtOrigins(ses, series, params, origins, horizonDays);
    if (!fast.ok || !slow.ok) throw new Error(`${fast.ok ? "" : fast.error.message} ${slow.ok ? "" : slow.error.message}`);
    expect(fast.value).toHaveLength(origins.length);
    fast.value.forEach((row, k) => {
      expect(row).toHaveLength(horizonDays);
      row.forEach((v, d) => expect(v).toBeCloseTo(slow.value[k][d], 9));
    });
  }

  it("reads the level at each origin of one pass", () => {
    // hand: α = 0.5, ℓ0 = 10 on [10, 12, 8]: ℓ1 = 10, ℓ2 = 11, ℓ3 = 9.5 (as in the fit test above)
    const r = ses.forecastsAtOrigins([10, 12, 8], { alpha: 0.5, l0: 10 }, [1, 2, 3], 2);
    expect(r).toEqual({ ok: true, value: [[10, 10], [11, 11], [9.5, 9.5]] });
  });

  it.each([
    ["a weekly pattern", WEEKLY_120],
    ["a trend", TREND_120],
    ["intermittent sales with a zero run", INTERMITTENT],
    ["a series that never sold", ZEROS],
  ])("matches re-fitting at every origin with all parameters fixed (%s)", (_label, series) => {
    expectAsRefit(series, fitted(ses.fit(series.slice(0, 28))).params, originsFor(series.length));
    expectAsRefit(series, fitted(ses.fit(series)).params, originsFor(series.length), 7);
  });

  it.each([
    ["a weekly pattern", WEEKLY_120],
    ["a trend", TREND_120],
    ["intermittent sales with a zero run", INTERMITTENT],
  ])("matches re-fitting when only α is fixed, ℓ0 re-estimated on each history (%s)", (_label, series) => {
    for (const alpha of [0, 0.05, 0.3, 1]) expectAsRefit(series, { alpha }, originsFor(series.length));
  });

  it("re-optimises α at each origin when it is not fixed, as fit does", () => {
    const fast = ses.forecastsAtOrigins(TREND_120, {}, [40, 120], 3);
    expect(fast).toEqual(refitAtOrigins(ses, TREND_120, {}, [40, 120], 3));
    // the optimised α differs between the histories, so the one-α pass would not be right
    expect(fitted(ses.fit(TREND_120.slice(0, 40))).params.alpha).not.toBeCloseTo(fitted(ses.fit(TREND_120)).params.alpha, 3);
  });

  it("clips a negative level at 0 as forecast does", () => {
    // hand: α = 0.5, ℓ0 = −10 on [0, 0, 4]: ℓ1 = −5, ℓ2 = −2.5, ℓ3 = −1.25 + 2 = 0.75
    const r = ses.forecastsAtOrigins([0, 0, 4], { alpha: 0.5, l0: -10 }, [1, 3], 2);
    expect(r).toEqual({ ok: true, value: [[0, 0], [0.75, 0.75]] });
    expectAsRefit([0, 0, 4], { alpha: 0.5, l0: -10 }, [1, 2, 3], 2);
  });

  it("reports bad series, origins, horizons and parameters with their codes", () => {
    const code = (r: Result<number[][]>): string => (r.ok ? "ok" : r.error.code);
    const p = { alpha: 0.3, l0: 5 };
    expect(code(ses.forecastsAtOrigins(NOISY, p, [61], 7))).toBe("OUT_OF_RANGE");
    expect(code(ses.forecastsAtOrigins(NOISY, p, [0], 7))).toBe("OUT_OF_RANGE");
    expect(code(ses.forecastsAtOrigins(NOISY, p, [10.5], 7))).toBe("OUT_OF_RANGE");
    expect(code(ses.forecastsAtOrigins(NOISY, p, [10], 0))).toBe("OUT_OF_RANGE");
    expect(code(ses.forecastsAtOrigins(NOISY, p, [30, 20], 7))).toBe("INCONSISTENT_INPUT");
    expect(code(ses.forecastsAtOrigins([3, 1, -2], p, [1], 7))).toBe("NEGATIVE_VALUE");
    expect(code(ses.forecastsAtOrigins([], p, [], 7))).toBe("EMPTY_SERIES");
    expect(code(ses.forecastsAtOrigins(NOISY, { alpha: 1.5, l0: 5 }, [10], 7))).toBe("OUT_OF_RANGE");
    expect(code(ses.forecastsAtOrigins(NOISY, { alpha: 0.3, l0: Number.NaN }, [10], 7))).toBe("NOT_A_NUMBER");
    expect(ses.forecastsAtOrigins(NOISY, p, [], 7)).toEqual({ ok: true, value: [] });
  });

  it("fails with MODEL_FAILED where re-fitting would, rather than return Infinity", () => {
    // hand: the first error is 1e200 − 0, squared 1e400 → Infinity
    const huge = [1e200, 3e200, 2e200, 5e200];
    const cases: Record<string, number>[] = [{ alpha: 0.5, l0: 0 }, { alpha: 0.5 }];
    for (const params of cases) {
      const fast = ses.forecastsAtOrigins(huge, params, [2, 4], 3);
      const slow = refitAtOrigins(ses, huge, params, [2, 4], 3);
      expect(fast.ok ? "ok" : fast.error.code).toBe("MODEL_FAILED");
      expect(slow.ok ? "ok" : slow.error.code).toBe("MODEL_FAILED");
    }
  });
});
