/**
 * Holt's linear method with a damped trend, ETS(A,Ad,N) (Gardner & McKenzie 1985;
 * Hyndman & Athanasopoulos, FPP3 §8.2 and Table 8.8; Hyndman et al. 2008, Table 6.1):
 *   ŷ(t) = ℓ(t−1) + φ·b(t−1),  e(t) = y(t) − ŷ(t)
 *   ℓ(t) = ℓ(t−1) + φ·b(t−1) + α·e(t),  b(t) = φ·b(t−1) + β·e(t)
 *   forecast ŷ(T+h) = ℓ(T) + (φ + φ² + … + φ^h)·b(T)
 *   var(h) = σ²·[1 + Σ_{j=1}^{h−1} c_j²],  c_j = α + β·(φ + … + φ^j)
 * (the sum form of Table 6.1's closed form; it also holds at φ = 1).
 * α, β, φ minimise the in-sample one-step SSE by bounded Nelder–Mead over
 * α ∈ [0.0001, 0.9999], β ∈ [0.0001, α], φ ∈ [0.8, 0.98] (FPP3's bounds). Initial
 * states by the heuristic of Hyndman et al. 2008 §2.6.1 / R `forecast::ets`: ℓ0, b0 are
 * the intercept and slope of a straight line fitted to the first 10 days.
 * `options.params` fixes α, β, φ (all three or none) and optionally ℓ0, b0; states it
 * leaves out come from the heuristic.
 * `forecastsAtOrigins` runs the recursion once over the whole series and reads ℓ, b at
 * each origin (restarting only for origins inside the 10 days the heuristic reads).
 * @example
 * // α = 0.5, β = 0.25, φ = 0.5, ℓ0 = 10, b0 = 4: fitted [12, 13, 13.5], then ℓ = 13.5, b = 0.5
 * holtDamped.fit([12, 13, 13.5], { params: { alpha: 0.5, beta: 0.25, phi: 0.5, l0: 10, b0: 4 } })
 *   .forecast(2).mean // [13.75, 13.875] = 13.5 + 0.5·0.5, 13.5 + (0.5 + 0.25)·0.5
 */
import { err, ok, type Result } from "../errors";
import { optimize } from "../stats/optimize";
import { checkWeight, readEtsParams } from "./etsParams";
import { normalIntervals } from "./intervals";
import type { FitOptions, FittedModel, ForecastModel } from "./model";
import { refitAtOrigins } from "./refitAtOrigins";
import { validateOrigins } from "./validateOrigins";
import { validateSeries } from "./validateSeries";

const LABEL = "Holt damped trend";
const MIN_LENGTH = 3;
const ALPHA: readonly [number, number] = [0.0001, 0.9999];
const BETA_MIN = 0.0001;
const PHI: readonly [number, number] = [0.8, 0.98];
/** α, β, φ, ℓ0, b0 are estimated: the residual sd divides by n − 5. */
const PARAMETER_COUNT = 5;
/** Nelder–Mead evaluation cap; each evaluation is one pass over the series. */
const MAX_EVALUATIONS = 60;
const SMOOTHING_KEYS = ["alpha", "beta", "phi"];
const STATE_KEYS = ["l0", "b0"];
/** Days the initial-state heuristic reads. */
const INIT_DAYS = 10;

/**
 * In-sample one-step SSE. Written on the one-step forecast f = ℓ + φb instead of ℓ:
 *   f(t+1) = (1 − α − φβ)·f(t) + (α + φβ)·y(t) + φ²·b(t−1),  b(t) = φ·b(t−1) + β·e(t)
 * — algebraically the recursion above, with a shorter floating-point dependency chain.
 */
function holtSse(y: readonly number[], alpha: number, beta: number, phi: number, l0: number, b0: number): number {
  const k1 = alpha + phi * beta;
  const keep = 1 - k1;
  const phi2 = phi * phi;
  let f = l0 + phi * b0;
  let b = b0;
  let sse = 0;
  for (let t = 0; t < y.length; t++) {
    const yt = y[t];
    const e = yt - f;
    sse += e * e;
    f = keep * f + (k1 * yt + phi2 * b);
    b = phi * b + beta * e;
  }
  return sse;
}

/** ℓ0, b0: least-squares line through the first min(10, lengthDays) days, intercept at day 0 (R `forecast:::initstate`). */
function initialStates(y: readonly number[], lengthDays: number): { l0: number; b0: number } {
  const n = Math.min(INIT_DAYS, lengthDays);
  let st = 0;
  let sy = 0;
  for (let t = 0; t < n; t++) {
    st += t + 1;
    sy += y[t];
  }
  const tBar = st / n;
  const yBar = sy / n;
  let sxy = 0;
  let sxx = 0;
  for (let t = 0; t < n; t++) {
    sxy += (t + 1 - tBar) * (y[t] - yBar);
    sxx += (t + 1 - tBar) * (t + 1 - tBar);
  }
  const b0 = sxx > 0 ? sxy / sxx : 0;
  return { l0: yBar - b0 * tBar, b0 };
}

