/**
 * Expected sales, leftovers and contribution of a stock, worked by hand on small count distributions.
 */
import { expectedSoldUnits, lineOutcome } from "../../../../src/engine/scenarios/expectedOutcome";
import { countDistribution } from "../../../../src/engine/stats/countDistribution";

const E2 = Math.exp(-2);

describe("expectedSoldUnits", () => {
  it("is Σ P(D > x) below the stock: Poisson(2) with 2 units sells 2 − 4e⁻²", () => {
    // hand: P(D > 0) = 1 − e⁻², P(D > 1) = 1 − 3e⁻² → 2 − 4e⁻² = 1.45866
    expect(expectedSoldUnits(countDistribution(2, 2), 2)).toBeCloseTo(2 - 4 * E2, 10);
    expect(expectedSoldUnits(countDistribution(2, 2), 0)).toBe(0);
  });

  it("sells 1 − P(D = 0) of one unit against the negative binomial of mean 10 and variance 60", () => {
    // size r = 10² ÷ (60 − 10) = 2, p = r ÷ (r + 10) = 1/6; P(0) = p^r = 1/36 → 35/36
    expect(expectedSoldUnits(countDistribution(10, 60), 1)).toBeCloseTo(35 / 36, 10);
  });

  it("comes close to the mean when the stock is far above demand (the grid beyond 2,000 units)", () => {
    const sold = expectedSoldUnits(countDistribution(5000, 5000), 100000);
    expect(Math.abs(sold - 5000) / 5000).toBeLessThan(0.01);
    expect(expectedSoldUnits(countDistribution(5000, 5000), 100000)).toBeLessThanOrEqual(expectedSoldUnits(countDistribution(5000, 5000), 100000 + 2000) + 1e-9);
  });
});

describe("lineOutcome", () => {
  const line = { windowDemandMean: 2, windowDemandVariance: 2, preEventGapUnits: 0, unitMarginUsd: 10, leftoverCostUsd: 1 };

  it("earns m × sold − o × leftover", () => {
    const o = lineOutcome(line, 2, 0);
    expect(o.soldUnits).toBeCloseTo(1.458659, 6);
    expect(o.leftoverUnits).toBeCloseTo(0.541341, 6); // 2 − 1.458659
    expect(o.contributionUsd).toBeCloseTo(14.045247, 5); // 10 × 1.458659 − 1 × 0.541341
    expect(o.demandUnits).toBe(2);
  });

  it("sells the pre-event days first, then the window", () => {
    const o = lineOutcome({ ...line, preEventGapUnits: 3 }, 5, 0);
    expect(o.soldUnits).toBeCloseTo(3 + 1.458659, 6); // 3 pre-event + E[min(D, 2)]
    expect(o.demandUnits).toBe(5); // 3 + 2
  });

  it("sells nothing of late units and counts them left over", () => {
    const o = lineOutcome(line, 0, 4);
    expect(o.soldUnits).toBe(0);
    expect(o.leftoverUnits).toBe(4);
    expect(o.contributionUsd).toBe(-4); // −o × 4
  });
});
