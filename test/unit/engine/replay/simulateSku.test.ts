import { serialFromYmd } from "../../../../src/engine/dates";
import { simulateSku, type SimulateSkuInput } from "../../../../src/engine/replay/simulateSku";
import type { ReplayShipmentCost } from "../../../../src/engine/replay/types";
import { SKU } from "./toyBook";

const D = serialFromYmd(2026, 3, 10);
const lot = (units: number, arrivalDay: number, freightUsd = 0): ReplayShipmentCost => ({ sku: "A", lane: "Sea", units, shipDay: D - 20, arrivalDay, freightUsd, dutyUsd: 0, insuranceUsd: 0 });
// $0.10 per unit per day in March; o = 10 days × 0.10 + 0.1 × $6 = $1.60
const BASE: SimulateSkuInput = {
  sku: SKU,
  event: { storageRateOffPeak: 3.1, storageRatePeak: 3.1, leftoverHoldDays: 10 },
  windowStart: D,
  windowEnd: D + 2,
  windowDemandUnits: [5, 5, 5],
  openingUnits: 0,
  inTransit: null,
  shipments: [],
};

describe("simulateSku", () => {
  it("loses the sales it cannot serve (no backorders)", () => {
    // hand: 8 units arriving the day before: day 1 sells 5 (3 left), day 2 sells 3 (2 lost), day 3 loses 5
    // storage: 8 × 0.10 (held the day before) + 3 × 0.10 = 1.1; profit 8 × 11 − 1.1 = 86.9
    const r = simulateSku({ ...BASE, shipments: [lot(8, D - 1)] });
    expect(r.ok && r.value).toMatchObject({ demandedUnits: 15, soldUnits: 8, shortUnits: 7, leftoverUnits: 0, fillRate: 8 / 15 });
    expect(r.ok && r.value.storageUsd).toBeCloseTo(1.1, 12);
    expect(r.ok && r.value.profitUsd).toBeCloseTo(86.9, 12);
  });

  it("sells a lot from the day it arrives in the window, not before", () => {
    // hand: 10 arrive on day 2: day 1 loses 5; day 2 sells 5 (5 left: 0.5); day 3 sells 5
    const r = simulateSku({ ...BASE, shipments: [lot(10, D + 1)] });
    expect(r.ok && r.value).toMatchObject({ soldUnits: 10, shortUnits: 5, leftoverUnits: 0 });
    expect(r.ok && r.value.storageUsd).toBeCloseTo(0.5, 12);
  });

  it("counts a lot arriving after the window as leftover, at o each, and still pays its freight", () => {
    // hand: 4 arrive the day after the window: 15 short; leftover 4 × 1.60 = 6.4; profit −6.4 − 12 freight
    const r = simulateSku({ ...BASE, shipments: [lot(4, D + 3, 12)] });
    expect(r.ok && r.value).toMatchObject({ soldUnits: 0, shortUnits: 15, leftoverUnits: 4 });
    expect(r.ok && r.value.leftoverCostUsd).toBeCloseTo(6.4, 12);
    expect(r.ok && r.value.profitUsd).toBeCloseTo(-18.4, 12);
  });

  it("sells opening stock and stock in transit, which cost no logistics here", () => {
    // hand: 6 on hand + 20 in transit arriving day 3: sold 5, 1 (4 lost), 5; leftover 15 × 1.60 = 24
    // storage: 1 after day 1 → 0.1; 0 after day 2; 15 after day 3 → 1.5; profit 11 × 11 − 1.6 − 24 = 95.4
    const r = simulateSku({ ...BASE, openingUnits: 6, inTransit: { units: 20, day: D + 2 } });
    expect(r.ok && r.value).toMatchObject({ soldUnits: 11, shortUnits: 4, leftoverUnits: 15, shippedUnits: 0, freightUsd: 0 });
    expect(r.ok && r.value.profitUsd).toBeCloseTo(95.4, 12);
  });

  it("has no fill rate when nothing was demanded", () => {
    const r = simulateSku({ ...BASE, windowDemandUnits: [0, 0, 0] });
    expect(r.ok && r.value.fillRate).toBeNull();
  });

  it("never sells more than was there or was asked for (property)", () => {
    for (let seed = 1; seed <= 50; seed++) {
      const demand = [0, 1, 2].map((i) => (seed * 7 + i * 13) % 11);
      const shipments = [lot((seed * 5) % 17, D - 1 + (seed % 5))];
      const r = simulateSku({ ...BASE, windowDemandUnits: demand, openingUnits: seed % 3, shipments });
      if (!r.ok) throw new Error(r.error.message);
      const had = (seed % 3) + shipments[0].units;
      expect(r.value.soldUnits + r.value.leftoverUnits).toBeCloseTo(had, 12);
      expect(r.value.soldUnits + r.value.shortUnits).toBe(demand.reduce((a, b) => a + b, 0));
    }
  });
});