/** Fixed parameters from `params`: α, β, φ (all or none, in range) and ℓ0, b0 (each optional). */
function readHoltParams(params: FitOptions["params"]): Result<{ smoothing: number[] | undefined; l0: number | undefined; b0: number | undefined }> {
  const fixed = readEtsParams(LABEL, params, SMOOTHING_KEYS, STATE_KEYS);
  if (!fixed.ok) return fixed;
  const { smoothing, states } = fixed.value;
  if (smoothing !== undefined) {
    const [alpha, beta, phi] = smoothing;
    for (const inRange of [
      checkWeight(LABEL, "alpha", alpha, 0, 1),
      checkWeight(LABEL, "beta", beta, 0, alpha, false, `alpha (${alpha})`),
      checkWeight(LABEL, "phi", phi, 0, 1, true),
    ]) {
      if (!inRange.ok) return inRange;
    }
  }
  return ok({ smoothing, l0: states[0], b0: states[1] });
}

/** The recursion over `y` from ℓ0, b0: the last level and trend and the one-step SSE, writing the one-step forecasts into `fitted` when given. */
function holtPass(y: readonly number[], alpha: number, beta: number, phi: number, l0: number, b0: number, fitted: number[] | null): { level: number; trend: number; sse: number } {
  let level = l0;
  let trend = b0;
  let sse = 0;
  for (let t = 0; t < y.length; t++) {
    const f = level + phi * trend;
    if (fitted) fitted[t] = f;
    const e = y[t] - f;
    sse += e * e;
    level = f + alpha * e;
    trend = phi * trend + beta * e;
  }
  return { level, trend, sse };
}

function fitHoltDamped(unitsPerDay: readonly number[], options: FitOptions = {}): Result<FittedModel> {
  const checked = validateSeries(unitsPerDay, MIN_LENGTH, LABEL);
  if (!checked.ok) return checked;
  const y = unitsPerDay;
  const fixed = readHoltParams(options.params);
  if (!fixed.ok) return fixed;
  const init = initialStates(y, y.length);
  const l0 = fixed.value.l0 ?? init.l0;
  const b0 = fixed.value.b0 ?? init.b0;

  let alpha: number;
  let beta: number;
  let phi: number;
  if (fixed.value.smoothing !== undefined) {
    [alpha, beta, phi] = fixed.value.smoothing;
  } else {
    // Search (α, u, φ) in a box, β = 0.0001 + u·(α − 0.0001), so that β ≤ α always holds.
    const betaOf = (a: number, u: number): number => BETA_MIN + u * (a - BETA_MIN);
    // Start α = 0.15, β ≈ 0.0075, φ = 0.95 with a wide first simplex: tuned on m5-tiny for
    // the 60-evaluation budget (mean SSE 0.015 % above a 3,000-evaluation search).
    const best = optimize((x) => holtSse(y, x[0], betaOf(x[0], x[1]), x[2], l0, b0), [0.15, 0.05, 0.95], [ALPHA[0], 0, PHI[0]], [ALPHA[1], 1, PHI[1]], {
      maxEvaluations: MAX_EVALUATIONS,
      initialStep: [0.2, 0.4, 0.1],
    });
    [alpha, beta, phi] = [best.x[0], betaOf(best.x[0], best.x[1]), best.x[2]];
  }

  const n = y.length;
  const { level, trend, sse } = holtPass(y, alpha, beta, phi, l0, b0, null);
  if (!Number.isFinite(sse) || !Number.isFinite(level) || !Number.isFinite(trend)) return modelFailed();
  // the fitted values only when read (the same pass again): the backtest fits for the parameters alone
  let fitted: number[] | null = null;
  // = residualSigma(y, fitted, 5), without a second pass
  const sigma = Math.sqrt(sse / Math.max(1, n - PARAMETER_COUNT));
  return ok({
    model: "holtDamped",
    params: { alpha, beta, phi, l0, b0 },
    get fitted() {
      if (!fitted) {
        fitted = new Array<number>(n);
        holtPass(y, alpha, beta, phi, l0, b0, fitted);
      }
      return fitted;
    },
    sigma,
    forecast(horizonDays: number) {
      const mean: number[] = [];
      const sd: number[] = [];
      let phiSum = 0; // φ + … + φ^h
      let phiPow = 1;
      let sumC2 = 0; // Σ_{j<h} c_j²
      for (let h = 1; h <= horizonDays; h++) {
        sd.push(sigma * Math.sqrt(1 + sumC2));
        phiPow *= phi;
        phiSum += phiPow;
        mean.push(level + phiSum * trend);
        const c = alpha + beta * phiSum; // c_h, used from step h + 1 on
        sumC2 += c * c;
      }
      return normalIntervals(mean, sd);
    },
  });
}

