import { replayEvent } from "../../../../src/engine/replay/replayEvent";
import { averageSalesPolicy } from "../../../../src/engine/replay/policies/averageSalesPolicy";
import { lastYearPolicy } from "../../../../src/engine/replay/policies/lastYearPolicy";
import { peakStockPolicy } from "../../../../src/engine/replay/policies/peakStockPolicy";
import { perfectForesightPolicy } from "../../../../src/engine/replay/policies/perfectForesightPolicy";
import { sellersRulePolicy } from "../../../../src/engine/replay/policies/sellersRulePolicy";
import type { ReplayPolicy, ReplayResult } from "../../../../src/engine/replay/types";
import { LANES, S, SKU, toyInput, toySeries } from "./toyBook";

function replay(policy: ReplayPolicy, input = toyInput()): ReplayResult {
  const r = replayEvent(input, policy);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const lots = (r: ReplayResult) => r.skus[0].shipments.map((l) => ({ lane: l.lane, units: l.units, ship: l.shipDay - S, arrive: l.arrivalDay - S }));

// Window demand 30, 30, 10, 10, 10 = 90. Per unit: sea $1, air $5, duty $0.60, storage $0.10/day, margin $11.
describe("replayEvent on the toy book, worked by hand", () => {
  it("last year's window + 20 %: 84 by sea", () => {
    // hand: last year's window 20 + 20 + 10 + 10 + 10 = 70 × 1.2 = 84, sea ship-by S−14, arrives S−4
    // held S−4…S−1: 4 days × 84 × 0.10 = 33.6; window stock at day's end 54, 24, 14, 4, 0 → 5.4 + 2.4 + 1.4 + 0.4 = 9.6
    // sold 84, short 6; profit 84 × (20 − 6 − 3) − 84 × 1 − 84 × 0.6 − 43.2 = 924 − 84 − 50.4 − 43.2 = 746.4
    const r = replay(lastYearPolicy());
    expect(lots(r)).toEqual([{ lane: "Sea", units: 84, ship: -14, arrive: -4 }]);
    expect(r.total).toMatchObject({ demandedUnits: 90, soldUnits: 84, shortUnits: 6, leftoverUnits: 0, shippedUnits: 84 });
    expect(r.total.storageUsd).toBeCloseTo(43.2, 9);
    expect(r.total.freightUsd).toBeCloseTo(84, 9);
    expect(r.total.dutyUsd).toBeCloseTo(50.4, 9);
    expect(r.total.profitUsd).toBeCloseTo(746.4, 9);
    expect(r.total.fillRate).toBeCloseTo(84 / 90, 12);
  });

  it("30-day average × (window + safety days): 60 by sea", () => {
    // hand: 10/day × (5 + 1) = 60; held 4 days: 24; window stock 30, 0, 0, 0, 0 → 3.0; storage 27
    // sold 60, short 30; profit 60 × 11 − 60 − 36 − 27 = 537
    const r = replay(averageSalesPolicy());
    expect(lots(r)).toEqual([{ lane: "Sea", units: 60, ship: -14, arrive: -4 }]);
    expect(r.total).toMatchObject({ soldUnits: 60, shortUnits: 30, leftoverUnits: 0 });
    expect(r.total.storageUsd).toBeCloseTo(27, 9);
    expect(r.total.profitUsd).toBeCloseTo(537, 9);
  });

  it("the seller's rule: P50 70 by sea, max/avg safety stock 10 by air", () => {
    // hand: window P50 = event 2 days × 10 × uplift 2 (last year 20 vs 10) = 40 + 3 cover days × 10 = 70 → sea;
    // SS = max 10 × (1 + 3) − avg 10 × (1 + 2) = 10 → air (ship-by S−7, arrives S−2)
    // storage: 70 × 4 × 0.10 = 28 + 10 × 2 × 0.10 = 2; window stock 50, 20, 10, 0, 0 → 8; total 38
    // sold 80, short 10; profit 80 × 11 − (70 + 50) − 48 − 38 = 674
    const r = replay(sellersRulePolicy());
    expect(lots(r)).toEqual([
      { lane: "Sea", units: 70, ship: -14, arrive: -4 },
      { lane: "Air", units: 10, ship: -7, arrive: -2 },
    ]);
    expect(r.total).toMatchObject({ soldUnits: 80, shortUnits: 10, leftoverUnits: 0 });
    expect(r.total.storageUsd).toBeCloseTo(38, 9);
    expect(r.total.profitUsd).toBeCloseTo(674, 9);
  });

  it("PeakStock: base by sea on the plan date, sprint from the re-plan at the air ship-by", () => {
    // hand, the plan on S−20: P50 40 (as above), P90 = 40 + 1.28155 × √40 (the Poisson floor) = 48.105; cover 30;
    // SS = z(0.98) 2.05375 × 10/day × σL 0.5 (air lead 4 worst vs 3 typical, ÷ 2) = 10.269; buffer 0.15 × 40 = 6
    // need = 70 + max(8.105, 10.269) + 6 = 86.269; split: CR = (5 − 1) ÷ (5 + o 1.6) = 0.6061, z 0.2690,
    // σ = 8.105 ÷ 1.28155 = 6.325 → base 70 + 1.70 = 71.70 → 72 cartons by sea; sprint booked 15
    // re-plan on S−7 (sales to S−8, still 10/day): the 72 at sea count in full (arrive S−4, not sold before the event)
    // → need 86.269 − 72 = 14.27 → 15 by air (the old count sold 7 × 10 = 70 of them first and asked for 85)
    // storage: 72 × 4 × 0.10 = 28.8 + 15 × 2 × 0.10 = 3.0; window stock 57, 27, 17, 7, 0 → 10.8; total 42.6
    // sold 87, short 3; profit 87 × 11 − (72 + 75) − 87 × 0.6 − 42.6 = 957 − 147 − 52.2 − 42.6 = 715.2
    const r = replay(peakStockPolicy());
    expect(lots(r)).toEqual([
      { lane: "Sea", units: 72, ship: -14, arrive: -4 },
      { lane: "Air", units: 15, ship: -7, arrive: -2 },
    ]);
    expect(r.total).toMatchObject({ soldUnits: 87, shortUnits: 3, leftoverUnits: 0 });
    expect(r.total.storageUsd).toBeCloseTo(42.6, 9);
    expect(r.total.profitUsd).toBeCloseTo(715.2, 9);
    expect(r.errors).toEqual([]);
  });

  it("perfect foresight: exactly the 90 missing units by the cheapest lane in time", () => {
    // hand: 90 by sea; held 4 days: 36; window stock 60, 30, 20, 10, 0 → 12; storage 48
    // profit 90 × 11 − 90 − 54 − 48 = 798
    const r = replay(perfectForesightPolicy());
    expect(lots(r)).toEqual([{ lane: "Sea", units: 90, ship: -14, arrive: -4 }]);
    expect(r.total).toMatchObject({ soldUnits: 90, shortUnits: 0, leftoverUnits: 0 });
    expect(r.total.profitUsd).toBeCloseTo(798, 9);
  });

  it("perfect foresight ships nothing for a SKU whose margin does not pay its freight", () => {
    // hand: every lane ≥ $12/unit (sea $1.20/kg × 10 kg) against an $11 margin: 90 units would make
    // 990 − 1080 − 54 − 48 = −192 < 0 → nothing shipped, profit 0, all 90 short
    const dear = LANES.map((l) => ({ ...l, ratePerKg: l.ratePerKg + 1.1 }));
    const r = replay(perfectForesightPolicy(), toyInput({ lanes: dear }));
    expect(r.total).toMatchObject({ shippedUnits: 0, soldUnits: 0, shortUnits: 90, profitUsd: 0 });
  });

  it("charges leftovers o each, and storage on every day they are held", () => {
    // hand: window demand 5/day = 25; last year + 20 % still ships 84: sold 25, leftover 59
    // storage 33.6 + (79 + 74 + 69 + 64 + 59) × 0.10 = 33.6 + 34.5 = 68.1; leftover 59 × $1.60 = 94.4
    // profit 25 × 11 − 84 − 50.4 − 68.1 − 94.4 = −21.9
    const r = replay(lastYearPolicy(), toyInput({ series: [toySeries([5, 5, 5, 5, 5])] }));
    expect(r.total).toMatchObject({ demandedUnits: 25, soldUnits: 25, leftoverUnits: 59 });
    expect(r.total.storageUsd).toBeCloseTo(68.1, 9);
    expect(r.total.leftoverCostUsd).toBeCloseTo(94.4, 9);
    expect(r.total.profitUsd).toBeCloseTo(-21.9, 9);
  });

  it("lets stock on hand at the plan date serve the days before the window first", () => {
    // hand: 250 on hand, 20 days × 10 sold before the window → 50 join it on its first day;
    // the 30-day average rule counts 250 − 10 × 20 = 50 already there and sends 60 − 50 = 10 by sea
    // → 60 for the window: stock 30 after day 1, 0 after day 2; sold 60, short 30
    const r = replay(averageSalesPolicy(), toyInput({ skus: [{ ...SKU, onHand: 250 }] }));
    expect(lots(r)).toEqual([{ lane: "Sea", units: 10, ship: -14, arrive: -4 }]);
    expect(r.total).toMatchObject({ soldUnits: 60, shortUnits: 30, leftoverUnits: 0 });
  });

  it("arrives at worst-case transit when asked (a stress test)", () => {
    // hand: sea worst 9 days: S−14 + 2 + 9 + 2 = S−1 (its sellable-by); held 1 day: 84 × 0.10 = 8.4 + 9.6 = 18
    const r = replay(lastYearPolicy(), toyInput({ settings: { daysAhead: 20, arrival: "worst" } }));
    expect(lots(r)).toEqual([{ lane: "Sea", units: 84, ship: -14, arrive: -1 }]);
    expect(r.total.storageUsd).toBeCloseTo(18, 9);
  });
});

describe("replayEvent with the book's own stock", () => {
  it("sells the book's in-transit lot before the window from its arrival, and what is left in the window", () => {
    // hand: nothing on hand; 150 in transit arrive S−10 and sell S−10 … S−1 = 100 → 50 join the window;
    // the 30-day average rule counts 0 + 150 in transit and sends max(0, 60 − 150) → nothing
    // window 30, 30, 10, 10, 10: sold 30 + 20, short 40; storage 20 after day 1 → 2.0; no logistics (paid before the plan)
    // profit 50 × 11 − 2.0 = 548
    const r = replay(averageSalesPolicy(), toyInput({ skus: [{ ...SKU, inTransit: 150, inTransitArrival: S - 10 }] }));
    expect(r.total).toMatchObject({ shippedUnits: 0, soldUnits: 50, shortUnits: 40, leftoverUnits: 0, freightUsd: 0 });
    expect(r.total.profitUsd).toBeCloseTo(548, 9);
  });
});
