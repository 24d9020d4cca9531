/**
 * The distribution of a count of units (a day's or a window's demand) from its
 * mean and variance: Poisson when the variance does not exceed the mean, else the
 * negative binomial with the same two moments (size r = mean² ÷ (variance − mean),
 * as R's `dnbinom(x, size, mu)`). Demand counts are over-dispersed: the forecast's
 * own error and day-to-day noise add to the Poisson noise (Syntetos & Boylan; the
 * M5 competition's uncertainty track used the same family).
 *
 * Quantiles are given two ways:
 * - `wholeUnits(p)`: the smallest whole k with P(X ≤ k) ≥ p, R's `qnbinom`/`qpois`,
 *   the stock that meets demand with probability ≥ p (the newsvendor quantity);
 * - `quantile(p)`: the mid-distribution quantile, the inverse of the CDF of
 *   X + U(−½, ½) (Parzen 2004, "Quantile probability and statistical data modeling"):
 *   between k − ½ and k + ½ where k = wholeUnits(p). A whole quantile over-covers a
 *   count with most of its mass on a few values (a 0.3/day SKU: P(X ≤ 0) = 0.74, so
 *   P90 = 1 covers 96 % of days); the mid-quantile covers p on average, so its
 *   "share at or below P90" is 90 % when the model is right.
 */
import { regularizedIncompleteBeta } from "./incompleteBeta";
import { regularizedUpperGamma } from "./incompleteGamma";
import { normalQuantile } from "./normalQuantile";

/** A count distribution with its two moments and quantiles (units). */
export interface CountDistribution {
  readonly family: "point" | "poisson" | "negativeBinomial";
  /** Mean, units. */
  readonly mean: number;
  /** Variance, units². */
  readonly variance: number;
  /** Negative binomial size r (Infinity for Poisson and the point mass at 0). */
  readonly size: number;
  /** P(X ≤ ⌊units⌋); 0 below 0. */
  cdf(units: number): number;
  /** Smallest whole k with P(X ≤ k) ≥ p, for p in (0, 1): R's qnbinom / qpois. */
  wholeUnits(p: number): number;
  /** Mid-distribution quantile for p in (0, 1), units (not whole), never below 0. */
  quantile(p: number): number;
}

/**
 * Makes the count distribution with `meanUnits` and `varianceUnits2`.
 * @param meanUnits mean ≥ 0, units
 * @param varianceUnits2 variance, units²; at most the mean gives Poisson
 * @example countDistribution(2, 2).wholeUnits(0.9) // 4   (R: qpois(0.9, 2))
 * @example countDistribution(10, 60).wholeUnits(0.9) // 20   (R: qnbinom(0.9, size = 2, mu = 10))
 */
export function countDistribution(meanUnits: number, varianceUnits2: number): CountDistribution {
  const mean = Number.isFinite(meanUnits) && meanUnits > 0 ? meanUnits : 0;
  if (mean === 0) return pointAtZero;
  const overdispersed = varianceUnits2 > mean * (1 + 1e-9) && Number.isFinite(varianceUnits2);
  const variance = overdispersed ? varianceUnits2 : mean;
  const size = overdispersed ? (mean * mean) / (variance - mean) : Number.POSITIVE_INFINITY;
  const prob = overdispersed ? size / (size + mean) : 1;
  const exact = overdispersed
    ? (k: number) => regularizedIncompleteBeta(prob, size, k + 1)
    : (k: number) => regularizedUpperGamma(k + 1, mean);
  const cdfWhole = mean <= SUMMED_MEAN_MAX ? summedCdf(overdispersed ? size : Number.POSITIVE_INFINITY, mean, exact) : exact;
  const cdf = (units: number): number => (units < 0 ? 0 : cdfWhole(Math.floor(units)));
  const wholeUnits = (p: number): number => smallestWholeAtLeast(cdfWhole, p, mean, Math.sqrt(variance));
  return {
    family: overdispersed ? "negativeBinomial" : "poisson",
    mean,
    variance,
    size,
    cdf,
    wholeUnits,
    quantile(p: number): number {
      const k = wholeUnits(p);
      const below = k > 0 ? cdfWhole(k - 1) : 0;
      const mass = cdfWhole(k) - below;
      const q = mass > 0 ? k - 0.5 + (p - below) / mass : k;
      return Math.max(0, q);
    },
  };
}

/**
 * Means up to this (units) get their CDF by summing the probabilities from 0 (a day's
 * demand, mostly): P(X = 0) = (r ÷ (r + μ))^r ≥ e^−μ stays far from underflow.
 */
const SUMMED_MEAN_MAX = 200;
/** Past this many units the summed table hands over to the exact function (a very long tail). */
const SUMMED_LENGTH_MAX = 20_000;

/**
 * P(X ≤ k) by summing P(X = j) for j ≤ k, extended as far as asked and kept: the
 * probabilities by their recurrences, P(j + 1) = P(j) · (j + r) ÷ (j + 1) · μ ÷ (r + μ)
 * for the negative binomial (r = size) and P(j + 1) = P(j) · μ ÷ (j + 1) for Poisson
 * (r = Infinity). Many quantiles and CDF values of one distribution then cost a few
 * multiplications each instead of a continued fraction; the sum agrees with the
 * incomplete beta and gamma functions to about 1e-14.
 */
function summedCdf(size: number, mean: number, exact: (k: number) => number): (k: number) => number {
  const poisson = !Number.isFinite(size);
  const ratio = poisson ? 0 : mean / (size + mean);
  let pmf = poisson ? Math.exp(-mean) : Math.exp(size * Math.log(size / (size + mean)));
  const table: number[] = [pmf];
  return (k: number): number => {
    if (k < 0) return 0;
    if (k >= SUMMED_LENGTH_MAX) return exact(k);
    while (table.length <= k) {
      const j = table.length - 1;
      pmf *= poisson ? mean / (j + 1) : ((j + size) / (j + 1)) * ratio;
      table.push(Math.min(1, table[j] + pmf));
    }
    return table[k];
  };
}

const pointAtZero: CountDistribution = {
  family: "point",
  mean: 0,
  variance: 0,
  size: Number.POSITIVE_INFINITY,
  cdf: (units) => (units < 0 ? 0 : 1),
  wholeUnits: () => 0,
  quantile: () => 0,
};

/**
 * Smallest whole k ≥ 0 with cdf(k) ≥ p: from the normal guess μ + z·σ, a galloping
 * search for a bracket, then bisection (O(log σ) CDF evaluations).
 */
function smallestWholeAtLeast(cdf: (k: number) => number, p: number, mean: number, sd: number): number {
  if (!(p > 0 && p < 1)) return Number.NaN;
  const guess = Math.max(0, Math.floor(mean + normalQuantile(p) * sd));
  let lo: number; // cdf(lo) < p, or lo = −1
  let hi: number; // cdf(hi) ≥ p
  if (cdf(guess) >= p) {
    hi = guess;
    let step = 1;
    lo = guess - step;
    while (lo >= 0 && cdf(lo) >= p) {
      hi = lo;
      step *= 2;
      lo = hi - step;
    }
    lo = Math.max(lo, -1);
  } else {
    lo = guess;
    let step = 1;
    hi = guess + step;
    while (cdf(hi) < p) {
      lo = hi;
      step *= 2;
      hi = lo + step;
    }
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (cdf(mid) >= p) hi = mid;
    else lo = mid;
  }
  return hi;
}
