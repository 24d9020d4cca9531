/**
 * TSB method for intermittent demand (Teunter, Syntetos & Babai 2011, "Intermittent
 * demand: linking forecasting to inventory obsolescence", European Journal of
 * Operational Research 214(3):606–615). Unlike Croston it smooths the probability of
 * demand every day, so its forecast decays through a run of zero days (an item going
 * obsolete):
 *   every day:        π ← π + β·(d(t) − π),  d(t) = 1 if y(t) > 0 else 0
 *   on demand days:   z ← z + α·(y(t) − z)
 *   ŷ = π·z units/day (flat over the horizon)
 *
 * Initialisation at the first non-zero demand (day number k): z = y(k), π = 1/k (one
 * over the first interval, as R tsintermittent's `init = "naive"`); the first one-step
 * prediction is for day k + 1, `fitted` is NaN before. α and β: from
 * `options.params.alpha` / `.beta` when given (no search), else each from
 * {0.02, 0.05, 0.1, 0.15, 0.2, 0.3}, the pair with the least in-sample one-step MSE
 * (for each α the six β are scored in one pass: 6 passes of the series in all).
 * Intervals: normal with sd = σ (one-step residual sd, n − 2 degrees of freedom) every
 * day, clipped at 0 — an approximation, TSB has no stochastic model of its own. A series that never sold forecasts 0 with a zero-width interval.
 * @example tsb.fit([0, 0, 5, 0, 3, 0, 0, 4], { params: { alpha: 0.1, beta: 0.1 } }) // forecast(1).mean [0.36973 × 4.72] = [1.74513]
 */
import { err, ok, type Result } from "../errors";
import { SMOOTHING_GRID, bestOnGrid, firstDemandIndex, flatForecast, flatRows, readSmoothing } from "./crostonCore";
import type { FitOptions, FittedModel, ForecastModel } from "./model";
import { refitAtOrigins } from "./refitAtOrigins";
import { validateOrigins } from "./validateOrigins";
import { validateSeries } from "./validateSeries";

const LABEL = "TSB method";
/** α and β are estimated: residual sd divides by n − 2. */
const PARAMETER_COUNT = 2;

/**
 * In-sample sum of squared one-step errors of TSB from the first demand (index
 * `first`), for one (α, β). A plain loop, no allocation and no branch on demand days
 * (intermittent days are unpredictable to the CPU): with d = 1 on a demand day else 0,
 * π ← (1 − β)·π + β·d and z ← z + α·d·(y − z).
 */
function tsbSse(y: readonly number[], first: number, alpha: number, beta: number): number {
  let z = y[first];
  let prob = 1 / (first + 1);
  const keep = 1 - beta;
  let sse = 0;
  for (let t = first + 1; t < y.length; t++) {
    const yt = y[t];
    const e = yt - prob * z;
    sse += e * e;
    const d = yt > 0 ? 1 : 0;
    prob = keep * prob + beta * d;
    z += alpha * d * (yt - z);
  }
  return sse;
}

/**
 * {@link tsbSse} for one α and all six grid β at once, written to `sseByBeta`. The size
 * recursion z does not depend on β, so it runs once, and the six independent π chains
 * keep the CPU busy (about twice as fast as six separate passes, measured).
 */
function tsbSseAllBetas(y: readonly number[], first: number, alpha: number, sseByBeta: Float64Array): void {
  const [b0, b1, b2, b3, b4, b5] = SMOOTHING_GRID;
  const k0 = 1 - b0;
  const k1 = 1 - b1;
  const k2 = 1 - b2;
  const k3 = 1 - b3;
  const k4 = 1 - b4;
  const k5 = 1 - b5;
  let z = y[first];
  let p0 = 1 / (first + 1);
  let p1 = p0;
  let p2 = p0;
  let p3 = p0;
  let p4 = p0;
  let p5 = p0;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let s5 = 0;
  for (let t = first + 1; t < y.length; t++) {
    const yt = y[t];
    const d = yt > 0 ? 1 : 0;
    let e = yt - p0 * z;
    s0 += e * e;
    p0 = k0 * p0 + b0 * d;
    e = yt - p1 * z;
    s1 += e * e;
    p1 = k1 * p1 + b1 * d;
    e = yt - p2 * z;
    s2 += e * e;
    p2 = k2 * p2 + b2 * d;
    e = yt - p3 * z;
    s3 += e * e;
    p3 = k3 * p3 + b3 * d;
    e = yt - p4 * z;
    s4 += e * e;
    p4 = k4 * p4 + b4 * d;
    e = yt - p5 * z;
    s5 += e * e;
    p5 = k5 * p5 + b5 * d;
    z += alpha * d * (yt - z);
  }
  sseByBeta[0] = s0;
  sseByBeta[1] = s1;
  sseByBeta[2] = s2;
  sseByBeta[3] = s3;
  sseByBeta[4] = s4;
  sseByBeta[5] = s5;
}

/**
 * The TSB recursion (as {@link tsbSse}) writing one-step predictions into `fitted` when given;
 * returns the final forecast π·z and the sum of squared one-step errors.
 */
function tsbRun(y: readonly number[], first: number, alpha: number, beta: number, fitted: number[] | null): { level: number; sse: number } {
  let z = y[first];
  let prob = 1 / (first + 1);
  const keep = 1 - beta;
  let sse = 0;
  for (let t = first + 1; t < y.length; t++) {
    const yt = y[t];
    const f = prob * z;
    if (fitted) fitted[t] = f;
    const e = yt - f;
    sse += e * e;
    if (yt > 0) {
      prob = keep * prob + beta; // = π + β·(1 − π)
      z += alpha * (yt - z);
    } else {
      prob *= keep; // = π + β·(0 − π)
    }
  }
  return { level: prob * z, sse };
}

