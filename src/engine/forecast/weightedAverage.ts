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
import { normalIntervals, residualSigma } from "./intervals";
import type { FitOptions, FittedModel, ForecastModel } from "./model";
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

function fitWeightedAverage(unitsPerDay: readonly number[], options: FitOptions = {}): Result<FittedModel> {
  const checked = validateSeries(unitsPerDay, 1, LABEL);
  if (!checked.ok) return checked;
  const blend = readBlend(options.params ?? DEFAULT_WEIGHTS);
  if (!blend.ok) return blend;
  const { windows, weights } = blend.value;
  const y = unitsPerDay;
  const n = y.length;
  const k = windows.length;

  // fitted[t] = Σ weight_j · mean(y[max(0, t − window_j) .. t − 1]); one running sum per window.
  const sums = new Float64Array(k);
  const fitted = new Array<number>(n);
  fitted[0] = Number.NaN;
  for (let t = 1; t < n; t++) {
    const added = y[t - 1];
    let f = 0;
    for (let j = 0; j < k; j++) {
      const w = windows[j];
      sums[j] += added;
      if (t > w) sums[j] -= y[t - 1 - w];
      f += (weights[j] * sums[j]) / Math.min(t, w);
    }
    fitted[t] = f;
  }
  let level = 0;
  for (let j = 0; j < k; j++) {
    const used = Math.min(windows[j], n);
    let s = 0;
    for (let t = n - used; t < n; t++) s += y[t]; // fresh sums: no drift from the running ones
    level += (weights[j] * s) / used;
  }
  const sigma = residualSigma(y, fitted);
  if (!Number.isFinite(level) || !Number.isFinite(sigma)) {
    return err("MODEL_FAILED", `${LABEL} could not fit this series: the values are too large to average`);
  }
  const params: Record<string, number> = {};
  for (let j = 0; j < k; j++) params[`w${windows[j]}`] = weights[j];
  return ok({
    model: "weightedAverage",
    params,
    fitted,
    sigma,
    forecast(horizonDays: number) {
      return normalIntervals(new Array<number>(horizonDays).fill(level), new Array<number>(horizonDays).fill(sigma));
    },
  });
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
};
