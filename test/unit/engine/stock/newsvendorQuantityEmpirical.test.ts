import fc from "fast-check";
import { newsvendorQuantityEmpirical } from "../../../../src/engine/stock/newsvendorQuantityEmpirical";
import { errorOf, unwrap } from "./testResult";

const costs = (cu: number, co: number) => ({ underageCostPerUnit: cu, overageCostPerUnit: co });

describe("newsvendorQuantityEmpirical", () => {
  it("takes the smallest scenario whose empirical CDF reaches the critical ratio", () => {
    // hand: ratio 3/5 = 0.6; F(30) = 3/5 ≥ 0.6, F(20) = 2/5 < 0.6 → 30
    const r = unwrap(newsvendorQuantityEmpirical({ scenarioUnits: Object.freeze([50, 10, 40, 30, 20]), ...costs(3, 2) }));
    expect(r).toEqual({ quantityUnits: 30, criticalRatio: 0.6 });
  });

  it("lands on the exact k when ratio × n is a whole number despite float noise", () => {
    // hand: ratio 7/10 = 0.7, n = 10 → k = 7 → 7th smallest = 7 (0.7 × 10 is 7.000000000000001 in floats)
    const r = unwrap(newsvendorQuantityEmpirical({ scenarioUnits: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], ...costs(7, 3) }));
    expect(r.quantityUnits).toBe(7);
  });

  it("handles tied scenarios", () => {
    // hand: ratio 0.5, n = 4 → k = 2 → sorted [5, 5, 5, 9] → 5
    expect(unwrap(newsvendorQuantityEmpirical({ scenarioUnits: [9, 5, 5, 5], ...costs(1, 1) })).quantityUnits).toBe(5);
  });

  it("takes the largest scenario when a shortage is far costlier", () => {
    // hand: ratio 0.999, n = 5 → k = ⌈4.995⌉ = 5 → 50
    expect(unwrap(newsvendorQuantityEmpirical({ scenarioUnits: [10, 20, 30, 40, 50], ...costs(999, 1) })).quantityUnits).toBe(50);
  });

  it("reports empty or bad scenarios", () => {
    expect(errorOf(newsvendorQuantityEmpirical({ scenarioUnits: [], ...costs(1, 1) })).code).toBe("EMPTY_SERIES");
    expect(errorOf(newsvendorQuantityEmpirical({ scenarioUnits: [3, -1], ...costs(1, 1) })).message).toBe("Demand scenarios: value 2 is negative (-1)");
    expect(errorOf(newsvendorQuantityEmpirical({ scenarioUnits: [3], ...costs(1, 0) })).code).toBe("OUT_OF_RANGE");
  });

  it("returns a scenario with F(Q) ≥ ratio and F(below Q) < ratio (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        (scenarios, cu, co) => {
          const r = unwrap(newsvendorQuantityEmpirical({ scenarioUnits: scenarios, ...costs(cu, co) }));
          const n = scenarios.length;
          const ratio = cu / (cu + co);
          const atOrBelow = scenarios.filter((s) => s <= r.quantityUnits).length;
          const below = scenarios.filter((s) => s < r.quantityUnits).length;
          expect(scenarios).toContain(r.quantityUnits);
          expect(atOrBelow * (cu + co)).toBeGreaterThanOrEqual(cu * n); // F(Q) ≥ ratio, in integers
          expect(below * (cu + co)).toBeLessThan(cu * n); // F(just below Q) < ratio
          expect(r.criticalRatio).toBe(ratio);
        },
      ),
    );
  });
});
