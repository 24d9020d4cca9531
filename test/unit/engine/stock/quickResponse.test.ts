import fc from "fast-check";
import { baseProbabilityLevel, expectedSprintUnits, laneCriticalRatio } from "../../../../src/engine/stock/quickResponse";

const UNIT = { marginUsd: 7, leftoverUsd: 1 };

describe("laneCriticalRatio", () => {
  it("is (m − k) ÷ (m + o)", () => {
    expect(laneCriticalRatio(UNIT, 2)).toBeCloseTo(0.625, 15); // hand: 5 ÷ 8
    expect(laneCriticalRatio(UNIT, 7)).toBe(0); // k = m: the lane does not pay
    expect(laneCriticalRatio(UNIT, 9)).toBeCloseTo(-0.25, 15); // hand: −2 ÷ 8
  });
});

describe("baseProbabilityLevel (two-stage newsvendor)", () => {
  it("has the reactive-capacity ratio (k_s − k_b) ÷ (k_s + o) when the sprint sees the demand (ρ = 1)", () => {
    // hand: (4 − 2) ÷ (4 + 1) = 0.4 (Cachon & Terwiesch, reactive capacity: the second order's cost is the underage)
    expect(baseProbabilityLevel(UNIT, 2, 4, 1)).toBeCloseTo(0.4, 12);
  });

  it("is the one-stage ratio (m − k_b) ÷ (m + o) when the sprint learns nothing (ρ = 0), has no lane, or does not pay", () => {
    expect(baseProbabilityLevel(UNIT, 2, 4, 0)).toBeCloseTo(0.625, 12);
    expect(baseProbabilityLevel(UNIT, 2, null, 0.5)).toBeCloseTo(0.625, 12);
    expect(baseProbabilityLevel(UNIT, 2, 7.5, 0.5)).toBeCloseTo(0.625, 12); // k_s ≥ m
  });

  it("sends nothing by the base when it is not cheaper than the sprint, or does not pay", () => {
    expect(baseProbabilityLevel(UNIT, 4, 3, 0.5)).toBe(0);
    expect(baseProbabilityLevel(UNIT, 8, null, 0.5)).toBe(0);
  });

  it("solves V′(ξ) = 0 between the two ends: scipy's bivariate normal gives the same level", () => {
    // reference: scipy.optimize.brentq on V′(ξ) = (k_s − k_b)(1 − Φ(u)) + (m − k_b)Φ(u) − (m + o)·Φ₂(u, ξ; √ρ),
    // u = (ξ − z_s√(1 − ρ)) ÷ √ρ, z_s = Φ⁻¹(3 ÷ 8), with scipy.stats.multivariate_normal.cdf for Φ₂
    expect(baseProbabilityLevel(UNIT, 2, 4, 0.25)).toBeCloseTo(0.6123183, 4);
    expect(baseProbabilityLevel(UNIT, 2, 4, 0.5)).toBeCloseTo(0.5772665, 4);
    expect(baseProbabilityLevel(UNIT, 2, 4, 0.75)).toBeCloseTo(0.5250629, 4);
  });

  it("leaves more to the sprint the more the sprint will know (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 0.9, noNaN: true }), fc.double({ min: 0.01, max: 0.09, noNaN: true }), (rho, step) => {
        const now = baseProbabilityLevel(UNIT, 2, 4, rho);
        const later = baseProbabilityLevel(UNIT, 2, 4, rho + step);
        return later <= now + 1e-4 && now <= 0.625 + 1e-9 && later >= 0.4 - 1e-4;
      }),
      { numRuns: 40 },
    );
  });
});

describe("expectedSprintUnits", () => {
  it("is σ·L(0) when the base covers the mean and the sprint sees the demand", () => {
    // hand: E[(D − 100)⁺] for D ~ N(100, 30²) = 30 × φ(0) = 11.968
    expect(expectedSprintUnits(100, 30, 100, 0.5, 1)).toBeCloseTo(11.968268, 5);
  });

  it("is the sprint's own quantile less the stock when it learns nothing", () => {
    // hand: ρ = 0: (100 + z(0.6) 0.2533471 × 30 − 100)⁺ = 7.600413; with 110 in stock, 0
    expect(expectedSprintUnits(100, 30, 100, 0.6, 0)).toBeCloseTo(7.600413, 5);
    expect(expectedSprintUnits(100, 30, 110, 0.6, 0)).toBe(0);
  });

  it("averages over what the sprint will know (0 < ρ < 1)", () => {
    // hand: centre 100 + 0.253347 × 30 × √0.5 = 105.3743, spread 30 × √0.5 = 21.2132; x = (110 − 105.3743) ÷ 21.2132 = 0.218059;
    // 21.2132 × L(0.218059) = 6.3504 (scipy: norm.pdf(x) − x·norm.sf(x))
    expect(expectedSprintUnits(100, 30, 110, 0.6, 0.5)).toBeCloseTo(6.350402, 4);
    expect(expectedSprintUnits(100, 30, 110, 0, 0.5)).toBe(0); // no level: nothing flies
  });
});
