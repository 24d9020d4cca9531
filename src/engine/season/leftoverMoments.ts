/**
 * What a stock leaves over, and sells, against a random demand: the newsvendor's expected
 * leftover and its variance, the expected sales (issue 12 §1, §2).
 */
import type { CountDistribution } from "../stats/countDistribution";
import { logGamma } from "../stats/logGamma";

/** The leftover of `stockUnits` against a demand, and the sales, in expectation (units, units²). */
export interface LeftoverMoments {
  /** E[(S − D)⁺], units. */
  readonly meanUnits: number;
  /** Var[(S − D)⁺], units². */
  readonly varianceUnits2: number;
  /** E[min(S, D)] = S − E[(S − D)⁺], units. */
  readonly expectedSalesUnits: number;
}

/** Beyond this many standard deviations from the mean the CDF is taken as 0 or 1. */
const TAIL_SDS = 12;

/** log P(D = k) of a Poisson or negative binomial (size r, p = r ÷ (r + mean)). */
function logMass(demand: CountDistribution, k: number): number {
  if (demand.family === "poisson") return k * Math.log(demand.mean) - demand.mean - logGamma(k + 1);
  const r = demand.size;
  const p = r / (r + demand.mean);
  return logGamma(k + r) - logGamma(r) - logGamma(k + 1) + r * Math.log(p) + k * Math.log(1 - p);
}

/** P(D = k + 1) ÷ P(D = k): λ ÷ (k + 1) for Poisson, (k + r)(1 − p) ÷ (k + 1) for the negative binomial. */
function massRatio(demand: CountDistribution, k: number): number {
  if (demand.family === "poisson") return demand.mean / (k + 1);
  const r = demand.size;
  return ((k + r) * (demand.mean / (r + demand.mean))) / (k + 1);
}

/**
 * The leftover L = (S − D)⁺ of a stock of S units (not necessarily whole) against a count demand D
 * with CDF F, from the identities (S − D)⁺ = ∫₀^S 1[D ≤ t] dt and ((S − D)⁺)² = ∫₀^S 2(S − t)·1[D ≤ t] dt
 * (F is a step function: F(t) = F(⌊t⌋)):
 *   E[L]  = Σ_{k=0}^{⌊S⌋−1} F(k) + (S − ⌊S⌋)·F(⌊S⌋)
 *   E[L²] = Σ_{k=0}^{⌊S⌋−1} F(k)·(2S − 2k − 1) + (S − ⌊S⌋)²·F(⌊S⌋)
 * Var L = E[L²] − E[L]², expected sales E[min(S, D)] = S − E[L]. F is taken as 0 more than 12 standard
 * deviations below the mean and 1 as many above (those terms summed in closed form); in between it is
 * accumulated from the probability mass, each term from the one before (P(k + 1) = P(k) × ratio), so a
 * SKU costs one CDF and one log-mass evaluation, not one per unit.
 * @param demand the demand's count distribution (units)
 * @param stockUnits the stock S ≥ 0, units
 * @example leftoverMoments(countDistribution(2, 2), 3)
 * // hand, Poisson(2): F(0) = e⁻² = 0.13534, F(1) = 3e⁻² = 0.40601, F(2) = 5e⁻² = 0.67668;
 * // E[L] = 0.13534 + 0.40601 + 0.67668 = 1.21802; E[L²] = 5·0.13534 + 3·0.40601 + 1·0.67668 = 2.57137;
 * // Var = 2.57137 − 1.21802² = 1.08780; sales 3 − 1.21802 = 1.78198
 */
export function leftoverMoments(demand: CountDistribution, stockUnits: number): LeftoverMoments {
  const s = Math.max(0, Number.isFinite(stockUnits) ? stockUnits : 0);
  const whole = Math.floor(s);
  const frac = s - whole;
  const sd = Math.sqrt(Math.max(0, demand.variance));
  const lo = Math.max(0, Math.floor(demand.mean - TAIL_SDS * sd) - 1);
  const hi = Math.max(lo, Math.ceil(demand.mean + TAIL_SDS * sd) + 1);
  let first = 0;
  let second = 0;
  // F(k) for k = lo … : the CDF once, then its mass term by term (a point mass at 0 has F = 1 throughout).
  const point = demand.family === "point";
  let f = demand.cdf(lo);
  let mass = point ? 0 : Math.exp(logMass(demand, lo));
  const top = Math.min(whole - 1, hi);
  for (let k = lo; k <= top; k++) {
    first += f;
    second += f * (2 * s - 2 * k - 1);
    if (!point) {
      mass *= massRatio(demand, k);
      f = Math.min(1, f + mass);
    }
  }
  // k in (hi, whole − 1]: F = 1. Σ (2S − 2k − 1) over n consecutive k from a to b is n·(2S − 1 − (a + b)).
  if (whole - 1 > hi) {
    const a = hi + 1;
    const b = whole - 1;
    const n = b - a + 1;
    first += n;
    second += n * (2 * s - 1 - (a + b));
  }
  if (frac > 0) {
    const fWhole = whole > hi ? 1 : demand.cdf(whole);
    first += frac * fWhole;
    second += frac * frac * fWhole;
  }
  const meanUnits = Math.min(s, Math.max(0, first));
  return { meanUnits, varianceUnits2: Math.max(0, second - meanUnits * meanUnits), expectedSalesUnits: s - meanUnits };
}
