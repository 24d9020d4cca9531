/**
 * Weighted multi-window daily average, the rule Chinese e-commerce ERPs use for
 * "average daily sales" (ADS, 日均销量):
 *   ŷ(T+h) = 0.5·ADS7 + 0.3·ADS15 + 0.2·ADS30   for every h (flat)
 * where ADSk is the mean of the last k days (all days when the history is shorter
 * than k). Windows and weights are set with `options.params`: each key `w<k>` gives
 * the weight of ADSk, e.g. `{ w7: 0.5, w15: 0.3, w30: 0.2 }` (the default) or
 * `{ w3: 1, w14: 1 }`; weights must be ≥ 0 and are divided by their sum, so they need
 * not add to 1. The returned `params` are the normalised weights in the same form.
 * Intervals: normal with sd = σ every day, σ the sd of the in-sample one-step
 * residuals (the blend of trailing means before each day; day 1 has none).
 * @example weightedAverage.fit([...Array(15).fill(2), 2, 3, 2, 3, 2, 3, 2, 3, ...Array(7).fill(10)]).forecast(1).mean
 * // ADS7 = 10, ADS15 = 6, ADS30 = 4 → [0.5·10 + 0.3·6 + 0.2·4] = [7.6]
 */
import { err, ok, type Result } from "../errors";
import { normalIntervals } from "./intervals";
import type { FitOptions, FittedModel, ForecastModel } from "./model";
import { validateOrigins } from "./validateOrigins";
import { validateSeries } from "./validateSeries";

const LABEL = "Weighted average";
const DEFAULT_WEIGHTS: Readonly<Record<string, number>> = { w7: 0.5, w15: 0.3, w30: 0.2 };
const KEY = /^w([1-9][0-9]*)$/;

interface Blend {
  readonly windows: number[];
  readonly weights: number[];
}

/** Reads `w<k>` keys into windows (days) and weights normalised to sum 1, smallest window first. */
function readBlend(params: Readonly<Record<string, number>>): Result<Blend> {
  const pairs: [number, number][] = [];
  let total = 0;
  for (const [key, weight] of Object.entries(params)) {
    const match = KEY.exec(key);
    if (!match) {
      return err("OUT_OF_RANGE", `${LABEL}: parameter '${key}' is not a window weight; use keys like w7, w15, w30 (weight of the last 7, 15, 30 days)`, { argument: key });
    }
    if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0) {
      return err("OUT_OF_RANGE", `${LABEL}: weight ${key} = ${weight} must be a number ≥ 0`, { argument: key });
    }
    pairs.push([Number(match[1]), weight]);
    total += weight;
  }
  if (!(total > 0) || !Number.isFinite(total)) {
    return err("OUT_OF_RANGE", `${LABEL}: the window weights must include at least one above 0`, { argument: "params" });
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return ok({ windows: pairs.map((p) => p[0]), weights: pairs.map((p) => p[1] / total) });
}

/**
 * The blend Σ weight_j · mean(y[end − window_j .. end − 1]) of the days before day index
 * `end` (a window longer than the history uses all of it). One backward pass over the
 * longest window: the windows are sorted, so each sum extends the previous one.
 */
function blendLevel(y: readonly number[], end: number, blend: Blend): number {
  const { windows, weights } = blend;
  let level = 0;
  let sum = 0;
  let t = end; // sum = y[t] + … + y[end − 1]
  for (let j = 0; j < windows.length; j++) {
    const start = end - Math.min(windows[j], end);
    while (t > start) sum += y[--t];
    level += (weights[j] * sum) / (end - start);
  }
  return level;
}

function tooLarge<T>(): Result<T> {
  return err("MODEL_FAILED", `${LABEL} could not fit this series: the values are too large to average`);
}

/**
 * fitted[t] = Σ weight_j · mean(y[max(0, t − window_j) .. t − 1]) (NaN at t = 0), each window by
 * a running sum over the days before t, divided by t while the window is not yet full; written
 * into `fitted` when given. Returns the sum of squared one-step residuals from t = 1.
 */