/**
 * The forecast π·z that `fit` on `y.slice(0, o)` ends with, for every origin o
 * (ascending), from one run of {@link tsbRun}'s recursion over the series: the state is
 * read just before each origin's first day; an origin before the first demand gets 0.
 */
function tsbLevelsAtOrigins(y: readonly number[], originIndexes: readonly number[], alpha: number, beta: number): number[] {
  const levels = new Array<number>(originIndexes.length);
  const keep = 1 - beta;
  let z = 0;
  let prob = 0; // π·z = 0 until the first demand
  let started = false;
  let t = 0;
  for (let k = 0; k < originIndexes.length; k++) {
    const origin = originIndexes[k];
    for (; t < origin; t++) {
      const yt = y[t];
      if (!started) {
        if (yt > 0) {
          z = yt;
          prob = 1 / (t + 1);
          started = true;
        }
      } else if (yt > 0) {
        prob = keep * prob + beta;
        z += alpha * (yt - z);
      } else {
        prob *= keep;
      }
    }
    levels[k] = prob * z;
  }
  return levels;
}

function fitTsb(unitsPerDay: readonly number[], options: FitOptions = {}): Result<FittedModel> {
  const checked = validateSeries(unitsPerDay, 1, LABEL);
  if (!checked.ok) return checked;
  const fixedAlpha = readSmoothing(options.params, "alpha", LABEL);
  if (!fixedAlpha.ok) return fixedAlpha;
  const fixedBeta = readSmoothing(options.params, "beta", LABEL);
  if (!fixedBeta.ok) return fixedBeta;
  const y = unitsPerDay;
  const first = firstDemandIndex(y);

  let alpha: number = fixedAlpha.value ?? SMOOTHING_GRID[0];
  let beta: number = fixedBeta.value ?? SMOOTHING_GRID[0];
  if (first >= 0 && fixedBeta.value === undefined) {
    // grid over β (six at a time) for each candidate α; strict < keeps the first on a tie
    const alphas = fixedAlpha.value !== undefined ? [fixedAlpha.value] : SMOOTHING_GRID;
    const sseByBeta = new Float64Array(SMOOTHING_GRID.length);
    let bestSse = Number.POSITIVE_INFINITY;
    for (const a of alphas) {
      tsbSseAllBetas(y, first, a, sseByBeta);
      for (let j = 0; j < SMOOTHING_GRID.length; j++) {
        if (sseByBeta[j] < bestSse) {
          bestSse = sseByBeta[j];
          alpha = a;
          beta = SMOOTHING_GRID[j];
        }
      }
    }
  } else if (first >= 0 && fixedAlpha.value === undefined) {
    alpha = bestOnGrid((a) => tsbSse(y, first, a, beta));
  }

  const run = first >= 0 ? tsbRun(y, first, alpha, beta, null) : { level: 0, sse: 0 };
  // the fitted values only when read (the same pass again): the backtest fits for the parameters alone
  let fitted: number[] | null = null;
  const level = run.level;
  const count = first >= 0 ? y.length - first - 1 : 0;
  // = residualSigma(y, fitted, 2) without a second pass
  const sigma = count > 0 ? Math.sqrt(run.sse / Math.max(1, count - PARAMETER_COUNT)) : 0;
  if (!Number.isFinite(level) || !Number.isFinite(sigma)) {
    return err("MODEL_FAILED", `${LABEL} could not fit this series: the values are too large to smooth`);
  }
  return ok({
    model: "tsb",
    params: { alpha, beta },
    get fitted() {
      if (!fitted) {
        fitted = new Array<number>(y.length).fill(Number.NaN);
        if (first >= 0) tsbRun(y, first, alpha, beta, fitted);
      }
      return fitted;
    },
    sigma,
    forecast: (horizonDays: number) => flatForecast(level, sigma, horizonDays),
  });
}

/**
 * TSB forecasts from several origins with α and β from `params`: one recursion over the
 * series ({@link tsbLevelsAtOrigins}), flat forecasts from each origin. Without both
 * weights `fit` would search afresh at every origin, so this re-fits at each one.
 */
function tsbAtOrigins(
  unitsPerDay: readonly number[],
  params: Readonly<Record<string, number>>,
  originIndexes: readonly number[],
  horizonDays: number,
  options: FitOptions = {},
): Result<number[][]> {
  const checked = validateSeries(unitsPerDay, 1, LABEL);
  if (!checked.ok) return checked;
  const alpha = readSmoothing(params, "alpha", LABEL);
  if (!alpha.ok) return alpha;
  const beta = readSmoothing(params, "beta", LABEL);
  if (!beta.ok) return beta;
  const origins = validateOrigins(LABEL, unitsPerDay.length, originIndexes, horizonDays, 1);
  if (!origins.ok) return origins;
  if (alpha.value === undefined || beta.value === undefined) {
    return refitAtOrigins({ fit: fitTsb }, unitsPerDay, params, originIndexes, horizonDays, options);
  }
  return flatRows(tsbLevelsAtOrigins(unitsPerDay, originIndexes, alpha.value, beta.value), horizonDays, LABEL);
}

/** TSB model: smoothed chance of a sale on a day × smoothed size of a sale; fades while nothing sells. */
export const tsb: ForecastModel = {
  name: "tsb",
  description: "For items that sell on few days: chance of a sale each day × usual sale size; fades when sales stop.",
  minLength: () => 1,
  fit: (unitsPerDay, options) => fitTsb(unitsPerDay, options),
  forecastsAtOrigins: (unitsPerDay, params, originIndexes, horizonDays, options) => tsbAtOrigins(unitsPerDay, params, originIndexes, horizonDays, options),
};
