/**
 * Simple exponential smoothing, ETS(A,N,N) (Hyndman & Athanasopoulos, FPP3 §8.1 and
 * Table 8.8; Hyndman, Koehler, Ord & Snyder 2008, ch. 2 and Table 6.1):
 *   ŷ(t) = ℓ(t−1),  e(t) = y(t) − ŷ(t),  ℓ(t) = ℓ(t−1) + α·e(t)
 *   forecast ŷ(T+h) = ℓ(T);  var(h) = σ²·[1 + α²·(h − 1)]
 * α is chosen by golden-section search on the in-sample one-step SSE over
 * [0.0001, 0.9999]. For each α the SSE is a quadratic in ℓ0, so the best ℓ0 has a
 * closed form and is found in the same pass (as R's `forecast::ses`, which
 * optimises ℓ0 too, but here at no extra pass).
 * `options.params` may fix `alpha` and/or `l0` (as returned in `params`); what it
 * leaves out is estimated as above.
 * `forecastsAtOrigins` runs the recursion once over the whole series and reads ℓ at each
 * origin (with ℓ0 not given, ℓ(o) = ℓ⁰(o) + (1 − α)^o·ℓ0*(o), ℓ⁰ the pass from ℓ0 = 0
 * and ℓ0*(o) the least-squares ℓ0 of the first o days, both kept as running sums).
 * @example ses.fit([10, 12, 8], { params: { alpha: 0.5, l0: 10 } }) // fitted [10, 10, 11]; forecast(1).mean [9.5]
 */
import { err, ok, type Result } from "../errors";
import { goldenSection } from "../stats/goldenSection";
import { checkWeight, readEtsParams } from "./etsParams";
import { normalIntervals } from "./intervals";
import type { FitOptions, FittedModel, ForecastModel } from "./model";
import { refitAtOrigins } from "./refitAtOrigins";
import { validateOrigins } from "./validateOrigins";
import { validateSeries } from "./validateSeries";

const LABEL = "Simple exponential smoothing";
const ALPHA_MIN = 0.0001;
const ALPHA_MAX = 0.9999;
/** α and ℓ0 are estimated: residual sd divides by n − 2 (R's `forecast` counts both). */
const PARAMETER_COUNT = 2;

/**
 * One pass of SES with smoothing weight `alpha`. With `l0` given, returns the SSE;
 * without, returns the SSE at the best ℓ0 and stores that ℓ0 in `best.l0`.
 * Every one-step error is affine in ℓ0: e(t) = e⁰(t) − d(t)·ℓ0 with e⁰ the error when
 * ℓ0 = 0 and d(t) = (1 − α)^(t−1); so SSE(ℓ0) = Σe⁰² − 2ℓ0·Σe⁰d + ℓ0²·Σd², minimal at
 * ℓ0 = Σe⁰d / Σd².
 */
function sesSse(y: readonly number[], alpha: number, l0: number | undefined, best: { l0: number }): number {
  const n = y.length;
  const decay = 1 - alpha;
  if (l0 !== undefined) {
    let level = l0;
    let sse = 0;
    for (let t = 0; t < n; t++) {
      const yt = y[t];
      const e = yt - level;
      sse += e * e;
      level = decay * level + alpha * yt; // = ℓ + α·e, with a shorter dependency chain
    }
    return sse;
  }
  // ℓ0 = 0 pass; d(t) = (1 − α)^(t−1) is tracked only while it matters (then it is
  // below 1e-150 and would turn subnormal, which is slow); Σd² has a closed form.
  let level = 0;
  let d = 1;
  let see = 0;
  let sed = 0;
  let t = 0;
  for (; t < n && d > 1e-150; t++) {
    const yt = y[t];
    const e = yt - level;
    see += e * e;
    sed += e * d;
    level = decay * level + alpha * yt;
    d *= decay;
  }
  for (; t < n; t++) {
    const yt = y[t];
    const e = yt - level;
    see += e * e;
    level = decay * level + alpha * yt;
  }
  const decay2 = decay * decay;
  const sdd = decay2 === 1 ? n : (1 - Math.pow(decay2, n)) / (1 - decay2); // Σ_{t=1..n} (1−α)^(2(t−1))
  best.l0 = sed / sdd;
  return Math.max(0, see - (sed * sed) / sdd);
}

/** Fixed α and ℓ0 from `params`, each undefined when not given. */
function readSesParams(params: FitOptions["params"]): Result<{ alpha: number | undefined; l0: number | undefined }> {
  const fixed = readEtsParams(LABEL, params, ["alpha"], ["l0"]);
  if (!fixed.ok) return fixed;
  const alpha = fixed.value.smoothing?.[0];
  if (alpha !== undefined) {
    const inRange = checkWeight(LABEL, "alpha", alpha, 0, 1);
    if (!inRange.ok) return inRange;
  }
  return ok({ alpha, l0: fixed.value.states[0] });
}

function modelFailed(): Result<never> {
  return err("MODEL_FAILED", `${LABEL} could not fit this series: the values are too large to smooth`);
}

/** The smoothing over `y` from ℓ0: the last level and the one-step SSE, writing the one-step forecasts into `fitted` when given. */
function sesPass(y: readonly number[], alpha: number, l0: number, fitted: number[] | null): { level: number; sse: number } {
  const decay = 1 - alpha;
  let level = l0;
  let sse = 0;
  for (let t = 0; t < y.length; t++) {
    if (fitted) fitted[t] = level;
    const yt = y[t];
    const e = yt - level;
    sse += e * e;
    level = decay * level + alpha * yt; // = ℓ + α·e, the same arithmetic as sesSse and sesAtOrigins
  }
  return { level, sse };
}