function weightedPass(y: readonly number[], windows: readonly number[], weights: readonly number[], fitted: number[] | null): number {
  const n = y.length;
  const k = windows.length;
  const sums = new Float64Array(k);
  let sse = 0;
  for (let t = 1; t < n; t++) {
    let f = 0;
    for (let j = 0; j < k; j++) {
      const w = windows[j];
      if (t <= w) {
        sums[j] += y[t - 1];
        f += (weights[j] * sums[j]) / t;
      } else {
        sums[j] += y[t - 1] - y[t - 1 - w];
        f += (weights[j] / w) * sums[j];
      }
    }
    if (fitted) fitted[t] = f;
    const e = y[t] - f;
    sse += e * e;
  }
  if (fitted) fitted[0] = Number.NaN;
  return sse;
}

function fitWeightedAverage(unitsPerDay: readonly number[], options: FitOptions = {}): Result<FittedModel> {
  const checked = validateSeries(unitsPerDay, 1, LABEL);
  if (!checked.ok) return checked;
  const blend = readBlend(options.params ?? DEFAULT_WEIGHTS);
  if (!blend.ok) return blend;
  const { windows, weights } = blend.value;
  const y = unitsPerDay;
  const n = y.length;
  const k = windows.length;

  const sse = weightedPass(y, windows, weights, null);
  // the fitted values only when read (the same pass again): the backtest fits for the parameters alone
  let fitted: number[] | null = null;
  const level = blendLevel(y, n, blend.value);
  // = residualSigma(y, fitted) in the same pass: n − 1 residuals, no parameter estimated
  const sigma = n > 1 ? Math.sqrt(sse / (n - 1)) : 0;
  if (!Number.isFinite(level) || !Number.isFinite(sigma)) return tooLarge();
  const params: Record<string, number> = {};
  for (let j = 0; j < k; j++) params[`w${windows[j]}`] = weights[j];
  return ok({
    model: "weightedAverage",
    params,
    get fitted() {
      if (!fitted) {
        fitted = new Array<number>(n).fill(0);
        weightedPass(y, windows, weights, fitted);
      }
      return fitted;
    },
    sigma,
    forecast(horizonDays: number) {
      return normalIntervals(new Array<number>(horizonDays).fill(level), new Array<number>(horizonDays).fill(sigma));
    },
  });
}

/**
 * Weighted-average forecasts from several origins, each the blend of the trailing means
 * just before it (one pass over the longest window per origin) — what `fit` on the
 * history up to that origin gives.
 */
function weightedAverageAtOrigins(
  unitsPerDay: readonly number[],
  params: Readonly<Record<string, number>>,
  originIndexes: readonly number[],
  horizonDays: number,
): Result<number[][]> {
  const checked = validateSeries(unitsPerDay, 1, LABEL);
  if (!checked.ok) return checked;
  const blend = readBlend(params);
  if (!blend.ok) return blend;
  const origins = validateOrigins(LABEL, unitsPerDay.length, originIndexes, horizonDays, 1);
  if (!origins.ok) return origins;
  const out = new Array<number[]>(originIndexes.length);
  for (let k = 0; k < originIndexes.length; k++) {
    const level = blendLevel(unitsPerDay, originIndexes[k], blend.value);
    if (!Number.isFinite(level)) return tooLarge();
    out[k] = new Array<number>(horizonDays).fill(Math.max(0, level));
  }
  return ok(out);
}

/**
 * Weighted multi-window average model (ERP "ADS" blend 0.5·ADS7 + 0.3·ADS15 + 0.2·ADS30
 * by default; other windows and weights through `options.params`, keys `w<days>`).
 */
export const weightedAverage: ForecastModel = {
  name: "weightedAverage",
  description: "Every future day sells a blend of the last 7, 15 and 30 days' averages (0.5 / 0.3 / 0.2).",
  minLength: () => 1,
  fit: (unitsPerDay, options) => fitWeightedAverage(unitsPerDay, options),
  forecastsAtOrigins: (unitsPerDay, params, originIndexes, horizonDays) => weightedAverageAtOrigins(unitsPerDay, params, originIndexes, horizonDays),
};
