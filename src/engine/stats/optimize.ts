/**
 * Bounded Nelder–Mead minimiser, shared by the exponential-smoothing models.
 *
 * Simplex method of Nelder & Mead (1965), Computer Journal 7(4):308–313, with the
 * usual coefficients reflection 1, expansion 2, contraction ½, shrink ½ (as in R's
 * `optim(method = "Nelder-Mead")` and Lagarias et al. 1998). Bounds are kept by the
 * sine transform of D'Errico's `fminsearchbnd` (MATLAB File Exchange):
 * x = lower + (upper − lower)·(sin z + 1)/2, the simplex moving freely in z; unlike
 * clamping, this never flattens the simplex onto a face and still reaches the bounds.
 * After convergence the search restarts from the best point with a fresh simplex
 * (Numerical Recipes §10.5 advice). Deterministic: the same inputs give the same answer.
 */

/** A function to minimise. It receives a scratch vector it must not keep or change. */
export type Objective = (x: Float64Array) => number;

/** Options for {@link optimize}. */
export interface OptimizeOptions {
  /** Most objective evaluations, a hard cap (default 200). */
  readonly maxEvaluations?: number;
  /**
   * Stop when the simplex's worst and best values differ by at most
   * `relativeTolerance · (|best| + relativeTolerance)` (R's `reltol`; default 1e-8).
   */
  readonly relativeTolerance?: number;
  /** Initial simplex step per coordinate (default 10 % of each bound range). */
  readonly initialStep?: readonly number[];
  /** Fresh-simplex restarts from the best point after convergence (default 1). */
  readonly restarts?: number;
}

/** What {@link optimize} found. */
export interface OptimizeResult {
  /** Best point found, inside the bounds. */
  readonly x: number[];
  /** Objective at `x` (Infinity when every point tried was non-finite). */
  readonly value: number;
  /** Objective evaluations used. */
  readonly evaluations: number;
  /** True when the tolerance was met before the evaluation cap. */
  readonly converged: boolean;
}

/**
 * Minimises `objective` over the box `lower ≤ x ≤ upper` by Nelder–Mead, starting
 * from `start` (clamped into the box). Non-finite objective values count as +∞.
 * Allocates only at the start: the objective is called with one reused scratch vector.
 * A coordinate with lower = upper stays fixed.
 * @param objective f(x) to minimise; must not keep or mutate its argument
 * @param start starting point (length k ≥ 1)
 * @param lower lower bounds (length k)
 * @param upper upper bounds (length k), each ≥ its lower bound
 * @example
 * // (x − 1)² + (y + 2)² on [−5, 5]²: minimum at (1, −2)
 * optimize((v) => (v[0] - 1) ** 2 + (v[1] + 2) ** 2, [0, 0], [-5, -5], [5, 5]).x // ≈ [1, −2]
 */
