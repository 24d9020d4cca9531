import fc from "fast-check";
import { croston, sba } from "../../../../src/engine/forecast/croston";
import type { FittedModel } from "../../../../src/engine/forecast/model";
import { expectRequestErrors, expectSameAsRefit, originsFor, SHAPES } from "./atOriginsFixtures";

const SHORT = Object.freeze([0, 0, 5, 0, 3, 0, 0, 4]);
const GRID = [0.02, 0.05, 0.1, 0.15, 0.2, 0.3];

// Croston (1972), α = 0.1, worked by hand on SHORT:
//   day 3 (first demand): z = 5, p = 3 (its day number)             → ŷ = 5/3 = 1.666667
//   day 5, y = 3, q = 2: z = 5 + 0.1·(3 − 5) = 4.8, p = 3 + 0.1·(2 − 3) = 2.9 → ŷ = 4.8/2.9 = 1.655172
//   day 8, y = 4, q = 3: z = 4.8 + 0.1·(4 − 4.8) = 4.72, p = 2.9 + 0.1·(3 − 2.9) = 2.91 → ŷ = 4.72/2.91 = 1.621993
const C1 = 5 / 3;
const C2 = 4.8 / 2.9;
const C3 = 4.72 / 2.91;

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

function fitOrThrow(model: typeof croston, y: readonly number[], params?: Record<string, number>): FittedModel {
  const fit = model.fit(y, params ? { params } : {});
  if (!fit.ok) throw new Error(fit.error.message);
  return fit.value;
}

describe("croston", () => {
  it("follows Croston's recursion step by step (α = 0.1, hand-worked)", () => {
    const fit = fitOrThrow(croston, SHORT, { alpha: 0.1 });
    const expected = [NaN, NaN, NaN, C1, C1, C2, C2, C2];
    fit.fitted.forEach((v, t) => (Number.isNaN(expected[t]) ? expect(v).toBeNaN() : expect(v).toBeCloseTo(expected[t], 12)));
    expect(fit.forecast(3).mean.every((m) => Math.abs(m - C3) < 1e-12)).toBe(true);
    // hand: residuals after day 3: −5/3, 3 − 5/3, −C2, −C2, 4 − C2; σ divides by 5 − 1 (α estimated)
    const ss = C1 ** 2 + (3 - C1) ** 2 + 2 * C2 ** 2 + (4 - C2) ** 2;
    expect(fit.sigma).toBeCloseTo(Math.sqrt(ss / 4), 12);
    expect(fit.params).toEqual({ alpha: 0.1 });
  });

  it("keeps its forecast through a long run of zeros (no decay)", () => {
    const before = fitOrThrow(croston, [3, 0, 2, 0, 4, 0, 0, 5], { alpha: 0.1 }).forecast(1).mean[0];
    const after = fitOrThrow(croston, [3, 0, 2, 0, 4, 0, 0, 5, ...new Array(60).fill(0)], { alpha: 0.1 }).forecast(1).mean[0];
    expect(after).toBe(before);
  });

  it("forecasts 0 with no NaN for a series that never sold", () => {
    const fit = fitOrThrow(croston, new Array(30).fill(0));
    const f = fit.forecast(5);
    expect(f.mean).toEqual([0, 0, 0, 0, 0]);
    expect(f.upper[95]).toEqual([0, 0, 0, 0, 0]);
    expect(fit.sigma).toBe(0);
  });

  it("forecasts a one-day series as that day's demand", () => {
    // hand: z = 5, p = 1 → 5
    expect(fitOrThrow(croston, [5]).forecast(2).mean).toEqual([5, 5]);
  });

  it("chooses α on the grid with the least in-sample MSE, better than a bad fixed α", () => {
    const y = shiftingSlowMover(200, 1);
    const best = fitOrThrow(croston, y);
    expect(GRID).toContain(best.params.alpha);
    expect(best.params.alpha).not.toBe(GRID[0]); // the level shift makes a larger α pay
    for (const alpha of GRID) expect(mse(y, best)).toBeLessThanOrEqual(mse(y, fitOrThrow(croston, y, { alpha })) + 1e-12);
    expect(mse(y, best)).toBeLessThan(mse(y, fitOrThrow(croston, y, { alpha: 0.9 })));
  });

  it("reproduces the optimised fit from its own params", () => {
    const y = shiftingSlowMover(150, 2);
    const a = fitOrThrow(croston, y);
    const b = fitOrThrow(croston, y, { ...a.params });
    expect(b.fitted).toEqual(a.fitted);
    expect(b.forecast(7)).toEqual(a.forecast(7));
  });

  it("rejects a smoothing weight outside (0, 1]", () => {
    for (const alpha of [0, -0.1, 1.5, Number.NaN]) {
      const fit = croston.fit(SHORT, { params: { alpha } });
      expect(fit.ok ? "" : fit.error.code).toBe("OUT_OF_RANGE");
    }
  });

  it("does not mutate its input and repeats itself", () => {
    const y = Object.freeze(slowMover(100));
    const copy = [...y];
    const a = fitOrThrow(croston, y);
    const b = fitOrThrow(croston, y);
    expect(a.params).toEqual(b.params);
    expect(a.forecast(10)).toEqual(b.forecast(10));
    expect(y).toEqual(copy);
  });
});

