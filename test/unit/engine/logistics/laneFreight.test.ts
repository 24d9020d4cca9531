import fc from "fast-check";
import { chargeableKgForLane, laneFreightUsd, shipmentForSku } from "../../../../src/engine/logistics/laneFreight";
import type { Lane, SkuMaster } from "../../../../src/engine/plan/types";
import { errorOf, unwrap } from "../stock/testResult";

const seaLcl: Lane = Object.freeze({
  name: "Sea LCL",
  mode: "sea",
  transitDays: 35,
  transitDaysWorst: 65,
  handlingDays: 7,
  ratePerKg: 0,
  ratePerCbm: 180,
  minCharge: 300,
  volumetricDivisor: 1000,
  allowsSensitive: true,
});
const air: Lane = Object.freeze({
  name: "Air",
  mode: "air",
  transitDays: 5,
  transitDaysWorst: 10,
  handlingDays: 2,
  ratePerKg: 5,
  ratePerCbm: 0,
  minCharge: 150,
  volumetricDivisor: 6000,
  allowsSensitive: false,
});
const express: Lane = Object.freeze({ ...air, name: "Express", mode: "express", ratePerKg: 7, minCharge: 40, volumetricDivisor: 5000 });
/** Quoted both ways, billed on the larger: $1/kg at 6000, or $300 per W/M CBM. */
const fastBoatBoth: Lane = Object.freeze({ ...seaLcl, name: "Fast boat", mode: "fast-sea", ratePerKg: 1, ratePerCbm: 300, volumetricDivisor: 6000 });
const flatFee: Lane = Object.freeze({ ...seaLcl, name: "Flat", ratePerCbm: 0, minCharge: 99 });

/** A light carton: 60 × 50 × 40 cm = 0.12 CBM, 8 kg. */
const sku: SkuMaster = Object.freeze({
  sku: "A1",
  unitCost: 10,
  price: 30,
  unitsPerCarton: 24,
  cartonLengthCm: 60,
  cartonWidthCm: 50,
  cartonHeightCm: 40,
  cartonWeightKg: 8,
  dutyRate: 0.075,
  onHand: 0,
  inTransit: 0,
  supplierLeadDays: 20,
  moq: 100,
  sensitive: false,
});