function fitSes(unitsPerDay: readonly number[], options: FitOptions = {}): Result<FittedModel> {
  const checked = validateSeries(unitsPerDay, 1, LABEL);
  if (!checked.ok) return checked;
  const y = unitsPerDay;
  const fixed = readSesParams(options.params);
  if (!fixed.ok) return fixed;
  const fixedL0 = fixed.value.l0;

  const best = { l0: 0 };
  let alpha = fixed.value.alpha;
  if (alpha === undefined) {
    alpha = goldenSection((a) => sesSse(y, a, fixedL0, best), ALPHA_MIN, ALPHA_MAX, { tolerance: 1e-3, maxEvaluations: 30 }).x;
  }
  const sse = sesSse(y, alpha, fixedL0, best);
  const l0 = fixedL0 ?? best.l0;
  if (!Number.isFinite(sse) || !Number.isFinite(l0)) return modelFailed();

  const { level, sse: sseFitted } = sesPass(y, alpha, l0, null);
  // the fitted values only when read (the same pass again): the backtest fits for the parameters alone
  let fitted: number[] | null = null;
  // = residualSigma(y, fitted, 2), without a second pass
  const sigma = Math.sqrt(sseFitted / Math.max(1, y.length - PARAMETER_COUNT));
  const a = alpha;
  const lastLevel = level;
  return ok({
    model: "ses",
    params: { alpha: a, l0 },
    get fitted() {
      if (!fitted) {
        fitted = new Array<number>(y.length);
        sesPass(y, a, l0, fitted);
      }
      return fitted;
    },
    sigma,
    forecast(horizonDays: number) {
      const mean: number[] = [];
      const sd: number[] = [];
      const a2 = a * a;
      for (let h = 1; h <= horizonDays; h++) {
        mean.push(lastLevel);
        sd.push(sigma * Math.sqrt(1 + a2 * (h - 1)));
      }
      return normalIntervals(mean, sd);
    },
  });
}

/** One row of a flat forecast: `horizonDays` copies of the level, clipped at 0 as `normalIntervals` does. */
function flatRow(level: number, horizonDays: number): number[] {
  const v = Math.max(0, level);
  const row = new Array<number>(horizonDays); // horizonDays is checked: a whole number ≥ 1
  for (let h = 0; h < horizonDays; h++) row[h] = v;
  return row;
}

/** `ses.forecastsAtOrigins`: one pass of the recursion, reading the level at each origin. */
function sesAtOrigins(
  unitsPerDay: readonly number[],
  params: Readonly<Record<string, number>>,
  originIndexes: readonly number[],
  horizonDays: number,
  options: FitOptions = {},
): Result<number[][]> {
  const y = unitsPerDay;
  const checked = validateSeries(y, 1, LABEL);
  if (!checked.ok) return checked;
  const request = validateOrigins(LABEL, y.length, originIndexes, horizonDays, 1);
  if (!request.ok) return request;
  const fixed = readSesParams(params);
  if (!fixed.ok) return fixed;
  const { alpha, l0 } = fixed.value;
  // α not fixed: fit optimises it on each history, which no single pass can share.
  if (alpha === undefined) return refitAtOrigins(ses, y, params, originIndexes, horizonDays, options);

  const out: number[][] = [];
  const decay = 1 - alpha;
  let t = 0;
  if (l0 !== undefined) {
    let level = l0;
    let sse = 0;
    for (const o of originIndexes) {
      for (; t < o; t++) {
        const yt = y[t];
        const e = yt - level;
        sse += e * e;
        level = decay * level + alpha * yt; // as in fit
      }
      if (!Number.isFinite(sse) || !Number.isFinite(level)) return modelFailed();
      out.push(flatRow(level, horizonDays));
    }
    return ok(out);
  }
  // ℓ0 estimated per history: the sums of sesSse's ℓ0 = 0 pass, read at each origin.
  const decay2 = decay * decay;
  let level0 = 0;
  let d = 1;
  let see = 0;
  let sed = 0;
  for (const o of originIndexes) {
    for (; t < o; t++) {
      const yt = y[t];
      const e = yt - level0;
      see += e * e;
      if (d > 1e-150) {
        sed += e * d;
        d *= decay;
      }
      level0 = decay * level0 + alpha * yt;
    }
    const sdd = decay2 === 1 ? o : (1 - Math.pow(decay2, o)) / (1 - decay2);
    const bestL0 = sed / sdd;
    const sse = Math.max(0, see - (sed * sed) / sdd);
    if (!Number.isFinite(sse) || !Number.isFinite(bestL0)) return modelFailed();
    out.push(flatRow(level0 + Math.pow(decay, o) * bestL0, horizonDays));
  }
  return ok(out);
}

/**
 * Simple exponential smoothing (ETS(A,N,N)): a level that follows recent sales, no trend,
 * no weekly pattern. Formulas and sources in the file header.
 * @example ses.fit([10, 12, 8], { params: { alpha: 0.5, l0: 10 } }) // forecast(2).mean [9.5, 9.5]
 * @example ses.forecastsAtOrigins([10, 12, 8], { alpha: 0.5, l0: 10 }, [2, 3], 1) // ok([[11], [9.5]])
 */
export const ses: ForecastModel = {
  name: "ses",
  description: "A smoothed level that follows recent sales; no trend, no weekly pattern.",
  minLength: () => 1,
  fit: (unitsPerDay, options) => fitSes(unitsPerDay, options),
  forecastsAtOrigins: (unitsPerDay, params, originIndexes, horizonDays, options) => sesAtOrigins(unitsPerDay, params, originIndexes, horizonDays, options),
};
