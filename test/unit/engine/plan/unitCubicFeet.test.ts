import { unitCubicFeet } from "../../../../src/engine/plan/unitCubicFeet";

describe("unitCubicFeet", () => {
  it("shares the carton's volume among its units", () => {
    // hand: 60 × 40 × 30 = 72,000 cm³ ÷ 28,316.846592 = 2.54265 ft³ ÷ 24 = 0.105944 ft³
    expect(unitCubicFeet({ cartonLengthCm: 60, cartonWidthCm: 40, cartonHeightCm: 30, unitsPerCarton: 24 })).toBeCloseTo(0.105944, 6);
    // a carton of 30.48 cm sides is one cubic foot; "0 units per carton" counts as 1
    expect(unitCubicFeet({ cartonLengthCm: 30.48, cartonWidthCm: 30.48, cartonHeightCm: 30.48, unitsPerCarton: 0 })).toBeCloseTo(1, 12);
  });
});
