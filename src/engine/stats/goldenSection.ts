/**
 * Golden-section search for the minimum of a one-dimensional function on an interval.
 * Kiefer (1953); Press et al., Numerical Recipes 3rd ed. §10.2. Each step keeps the
 * part of the bracket that must hold the minimum of a unimodal function and shrinks
 * it by 1/φ ≈ 0.618 (φ the golden ratio) with one new evaluation.
 */

/** Options for {@link goldenSection}. */
export interface GoldenSectionOptions {
  /** Stop when the bracket is narrower than this (same units as x; default 1e-5). */
  readonly tolerance?: number;
  /** Most evaluations, a hard cap (default 60). */
  readonly maxEvaluations?: number;
}

/** What {@link goldenSection} found. */
export interface GoldenSectionResult {
  /** Best x evaluated, inside [lower, upper]. */
  readonly x: number;
  /** f at `x` (Infinity when every value was non-finite). */
  readonly value: number;
  /** Evaluations used. */
  readonly evaluations: number;
}

const INV_PHI = (Math.sqrt(5) - 1) / 2; // 0.6180339887

/**
 * Minimises `f` on [lower, upper] by golden-section search. Exact for unimodal `f`
 * up to `tolerance`; for other `f` it returns a local minimum. Non-finite values
 * count as +∞. Deterministic. After about log(tolerance/(upper − lower))/log(0.618)
 * evaluations the bracket is below `tolerance` (1e-5 on [0, 1]: 24 evaluations).
 * @param f function of one variable to minimise
 * @param lower left end of the search interval
 * @param upper right end (≥ lower)
 * @example goldenSection((x) => (x - 2) ** 2 + 1, 0, 5).x // ≈ 2 (value ≈ 1)
 */
export function goldenSection(
  f: (x: number) => number,
  lower: number,
  upper: number,
  options: GoldenSectionOptions = {},
): GoldenSectionResult {
  const tolerance = options.tolerance ?? 1e-5;
  const maxEvaluations = Math.max(2, options.maxEvaluations ?? 60);
  const safe = (x: number): number => {
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  let a = lower;
  let b = upper;
  let c = b - INV_PHI * (b - a);
  let d = a + INV_PHI * (b - a);
  let fc = safe(c);
  let fd = safe(d);
  let evaluations = 2;
  let bestX = fc <= fd ? c : d;
  let bestValue = Math.min(fc, fd);
  while (b - a > tolerance && evaluations < maxEvaluations) {
    if (fc <= fd) {
      // minimum in [a, d]
      b = d;
      d = c;
      fd = fc;
      c = b - INV_PHI * (b - a);
      fc = safe(c);
      if (fc < bestValue) {
        bestValue = fc;
        bestX = c;
      }
    } else {
      // minimum in [c, b]
      a = c;
      c = d;
      fc = fd;
      d = a + INV_PHI * (b - a);
      fd = safe(d);
      if (fd < bestValue) {
        bestValue = fd;
        bestX = d;
      }
    }
    evaluations++;
  }
  return { x: bestX, value: bestValue, evaluations };
}
