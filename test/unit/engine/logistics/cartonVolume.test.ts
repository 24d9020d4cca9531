import fc from "fast-check";
import { CM3_PER_CUBIC_FOOT, cartonCbm, cubicFeetFromCm } from "../../../../src/engine/logistics/cartonVolume";
import { errorOf, unwrap } from "../stock/testResult";

describe("cartonCbm", () => {
  it("is L×W×H ÷ 1 000 000 per carton, times the cartons", () => {
    // hand: 50 × 40 × 30 = 60 000 cm³ = 0.06 m³; × 10 cartons = 0.6 m³
    expect(unwrap(cartonCbm(50, 40, 30, 10))).toBeCloseTo(0.6, 12);
    // hand: one carton by default
    expect(unwrap(cartonCbm(50, 40, 30))).toBeCloseTo(0.06, 12);
  });

  it("is one CBM for a 100 cm cube", () => {
    // hand: 100 × 100 × 100 = 1 000 000 cm³ = 1 m³
    expect(unwrap(cartonCbm(100, 100, 100))).toBe(1);
  });

  it("is zero for zero cartons or a flat side", () => {
    expect(unwrap(cartonCbm(50, 40, 30, 0))).toBe(0);
    expect(unwrap(cartonCbm(50, 0, 30, 3))).toBe(0);
  });

  it("reports a bad side or count by argument name", () => {
    expect(errorOf(cartonCbm(-3, 40, 30))).toMatchObject({ code: "NEGATIVE_VALUE", message: "length_cm (-3) is negative", where: { argument: "length_cm" } });
    expect(errorOf(cartonCbm(50, Number.NaN, 30))).toMatchObject({ code: "NOT_A_NUMBER", message: "width_cm is not a number (NaN)" });
    expect(errorOf(cartonCbm(50, 40, Infinity)).code).toBe("NOT_A_NUMBER");
    expect(errorOf(cartonCbm(50, 40, 30, 2.5))).toMatchObject({ code: "OUT_OF_RANGE", message: "cartons must be a whole number (got 2.5)" });
    expect(errorOf(cartonCbm(50, 40, 30, -1))).toMatchObject({ code: "NEGATIVE_VALUE", message: "cartons (-1) is negative" });
  });

  it("reports a volume too large to represent instead of Infinity", () => {
    expect(errorOf(cartonCbm(1e200, 1e200, 1e200)).code).toBe("OUT_OF_RANGE");
  });
});

describe("cubicFeetFromCm", () => {
  it("uses the exact cubic foot, 30.48³ cm³", () => {
    // hand: 1 ft = 30.48 cm → 30.48³ = 28 316.846 592 cm³
    expect(CM3_PER_CUBIC_FOOT).toBe(28_316.846592);
    expect(unwrap(cubicFeetFromCm(30.48, 30.48, 30.48))).toBeCloseTo(1, 12);
    // hand: a 2 ft × 1 ft × 1 ft box, 4 of them = 8 ft³
    expect(unwrap(cubicFeetFromCm(60.96, 30.48, 30.48, 4))).toBeCloseTo(8, 12);
  });

  it("converts a typical carton", () => {
    // hand: 50 × 40 × 30 = 60 000 cm³ ÷ 28 316.846 592 = 2.11888 ft³; × 10 = 21.1888 ft³
    expect(unwrap(cubicFeetFromCm(50, 40, 30, 10))).toBeCloseTo(21.1888, 4);
  });

  it("reports a bad count by its name", () => {
    expect(errorOf(cubicFeetFromCm(50, 40, 30, 1.5))).toMatchObject({ code: "OUT_OF_RANGE", message: "count must be a whole number (got 1.5)" });
  });

  it("agrees with cartonCbm: 1 m³ = 35.3147 ft³ (property)", () => {
    // hand: 1 000 000 ÷ 28 316.846 592 = 35.31467 ft³ per m³
    const side = fc.double({ min: 0, max: 500, noNaN: true });
    fc.assert(
      fc.property(side, side, side, fc.integer({ min: 0, max: 1000 }), (l, w, h, n) => {
        const ft3 = unwrap(cubicFeetFromCm(l, w, h, n));
        const m3 = unwrap(cartonCbm(l, w, h, n));
        // relative, not absolute: 500 cm sides × 1000 cartons reach ~4 million ft³
        const expected = (m3 * 1_000_000) / 28_316.846592;
        expect(Math.abs(ft3 - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, expected));
      }),
    );
  });
});