export function optimize(
  objective: Objective,
  start: readonly number[],
  lower: readonly number[],
  upper: readonly number[],
  options: OptimizeOptions = {},
): OptimizeResult {
  const k = start.length;
  const maxEvaluations = options.maxEvaluations ?? 200;
  const tol = options.relativeTolerance ?? 1e-8;
  const restarts = options.restarts ?? 1;
  const half = new Float64Array(k); // (upper − lower)/2
  for (let j = 0; j < k; j++) half[j] = (upper[j] - lower[j]) / 2;

  // The simplex lives in z-space; x = lower + (upper − lower)·(sin z + 1)/2 is always in the box.
  const simplex: Float64Array[] = [];
  for (let i = 0; i <= k; i++) simplex.push(new Float64Array(k));
  const values = new Float64Array(k + 1);
  const centroid = new Float64Array(k);
  const trial = new Float64Array(k);
  const trial2 = new Float64Array(k);
  const x = new Float64Array(k); // scratch point handed to the objective
  const best = new Float64Array(k); // best point, x-space
  const bestZ = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    best[j] = clamp(start[j], lower[j], upper[j]);
    bestZ[j] = toZ(best[j], j);
  }
  let bestValue = Number.POSITIVE_INFINITY;
  let evaluations = 0;
  let converged = false;

  function toZ(xj: number, j: number): number {
    return half[j] > 0 ? Math.asin(clamp((xj - lower[j]) / half[j] - 1, -1, 1)) : 0;
  }
  function evaluate(z: Float64Array): number {
    for (let j = 0; j < k; j++) x[j] = half[j] > 0 ? clamp(lower[j] + half[j] * (Math.sin(z[j]) + 1), lower[j], upper[j]) : lower[j];
    evaluations++;
    const v = objective(x);
    const value = Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
    if (value < bestValue) {
      bestValue = value;
      best.set(x);
      bestZ.set(z);
    }
    return value;
  }
  // target = centroid + coef · (worst − centroid)
  function move(target: Float64Array, worst: Float64Array, coef: number): void {
    for (let j = 0; j < k; j++) target[j] = centroid[j] + coef * (worst[j] - centroid[j]);
  }
  function accept(index: number, point: Float64Array, value: number): void {
    simplex[index].set(point);
    values[index] = value;
  }

  for (let run = 0; ; run++) {
    // A fresh simplex around the best point: vertex j moves x_j by its step (back if it would leave the box).
    const before = bestValue;
    simplex[0].set(bestZ);
    values[0] = bestValue === Number.POSITIVE_INFINITY ? evaluate(simplex[0]) : bestValue;
    for (let i = 1; i <= k && evaluations < maxEvaluations; i++) {
      const j = i - 1;
      const step = options.initialStep?.[j] ?? 0.1 * (upper[j] - lower[j]);
      const xj = best[j] + step <= upper[j] ? best[j] + step : Math.max(lower[j], best[j] - step);
      simplex[i].set(simplex[0]);
      simplex[i][j] = half[j] > 0 && xj !== best[j] ? toZ(xj, j) : simplex[0][j] + 0.1;
      values[i] = evaluate(simplex[i]);
    }
    converged = false;

    while (evaluations < maxEvaluations) {
      // lo = best vertex, hi = worst, nh = second worst
      let lo = 0;
      let hi = 0;
      for (let i = 1; i <= k; i++) {
        if (values[i] < values[lo]) lo = i;
        if (values[i] > values[hi]) hi = i;
      }
      let nh = lo;
      for (let i = 0; i <= k; i++) if (i !== hi && values[i] > values[nh]) nh = i;
      if (values[hi] <= values[lo] + tol * (Math.abs(values[lo]) + tol)) {
        converged = true;
        break;
      }
      centroid.fill(0);
      for (let i = 0; i <= k; i++) if (i !== hi) for (let j = 0; j < k; j++) centroid[j] += simplex[i][j] / k;

      move(trial, simplex[hi], -1); // reflection
      const fr = evaluate(trial);
      if (fr < values[lo]) {
        move(trial2, simplex[hi], -2); // expansion
        const fe = evaluations < maxEvaluations ? evaluate(trial2) : Number.POSITIVE_INFINITY;
        if (fe < fr) accept(hi, trial2, fe);
        else accept(hi, trial, fr);
      } else if (fr < values[nh]) {
        accept(hi, trial, fr);
      } else {
        move(trial2, simplex[hi], fr < values[hi] ? -0.5 : 0.5); // outside / inside contraction
        const fc = evaluations < maxEvaluations ? evaluate(trial2) : Number.POSITIVE_INFINITY;
        if (fc < Math.min(fr, values[hi])) {
          accept(hi, trial2, fc);
        } else {
          // shrink toward the best vertex
          for (let i = 0; i <= k && evaluations < maxEvaluations; i++) {
            if (i === lo) continue;
            for (let j = 0; j < k; j++) simplex[i][j] = simplex[lo][j] + 0.5 * (simplex[i][j] - simplex[lo][j]);
            values[i] = evaluate(simplex[i]);
          }
        }
      }
    }

    // Restart while restarts remain and the last restart still helped.
    const improved = !(bestValue >= before - tol * (Math.abs(before) + tol));
    if (run >= restarts || evaluations >= maxEvaluations || (run > 0 && !improved)) break;
  }

  return { x: Array.from(best), value: bestValue, evaluations, converged };
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
