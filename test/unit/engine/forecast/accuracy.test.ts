import { bias, mase, meanAbsoluteError, naiveScale, wape } from "../../../../src/engine/forecast/accuracy";

describe("accuracy measures", () => {
  it("scales MASE by the in-sample naive error", () => {
    // hand: scale = (|2−1| + |4−2|)/2 = 1.5; MAE = (|3−4| + |5−4|)/2 = 1 → 0.6667
    expect(naiveScale([1, 2, 4])).toBe(1.5);
    expect(meanAbsoluteError([3, 5], [4, 4])).toBe(1);
    expect(mase([3, 5], [4, 4], [1, 2, 4])).toBeCloseTo(2 / 3, 12);
    // hand: seasonal scale with lag 2 on [1, 2, 4, 6]: (|4−1| + |6−2|)/2 = 3.5
    expect(naiveScale([1, 2, 4, 6], 2)).toBe(3.5);
  });

  it("gives MASE 0 for an exact forecast on a constant history, Infinity otherwise", () => {
    expect(mase([5, 5], [5, 5], [5, 5, 5])).toBe(0);
    expect(mase([5, 6], [5, 5], [5, 5, 5])).toBe(Number.POSITIVE_INFINITY);
  });

  it("computes WAPE and bias on totals", () => {
    // hand: Σ|e| = 2 + 1 + 0 = 3, Σ actual = 20 → 0.15
    expect(wape([10, 0, 10], [8, 1, 10])).toBeCloseTo(0.15, 12);
    // hand: Σ(f − a) = 2 + 1 = 3 → +0.15 (over-forecast)
    expect(bias([10, 10], [12, 11])).toBeCloseTo(0.15, 12);
    expect(bias([10, 10], [8, 9])).toBeCloseTo(-0.15, 12);
    expect(wape([0, 0], [0, 0])).toBe(0);
    expect(wape([0, 0], [1, 0])).toBe(Number.POSITIVE_INFINITY);
  });
});
