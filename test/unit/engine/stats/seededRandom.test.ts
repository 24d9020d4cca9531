import { mulberry32, poisson } from "../../../../src/engine/stats/seededRandom";

describe("seededRandom", () => {
  it("repeats the same sequence for the same seed, in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(1)()).toBe(0.6270739405881613); // the reference mulberry32 output for seed 1
  });

  it("draws Poisson counts whose mean is lambda", () => {
    // hand: the sample mean of 20,000 draws is within 4 standard errors (4·√(λ/n)) of λ
    for (const lambda of [0.5, 4, 60]) {
      const rand = mulberry32(7);
      let sum = 0;
      for (let i = 0; i < 20_000; i++) sum += poisson(rand, lambda);
      expect(Math.abs(sum / 20_000 - lambda)).toBeLessThan(4 * Math.sqrt(lambda / 20_000));
    }
    expect(poisson(mulberry32(1), 0)).toBe(0);
  });
});
