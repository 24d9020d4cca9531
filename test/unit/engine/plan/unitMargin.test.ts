import { unitMarginUsd } from "../../../../src/engine/plan/unitMargin";

describe("unitMarginUsd", () => {
  it("is price less cost less the marketplace fee", () => {
    // hand: 20 − 6 − 3 = 11
    expect(unitMarginUsd({ price: 20, unitCost: 6, marketplaceFeePerUnit: 3 })).toBe(11);
  });
  it("takes no fee when none is given, and may be negative", () => {
    expect(unitMarginUsd({ price: 20, unitCost: 6 })).toBe(14);
    expect(unitMarginUsd({ price: 5, unitCost: 4, marketplaceFeePerUnit: 2 })).toBe(-1);
  });
});
