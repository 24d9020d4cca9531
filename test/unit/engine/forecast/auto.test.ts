import { autoForecast } from "../../../../src/engine/forecast/auto";

/** Deterministic pseudo-noise in [−1, 1). */
const noise = (t: number): number => (((t * 7919 + 13) % 97) / 97) * 2 - 1;

describe("autoForecast", () => {
  it("finds the weekly pattern of a strongly seasonal SKU", () => {
    const pattern = [2, 3, 3, 4, 8, 20, 16];
    const y = Array.from({ length: 365 }, (_, t) => pattern[t % 7] + 0.3 * noise(t));
    const r = autoForecast(y);
    if (!r.ok) throw new Error(r.error.message);
    const seasonal = r.value.models.filter((m) => m.model === "holtWinters" || m.model === "seasonalNaive");
    expect(seasonal.reduce((s, m) => s + m.weight, 0)).toBeGreaterThan(0.5);
    // the forecast keeps the weekly shape: day 365 is weekday 365 % 7 = 1 (3 units), day 369 is 5 (20 units)
    const f = r.value.forecast(7).mean;
    expect(f[4]).toBeGreaterThan(f[0] * 3);
    expect(r.value.score?.mase ?? Infinity).toBeLessThan(0.5);
  });

  it("weights a combination by inverse backtest error, summing to 1", () => {
    const y = Array.from({ length: 400 }, (_, t) => 10 + 3 * noise(t) + (t % 7 === 5 ? 4 : 0));
    const r = autoForecast(y);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.models.reduce((s, m) => s + m.weight, 0)).toBeCloseTo(1, 12);
    if (r.value.method === "combination") {
      const maeOf = (name: string) => r.value.candidates.find((c) => c.model === name && c.ok);
      const [a, b] = r.value.models;
      const ca = maeOf(a.model);
      const cb = maeOf(b.model);
      if (!ca?.ok || !cb?.ok) throw new Error("members must have been scored");
      // weight ∝ 1/MAE → wA/wB = maeB/maeA
      expect(a.weight / b.weight).toBeCloseTo(cb.mae / ca.mae, 9);
    }
    // every default candidate (all models but naive and croston) was backtested
    expect(r.value.candidates.filter((c) => c.ok)).toHaveLength(8);
    expect(r.value.candidates.some((c) => c.model === "naive" || c.model === "croston")).toBe(false);
  });

  it("combines only models within 25 % of the best backtest error, else keeps the single best", () => {
    const y = Array.from({ length: 400 }, (_, t) => 10 + 3 * noise(t) + (t % 7 === 5 ? 4 : 0));
    const r = autoForecast(y);
    if (!r.ok) throw new Error(r.error.message);
    const scored = r.value.candidates.flatMap((c) => (c.ok ? [c] : []));
    const best = scored[0].mae;
    const expected = scored.slice(0, 3).filter((c) => c.mae <= 1.25 * best).map((c) => c.model);
    expect(r.value.models.map((m) => m.model)).toEqual(expected);
    expect(r.value.method).toBe(expected.length > 1 ? "combination" : "single");
    // never combining: the single best model, with its own backtest score
    const single = autoForecast(y, { combineTop: 1 });
    if (!single.ok) throw new Error(single.error.message);
    expect(single.value.models.map((m) => ({ model: m.model, weight: m.weight }))).toEqual([{ model: scored[0].model, weight: 1 }]);
    expect(single.value.reason).toMatch(/was clearly best in the backtest \(MASE [0-9.]+, WAPE [0-9.]+ over 10 origins × 28 days\)$/);
  });

  it("falls back to a simple model on a short history and says why", () => {
    const r = autoForecast([5, 6, 4, 7, 5, 6, 5, 8, 6, 5]);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.method).toBe("fallback");
    expect(r.value.label).toBe("ses");
    expect(r.value.reason).toBe("10 days of history are too few to compare models (needs 42); used simple exponential smoothing");
  });

  it("uses Croston-SBA for a short intermittent history", () => {
    const r = autoForecast([0, 0, 3, 0, 0, 0, 2, 0, 0, 1, 0, 0]);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.label).toBe("sba");
    expect(r.value.reason).toMatch(/most days sell nothing$/);
  });

  it("honours a restricted candidate list and rejects unknown names", () => {
    const y = Array.from({ length: 120 }, (_, t) => 10 + noise(t));
    const r = autoForecast(y, { candidates: ["naive"] });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.label).toBe("naive");
    expect(r.value.method).toBe("single");
    const bad = autoForecast(y, { candidates: ["prophet" as never] });
    expect(bad.ok ? "" : bad.error.code).toBe("UNKNOWN_MODEL");
  });

  it("reports an empty series as an error", () => {
    const r = autoForecast([]);
    expect(r.ok ? "" : r.error.code).toBe("EMPTY_SERIES");
  });
});
