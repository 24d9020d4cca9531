/**
 * Shared machinery of the intermittent-demand models (Croston, SBA, TSB): the
 * smoothing grid, parameter reading, the Croston recursion and flat forecasts.
 * Private to `croston.ts` and `tsb.ts`; not re-exported from the engine.
 */
import { err, ok, type Result } from "../errors";
import { normalIntervals } from "./intervals";
import type { FitOptions, FittedModel, ForecastResult, ModelName } from "./model";
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

  const fitted = new Array<number>(y.length).fill(Number.NaN);
  const out = { level: 0 };
  let sse = 0;
  if (first >= 0) sse = crostonPass(y, first, alpha, factorOf(alpha), fitted, out);
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
    fitted,
    sigma,
    forecast: (horizonDays: number) => flatForecast(level, sigma, horizonDays),
  });
}
