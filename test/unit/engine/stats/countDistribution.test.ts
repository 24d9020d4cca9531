import fc from "fast-check";
import { countDistribution } from "../../../../src/engine/stats/countDistribution";
import { regularizedIncompleteBeta } from "../../../../src/engine/stats/incompleteBeta";
import { regularizedUpperGamma } from "../../../../src/engine/stats/incompleteGamma";
import { logGamma } from "../../../../src/engine/stats/logGamma";

describe("special functions (values from R 4.2)", () => {
  it("logGamma matches R's lgamma", () => {
    // R: lgamma(5) = log(24), lgamma(0.5) = log(sqrt(pi)), lgamma(10.3)
    expect(logGamma(5)).toBeCloseTo(3.178053830348, 11);
    expect(logGamma(0.5)).toBeCloseTo(0.572364942925, 11);
    expect(logGamma(10.3)).toBeCloseTo(13.482036786138, 10);
    expect(logGamma(0)).toBeNaN();
  });

  it("regularizedIncompleteBeta matches R's pbeta", () => {
    // hand: I_0.5(2, 3) = 11/16 = 0.6875; R: pbeta(0.3, 4.5, 2.2), pbeta(0.9, 50, 3)
    expect(regularizedIncompleteBeta(0.5, 2, 3)).toBeCloseTo(0.6875, 12);
    expect(regularizedIncompleteBeta(0.3, 4.5, 2.2)).toBeCloseTo(0.022691928064, 11);
    expect(regularizedIncompleteBeta(0.9, 50, 3)).toBeCloseTo(0.096633285137, 11);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });

  it("regularizedUpperGamma matches R's pgamma(lower.tail = FALSE) and is the Poisson CDF", () => {
    // hand: Q(3, 2) = e⁻²(1 + 2 + 2) = 0.676676416; R: pgamma(10, 2.5, lower.tail = FALSE)
    expect(regularizedUpperGamma(3, 2)).toBeCloseTo(0.676676416183, 11);
    expect(regularizedUpperGamma(2.5, 10)).toBeCloseTo(0.001249730563, 11);
    // R: ppois(120, 100) = Q(121, 100)
    expect(regularizedUpperGamma(121, 100)).toBeCloseTo(0.977330670922, 10);
  });
});