describe("laneFreightUsd", () => {
  it("charges sea by CBM", () => {
    // hand: 50 cartons × 0.12 = 6 CBM, 400 kg → W/M max(6, 0.4) = 6; 180 × 6 = 1080 > 300 minimum
    expect(unwrap(laneFreightUsd(seaLcl, { cartons: 50, cbm: 6, actualKg: 400, chargeableKg: 6000 }))).toEqual({ freightUsd: 1080, basis: "cbm" });
  });

  it("charges dense sea cargo by weight, 1 tonne = 1 CBM", () => {
    // hand: 2 CBM but 3000 kg → W/M max(2, 3) = 3; 180 × 3 = 540
    expect(unwrap(laneFreightUsd(seaLcl, { cartons: 20, cbm: 2, actualKg: 3000, chargeableKg: 3000 }))).toEqual({ freightUsd: 540, basis: "cbm" });
  });

  it("charges the minimum on a small sea shipment", () => {
    // hand: 180 × max(0.6, 0.2) = 108 < 300 → 300
    expect(unwrap(laneFreightUsd(seaLcl, { cartons: 5, cbm: 0.6, actualKg: 200, chargeableKg: 600 }))).toEqual({ freightUsd: 300, basis: "minimum" });
  });

  it("charges air by chargeable kg", () => {
    // hand: 1.2 CBM × 1 000 000 ÷ 6000 = 200 kg ≥ 80 kg actual; 5 × 200 = 1000
    expect(unwrap(laneFreightUsd(air, { cartons: 10, cbm: 1.2, actualKg: 80, chargeableKg: 200 }))).toEqual({ freightUsd: 1000, basis: "kg" });
  });

  it("charges the minimum on one small air carton", () => {
    // hand: 5 × 20 kg = 100 < 150 → 150
    expect(unwrap(laneFreightUsd(air, { cartons: 1, cbm: 0.12, actualKg: 8, chargeableKg: 20 }))).toEqual({ freightUsd: 150, basis: "minimum" });
  });

  it("bills the larger of weight and measure when a lane quotes both", () => {
    // hand: light load 6 CBM, 400 kg, chargeable 1000 kg: kg 1 × 1000 = 1000; CBM 300 × max(6, 0.4) = 1800 → 1800 by CBM
    expect(unwrap(laneFreightUsd(fastBoatBoth, { cartons: 50, cbm: 6, actualKg: 400, chargeableKg: 1000 }))).toEqual({ freightUsd: 1800, basis: "cbm" });
    // hand: very heavy load 1 CBM, 9000 kg: kg 1 × 9000 = 9000; CBM 300 × max(1, 9) = 2700 → 9000 by kg
    expect(unwrap(laneFreightUsd(fastBoatBoth, { cartons: 30, cbm: 1, actualKg: 9000, chargeableKg: 9000 }))).toEqual({ freightUsd: 9000, basis: "kg" });
  });

  it("charges a flat fee when the lane has only a minimum", () => {
    expect(unwrap(laneFreightUsd(flatFee, { cartons: 3, cbm: 0.36, actualKg: 24, chargeableKg: 360 }))).toEqual({ freightUsd: 99, basis: "minimum" });
  });

  it("costs nothing when nothing ships", () => {
    expect(unwrap(laneFreightUsd(seaLcl, { cartons: 0, cbm: 0, actualKg: 0, chargeableKg: 0 }))).toEqual({ freightUsd: 0, basis: "cbm" });
    expect(unwrap(laneFreightUsd(air, { cartons: 0, cbm: 0, actualKg: 0, chargeableKg: 0 }))).toEqual({ freightUsd: 0, basis: "kg" });
  });

  it("names the lane and column of a bad lane field", () => {
    expect(errorOf(laneFreightUsd({ ...air, ratePerKg: -1 }, { cartons: 1, cbm: 0.1, actualKg: 1, chargeableKg: 20 }))).toEqual({
      code: "NEGATIVE_VALUE",
      message: "Lane 'Air', RatePerKg (-1) is negative",
      where: { sheet: "Lanes", column: "RatePerKg" },
    });
    expect(errorOf(laneFreightUsd({ ...air, volumetricDivisor: 0 }, { cartons: 1, cbm: 0.1, actualKg: 1, chargeableKg: 20 }))).toMatchObject({
      code: "OUT_OF_RANGE",
      message: "Lane 'Air', VolumetricDivisor must be more than 0 (got 0)",
    });
    expect(errorOf(laneFreightUsd({ ...flatFee, minCharge: 0 }, { cartons: 1, cbm: 0.1, actualKg: 1, chargeableKg: 1 }))).toMatchObject({
      code: "OUT_OF_RANGE",
      message: "Lane 'Flat' has no freight rate: RatePerKg, RatePerCbm and MinCharge are all 0",
    });
  });

  it("reports a shipment whose figures contradict each other", () => {
    expect(errorOf(laneFreightUsd(air, { cartons: 1, cbm: 0.12, actualKg: 30, chargeableKg: 20 }))).toMatchObject({
      code: "INCONSISTENT_INPUT",
      message: "chargeable_kg (20) is below actual_kg (30); chargeable weight is never less than actual",
    });
    // hand: worked out at 6000 (20 kg) but express divides by 5000: 0.12 × 1 000 000 ÷ 5000 = 24 kg
    expect(errorOf(laneFreightUsd(express, { cartons: 1, cbm: 0.12, actualKg: 8, chargeableKg: 20 }))).toMatchObject({ code: "INCONSISTENT_INPUT" });
    expect(errorOf(laneFreightUsd(express, { cartons: 1, cbm: 0.12, actualKg: 8, chargeableKg: 20 })).message).toContain("= 24 kg");
    expect(errorOf(laneFreightUsd(seaLcl, { cartons: 0, cbm: 0.5, actualKg: 0, chargeableKg: 0 })).code).toBe("INCONSISTENT_INPUT");
  });

  it("reports bad shipment numbers by name", () => {
    expect(errorOf(laneFreightUsd(seaLcl, { cartons: 1.5, cbm: 0.1, actualKg: 1, chargeableKg: 100 })).message).toBe("cartons must be a whole number (got 1.5)");
    expect(errorOf(laneFreightUsd(seaLcl, { cartons: 1, cbm: -0.1, actualKg: 1, chargeableKg: 100 })).message).toBe("cbm (-0.1) is negative");
    expect(errorOf(laneFreightUsd(seaLcl, { cartons: 1, cbm: 0.1, actualKg: Number.NaN, chargeableKg: 100 })).code).toBe("NOT_A_NUMBER");
  });

  const lanes = fc.constantFrom(seaLcl, air, express, fastBoatBoth, flatFee);
  const carton = fc.record({
    cartonLengthCm: fc.double({ min: 1, max: 120, noNaN: true }),
    cartonWidthCm: fc.double({ min: 1, max: 120, noNaN: true }),
    cartonHeightCm: fc.double({ min: 1, max: 120, noNaN: true }),
    cartonWeightKg: fc.double({ min: 0.1, max: 60, noNaN: true }),
  });

  it("is never below the minimum charge and never falls with more cartons (property)", () => {
    fc.assert(
      fc.property(lanes, carton, fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 500 }), (lane, dims, n, more) => {
        const s = { ...sku, ...dims };
        const few = unwrap(laneFreightUsd(lane, unwrap(shipmentForSku(lane, s, n))));
        const many = unwrap(laneFreightUsd(lane, unwrap(shipmentForSku(lane, s, n + more))));
        expect(few.freightUsd).toBeGreaterThanOrEqual(lane.minCharge);
        expect(many.freightUsd).toBeGreaterThanOrEqual(few.freightUsd * (1 - 1e-12));
      }),
    );
  });
});

