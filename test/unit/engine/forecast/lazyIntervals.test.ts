import { lazyIntervals } from "../../../../src/engine/forecast/lazyIntervals";
import { normalIntervals } from "../../../../src/engine/forecast/intervals";

describe("lazyIntervals", () => {
  it("makes the bounds once, at the first read, and never for the mean alone", () => {
    let made = 0;
    const r = lazyIntervals([5], () => {
      made++;
      return { lower: { 80: [3], 95: [2] }, upper: { 80: [7], 95: [8] } };
    });
    expect(r.mean).toEqual([5]);
    expect(made).toBe(0);
    expect(r.upper[95]).toEqual([8]);
    expect(r.lower[80]).toEqual([3]);
    expect(made).toBe(1);
  });

  it("gives normalIntervals the same bounds as before, read late", () => {
    // hand: 10 ± 1.959964·2 = [6.080072, 13.919928]; 10 − 1.281552·2 = 7.436897
    const r = normalIntervals([10], [2]);
    expect(r.upper[95][0]).toBeCloseTo(13.919928, 5);
    expect(r.lower[95][0]).toBeCloseTo(6.080072, 5);
    expect(r.lower[80][0]).toBeCloseTo(7.436897, 5);
    expect({ ...r }).toEqual({ mean: [10], lower: r.lower, upper: r.upper });
  });
});
