import { leftoverMoments } from "../../../../src/engine/season/leftoverMoments";
import { countDistribution } from "../../../../src/engine/stats/countDistribution";

describe("leftoverMoments, worked by hand", () => {
  it("gives E and Var of (3 − D)⁺ and the sales for Poisson(2)", () => {
    // hand: F(0) = e⁻² = 0.135335, F(1) = 3e⁻² = 0.406006, F(2) = 5e⁻² = 0.676676
    // E[L] = 0.135335 + 0.406006 + 0.676676 = 1.218018; E[L²] = 5·0.135335 + 3·0.406006 + 1·0.676676 = 2.571370
    // Var = 2.571370 − 1.218018² = 1.087804; sales = 3 − 1.218018 = 1.781982
    const m = leftoverMoments(countDistribution(2, 2), 3);
    expect(m.meanUnits).toBeCloseTo(1.218018, 5);
    expect(m.varianceUnits2).toBeCloseTo(1.087804, 5);
    expect(m.expectedSalesUnits).toBeCloseTo(1.781982, 5);
  });

  it("counts a fraction of a unit at the CDF of its whole part", () => {
    // hand: S = 2.5: E[L] = F(0) + F(1) + 0.5·F(2) = 0.135335 + 0.406006 + 0.338338 = 0.879679
    // E[L²] = F(0)·(5 − 0 − 1) + F(1)·(5 − 2 − 1) + 0.25·F(2) = 0.541341 + 0.812012 + 0.169169 = 1.522522
    const m = leftoverMoments(countDistribution(2, 2), 2.5);
    expect(m.meanUnits).toBeCloseTo(0.879679, 5);
    expect(m.varianceUnits2).toBeCloseTo(1.522522 - 0.879679 ** 2, 5);
  });

  it("leaves S − mean, with the demand's own variance, when the demand never reaches the stock", () => {
    // hand: Poisson(180), S = 700: D ≤ 700 with probability 1 − 1e-100 → L = 700 − D: mean 520, variance 180
    const m = leftoverMoments(countDistribution(180, 180), 700);
    expect(m.meanUnits).toBeCloseTo(520, 6);
    expect(m.varianceUnits2).toBeCloseTo(180, 3);
    // negative binomial, mean 180, variance 400: the same identity, through the closed form of the tail
    const nb = leftoverMoments(countDistribution(180, 400), 5000);
    expect(nb.meanUnits).toBeCloseTo(4820, 4);
    expect(nb.varianceUnits2).toBeCloseTo(400, 1);
  });

  it("leaves nothing from no stock, and the whole stock against no demand", () => {
    expect(leftoverMoments(countDistribution(50, 80), 0)).toEqual({ meanUnits: 0, varianceUnits2: 0, expectedSalesUnits: 0 });
    expect(leftoverMoments(countDistribution(0, 0), 12.5)).toEqual({ meanUnits: 12.5, varianceUnits2: 0, expectedSalesUnits: 0 });
  });

  it("agrees with the expectation summed unit by unit over the mass (negative binomial, mean 30, variance 90)", () => {
    // reference: Σ_d (S − d)⁺ P(D = d) with P from the CDF's differences, a second route to the same number
    const d = countDistribution(30, 90);
    for (const s of [0, 7, 25.5, 30, 44, 120]) {
      let e1 = 0;
      let e2 = 0;
      for (let k = 0; k < s; k++) {
        const p = d.cdf(k) - (k > 0 ? d.cdf(k - 1) : 0);
        e1 += (s - k) * p;
        e2 += (s - k) ** 2 * p;
      }
      const m = leftoverMoments(d, s);
      expect(m.meanUnits).toBeCloseTo(e1, 6);
      expect(m.varianceUnits2).toBeCloseTo(e2 - e1 * e1, 5);
    }
  });
});
