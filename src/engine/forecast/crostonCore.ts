/**
 * Shared machinery of the intermittent-demand models (Croston, SBA, TSB): the
 * smoothing grid, parameter reading, the Croston recursion, flat forecasts and the
 * one-pass forecasts at several backtest origins.
 * Private to `croston.ts` and `tsb.ts`; not re-exported from the engine.
 */
import { err, ok, type Result } from "../errors";
import { normalIntervals } from "./intervals";
import type { FitOptions, FittedModel, ForecastResult, ModelName } from "./model";
import { refitAtOrigins } from "./refitAtOrigins";
import { validateOrigins } from "./validateOrigins";
import { validateSeries } from "./validateSeries";

/**
 * Candidate smoothing weights searched when none is given: the range
 * 0.05–0.3 that Croston (1972) and Syntetos & Boylan (2005) recommend, plus 0.02 for
 * very slow movers. The weight with the least in-sample one-step MSE wins; on a tie,
 * the smaller weight. Six values: TSB's search kernel scores six β in one pass.
 */
export const SMOOTHING_GRID = [0.02, 0.05, 0.1, 0.15, 0.2, 0.3] as const;

/** Index of the first day with demand (> 0), or −1 when the series never sold. */
export function firstDemandIndex(unitsPerDay: readonly number[]): number {
  for (let t = 0; t < unitsPerDay.length; t++) if (unitsPerDay[t] > 0) return t;
  return -1;
}

/** Reads an optional smoothing weight from `params`: undefined when absent, an error unless 0 < w ≤ 1. */
export function readSmoothing(params: FitOptions["params"], key: string, label: string): Result<number | undefined> {
  const v = params?.[key];
  if (v === undefined) return ok(undefined);
  if (typeof v !== "number" || !Number.isFinite(v) || v <= 0 || v > 1) {
    return err("OUT_OF_RANGE", `${label}: parameter ${key} = ${v} must be above 0 and at most 1`, { argument: key });
  }
  return ok(v);
}

/** A flat forecast at `unitsPerDay` with sd `sdUnitsPerDay` every day (normal, clipped at 0). */
export function flatForecast(unitsPerDay: number, sdUnitsPerDay: number, horizonDays: number): ForecastResult {
  return normalIntervals(new Array<number>(horizonDays).fill(unitsPerDay), new Array<number>(horizonDays).fill(sdUnitsPerDay));
}

/**
 * Flat point forecasts for `forecastsAtOrigins`: `horizonDays` copies of each origin's
 * level (units/day, clipped at 0 as `normalIntervals` clips), or MODEL_FAILED when a
 * level is not finite (as `fit` would say for that history).
 * @example flatRows([1.5, -0], 2, "TSB method") // ok([[1.5, 1.5], [0, 0]])
 */
export function flatRows(levelsUnitsPerDay: readonly number[], horizonDays: number, label: string): Result<number[][]> {
  const out = new Array<number[]>(levelsUnitsPerDay.length);
  for (let k = 0; k < levelsUnitsPerDay.length; k++) {
    const level = levelsUnitsPerDay[k];
    if (!Number.isFinite(level)) return err("MODEL_FAILED", `${label} could not fit this series: the values are too large to smooth`);
    out[k] = new Array<number>(horizonDays).fill(Math.max(0, level));
  }
  return ok(out);
}

/**
 * Croston recursion from the first demand (day index `first`), forecast = factor·z/p.
 * State after the first demand: z = y(first), p = first + 1 (the first interval,
 * counted from the start of the series, as R tsintermittent's `init = "naive"`).
 * On each later demand day t, with q days since the previous demand:
 *   z ← z + α·(y(t) − z),  p ← p + α·(q − p).
 * Returns the sum of squared one-step errors over the days after `first`; when
 * `fitted` is given it also writes the one-step predictions there (from `first + 1`)
 * and leaves the final forecast in `out.level`.
 */
export function crostonPass(
  y: readonly number[],
  first: number,
  alpha: number,
  factor: number,
  fitted?: number[],
  out?: { level: number },
): number {
  let z = y[first];
  let p = first + 1;
  let f = (factor * z) / p;
  let last = first;
  let sse = 0;
  for (let t = first + 1; t < y.length; t++) {
    const yt = y[t];
    if (fitted) fitted[t] = f;
    const e = yt - f;
    sse += e * e;
    if (yt > 0) {
      z += alpha * (yt - z);
      p += alpha * (t - last - p);
      last = t;
      f = (factor * z) / p;
    }
  }
  if (out) out.level = f;
  return sse;
}

/** Picks the grid weight with the least SSE (first on a tie). */
export function bestOnGrid(sseOf: (w: number) => number): number {
  let best: number = SMOOTHING_GRID[0];
  let bestSse = Number.POSITIVE_INFINITY;
  for (const w of SMOOTHING_GRID) {
    const sse = sseOf(w);
    if (sse < bestSse) {
      bestSse = sse;
      best = w;
    }
  }
  return best;
}

