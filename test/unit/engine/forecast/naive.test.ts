import { naive } from "../../../../src/engine/forecast/naive";

describe("naive", () => {
  it("repeats the last day with a random-walk interval", () => {
    const fit = naive.fit([3, 5, 4]);
    if (!fit.ok) throw new Error(fit.error.message);
    // hand: residuals 5−3 = 2, 4−5 = −1 → σ = √((4 + 1)/2) = 1.5811
    expect(fit.value.sigma).toBeCloseTo(Math.sqrt(2.5), 12);
    const f = fit.value.forecast(2);
    expect(f.mean).toEqual([4, 4]);
    // FPP3 Table 5.2: sd(h) = σ√h; 80 %: 4 + 1.28155·1.5811·√2 = 6.8657
    expect(f.upper[80][1]).toBeCloseTo(4 + 1.2815516 * Math.sqrt(2.5) * Math.sqrt(2), 5);
    // 95 % lower at h = 2 is 4 − 1.96·2.236 < 0 → clipped to 0
    expect(f.lower[95][1]).toBe(0);
    expect(fit.value.fitted).toEqual([Number.NaN, 3, 5]);
  });
});
