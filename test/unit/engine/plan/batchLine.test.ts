import { batchLine } from "../../../../src/engine/plan/batchLine";
import { DEFAULT_LANES } from "../../../../src/engine/plan/defaultLanes";
import { laneOptions } from "../../../../src/engine/plan/laneOptions";
import { unwrap } from "../stock/testResult";
import { PLAN, POLICY, S, SKU } from "./flatBook";

describe("batchLine, worked by hand", () => {
  const sku = { ...SKU, dutyRate: 0.075 };
  const options = unwrap(laneOptions(sku, DEFAULT_LANES, S, 14, 7, PLAN));
  const fastBoat = options[2];
  const air = options[3];

  it("costs 10 cartons by fast boat: goods, freight, duty, insurance and storage to the window's end", () => {
    const line = unwrap(batchLine(sku, fastBoat, 10, POLICY));
    // hand: 100 units × $3 = 300; freight 300 $/CBM × 0.6 CBM = 180; duty 7.5 % × 300 = 22.5;
    // insurance (300 + 180) × 1.1 × 0.003 = 1.584; volume 10 × 60 000 cm³ ÷ 28 316.846592 = 21.18880 ft³;
    // storage from sellable-by 2026-11-20 to the window's end (event end 11-30 + 14 cover days = 12-14), at the
    // peak $2.40/ft³·month: Nov 20–30 11/30 + Dec 1–14 14/31 → 21.18880 × 2.4 × (0.366667 + 0.451613) = 41.6121
    expect(line).toMatchObject({
      lane: "Fast boat → US West", mode: "fast-sea", units: 100, cartons: 10, actualKg: 100, chargeableKg: 600,
      shipBy: 46305, shipByTypical: 46314, arriveBy: 46332, purchaseUsd: 300, dutyUsd: 22.5,
    });
    expect(line.cbm).toBeCloseTo(0.6, 12);
    expect(line.freightUsd).toBeCloseTo(180, 9);
    expect(line.insuranceUsd).toBeCloseTo(1.584, 9);
    expect(line.cubicFeet).toBeCloseTo(21.1888, 4);
    expect(line.storageUsd).toBeCloseTo(21.188800 * 2.4 * (11 / 30 + 14 / 31), 3);
    expect(line.storageUsd).toBeCloseTo(41.612, 3);
  });

  it("charges air by chargeable kg, and the same storage per unit as any lane sellable by the same day", () => {
    const line = unwrap(batchLine(sku, air, 2, POLICY));
    // hand: 2 cartons × max(10 kg, 60 000 ÷ 6000 = 10 kg) × $5 = 100; insurance (60 + 100) × 1.1 × 0.003 = 0.528
    expect(line.freightUsd).toBeCloseTo(100, 9);
    expect(line.chargeableKg).toBeCloseTo(20, 9);
    expect(line.insuranceUsd).toBeCloseTo(0.528, 9);
    expect(line.storageUsd / line.units).toBeCloseTo(41.612 / 100, 5);
  });
});
