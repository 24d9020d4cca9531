import { croston } from "../../../../src/engine/forecast/croston";
import type { FittedModel } from "../../../../src/engine/forecast/model";
import { tsb } from "../../../../src/engine/forecast/tsb";
import { expectRequestErrors, expectSameAsRefit, originsFor, SHAPES } from "./atOriginsFixtures";

const SHORT = Object.freeze([0, 0, 5, 0, 3, 0, 0, 4]);
const GRID = [0.02, 0.05, 0.1, 0.15, 0.2, 0.3];

/** A deterministic intermittent series (sales on about 3 days in 11, sizes 1–5). */
function slowMover(days: number): number[] {
  return Array.from({ length: days }, (_, t) => ((t * 7919) % 11 < 3 ? 1 + ((t * 31) % 5) : 0));
}

/**
 * A seeded random slow mover (Mulberry32 PRNG): sales on 20 % of days with sizes 1–5 for
 * the first half, then on 50 % of days with sizes 6–10 — a level shift, so the best
 * smoothing weight is not the smallest.
 */
function shiftingSlowMover(days: number, seed: number): number[] {
  let a = seed >>> 0;
  const rand = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: days }, (_, t) => {
    const busy = t >= days / 2;
    return rand() < (busy ? 0.5 : 0.2) ? Math.floor((busy ? 6 : 1) + rand() * 5) : 0;
  });
}

function fitOrThrow(model: typeof tsb, y: readonly number[], params?: Record<string, number>): FittedModel {
  const fit = model.fit(y, params ? { params } : {});
  if (!fit.ok) throw new Error(fit.error.message);
  return fit.value;
}

function mse(y: readonly number[], f: FittedModel): number {
  let s = 0;
  let n = 0;
  f.fitted.forEach((v, t) => {
    if (Number.isFinite(v)) {
      s += (y[t] - v) ** 2;
      n++;
    }
  });
  return s / n;
}

describe("tsb", () => {
  it("follows the TSB recursion step by step (α = β = 0.1, hand-worked)", () => {
    // Teunter, Syntetos & Babai (2011), worked by hand on SHORT:
    //   day 3 (first demand, day number 3): z = 5, π = 1/3           → ŷ = 5/3
    //   day 4, y = 0: π = 1/3 − 0.1·1/3 = 0.3                       → ŷ = 0.3·5 = 1.5
    //   day 5, y = 3: π = 0.3 + 0.1·0.7 = 0.37, z = 5 − 0.2 = 4.8    → ŷ = 1.776
    //   day 6, y = 0: π = 0.333                                      → ŷ = 1.5984
    //   day 7, y = 0: π = 0.2997                                     → ŷ = 1.43856
    //   day 8, y = 4: π = 0.2997 + 0.1·0.7003 = 0.36973, z = 4.72    → ŷ = 1.7451256
    const fit = fitOrThrow(tsb, SHORT, { alpha: 0.1, beta: 0.1 });
    const expected = [NaN, NaN, NaN, 5 / 3, 1.5, 1.776, 1.5984, 1.43856];
    fit.fitted.forEach((v, t) => (Number.isNaN(expected[t]) ? expect(v).toBeNaN() : expect(v).toBeCloseTo(expected[t], 12)));
    expect(fit.forecast(1).mean[0]).toBeCloseTo(0.36973 * 4.72, 12);
    expect(fit.params).toEqual({ alpha: 0.1, beta: 0.1 });
    // hand: 5 residuals after day 3; σ divides by 5 − 2 (α and β estimated)
    const ss = (5 / 3) ** 2 + (3 - 1.5) ** 2 + 1.776 ** 2 + 1.5984 ** 2 + (4 - 1.43856) ** 2;
    expect(fit.sigma).toBeCloseTo(Math.sqrt(ss / 3), 12);
  });

  it("decays towards 0 through a long run of zeros, unlike Croston", () => {
    const base = [3, 0, 2, 0, 4, 0, 0, 5];
    const long = [...base, ...new Array(60).fill(0)];
    const params = { alpha: 0.1, beta: 0.1 };
    const tsbBefore = fitOrThrow(tsb, base, params).forecast(1).mean[0];
    const tsbAfter = fitOrThrow(tsb, long, params).forecast(1).mean[0];
    // hand: 60 zero days multiply π by 0.9^60 = 0.0018
    expect(tsbAfter).toBeCloseTo(tsbBefore * 0.9 ** 60, 12);
    expect(tsbAfter).toBeLessThan(0.01 * tsbBefore);
    const crostonBefore = fitOrThrow(croston, base, { alpha: 0.1 }).forecast(1).mean[0];
    const crostonAfter = fitOrThrow(croston, long, { alpha: 0.1 }).forecast(1).mean[0];
    expect(crostonAfter).toBe(crostonBefore);
  });

  it("forecasts 0 with no NaN for a series that never sold", () => {
    const fit = fitOrThrow(tsb, new Array(40).fill(0));
    const f = fit.forecast(4);
    expect(f.mean).toEqual([0, 0, 0, 0]);
    expect(f.lower[80]).toEqual([0, 0, 0, 0]);
    expect(f.upper[95]).toEqual([0, 0, 0, 0]);
  });

  it("forecasts a one-day series as that day's demand", () => {
    // hand: z = 5, π = 1/1 → 5
    expect(fitOrThrow(tsb, [5]).forecast(1).mean).toEqual([5]);
  });

  it("chooses α and β on the grid with the least in-sample MSE, better than bad fixed weights", () => {
    const y = shiftingSlowMover(200, 1);
    const best = fitOrThrow(tsb, y);
    expect(best.params).not.toEqual({ alpha: GRID[0], beta: GRID[0] }); // the level shift makes larger weights pay
    expect(GRID).toContain(best.params.alpha);
    expect(GRID).toContain(best.params.beta);
    const bestMse = mse(y, best);
    for (const alpha of GRID) for (const beta of GRID) expect(bestMse).toBeLessThanOrEqual(mse(y, fitOrThrow(tsb, y, { alpha, beta })) + 1e-12);
    expect(bestMse).toBeLessThan(mse(y, fitOrThrow(tsb, y, { alpha: 0.9, beta: 0.9 })));
  });

  it("searches only the weight that params leave out", () => {
    const y = slowMover(120);
    const fit = fitOrThrow(tsb, y, { alpha: 0.5 });
    expect(fit.params.alpha).toBe(0.5);
    expect(GRID).toContain(fit.params.beta);
    const fitB = fitOrThrow(tsb, y, { beta: 0.5 });
    expect(fitB.params.beta).toBe(0.5);
    expect(GRID).toContain(fitB.params.alpha);
  });

  it("reproduces the optimised fit from its own params", () => {
    const y = shiftingSlowMover(200, 1);
    const a = fitOrThrow(tsb, y);
    const b = fitOrThrow(tsb, y, { ...a.params });
    expect(b.fitted).toEqual(a.fitted);
    expect(b.forecast(7)).toEqual(a.forecast(7));
  });

  it("rejects smoothing weights outside (0, 1]", () => {
    const bad: Record<string, number>[] = [{ alpha: 0 }, { beta: 1.2 }, { alpha: 0.1, beta: -0.1 }];
    for (const params of bad) {
      const fit = tsb.fit(SHORT, { params });
      expect(fit.ok ? "" : fit.error.code).toBe("OUT_OF_RANGE");
    }
  });

  it("does not mutate its input and repeats itself", () => {
    const y = Object.freeze(slowMover(100));
    const copy = [...y];
    const a = fitOrThrow(tsb, y);
    const b = fitOrThrow(tsb, y);
    expect(a.params).toEqual(b.params);
    expect(a.forecast(10)).toEqual(b.forecast(10));
    expect(y).toEqual(copy);
  });
});