describe("sba", () => {
  it("is (1 − α/2) × Croston on the hand-worked series (α = 0.1)", () => {
    const fit = fitOrThrow(sba, SHORT, { alpha: 0.1 });
    // hand: factor 1 − 0.1/2 = 0.95 → 0.95·4.72/2.91 = 1.540893
    expect(fit.forecast(1).mean[0]).toBeCloseTo(0.95 * C3, 12);
    expect(fit.fitted[3]).toBeCloseTo(0.95 * C1, 12);
    expect(fit.fitted[5]).toBeCloseTo(0.95 * C2, 12);
  });

  it("always forecasts below Croston for the same α (Syntetos & Boylan 2005)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 60 }),
        fc.constantFrom(...GRID, 0.5, 1),
        (ys, alpha) => {
          fc.pre(ys.some((v) => v > 0));
          const s = fitOrThrow(sba, ys, { alpha }).forecast(1).mean[0];
          const c = fitOrThrow(croston, ys, { alpha }).forecast(1).mean[0];
          return s < c;
        },
      ),
      { seed: 1972 },
    );
  });

  it("chooses its own α on the grid and reproduces it from params", () => {
    const y = shiftingSlowMover(200, 1);
    const a = fitOrThrow(sba, y);
    expect(GRID).toContain(a.params.alpha);
    for (const alpha of GRID) expect(mse(y, a)).toBeLessThanOrEqual(mse(y, fitOrThrow(sba, y, { alpha })) + 1e-12);
    expect(fitOrThrow(sba, y, { ...a.params }).forecast(3)).toEqual(a.forecast(3));
  });

  it("forecasts 0 for a series that never sold", () => {
    expect(fitOrThrow(sba, new Array(10).fill(0)).forecast(2).mean).toEqual([0, 0]);
  });
});

describe("croston and sba forecastsAtOrigins", () => {
  it("reads Croston's state at each origin from one pass (α = 0.1, hand-worked above)", () => {
    const r = croston.forecastsAtOrigins(SHORT, { alpha: 0.1 }, [2, 3, 5, 7, 8], 2);
    if (!r.ok) throw new Error(r.error.message);
    // hand: origin 2 is before the first sale → 0; origin 3 sees day 3's 5 → C1; origin 5 sees day 5 → C2;
    // origin 7 adds only zeros → C2; origin 8 sees day 8 → C3
    [0, C1, C2, C2, C3].forEach((v, k) => r.value[k].forEach((f) => expect(f).toBeCloseTo(v, 12)));
    const s = sba.forecastsAtOrigins(SHORT, { alpha: 0.1 }, [2, 8], 1);
    if (!s.ok) throw new Error(s.error.message);
    // hand: SBA = 0.95 × Croston
    expect(s.value[0]).toEqual([0]);
    expect(s.value[1][0]).toBeCloseTo(0.95 * C3, 12);
  });

  it.each(SHAPES)("matches re-fitting at every origin (%s)", (_label, y) => {
    for (const model of [croston, sba]) {
      expectSameAsRefit(model, y, { alpha: 0.1 }, originsFor(y.length), 28);
      expectSameAsRefit(model, y, { alpha: 0.3 }, originsFor(y.length), 7);
    }
  });

  it("re-fits at each origin when params carry no α (fit would search it there)", () => {
    const y = shiftingSlowMover(150, 3);
    for (const model of [croston, sba]) expectSameAsRefit(model, y, {}, [40, 80, 150], 5);
  });

  it("rejects a smoothing weight outside (0, 1], as fit does", () => {
    const r = croston.forecastsAtOrigins(SHORT, { alpha: 1.5 }, [5], 1);
    expect(r.ok ? "" : r.error.code).toBe("OUT_OF_RANGE");
  });

  it("reports bad origins, horizons and series", () => {
    expectRequestErrors(croston, { alpha: 0.1 });
    expectRequestErrors(sba, { alpha: 0.1 });
  });
});