/**
 * Fits Croston (`factor` 1) or SBA (`factor` 1 − α/2): α from `options.params.alpha`
 * or, without it, the grid weight with the least in-sample one-step MSE.
 */
export function fitCrostonFamily(
  name: Extract<ModelName, "croston" | "sba">,
  label: string,
  unitsPerDay: readonly number[],
  options: FitOptions = {},
): Result<FittedModel> {
  const checked = validateSeries(unitsPerDay, 1, label);
  if (!checked.ok) return checked;
  const fixed = readSmoothing(options.params, "alpha", label);
  if (!fixed.ok) return fixed;
  const y = unitsPerDay;
  const first = firstDemandIndex(y);
  const factorOf = (a: number): number => (name === "sba" ? 1 - a / 2 : 1);
  const alpha = fixed.value ?? (first < 0 ? SMOOTHING_GRID[0] : bestOnGrid((a) => crostonPass(y, first, a, factorOf(a))));

  const out = { level: 0 };
  let sse = 0;
  if (first >= 0) sse = crostonPass(y, first, alpha, factorOf(alpha), undefined, out);
  // the fitted values only when read (the same pass again): the backtest fits for the parameters alone
  let fitted: number[] | null = null;
  const count = first >= 0 ? y.length - first - 1 : 0;
  // = residualSigma(y, fitted, 1) without a second pass: α is estimated
  const sigma = count > 0 ? Math.sqrt(sse / Math.max(1, count - 1)) : 0;
  const level = out.level;
  if (!Number.isFinite(level) || !Number.isFinite(sigma)) {
    return err("MODEL_FAILED", `${label} could not fit this series: the values are too large to smooth`);
  }
  return ok({
    model: name,
    params: { alpha },
    get fitted() {
      if (!fitted) {
        fitted = new Array<number>(y.length).fill(Number.NaN);
        if (first >= 0) crostonPass(y, first, alpha, factorOf(alpha), fitted);
      }
      return fitted;
    },
    sigma,
    forecast: (horizonDays: number) => flatForecast(level, sigma, horizonDays),
  });
}

/**
 * The Croston forecast factor·z/p that `fit` on `y.slice(0, o)` ends with, for every
 * origin o (ascending), from one run of {@link crostonPass}'s recursion over the series:
 * the state is read just before each origin's first day. An origin before the first
 * demand gets 0, as `fit` on a history that never sold.
 * @example crostonLevelsAtOrigins([0, 0, 5, 0, 3, 0, 0, 4], [2, 4, 8], 0.1, 1) // [0, 5/3, 4.72/2.91]
 */
export function crostonLevelsAtOrigins(y: readonly number[], originIndexes: readonly number[], alpha: number, factor: number): number[] {
  const levels = new Array<number>(originIndexes.length);
  let z = 0;
  let p = 1;
  let f = 0;
  let last = -1; // day index of the latest demand; −1 before the first
  let t = 0;
  for (let k = 0; k < originIndexes.length; k++) {
    const origin = originIndexes[k];
    for (; t < origin; t++) {
      const yt = y[t];
      if (yt > 0) {
        if (last < 0) {
          z = yt;
          p = t + 1;
        } else {
          z += alpha * (yt - z);
          p += alpha * (t - last - p);
        }
        last = t;
        f = (factor * z) / p;
      }
    }
    levels[k] = f;
  }
  return levels;
}

/**
 * `forecastsAtOrigins` of Croston (`factor` 1) and SBA (1 − α/2) with α from `params`:
 * one recursion over the series ({@link crostonLevelsAtOrigins}), flat forecasts from
 * each origin. Without `params.alpha` `fit` would search α afresh at every origin, so
 * this re-fits at each one ({@link refitAtOrigins}).
 * @example crostonFamilyAtOrigins("sba", "Croston–SBA", [0, 0, 5, 0, 3, 0, 0, 4], { alpha: 0.1 }, [2, 8], 1) // ok([[0], [0.95 × 4.72/2.91]]) = ok([[0], [1.54089]])
 */
export function crostonFamilyAtOrigins(
  name: Extract<ModelName, "croston" | "sba">,
  label: string,
  unitsPerDay: readonly number[],
  params: Readonly<Record<string, number>>,
  originIndexes: readonly number[],
  horizonDays: number,
  options: FitOptions = {},
): Result<number[][]> {
  const checked = validateSeries(unitsPerDay, 1, label);
  if (!checked.ok) return checked;
  const fixed = readSmoothing(params, "alpha", label);
  if (!fixed.ok) return fixed;
  const origins = validateOrigins(label, unitsPerDay.length, originIndexes, horizonDays, 1);
  if (!origins.ok) return origins;
  const alpha = fixed.value;
  if (alpha === undefined) {
    const model = { fit: (y: readonly number[], o?: FitOptions) => fitCrostonFamily(name, label, y, o) };
    return refitAtOrigins(model, unitsPerDay, params, originIndexes, horizonDays, options);
  }
  const levels = crostonLevelsAtOrigins(unitsPerDay, originIndexes, alpha, name === "sba" ? 1 - alpha / 2 : 1);
  return flatRows(levels, horizonDays, label);
}
