import { shipmentCosts } from "../../../../src/engine/replay/shipmentCosts";
import type { ReplayArrival } from "../../../../src/engine/replay/types";
import { LANES, SKU } from "./toyBook";

const skus = new Map([["A", SKU], ["B", { ...SKU, sku: "B", unitCost: 12 }]]);
const air = { ...LANES[1], minCharge: 150 };
const lanes = new Map([["Air", air], ["Sea", LANES[0]]]);
const lot = (sku: string, lane: string, units: number, shipDay = 100): ReplayArrival => ({ sku, lane, units, shipDay, arrivalDay: shipDay + 5 });

describe("shipmentCosts", () => {
  it("raises one shipment's lots to the lane minimum together, in proportion", () => {
    // hand: A 10 + B 14 units by air at $5 = $50 + $70 = $120 < $150 → × 1.25: $62.50 and $87.50
    // duty 10 % of goods: A 10 × 6 × 0.1 = 6; B 14 × 12 × 0.1 = 16.8; insurance 1 %: (60 + 62.5) × 1.1 × 0.01 = 1.3475
    const r = shipmentCosts([lot("A", "Air", 10), lot("B", "Air", 14)], skus, lanes, { insuranceRate: 0.01 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.map((l) => l.freightUsd)).toEqual([expect.closeTo(62.5, 9), expect.closeTo(87.5, 9)]);
    expect(r.value.map((l) => l.dutyUsd)).toEqual([expect.closeTo(6, 9), expect.closeTo(16.8, 9)]);
    expect(r.value[0].insuranceUsd).toBeCloseTo(1.3475, 9);
  });

  it("applies the minimum per lane and ship day, and not at all when asked", () => {
    // hand: the same lots leaving on different days are two shipments: $150 each
    const apart = shipmentCosts([lot("A", "Air", 10, 100), lot("B", "Air", 14, 101)], skus, lanes, { insuranceRate: 0 });
    expect(apart.ok && apart.value.map((l) => l.freightUsd)).toEqual([150, 150]);
    const alone = shipmentCosts([lot("A", "Air", 10)], skus, lanes, { insuranceRate: 0 }, false);
    expect(alone.ok && alone.value[0].freightUsd).toBeCloseTo(50, 9);
  });

  it("names an unknown lane", () => {
    const r = shipmentCosts([lot("A", "Rail", 1)], skus, lanes, { insuranceRate: 0 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe("replay: lane 'Rail' is not on the Lanes sheet");
  });
});
