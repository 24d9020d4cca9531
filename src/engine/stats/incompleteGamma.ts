/**
 * The regularised upper incomplete gamma function Q(a, x) = Γ(a, x) ÷ Γ(a), by its
 * series for x < a + 1 and Lentz's continued fraction otherwise (Numerical Recipes
 * 3rd ed. §6.2, `gammq`). Q(k + 1, μ) is the Poisson CDF P(X ≤ k) for mean μ.
 * @param a shape, > 0
 * @param x ≥ 0
 * @returns Q(a, x) in [0, 1]; NaN outside the ranges
 * @example regularizedUpperGamma(3, 2) // 0.6766764   (hand: e⁻²·(1 + 2 + 2) = Poisson(2) P(X ≤ 2))
 */
import { logGamma } from "./logGamma";

export function regularizedUpperGamma(a: number, x: number): number {
  if (!(a > 0 && x >= 0)) return Number.NaN;
  if (x === 0) return 1;
  const logFront = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    // P(a, x) by its series Σ xⁿ ÷ (a(a+1)…(a+n))
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_ITERATIONS; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPS) break;
    }
    return Math.max(0, 1 - sum * Math.exp(logFront));
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return Math.min(1, Math.exp(logFront) * h);
}

const TINY = 1e-300;
const EPS = 1e-15;
const MAX_ITERATIONS = 10_000;
