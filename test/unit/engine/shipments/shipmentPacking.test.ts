import { LINES, PACKING, SHIPMENTS } from "./packedBook";

describe("shipmentPacking, worked by hand", () => {
  const byLane = (lane: string, destination = "Amazon US") => {
    const p = PACKING.find((x) => x.shipment.lane === lane && x.shipment.destination === destination);
    if (!p) throw new Error(lane);
    return p;
  };

  it("packs each shipment of the plan, in its order, with the Batches sheet's ids", () => {
    expect(PACKING.map((p) => [p.id, p.shipment.lane, p.shipment.destination, p.items.map((i) => i.sku)])).toEqual(
      SHIPMENTS.map((s, i) => [`B0${i + 1}`, s.lane, s.destination, expect.any(Array)]),
    );
    expect(PACKING.map((p) => p.items.length)).toEqual(SHIPMENTS.map((s) => s.skus));
  });

  it("works out an air shipment at 6000 cm³/kg: the light, bulky BOX by volume, the dense IRON by weight", () => {
    const air = byLane("Air → US West");
    expect(air.divisorCm3PerKg).toBe(6000);
    const [box, iron] = air.items;
    // hand: BOX 12 cartons: 0.06 × 12 = 0.72 CBM; 8 × 12 = 96 kg actual; 50 × 40 × 30 ÷ 6000 = 10 kg a carton → 120 volumetric and chargeable
    expect([box.cartons, box.unitsPerCarton, box.units, box.cbm, box.actualKg, box.volumetricKg, box.chargeableKg].map((x) => Math.round(x * 1e6) / 1e6)).toEqual([12, 10, 120, 0.72, 96, 120, 120]);
    // hand: IRON 5 cartons: 0.024 × 5 = 0.12 CBM; 9 × 5 = 45 kg actual; 40 × 30 × 20 ÷ 6000 = 4 kg → 20 volumetric; chargeable 45 (actual wins)
    expect([iron.cartons, iron.unitsPerCarton, iron.units, iron.cbm, iron.actualKg, iron.volumetricKg, iron.chargeableKg].map((x) => Math.round(x * 1e6) / 1e6)).toEqual([5, 6, 30, 0.12, 45, 20, 45]);
    // hand: totals 17 cartons, 150 units, 0.84 CBM, 141 kg actual, 140 volumetric, 165 chargeable carton by carton
    expect([air.cartons, air.units, air.cbm, air.actualKg, air.volumetricKg, air.chargeableKg].map((x) => Math.round(x * 1e6) / 1e6)).toEqual([17, 150, 0.84, 141, 140, 165]);
    expect(air.chargeableKg).toBeCloseTo(air.shipment.chargeableKg, 9); // the Batches sheet's figure
  });

  it("works out a sea shipment by weight/measure at 1000 cm³/kg: 1 CBM counts as 1000 kg", () => {
    const boat = byLane("Fast boat → US West");
    // hand: 30 cartons × 0.06 = 1.8 CBM → 1,800 kg volumetric and chargeable; 240 kg actual
    expect([boat.cartons, boat.cbm, boat.actualKg, boat.volumetricKg, boat.chargeableKg].map((x) => Math.round(x * 1e6) / 1e6)).toEqual([30, 1.8, 240, 1800, 1800]);
  });

  it("marks Amazon destinations for a Send to Amazon file, in inches and pounds for the US, centimetres and kilograms for Germany", () => {
    expect(PACKING.map((p) => [p.shipment.destination, p.boxUnits])).toEqual(
      SHIPMENTS.map((s) => [s.destination, s.destination === "Amazon US" ? "in-lb" : "cm-kg"]),
    );
    expect(LINES).toHaveLength(3);
  });
});
