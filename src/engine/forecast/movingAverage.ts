/**
 * Moving average: every future day sells the mean of the last `n` days.
 *   ŷ(T+h) = (y(T−n+1) + … + y(T)) / n,  n = min(window, days of history)
 *   sd(h) = σ·√(1 + 1/n) for every h (flat, as FPP3 Table 5.2's mean method)
 * σ is the sd of the in-sample one-step residuals y(t) − ŷ(t), where ŷ(t) is the
 * rolling mean of the up-to-`window` days before t (fewer while t < window, so the
 * warm-up days also get a prediction; ŷ(1) is NaN). Those residuals already carry the
 * noise of estimating the mean, so the √(1 + 1/n) factor makes the interval slightly
 * conservative (×1.018 at n = 28). Hyndman & Athanasopoulos, FPP3 §5.2 (mean method)
 * and §3.3 (moving averages).
 * @example movingAverage.fit([1, 2, 3, 4, 5], { window: 3 }) // forecast(1).mean [4]; fitted [NaN, 1, 1.5, 2, 3]
 */
import { err, ok, type Result } from "../errors";
import { normalIntervals } from "./intervals";
import type { FitOptions, FittedModel, ForecastModel } from "./model";
import { validateOrigins } from "./validateOrigins";
import { validateSeries } from "./validateSeries";

const LABEL = "Moving average";
const DEFAULT_WINDOW_DAYS = 28;

/**
 * Window in days: `params.window` (a previous fit's), else `options.window`, else 28.
 * Must be a whole number ≥ 1.
 */
function windowDays(options: FitOptions, params = options.params): Result<number> {
  const w = params?.window ?? options.window ?? DEFAULT_WINDOW_DAYS;
  if (!Number.isInteger(w) || w < 1) {
    return err("OUT_OF_RANGE", `${LABEL}: window ${w} must be a whole number of days, at least 1`, { argument: "window" });
  }
  return ok(w);
}

/** Mean of the up-to-`windowDays` days before day index `end` (all of them when fewer), summed afresh: no drift from a running sum. */
function trailingMean(y: readonly number[], end: number, windowDays: number): number {
  const used = Math.min(windowDays, end);
  let sum = 0;
  for (let t = end - used; t < end; t++) sum += y[t];
  return sum / used;
}

function tooLarge<T>(): Result<T> {
  return err("MODEL_FAILED", `${LABEL} could not fit this series: the values are too large to average`);
}

/**
 * fitted[t] = mean of y[max(0, t − w) .. t − 1] by a running sum (NaN at t = 0), written into
 * `fitted` when given; returns the sum of squared one-step residuals.
 */
function movingPass(y: readonly number[], w: number, fitted: number[] | null): number {
  if (fitted) fitted[0] = Number.NaN;
  let sum = 0;
  let sse = 0;
  for (let t = 1; t < y.length; t++) {
    sum += y[t - 1];
    if (t > w) sum -= y[t - 1 - w];
    const f = sum / (t < w ? t : w);
    if (fitted) fitted[t] = f;
    const e = y[t] - f;
    sse += e * e;
  }
  return sse;
}

function fitMovingAverage(unitsPerDay: readonly number[], options: FitOptions = {}): Result<FittedModel> {
  const checked = validateSeries(unitsPerDay, 1, LABEL);
  if (!checked.ok) return checked;
  const win = windowDays(options);
  if (!win.ok) return win;
  const w = win.value;
  const y = unitsPerDay;
  const n = y.length;

  const sse = movingPass(y, w, null);
  // the fitted values only when read (the same pass again): the backtest fits for the parameters alone
  let fitted: number[] | null = null;
  const used = Math.min(w, n);
  const level = trailingMean(y, n, w);
  // = residualSigma(y, fitted) in the same pass: n − 1 residuals, no parameter estimated
  const sigma = n > 1 ? Math.sqrt(sse / (n - 1)) : 0;
  if (!Number.isFinite(level) || !Number.isFinite(sigma)) return tooLarge();
  const sd = sigma * Math.sqrt(1 + 1 / used);
  return ok({
    model: "movingAverage",
    params: { window: w },
    get fitted() {
      if (!fitted) {
        fitted = new Array<number>(n);
        movingPass(y, w, fitted);
      }
      return fitted;
    },
    sigma,
    forecast(horizonDays: number) {
      return normalIntervals(new Array<number>(horizonDays).fill(level), new Array<number>(horizonDays).fill(sd));
    },
  });
}

/**
 * Moving-average forecasts from several origins, each the mean of the up-to-window days
 * just before it (O(window) per origin) — what `fit` on the history up to that origin gives.
 */
function movingAverageAtOrigins(
  unitsPerDay: readonly number[],
  params: Readonly<Record<string, number>>,
  originIndexes: readonly number[],
  horizonDays: number,
  options: FitOptions = {},
): Result<number[][]> {
  const checked = validateSeries(unitsPerDay, 1, LABEL);
  if (!checked.ok) return checked;
  const win = windowDays(options, params);
  if (!win.ok) return win;
  const origins = validateOrigins(LABEL, unitsPerDay.length, originIndexes, horizonDays, 1);
  if (!origins.ok) return origins;
  const out = new Array<number[]>(originIndexes.length);
  for (let k = 0; k < originIndexes.length; k++) {
    const level = trailingMean(unitsPerDay, originIndexes[k], win.value);
    if (!Number.isFinite(level)) return tooLarge();
    out[k] = new Array<number>(horizonDays).fill(Math.max(0, level));
  }
  return ok(out);
}

/**
 * Moving-average model: a flat forecast at the mean of the last `options.window` days
 * (default 28; a shorter history uses all its days). Returned `params`: `{ window }`,
 * the requested window, which a later `fit` honours.
 */
export const movingAverage: ForecastModel = {
  name: "movingAverage",
  description: "Every future day sells the average of the last 28 days (or the chosen window).",
  minLength: () => 1,
  fit: (unitsPerDay, options) => fitMovingAverage(unitsPerDay, options),
  forecastsAtOrigins: (unitsPerDay, params, originIndexes, horizonDays, options) => movingAverageAtOrigins(unitsPerDay, params, originIndexes, horizonDays, options),
};