function modelFailed(): Result<never> {
  return err("MODEL_FAILED", `${LABEL} could not fit this series: the smoothing did not give finite values`);
}

/**
 * `holtDamped.forecastsAtOrigins`: one pass of the recursion, reading ℓ and b at each
 * origin. When ℓ0 or b0 is not given it comes from the first min(10, o) days, so origins
 * o < 10 restart the pass from their own start (at most 9 days each).
 */
function holtAtOrigins(
  unitsPerDay: readonly number[],
  params: Readonly<Record<string, number>>,
  originIndexes: readonly number[],
  horizonDays: number,
  options: FitOptions = {},
): Result<number[][]> {
  const y = unitsPerDay;
  const checked = validateSeries(y, MIN_LENGTH, LABEL);
  if (!checked.ok) return checked;
  const request = validateOrigins(LABEL, y.length, originIndexes, horizonDays, MIN_LENGTH);
  if (!request.ok) return request;
  const fixed = readHoltParams(params);
  if (!fixed.ok) return fixed;
  const { smoothing, l0, b0 } = fixed.value;
  // α, β, φ not fixed: fit optimises them on each history, which no single pass can share.
  if (smoothing === undefined) return refitAtOrigins(holtDamped, y, params, originIndexes, horizonDays, options);
  const [alpha, beta, phi] = smoothing;

  const phiSums = new Float64Array(horizonDays); // φ + … + φ^h, as in forecast()
  let phiPow = 1;
  let phiSum = 0;
  for (let h = 0; h < horizonDays; h++) {
    phiPow *= phi;
    phiSum += phiPow;
    phiSums[h] = phiSum;
  }
  const out: number[][] = [];
  let startDays = -1; // days the current pass's initial states were read from
  let level = 0;
  let trend = 0;
  let sse = 0;
  let t = 0;
  for (const o of originIndexes) {
    const days = l0 !== undefined && b0 !== undefined ? 0 : Math.min(INIT_DAYS, o);
    if (days !== startDays) {
      const init = days > 0 ? initialStates(y, days) : { l0: 0, b0: 0 };
      startDays = days;
      level = l0 ?? init.l0;
      trend = b0 ?? init.b0;
      sse = 0;
      t = 0;
    }
    for (; t < o; t++) {
      const f = level + phi * trend;
      const e = y[t] - f;
      sse += e * e;
      level = f + alpha * e;
      trend = phi * trend + beta * e;
    }
    if (!Number.isFinite(sse) || !Number.isFinite(level) || !Number.isFinite(trend)) return modelFailed();
    const row = new Array<number>(horizonDays); // horizonDays is checked: a whole number ≥ 1
    for (let h = 0; h < horizonDays; h++) row[h] = Math.max(0, level + phiSums[h] * trend); // clipped as normalIntervals does
    out.push(row);
  }
  return ok(out);
}

/**
 * Holt's method with a damped trend (ETS(A,Ad,N)): a level and a trend that fades out.
 * Formulas and sources in the file header.
 * @example holtDamped.fit([12, 13, 13.5], { params: { alpha: 0.5, beta: 0.25, phi: 0.5, l0: 10, b0: 4 } }) // forecast(2).mean [13.75, 13.875]
 * @example holtDamped.forecastsAtOrigins([12, 13, 13.5, 14], { alpha: 0.5, beta: 0.25, phi: 0.5, l0: 10, b0: 4 }, [3, 4], 1)
 *   // ok([[13.75], [14.03125]]): day 4 has error 0.25, so ℓ = 13.875, b = 0.3125; 13.875 + 0.5·0.3125
 */
export const holtDamped: ForecastModel = {
  name: "holtDamped",
  description: "A smoothed level plus a trend that fades out over the horizon; no weekly pattern.",
  minLength: () => MIN_LENGTH,
  fit: (unitsPerDay, options) => fitHoltDamped(unitsPerDay, options),
  forecastsAtOrigins: (unitsPerDay, params, originIndexes, horizonDays, options) => holtAtOrigins(unitsPerDay, params, originIndexes, horizonDays, options),
};