describe("countDistribution", () => {
  it("is Poisson when the variance does not exceed the mean, with R's qpois quantiles", () => {
    const d = countDistribution(7.5, 5);
    expect(d.family).toBe("poisson");
    expect(d.variance).toBe(7.5);
    // R: qpois(c(0.1, 0.5, 0.9, 0.975), 7.5) = 4 7 11 13
    expect([0.1, 0.5, 0.9, 0.975].map((p) => d.wholeUnits(p))).toEqual([4, 7, 11, 13]);
  });

  it("is the negative binomial with the same moments, with R's qnbinom quantiles", () => {
    // mean 10, variance 60 → size = 100 ÷ 50 = 2; R: qnbinom(c(0.05, 0.5, 0.9, 0.99), size = 2, mu = 10) = 1 8 20 35
    const d = countDistribution(10, 60);
    expect(d.family).toBe("negativeBinomial");
    expect(d.size).toBeCloseTo(2, 12);
    expect([0.05, 0.5, 0.9, 0.99].map((p) => d.wholeUnits(p))).toEqual([1, 8, 20, 35]);
    // R: pnbinom(7, size = 2, mu = 10) = 0.4573412415
    expect(d.cdf(7)).toBeCloseTo(0.4573412415, 9);
    expect(d.cdf(7.9)).toBeCloseTo(0.4573412415, 9);
    expect(d.cdf(-1)).toBe(0);
    // mean 3, size 0.5 (variance 3 + 9 ÷ 0.5 = 21); R: qnbinom(c(0.1, 0.5, 0.9), size = 0.5, mu = 3) = 0 1 9
    expect([0.1, 0.5, 0.9].map((p) => countDistribution(3, 21).wholeUnits(p))).toEqual([0, 1, 9]);
    // a large count: mean 1000, size 250; R: 910 999 1092
    expect([0.1, 0.5, 0.9].map((p) => countDistribution(1000, 5000).wholeUnits(p))).toEqual([910, 999, 1092]);
  });

  it("gives the mid-distribution quantile, worked by hand", () => {
    // NB(size 2, mean 10): F(7) = 0.4573412415, F(8) = 0.5154832513 (R: pnbinom), so the median
    // lies in the mass at 8: 8 − 0.5 + (0.5 − 0.4573412415) ÷ (0.5154832513 − 0.4573412415) = 8.23370
    expect(countDistribution(10, 60).quantile(0.5)).toBeCloseTo(8 - 0.5 + (0.5 - 0.4573412415) / (0.5154832513 - 0.4573412415), 8);
    // Poisson(2): F(3) = 0.857123, F(4) = 0.947347; P90 = 4 − 0.5 + (0.9 − 0.857123) ÷ 0.090224 = 3.97523
    expect(countDistribution(2, 2).quantile(0.9)).toBeCloseTo(3.975227, 5);
  });

  it("is a point mass at 0 for a zero mean", () => {
    const d = countDistribution(0, 4);
    expect(d.family).toBe("point");
    expect(d.quantile(0.99)).toBe(0);
    expect(d.wholeUnits(0.5)).toBe(0);
    expect(d.cdf(0)).toBe(1);
  });

  it("has whole quantiles with F(k) ≥ p > F(k − 1) and mid-quantiles in [k − ½, k + ½]", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 500, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (mean, extra, p) => {
        const d = countDistribution(mean, mean + extra * mean * mean);
        const k = d.wholeUnits(p);
        if (!(d.cdf(k) >= p - 1e-12)) return false;
        if (k > 0 && !(d.cdf(k - 1) < p + 1e-12)) return false;
        const q = d.quantile(p);
        return q >= Math.max(0, k - 0.5) - 1e-9 && q <= k + 0.5 + 1e-9;
      }),
      { numRuns: 300 },
    );
  });

  it("places a sparse day's mid-quantiles inside the masses at 0 and 1", () => {
    // Poisson(0.3): P(0) = e^−0.3 = 0.7408182207, P(1) = 0.3·e^−0.3 = 0.2222454662.
    // P90 lies in the mass at 1: 1 − 0.5 + (0.9 − 0.7408) ÷ 0.2222 = 1.2163; a quantile at half
    // of P(0) is the middle of the mass at 0: −0.5 + 0.5 = 0.
    const d = countDistribution(0.3, 0.3);
    expect(d.quantile(0.9)).toBeCloseTo(0.5 + (0.9 - 0.7408182207) / 0.2222454662, 6);
    expect(d.quantile(0.7408182207 / 2)).toBeCloseTo(0, 6);
  });

  it("sums small means' probabilities to the same CDF as the incomplete beta and gamma functions", () => {
    // Means up to 200 are summed from P(0) by the recurrences; the continued fractions are an
    // independent computation of the same CDF (Numerical Recipes §6.2, §6.4).
    for (const [mean, variance] of [[0.3, 0.3], [4, 4], [4, 20], [55, 900], [199, 199], [199, 40_000]] as const) {
      const d = countDistribution(mean, variance);
      const size = (mean * mean) / (variance - mean);
      for (let k = 0; k <= mean + 6 * Math.sqrt(variance); k += Math.max(1, Math.floor(Math.sqrt(variance) / 4))) {
        const exact = variance > mean ? regularizedIncompleteBeta(size / (size + mean), size, k + 1) : regularizedUpperGamma(k + 1, mean);
        expect(Math.abs(d.cdf(k) - exact)).toBeLessThan(1e-11);
      }
    }
  });

  it("gives R's quantiles on both sides of the summed range (means 150 and 250)", () => {
    // Rscript (R 4.2, Debian): qpois(0.9, 150) = 166, qpois(0.9, 250) = 270,
    // qnbinom(0.975, size = 2, mu = 150) = 420, qnbinom(0.1, size = 2, mu = 150) = 39 (variance 150 + 150²/2)
    expect(countDistribution(150, 150).wholeUnits(0.9)).toBe(166);
    expect(countDistribution(250, 250).wholeUnits(0.9)).toBe(270);
    expect(countDistribution(150, 150 + (150 * 150) / 2).wholeUnits(0.975)).toBe(420);
    expect(countDistribution(150, 150 + (150 * 150) / 2).wholeUnits(0.1)).toBe(39);
  });
});
