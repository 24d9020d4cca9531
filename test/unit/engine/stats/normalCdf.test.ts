import { normalCdf, normalLoss, normalPdf } from "../../../../src/engine/stats/normalCdf";
import { normalQuantile } from "../../../../src/engine/stats/normalQuantile";

describe("normalCdf", () => {
  it("matches scipy.stats.norm.cdf to 1e-15 across the range", () => {
    // scipy.stats.norm.cdf(x), printed with 16 significant digits
    const reference: [number, number][] = [
      [-8, 6.22096057427174e-16], [-3, 0.001349898031630093], [-1, 0.1586552539314571], [-0.5, 0.3085375387259869],
      [0, 0.5], [0.3, 0.6179114221889526], [1, 0.8413447460685429], [2.5, 0.9937903346742238], [7.2, 0.9999999999996989],
    ];
    for (const [x, p] of reference) expect(Math.abs(normalCdf(x) - p)).toBeLessThan(1e-15 + 1e-9 * p);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
  });

  it("inverts normalQuantile", () => {
    for (const p of [0.001, 0.05, 0.2, 0.5, 0.8, 0.95, 0.999]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 8);
  });

  it("gives the density and the loss function L(x) = φ(x) − x(1 − Φ(x))", () => {
    expect(normalPdf(0)).toBeCloseTo(0.3989422804014327, 15); // 1 ÷ √(2π)
    // scipy: norm.pdf(x) − x·norm.sf(x)
    expect(normalLoss(0)).toBeCloseTo(0.3989422804014327, 14);
    expect(normalLoss(1)).toBeCloseTo(0.0833154705876863, 12);
    expect(normalLoss(-1)).toBeCloseTo(1.083315470587686, 12); // L(−x) = L(x) + x
    expect(normalLoss(0.3)).toBeCloseTo(0.2667612421172099, 12);
  });
});