describe("tsb.forecastsAtOrigins", () => {
  it("reads the TSB state at each origin from one pass (α = β = 0.1, hand-worked above)", () => {
    const r = tsb.forecastsAtOrigins(SHORT, { alpha: 0.1, beta: 0.1 }, [2, 3, 4, 5, 8], 2);
    if (!r.ok) throw new Error(r.error.message);
    // hand: origin 2 is before the first sale → 0; then the one-step predictions above: 5/3, 1.5, 1.776;
    // origin 8 sees day 8 → 0.36973 × 4.72
    [0, 5 / 3, 1.5, 1.776, 0.36973 * 4.72].forEach((v, k) => r.value[k].forEach((f) => expect(f).toBeCloseTo(v, 12)));
  });

  it.each(SHAPES)("matches re-fitting at every origin (%s)", (_label, y) => {
    expectSameAsRefit(tsb, y, { alpha: 0.1, beta: 0.1 }, originsFor(y.length), 28);
    expectSameAsRefit(tsb, y, { alpha: 0.3, beta: 0.05 }, originsFor(y.length), 7);
  });

  it("decays through the zero run from one origin to the next", () => {
    const base = [3, 0, 2, 0, 4, 0, 0, 5];
    const r = tsb.forecastsAtOrigins([...base, ...new Array(60).fill(0)], { alpha: 0.1, beta: 0.1 }, [8, 68], 1);
    if (!r.ok) throw new Error(r.error.message);
    // hand: 60 zero days multiply π by 0.9^60
    expect(r.value[1][0]).toBeCloseTo(r.value[0][0] * 0.9 ** 60, 12);
  });

  it("re-fits at each origin when params leave a weight out (fit would search it there)", () => {
    const y = shiftingSlowMover(150, 3);
    expectSameAsRefit(tsb, y, { alpha: 0.1 }, [40, 80, 150], 5);
    expectSameAsRefit(tsb, y, {}, [40, 150], 5);
  });

  it("rejects smoothing weights outside (0, 1], as fit does", () => {
    const r = tsb.forecastsAtOrigins(SHORT, { alpha: 0.1, beta: 0 }, [5], 1);
    expect(r.ok ? "" : r.error.code).toBe("OUT_OF_RANGE");
  });

  it("reports bad origins, horizons and series", () => {
    expectRequestErrors(tsb, { alpha: 0.1, beta: 0.1 });
  });
});
