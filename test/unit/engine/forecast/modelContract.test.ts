/**
 * The contract every registered model keeps (STYLE.md §3): adding a model means
 * this file passes for it unchanged.
 */
import { MODELS } from "../../../../src/engine/forecast/registry";
import type { ForecastModel, ForecastResult } from "../../../../src/engine/forecast/model";
import { refitAtOrigins } from "../../../../src/engine/forecast/refitAtOrigins";

/** 10 weeks of a weekly pattern with a little deterministic noise. */
const WEEKLY = Object.freeze(Array.from({ length: 70 }, (_, t) => [4, 6, 5, 7, 9, 14, 12][t % 7] + ((t * 7919) % 5) - 2));

function expectWellFormed(f: ForecastResult, h: number): void {
  expect(f.mean).toHaveLength(h);
  for (const level of [80, 95] as const) {
    expect(f.lower[level]).toHaveLength(h);
    expect(f.upper[level]).toHaveLength(h);
  }
  for (let i = 0; i < h; i++) {
    const values = [f.mean[i], f.lower[80][i], f.upper[80][i], f.lower[95][i], f.upper[95][i]];
    for (const v of values) {
      expect(Number.isFinite(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
    }
    expect(f.lower[95][i]).toBeLessThanOrEqual(f.lower[80][i] + 1e-9);
    expect(f.lower[80][i]).toBeLessThanOrEqual(f.mean[i] + 1e-9);
    expect(f.mean[i]).toBeLessThanOrEqual(f.upper[80][i] + 1e-9);
    expect(f.upper[80][i]).toBeLessThanOrEqual(f.upper[95][i] + 1e-9);
  }
}

describe.each(MODELS.map((m) => [m.name, m] as [string, ForecastModel]))("model contract: %s", (_name, model) => {
  it("forecasts exactly h days with ordered, non-negative intervals", () => {
    const fit = model.fit(WEEKLY);
    if (!fit.ok) throw new Error(fit.error.message);
    for (const h of [1, 7, 30]) expectWellFormed(fit.value.forecast(h), h);
    expect(fit.value.model).toBe(model.name);
  });

  it("returns one fitted value per day and a finite sigma", () => {
    const fit = model.fit(WEEKLY);
    if (!fit.ok) throw new Error(fit.error.message);
    expect(fit.value.fitted).toHaveLength(WEEKLY.length);
    expect(Number.isFinite(fit.value.sigma)).toBe(true);
    expect(fit.value.sigma).toBeGreaterThanOrEqual(0);
  });

  it("does not mutate its input and repeats itself exactly", () => {
    const input = Object.freeze([...WEEKLY]);
    const a = model.fit(input);
    const b = model.fit(input);
    if (!a.ok || !b.ok) throw new Error("fit failed");
    expect(input).toEqual(WEEKLY);
    expect(a.value.params).toEqual(b.value.params);
    expect(a.value.forecast(14)).toEqual(b.value.forecast(14));
  });

  it("reproduces its fit from its own parameters (what the backtest relies on)", () => {
    const a = model.fit(WEEKLY);
    if (!a.ok) throw new Error(a.error.message);
    const b = model.fit(WEEKLY, { params: a.value.params });
    if (!b.ok) throw new Error(b.error.message);
    expect(b.value.forecast(14).mean.map((v) => Number(v.toFixed(9)))).toEqual(a.value.forecast(14).mean.map((v) => Number(v.toFixed(9))));
  });

  it.each([
    ["a weekly pattern", WEEKLY],
    ["a trend", Array.from({ length: 90 }, (_, t) => 5 + 0.2 * t + ((t * 31) % 7) - 3)],
    ["intermittent sales with a long zero run", Array.from({ length: 90 }, (_, t) => (t < 40 ? (t % 5 === 0 ? 3 : 0) : t > 70 && t % 3 === 0 ? 6 : 0))],
  ])("forecasts from many origins in one pass exactly as re-fitting at each would (%s)", (_label, series) => {
    const fit = model.fit(series.slice(0, 35));
    if (!fit.ok) throw new Error(fit.error.message);
    const origins = [35, 36, 42, 49, 63, series.length];
    const fast = model.forecastsAtOrigins(series, fit.value.params, origins, 28);
    const slow = refitAtOrigins(model, series, fit.value.params, origins, 28);
    if (!fast.ok || !slow.ok) throw new Error("forecastsAtOrigins failed");
    expect(fast.value).toHaveLength(origins.length);
    fast.value.forEach((f, k) => f.forEach((v, d) => expect(v).toBeCloseTo(slow.value[k][d], 9)));
  });

  it("rejects origins outside the series", () => {
    const fit = model.fit(WEEKLY);
    if (!fit.ok) throw new Error(fit.error.message);
    const r = model.forecastsAtOrigins(WEEKLY, fit.value.params, [WEEKLY.length + 1], 7);
    expect(r.ok ? "" : r.error.code).toBe("OUT_OF_RANGE");
  });

  it("forecasts zeros for a series that never sold", () => {
    const fit = model.fit(new Array(60).fill(0));
    if (!fit.ok) throw new Error(fit.error.message);
    const f = fit.value.forecast(10);
    expectWellFormed(f, 10);
    expect(f.mean.every((v) => v === 0)).toBe(true);
  });

  it("answers a one-day series or says it needs more history", () => {
    const fit = model.fit([5]);
    if (fit.ok) expectWellFormed(fit.value.forecast(3), 3);
    else expect(fit.error.code).toBe("INSUFFICIENT_HISTORY");
  });

  it("reports empty, negative and non-numeric series as errors, never NaN", () => {
    const empty = model.fit([]);
    expect(empty.ok ? "" : empty.error.code).toBe("EMPTY_SERIES");
    const negative = model.fit([...WEEKLY.slice(0, 20), -3, ...WEEKLY.slice(21)]);
    expect(negative.ok ? "" : negative.error.code).toBe("NEGATIVE_VALUE");
    const nan = model.fit([...WEEKLY.slice(0, 20), Number.NaN, ...WEEKLY.slice(21)]);
    expect(nan.ok ? "" : nan.error.code).toBe("NOT_A_NUMBER");
  });
});
