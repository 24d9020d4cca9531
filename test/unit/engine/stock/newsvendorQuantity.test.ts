import fc from "fast-check";
import { criticalRatio } from "../../../../src/engine/stock/criticalRatio";
import { newsvendorQuantity } from "../../../../src/engine/stock/newsvendorQuantity";
import { errorOf, unwrap } from "./testResult";

describe("criticalRatio", () => {
  it("is cu / (cu + co)", () => {
    // Cachon & Terwiesch, O'Neill Hammer 3/2: price 180, cost 110, salvage 90 → cu = 70, co = 20, 70/90 = 0.7778
    expect(unwrap(criticalRatio({ underageCostPerUnit: 70, overageCostPerUnit: 20 }))).toBeCloseTo(0.7778, 4);
  });

  it("rejects a zero cost, which makes the best order unlimited or nothing", () => {
    expect(errorOf(criticalRatio({ underageCostPerUnit: 5, overageCostPerUnit: 0 }))).toMatchObject({
      code: "OUT_OF_RANGE",
      message: "overage_cost_per_unit must be more than 0 (got 0)",
    });
    expect(errorOf(criticalRatio({ underageCostPerUnit: 0, overageCostPerUnit: 5 })).message).toBe("underage_cost_per_unit must be more than 0 (got 0)");
  });

  it("names a negative cost", () => {
    expect(errorOf(criticalRatio({ underageCostPerUnit: -1, overageCostPerUnit: 5 }))).toMatchObject({
      code: "NEGATIVE_VALUE",
      message: "underage_cost_per_unit (-1) is negative",
    });
  });
});

describe("newsvendorQuantity", () => {
  const oneill = { meanDemandUnits: 3192, sdDemandUnits: 1181, underageCostPerUnit: 70, overageCostPerUnit: 20 };

  it("matches the O'Neill Hammer 3/2 textbook example within the z-table's rounding", () => {
    // textbook: Cachon & Terwiesch, Matching Supply with Demand, newsvendor chapter (O'Neill Hammer 3/2):
    // μ = 3192, σ = 1181, critical ratio 0.7778; the table gives Φ(0.76) = 0.7764 < 0.7778 < Φ(0.77) = 0.7794,
    // the book rounds z up to 0.77 → Q = 3192 + 0.77 × 1181 = 4101. Exact z = 0.7647 → Q = 4095.1.
    // Tolerance: one table step in z (0.01 × 1181 = 11.8 units).
    const r = unwrap(newsvendorQuantity(oneill));
    expect(r.criticalRatio).toBeCloseTo(0.7778, 4);
    expect(r.z).toBeGreaterThan(0.76);
    expect(r.z).toBeLessThan(0.77);
    expect(Math.abs(r.quantityUnits - 4101)).toBeLessThan(11.81);
    expect(r.quantityUnits).toBeCloseTo(3192 + 0.7647 * 1181, 0); // 4095.1
  });

  it("orders the mean when shortage and leftover cost the same", () => {
    // hand: cu = co → ratio 0.5, z = 0, Q = μ
    const r = unwrap(newsvendorQuantity({ meanDemandUnits: 500, sdDemandUnits: 80, underageCostPerUnit: 4, overageCostPerUnit: 4 }));
    expect(r.criticalRatio).toBe(0.5);
    expect(r.quantityUnits).toBeCloseTo(500, 6);
  });

  it("adds z(0.95)·σ at a 95 % critical ratio", () => {
    // hand: cu = 19, co = 1 → 0.95; z = 1.644854 (table) → 1000 + 1.644854 × 200 = 1328.97
    const r = unwrap(newsvendorQuantity({ meanDemandUnits: 1000, sdDemandUnits: 200, underageCostPerUnit: 19, overageCostPerUnit: 1 }));
    expect(r.quantityUnits).toBeCloseTo(1328.97, 2);
  });

  it("orders nothing rather than a negative quantity when leftovers are very costly", () => {
    // hand: ratio 1/100 = 0.01, z = −2.326 → 10 − 232.6 < 0 → 0
    expect(unwrap(newsvendorQuantity({ meanDemandUnits: 10, sdDemandUnits: 100, underageCostPerUnit: 1, overageCostPerUnit: 99 })).quantityUnits).toBe(0);
  });

  it("names a bad demand input", () => {
    expect(errorOf(newsvendorQuantity({ ...oneill, sdDemandUnits: -3 })).message).toBe("sd_demand_units (-3) is negative");
    expect(errorOf(newsvendorQuantity({ ...oneill, meanDemandUnits: Number.NaN })).code).toBe("NOT_A_NUMBER");
  });

  it("orders more when a lost sale costs more, and never a negative quantity (property)", () => {
    const cost = fc.double({ min: 0.01, max: 1000, noNaN: true });
    const amount = fc.double({ min: 0, max: 1e5, noNaN: true });
    fc.assert(
      fc.property(amount, amount, cost, cost, cost, (mu, sigma, cu, extra, co) => {
        const lo = unwrap(newsvendorQuantity({ meanDemandUnits: mu, sdDemandUnits: sigma, underageCostPerUnit: cu, overageCostPerUnit: co }));
        const hi = unwrap(newsvendorQuantity({ meanDemandUnits: mu, sdDemandUnits: sigma, underageCostPerUnit: cu + extra, overageCostPerUnit: co }));
        expect(lo.quantityUnits).toBeGreaterThanOrEqual(0);
        expect(hi.quantityUnits).toBeGreaterThanOrEqual(lo.quantityUnits - 1e-9 * Math.max(1, lo.quantityUnits));
      }),
    );
  });
});
