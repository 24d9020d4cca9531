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
 * @example ses.fit([10, 12, 8], { params: { alpha: 0.5, l0: 10 } }) // fitted [10, 10, 11]; forecast(1).mean [9.5]
 */
import { err, ok, type Result } from "../errors";
import { goldenSection } from "../stats/goldenSection";
import { normalIntervals } from "./intervals";
import type { FitOptions, FittedModel, ForecastModel } from "./model";
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

/** Reads an optional fixed parameter; undefined when absent, an error when not a number or out of range. */
function readParam(params: FitOptions["params"], key: string, lo: number, hi: number): Result<number | undefined> {
  const v = params?.[key];
  if (v === undefined) return ok(undefined);
  if (!Number.isFinite(v)) return err("NOT_A_NUMBER", `${LABEL}: parameter ${key} is not a number`, { argument: key });
  if (v < lo || v > hi) return err("OUT_OF_RANGE", `${LABEL}: parameter ${key} = ${v} must be between ${lo} and ${hi}`, { argument: key });
  return ok(v);
}

function fitSes(unitsPerDay: readonly number[], options: FitOptions = {}): Result<FittedModel> {
  const checked = validateSeries(unitsPerDay, 1, LABEL);
  if (!checked.ok) return checked;
  const y = unitsPerDay;
  const fixedAlpha = readParam(options.params, "alpha", 0, 1);
  if (!fixedAlpha.ok) return fixedAlpha;
  const fixedL0 = readParam(options.params, "l0", -Infinity, Infinity);
  if (!fixedL0.ok) return fixedL0;

  const best = { l0: 0 };
  let alpha = fixedAlpha.value;
  if (alpha === undefined) {
    const l0 = fixedL0.value;
    alpha = goldenSection((a) => sesSse(y, a, l0, best), ALPHA_MIN, ALPHA_MAX, { tolerance: 1e-3, maxEvaluations: 30 }).x;
  }
  const sse = sesSse(y, alpha, fixedL0.value, best);
  const l0 = fixedL0.value ?? best.l0;
  if (!Number.isFinite(sse) || !Number.isFinite(l0)) {
    return err("MODEL_FAILED", `${LABEL} could not fit this series: the values are too large to smooth`);
  }

  const fitted = new Array<number>(y.length);
  let level = l0;
  let sseFitted = 0;
  for (let t = 0; t < y.length; t++) {
    fitted[t] = level;
    const e = y[t] - level;
    sseFitted += e * e;
    level += alpha * e;
  }
  // = residualSigma(y, fitted, 2), without a second pass
  const sigma = Math.sqrt(sseFitted / Math.max(1, y.length - PARAMETER_COUNT));
  const a = alpha;
  const lastLevel = level;
  return ok({
    model: "ses",
    params: { alpha: a, l0 },
    fitted,
    sigma,
    forecast(horizonDays: number) {
      const steps = Array.from({ length: horizonDays }, (_, i) => i + 1);
      return normalIntervals(
        steps.map(() => lastLevel),
        steps.map((h) => sigma * Math.sqrt(1 + a * a * (h - 1))),
      );
    },
  });
}

/**
 * Simple exponential smoothing (ETS(A,N,N)): a level that follows recent sales, no trend,
 * no weekly pattern. Formulas and sources in the file header.
 * @example ses.fit([10, 12, 8], { params: { alpha: 0.5, l0: 10 } }) // forecast(2).mean [9.5, 9.5]
 */
export const ses: ForecastModel = {
  name: "ses",
  description: "A smoothed level that follows recent sales; no trend, no weekly pattern.",
  minLength: () => 1,
  fit: (unitsPerDay, options) => fitSes(unitsPerDay, options),
};
