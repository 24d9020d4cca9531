/**
 * The regularised incomplete beta function I_x(a, b) = B(x; a, b) ÷ B(a, b), the
 * CDF of a Beta(a, b) variable, by Lentz's continued fraction (Numerical Recipes
 * 3rd ed. §6.4, `betai`/`betacf`), using the symmetry I_x(a, b) = 1 − I_{1−x}(b, a)
 * where the fraction converges slowly.
 * @param x in [0, 1]
 * @param a shape, > 0
 * @param b shape, > 0
 * @returns I_x(a, b) in [0, 1]; NaN for arguments outside their ranges
 * @example regularizedIncompleteBeta(0.5, 2, 3) // 0.6875   (hand: 1 − (1−x)⁴ − 4x(1−x)³·… = 11/16)
 */
import { logGamma } from "./logGamma";

export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (!(a > 0 && b > 0 && x >= 0 && x <= 1)) return Number.NaN;
  if (x === 0) return 0;
  if (x === 1) return 1;
  const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * betaContinuedFraction(x, a, b)) / a;
  return 1 - (Math.exp(logFront) * betaContinuedFraction(1 - x, b, a)) / b;
}

const TINY = 1e-300;
const EPS = 1e-15;
const MAX_ITERATIONS = 10_000;

/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}
