import { freightPerUnitUsd } from "../../../../src/engine/plan/freightPerUnit";
import { defaultLanes } from "../../../../src/engine/plan/defaultLanes";
import type { SkuMaster } from "../../../../src/engine/plan/types";

const SKU: SkuMaster = {
  sku: "A", unitCost: 3, price: 10, unitsPerCarton: 12, cartonLengthCm: 50, cartonWidthCm: 40, cartonHeightCm: 30, cartonWeightKg: 13,
  dutyRate: 0, onHand: 0, inTransit: 0, supplierLeadDays: 0, moq: 0, sensitive: false,
};
const lane = (name: string) => defaultLanes("US-West").find((l) => l.name.startsWith(name))!;

describe("freightPerUnitUsd", () => {
  it("divides one carton's freight by its units, without the shipment minimum", () => {
    // hand, air $5/kg, divisor 6000: volumetric 60 000 ÷ 6000 = 10 kg < 13 kg actual → 13 × 5 = $65 ÷ 12 = 5.416667 (min charge $150 not applied)
    expect(freightPerUnitUsd(lane("Air"), SKU)).toEqual({ ok: true, value: expect.closeTo(65 / 12, 10) });
    // hand, fast boat $300/CBM: max(0.06 CBM, 13 kg ÷ 1000 = 0.013) = 0.06 × 300 = $18 ÷ 12 = 1.5
    expect(freightPerUnitUsd(lane("Fast boat"), SKU)).toEqual({ ok: true, value: expect.closeTo(1.5, 10) });
  });
  it("names a bad carton field", () => {
    const r = freightPerUnitUsd(lane("Air"), { ...SKU, cartonWeightKg: -1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/CartonWeightKg/);
  });
});
