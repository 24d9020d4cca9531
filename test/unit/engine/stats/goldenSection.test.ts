import { goldenSection } from "../../../../src/engine/stats/goldenSection";

describe("goldenSection", () => {
  it("finds the vertex of a parabola", () => {
    // hand: (x − 2)² + 1 is smallest, 1, at x = 2
    const r = goldenSection((x) => (x - 2) ** 2 + 1, 0, 5);
    expect(r.x).toBeCloseTo(2, 5);
    expect(r.value).toBeCloseTo(1, 9);
  });

  it("shrinks the bracket by 0.618 per evaluation", () => {
    // hand: width 5·0.618034^k < 1e-5 first at k = 28 (5·0.618^27 = 1.14e-5, 5·0.618^28 = 7.0e-6): 2 + 28 evaluations
    let calls = 0;
    const r = goldenSection((x) => (calls++, (x - 2) ** 2), 0, 5, { tolerance: 1e-5 });
    expect(r.evaluations).toBe(30);
    expect(calls).toBe(30);
  });

  it("converges to the end of the interval when the minimum lies beyond it", () => {
    // hand: (x + 1)² on [0, 3] is smallest at the left end, x = 0
    const r = goldenSection((x) => (x + 1) ** 2, 0, 3, { tolerance: 1e-6 });
    expect(r.x).toBeGreaterThanOrEqual(0);
    expect(r.x).toBeLessThan(1e-5);
  });

  it("keeps to its evaluation cap", () => {
    const r = goldenSection((x) => (x - 0.3) ** 2, 0, 1, { tolerance: 1e-12, maxEvaluations: 12 });
    expect(r.evaluations).toBe(12);
    // hand: after 10 shrinks the bracket is 0.618^10 = 0.0081 wide and still holds 0.3
    expect(Math.abs(r.x - 0.3)).toBeLessThan(0.0081);
  });

  it("treats NaN as worse than any number", () => {
    // hand: finite only below 0.5, smallest at 0.25
    const r = goldenSection((x) => (x >= 0.5 ? Number.NaN : (x - 0.25) ** 2), 0, 1);
    expect(r.x).toBeCloseTo(0.25, 4);
    expect(goldenSection(() => Number.NaN, 0, 1).value).toBe(Number.POSITIVE_INFINITY);
  });
});