describe("chargeableKgForLane", () => {
  it("uses the lane's divisor", () => {
    // hand: 60 × 50 × 40 = 120 000 cm³ ÷ 5000 = 24 kg > 8 kg; × 10 = 240
    expect(unwrap(chargeableKgForLane(express, sku, 10))).toBe(240);
    // hand: ÷ 6000 = 20 kg; × 10 = 200
    expect(unwrap(chargeableKgForLane(air, sku, 10))).toBe(200);
    // hand: ÷ 1000 = 120 kg, i.e. 0.12 CBM as weight/measure tonnage; × 10 = 1200
    expect(unwrap(chargeableKgForLane(seaLcl, sku, 10))).toBe(1200);
  });

  it("names the SKU and column of a bad carton field", () => {
    expect(errorOf(chargeableKgForLane(air, { ...sku, cartonLengthCm: -3 }, 1))).toEqual({
      code: "NEGATIVE_VALUE",
      message: "SKU 'A1', CartonLengthCm (-3) is negative",
      where: { sheet: "SKUs", column: "CartonLengthCm", sku: "A1" },
    });
    expect(errorOf(chargeableKgForLane(air, { ...sku, cartonWeightKg: Number.NaN }, 1)).message).toBe("SKU 'A1', CartonWeightKg is not a number (NaN)");
    expect(errorOf(chargeableKgForLane({ ...air, volumetricDivisor: -6000 }, sku, 1)).message).toBe("Lane 'Air', VolumetricDivisor (-6000) is negative");
    expect(errorOf(chargeableKgForLane(air, sku, -1)).message).toBe("cartons (-1) is negative");
  });
});

describe("shipmentForSku", () => {
  it("totals volume, weight and the lane's chargeable weight", () => {
    // hand: 10 × 0.12 = 1.2 CBM; 10 × 8 = 80 kg; 10 × max(8, 20) = 200 kg at 6000
    const s = unwrap(shipmentForSku(air, sku, 10));
    expect(s.cartons).toBe(10);
    expect(s.cbm).toBeCloseTo(1.2, 12);
    expect(s.actualKg).toBe(80);
    expect(s.chargeableKg).toBe(200);
  });
});
