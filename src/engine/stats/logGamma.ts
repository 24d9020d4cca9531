/**
 * Natural logarithm of the gamma function, ln Γ(x) for x > 0, by the Lanczos
 * approximation (g = 7, 9 coefficients; Numerical Recipes 3rd ed. §6.1 uses the
 * same family), accurate to about 1e-14 relative; the reflection formula is not
 * needed because callers pass x > 0.
 * @param x a positive number
 * @returns ln Γ(x); NaN for x ≤ 0
 * @example logGamma(5) // ln 24 = 3.1780538
 * @example logGamma(0.5) // ln √π = 0.5723649
 */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = C[0];
  const t = z + G + 0.5;
  for (let i = 1; i < C.length; i++) a += C[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const G = 7;
const C = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
];
