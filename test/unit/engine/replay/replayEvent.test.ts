import { replayEvent } from "../../../../src/engine/replay/replayEvent";
import { averageSalesPolicy } from "../../../../src/engine/replay/policies/averageSalesPolicy";
import { lastYearPolicy } from "../../../../src/engine/replay/policies/lastYearPolicy";
import { peakStockPolicy } from "../../../../src/engine/replay/policies/peakStockPolicy";
import { perfectForesightPolicy } from "../../../../src/engine/replay/policies/perfectForesightPolicy";
import { sellersRulePolicy } from "../../../../src/engine/replay/policies/sellersRulePolicy";
import type { ReplayPolicy, ReplayResult } from "../../../../src/engine/replay/types";
import { dailySeries } from "../../../../src/engine/series/dailySeries";
import { FIRST, LANES, S, SKU, toyInput, toySeries } from "./toyBook";

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

  it("PeakStock: base by sea at its two-stage level on the plan date, the sprint left to the re-plan at the air ship-by", () => {
    // hand, the plan on S−20: history 10/day (its backtest errors are 0, so the prior keeps 0.3 % weight: the window is
    // Poisson(70) to the unit: event 2 days × 10 × uplift 2 (last year 20 vs 10) = 40, cover 3 × 10 = 30).
    // m = 20 − 6 − 3 = $11, o = $1.60. k = freight + duty $0.60 + storage from the typical arrival to the window's middle S+2:
    // sea $1 + 0.6 + (S−4 … S+1) 6 days × $0.10 = $2.20; air $5 + 0.6 + (S−2 … S+1) 4 × 0.10 = $6.00.
    // CR_air = (11 − 6) ÷ (11 + 1.6) = 0.3968; both pay, so two-stage: the base level with ρ = 1 is
    // (k_s − k_b) ÷ (k_s + o) = 3.8 ÷ 7.6 = 0.5 → qpois(0.5, 70) = 70 by sea (scipy.stats.poisson.ppf).
    // The re-plan on S−7 (sales to S−8, still 10/day) counts the 70 at sea in full (arrive S−4, held for the window):
    // qpois(0.3968, 70) = 68 ≤ 70 → nothing by air.
    // storage: 70 × 4 × 0.10 = 28; window stock 40, 10, 0, 0, 0 → 5.0; total 33
    // sold 70, short 20; profit 70 × 11 − 70 × 1 − 70 × 0.6 − 33 = 770 − 70 − 42 − 33 = 625
    const r = replay(peakStockPolicy());
    expect(lots(r)).toEqual([{ lane: "Sea", units: 70, ship: -14, arrive: -4 }]);
    expect(r.total).toMatchObject({ soldUnits: 70, shortUnits: 20, leftoverUnits: 0 });
    expect(r.total.storageUsd).toBeCloseTo(33, 9);
    expect(r.total.profitUsd).toBeCloseTo(625, 9);
    expect(r.errors).toEqual([]);
  });

  it("PeakStock's re-plan flies what the base does not cover once the sales to date run high", () => {
    // hand: the same plan (70 by sea); from S−20 to S−8 the shelf sold 20/day, so the re-plan on S−7 forecasts
    // more than the base holds and sends the rest by air at CR_air, counting the 70 at sea as arriving (not sold before).
    const hot = toySeries().units.map((u, i) => (FIRST + i >= S - 20 && FIRST + i < S ? 20 : u));
    const made = dailySeries("A", FIRST, hot);
    if (!made.ok) throw new Error(made.error.message);
    const r = replay(peakStockPolicy(), toyInput({ series: [made.value] }));
    const sent = lots(r);
    expect(sent[0]).toEqual({ lane: "Sea", units: 70, ship: -14, arrive: -4 });
    expect(sent[1]).toMatchObject({ lane: "Air", ship: -7, arrive: -2 });
    expect(sent[1].units).toBeGreaterThan(0);
  });

  it("perfect foresight: the 90 missing units (90 cartons of 1) by the cheapest lane in time", () => {
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
