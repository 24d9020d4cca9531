import { readFileSync } from "fs";
import type { FittedModel } from "../../../../src/engine/forecast/model";
import { residualSigma, zForLevel } from "../../../../src/engine/forecast/intervals";
import { ses } from "../../../../src/engine/forecast/ses";
import type { Result } from "../../../../src/engine/errors";

function fitted(r: Result<FittedModel>): FittedModel {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** First FOODS series of m5-tiny (Walmart M5, /work/shared/data) averaging over 5 units/day. */
function m5FoodsSeries(): number[] {
  const lines = readFileSync("/work/shared/data/m5-tiny/sales_wide.csv", "utf8").trim().split(/\r?\n/).slice(1);
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
