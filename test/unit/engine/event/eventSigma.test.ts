import { eventSigma } from "../../../../src/engine/event/eventSigma";

const base = { sdUnitsPerDay: [2, 2, 2, 2], dayCorrelation: 0.3, uplift: 3, p50Units: 120, ownUplifts: [], portfolioUpliftCv: null };

describe("eventSigma", () => {
  it("adds day errors with correlation 0.3 and scales them by the uplift", () => {
    const s = eventSigma(base);
    // hand: Var(Σ) = 4 days × 2² × (1 + 0.3×3) = 30.4; √30.4 = 5.5136; × uplift 3 = 16.541
    expect(s.baselineSumSdUnits).toBeCloseTo(Math.sqrt(30.4), 12);
    expect(s.sigmaFromBaseline).toBeCloseTo(16.5409, 4);
    expect(s.sigmaUnits).toBeCloseTo(16.5409, 4);
    expect(s.upliftCvSource).toBe("none");
  });

  it("lies between independent and perfectly correlated days", () => {
    const independent = eventSigma({ ...base, dayCorrelation: 0 }).baselineSumSdUnits; // hand: √(4×4) = 4
    const locked = eventSigma({ ...base, dayCorrelation: 1 }).baselineSumSdUnits; // hand: 4×2 = 8
    expect(independent).toBeCloseTo(4, 12);
    expect(locked).toBeCloseTo(8, 12);
    expect(eventSigma(base).baselineSumSdUnits).toBeGreaterThan(independent);
    expect(eventSigma(base).baselineSumSdUnits).toBeLessThan(locked);
  });

  it("handles unequal day sds with (1 − ρ)·Σsd² + ρ·(Σsd)²", () => {
    // hand: sds 1 and 3: 0.7×(1 + 9) + 0.3×(4)² = 7 + 4.8 = 11.8
    expect(eventSigma({ ...base, sdUnitsPerDay: [1, 3], uplift: 1 }).baselineSumSdUnits).toBeCloseTo(Math.sqrt(11.8), 12);
  });

  it("adds the year-to-year spread of the SKU's own uplifts", () => {
    const s = eventSigma({ ...base, sdUnitsPerDay: [0, 0, 0, 0], p50Units: 100, ownUplifts: [2, 4] });
    // hand: mean 3, sample sd √2 = 1.41421, cv 0.471405; σ_u = 100 × 0.471405 = 47.14
    expect(s.upliftCv).toBeCloseTo(Math.SQRT2 / 3, 12);
    expect(s.upliftCvSource).toBe("own");
    expect(s.sigmaUnits).toBeCloseTo(47.1405, 4);
  });

  it("uses the portfolio's spread when the SKU has fewer than 2 years", () => {
    const s = eventSigma({ ...base, sdUnitsPerDay: [0], p50Units: 100, ownUplifts: [2], portfolioUpliftCv: 0.2 });
    expect(s.upliftCvSource).toBe("portfolio");
    expect(s.sigmaUnits).toBeCloseTo(20, 12); // hand: 100 × 0.2
  });

  it("never goes below the Poisson floor √P50", () => {
    const s = eventSigma({ ...base, sdUnitsPerDay: [0.1], p50Units: 144 });
    // hand: σ_b = 0.1 × 3 = 0.3 < √144 = 12
    expect(s.sigmaUnits).toBe(12);
    expect(s.explanation).toContain("Poisson floor √P50 = 12");
  });
});
