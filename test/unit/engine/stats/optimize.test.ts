import { optimize } from "../../../../src/engine/stats/optimize";

describe("optimize (bounded Nelder–Mead)", () => {
  it("finds the minimum of a quadratic bowl", () => {
    // hand: (x − 1)² + (y + 2)² is smallest, 0, at (1, −2)
    const r = optimize((v) => (v[0] - 1) ** 2 + (v[1] + 2) ** 2, [0, 0], [-5, -5], [5, 5], { maxEvaluations: 500 });
    expect(r.x[0]).toBeCloseTo(1, 4);
    expect(r.x[1]).toBeCloseTo(-2, 4);
    expect(r.value).toBeLessThan(1e-8);
    expect(r.converged).toBe(true);
  });

  it("finds the minimum of Rosenbrock's banana valley", () => {
    // textbook: Rosenbrock (1960) f = 100(y − x²)² + (1 − x)², minimum 0 at (1, 1); classic start (−1.2, 1)
    const rosen = (v: Float64Array): number => 100 * (v[1] - v[0] * v[0]) ** 2 + (1 - v[0]) ** 2;
    const r = optimize(rosen, [-1.2, 1], [-5, -5], [5, 5], { maxEvaluations: 2000, relativeTolerance: 1e-12 });
    expect(r.x[0]).toBeCloseTo(1, 3);
    expect(r.x[1]).toBeCloseTo(1, 3);
    expect(r.value).toBeLessThan(1e-6);
  });

  it("minimises a badly scaled three-dimensional quadratic", () => {
    // hand: minimum 0 at (0.3, 0.01, 0.9), the scale of (α, β, φ)
    const f = (v: Float64Array): number => (v[0] - 0.3) ** 2 + 100 * (v[1] - 0.01) ** 2 + 10 * (v[2] - 0.9) ** 2;
    const r = optimize(f, [0.2, 0.2, 0.95], [0, 0, 0.8], [1, 1, 0.98], { maxEvaluations: 1000, relativeTolerance: 1e-14 });
    expect(r.x[0]).toBeCloseTo(0.3, 4);
    expect(r.x[1]).toBeCloseTo(0.01, 4);
    expect(r.x[2]).toBeCloseTo(0.9, 4);
  });

  it("stops on the bound when the unconstrained minimum lies outside the box", () => {
    // hand: (x − 3)² + (y − 0.5)² on [0, 1]²: x pinned at its upper bound 1, y = 0.5, value 4
    const r = optimize((v) => (v[0] - 3) ** 2 + (v[1] - 0.5) ** 2, [0.5, 0.2], [0, 0], [1, 1], { maxEvaluations: 500, relativeTolerance: 1e-14 });
    expect(r.x[0]).toBeCloseTo(1, 6);
    expect(r.x[1]).toBeCloseTo(0.5, 4);
    expect(r.value).toBeCloseTo(4, 6);
  });

  it("never evaluates outside the bounds, even from a start outside them", () => {
    let outside = 0;
    const r = optimize(
      (v) => {
        if (v[0] < -1 || v[0] > 2 || v[1] < -1 || v[1] > 2) outside++;
        return (v[0] + 4) ** 2 + (v[1] - 9) ** 2;
      },
      [10, -10],
      [-1, -1],
      [2, 2],
    );
    expect(outside).toBe(0);
    // hand: nearest box point to (−4, 9) is the corner (−1, 2)
    expect(r.x[0]).toBeCloseTo(-1, 6);
    expect(r.x[1]).toBeCloseTo(2, 6);
  });

  it("holds a coordinate fixed when its lower and upper bounds are equal", () => {
    // hand: with y fixed at 0.7, (x − 0.2)² + (y − 0.4)² is smallest at x = 0.2, value 0.09
    const seen = new Set<number>();
    const r = optimize((v) => (seen.add(v[1]), (v[0] - 0.2) ** 2 + (v[1] - 0.4) ** 2), [0.5, 0.7], [0, 0.7], [1, 0.7], { maxEvaluations: 300 });
    expect([...seen]).toEqual([0.7]);
    expect(r.x[0]).toBeCloseTo(0.2, 4);
    expect(r.value).toBeCloseTo(0.09, 8);
  });

  it("keeps to its evaluation cap and reports the count it used", () => {
    let calls = 0;
    const rosen = (v: Float64Array): number => {
      calls++;
      return 100 * (v[1] - v[0] * v[0]) ** 2 + (1 - v[0]) ** 2;
    };
    const r = optimize(rosen, [-1.2, 1], [-5, -5], [5, 5], { maxEvaluations: 25 });
    expect(calls).toBe(r.evaluations);
    expect(r.evaluations).toBeLessThanOrEqual(25);
    expect(r.converged).toBe(false);
    // the value reported is the objective at the point reported
    expect(rosen(Float64Array.from(r.x))).toBe(r.value);
  });

  it("treats NaN and infinite values as worse than any finite one", () => {
    // hand: finite only for x ≤ 0.5, where (x − 0.2)² is smallest at 0.2
    const r = optimize((v) => (v[0] > 0.5 ? Number.NaN : (v[0] - 0.2) ** 2), [0.45], [0], [1], { maxEvaluations: 300 });
    expect(r.x[0]).toBeCloseTo(0.2, 4);
    const none = optimize(() => Number.POSITIVE_INFINITY, [0.5, 0.5], [0, 0], [1, 1], { maxEvaluations: 30 });
    expect(none.value).toBe(Number.POSITIVE_INFINITY);
    expect(none.x.every(Number.isFinite)).toBe(true);
  });

  it("gives the same answer every time and leaves its inputs alone", () => {
    const start = Object.freeze([0.1, 0.1]);
    const lower = Object.freeze([0, 0]);
    const upper = Object.freeze([1, 1]);
    const f = (v: Float64Array): number => Math.abs(v[0] - 0.37) + (v[1] - 0.61) ** 2;
    const a = optimize(f, start, lower, upper, { maxEvaluations: 80 });
    const b = optimize(f, start, lower, upper, { maxEvaluations: 80 });
    expect(a).toEqual(b);
    expect(start).toEqual([0.1, 0.1]);
  });
});
