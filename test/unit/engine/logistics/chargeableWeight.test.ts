import fc from "fast-check";
import { chargeableWeightKg, dimensionalWeightLb } from "../../../../src/engine/logistics/chargeableWeight";
import { errorOf, unwrap } from "../stock/testResult";

describe("chargeableWeightKg", () => {
  it("bills volumetric weight when the carton is light for its size", () => {
    // hand: 60 × 50 × 40 = 120 000 cm³ ÷ 6000 = 20 kg > 8 kg actual
    expect(unwrap(chargeableWeightKg(60, 50, 40, 8))).toBe(20);
  });

  it("bills actual weight when the carton is dense", () => {
    // hand: 20 kg volumetric < 25 kg actual → 25 per carton × 4 = 100
    expect(unwrap(chargeableWeightKg(60, 50, 40, 25, 6000, 4))).toBe(100);
  });

  it("uses the courier divisor when given", () => {
    // hand: 120 000 ÷ 5000 = 24 kg > 8 kg; × 10 cartons = 240
    expect(unwrap(chargeableWeightKg(60, 50, 40, 8, 5000, 10))).toBe(240);
  });

  it("turns CBM into weight/measure tonnage with divisor 1000", () => {
    // hand: 0.12 m³ × 1000 kg/m³ = 120 kg > 8 kg
    expect(unwrap(chargeableWeightKg(60, 50, 40, 8, 1000))).toBe(120);
  });

  it("is zero for zero cartons", () => {
    expect(unwrap(chargeableWeightKg(60, 50, 40, 8, 6000, 0))).toBe(0);
  });

  it("reports bad inputs by argument name", () => {
    expect(errorOf(chargeableWeightKg(60, 50, 40, -1))).toMatchObject({ code: "NEGATIVE_VALUE", message: "actual_kg (-1) is negative" });
    expect(errorOf(chargeableWeightKg(60, 50, 40, 8, 0))).toMatchObject({ code: "OUT_OF_RANGE", message: "divisor_cm3_per_kg must be more than 0 (got 0)" });
    expect(errorOf(chargeableWeightKg(60, -50, 40, 8))).toMatchObject({ code: "NEGATIVE_VALUE", message: "width_cm (-50) is negative" });
    expect(errorOf(chargeableWeightKg(60, 50, 40, 8, 6000, 0.5))).toMatchObject({ code: "OUT_OF_RANGE", message: "cartons must be a whole number (got 0.5)" });
  });

  const side = fc.double({ min: 0, max: 300, noNaN: true });
  const kg = fc.double({ min: 0, max: 1000, noNaN: true });
  const divisor = fc.constantFrom(1000, 5000, 6000);
  const cartons = fc.integer({ min: 0, max: 500 });

  it("is never below the actual weight (property)", () => {
    fc.assert(
      fc.property(side, side, side, kg, divisor, cartons, (l, w, h, a, d, n) => {
        expect(unwrap(chargeableWeightKg(l, w, h, a, d, n))).toBeGreaterThanOrEqual(a * n);
      }),
    );
  });

  it("never falls when a side grows (property)", () => {
    fc.assert(
      fc.property(side, side, side, kg, divisor, cartons, fc.double({ min: 0, max: 100, noNaN: true }), (l, w, h, a, d, n, extra) => {
        const before = unwrap(chargeableWeightKg(l, w, h, a, d, n));
        expect(unwrap(chargeableWeightKg(l + extra, w, h, a, d, n))).toBeGreaterThanOrEqual(before);
        expect(unwrap(chargeableWeightKg(l, w + extra, h, a, d, n))).toBeGreaterThanOrEqual(before);
        expect(unwrap(chargeableWeightKg(l, w, h + extra, a, d, n))).toBeGreaterThanOrEqual(before);
      }),
    );
  });
});

describe("dimensionalWeightLb", () => {
  it("matches the DESIGN.md example at 139 in³/lb", () => {
    // DESIGN.md §1 item 6, hand: 12 × 10 × 10 = 1200 in³ ÷ 139 = 8.633 lb → 8.63
    expect(unwrap(dimensionalWeightLb(12, 10, 10))).toBeCloseTo(8.63, 2);
    expect(unwrap(dimensionalWeightLb(12, 10, 10))).toBeCloseTo(8.633094, 6);
  });

  it("uses the TikTok FBT divisor when given", () => {
    // hand: 1200 in³ ÷ 166 = 7.229 lb
    expect(unwrap(dimensionalWeightLb(12, 10, 10, 166))).toBeCloseTo(7.228916, 6);
  });

  it("reports bad inputs by argument name", () => {
    expect(errorOf(dimensionalWeightLb(12, 10, -10))).toMatchObject({ code: "NEGATIVE_VALUE", message: "height_in (-10) is negative" });
    expect(errorOf(dimensionalWeightLb(12, 10, 10, 0))).toMatchObject({ code: "OUT_OF_RANGE", message: "divisor_in3_per_lb must be more than 0 (got 0)" });
    expect(errorOf(dimensionalWeightLb(12, 10, 10, 1e-320)).code).toBe("OUT_OF_RANGE");
  });
});
