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
 * @example
 * // α = 0.5, β = 0.25, φ = 0.5, ℓ0 = 10, b0 = 4: fitted [12, 13, 13.5], then ℓ = 13.5, b = 0.5
 * holtDamped.fit([12, 13, 13.5], { params: { alpha: 0.5, beta: 0.25, phi: 0.5, l0: 10, b0: 4 } })
 *   .forecast(2).mean // [13.75, 13.875] = 13.5 + 0.5·0.5, 13.5 + (0.5 + 0.25)·0.5
 */
import { err, ok, type Result } from "../errors";
import { optimize } from "../stats/optimize";
import { normalIntervals } from "./intervals";
import type { FitOptions, FittedModel, ForecastModel } from "./model";
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
const SMOOTHING_KEYS = ["alpha", "beta", "phi"] as const;

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

/** ℓ0, b0: least-squares line through the first min(10, n) days, intercept at day 0 (R `forecast:::initstate`). */
function initialStates(y: readonly number[]): { l0: number; b0: number } {
  const n = Math.min(10, y.length);
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

function fitHoltDamped(unitsPerDay: readonly number[], options: FitOptions = {}): Result<FittedModel> {
  const checked = validateSeries(unitsPerDay, MIN_LENGTH, LABEL);
  if (!checked.ok) return checked;
  const y = unitsPerDay;
  const given = options.params ?? {};
  const present = SMOOTHING_KEYS.filter((key) => given[key] !== undefined);
  if (present.length > 0 && present.length < SMOOTHING_KEYS.length) {
    const missing = SMOOTHING_KEYS.filter((key) => given[key] === undefined).join(", ");
    return err("MISSING_VALUE", `${LABEL}: fixed parameters need alpha, beta and phi together; missing ${missing}`, { argument: missing });
  }
  for (const key of ["alpha", "beta", "phi", "l0", "b0"]) {
    const v = given[key];
    if (v !== undefined && !Number.isFinite(v)) return err("NOT_A_NUMBER", `${LABEL}: parameter ${key} is not a number`, { argument: key });
  }
  const init = initialStates(y);
  const l0 = given.l0 ?? init.l0;
  const b0 = given.b0 ?? init.b0;

  let alpha: number;
  let beta: number;
  let phi: number;
  if (present.length === SMOOTHING_KEYS.length) {
    [alpha, beta, phi] = [given.alpha, given.beta, given.phi];
    if (!(alpha >= 0 && alpha <= 1)) return outOfRange("alpha", alpha, "between 0 and 1");
    if (!(beta >= 0 && beta <= alpha)) return outOfRange("beta", beta, `between 0 and alpha (${alpha})`);
    if (!(phi > 0 && phi <= 1)) return outOfRange("phi", phi, "above 0 and at most 1");
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
  const fitted = new Array<number>(n);
  let level = l0;
  let trend = b0;
  let sse = 0;
  for (let t = 0; t < n; t++) {
    const f = level + phi * trend;
    fitted[t] = f;
    const e = y[t] - f;
    sse += e * e;
    level = f + alpha * e;
    trend = phi * trend + beta * e;
  }
  if (!Number.isFinite(sse) || !Number.isFinite(level) || !Number.isFinite(trend)) {
    return err("MODEL_FAILED", `${LABEL} could not fit this series: the smoothing did not give finite values`);
  }
  // = residualSigma(y, fitted, 5), without a second pass
  const sigma = Math.sqrt(sse / Math.max(1, n - PARAMETER_COUNT));
  return ok({
    model: "holtDamped",
    params: { alpha, beta, phi, l0, b0 },
    fitted,
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

function outOfRange(key: string, value: number, range: string): Result<never> {
  return err("OUT_OF_RANGE", `${LABEL}: parameter ${key} = ${value} must be ${range}`, { argument: key });
}

/**
 * Holt's method with a damped trend (ETS(A,Ad,N)): a level and a trend that fades out.
 * Formulas and sources in the file header.
 * @example holtDamped.fit([12, 13, 13.5], { params: { alpha: 0.5, beta: 0.25, phi: 0.5, l0: 10, b0: 4 } }) // forecast(2).mean [13.75, 13.875]
 */
export const holtDamped: ForecastModel = {
  name: "holtDamped",
  description: "A smoothed level plus a trend that fades out over the horizon; no weekly pattern.",
  minLength: () => MIN_LENGTH,
  fit: (unitsPerDay, options) => fitHoltDamped(unitsPerDay, options),
};
