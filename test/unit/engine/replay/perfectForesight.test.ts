/**
 * The perfect-foresight reference plan (whole cartons, MOQ, lanes in time) against the loose-units bound,
 * on the toy book with a carton of 24 units, worked by hand.
 */
import { replayEvent } from "../../../../src/engine/replay/replayEvent";
import { perfectForesightBoundPolicy } from "../../../../src/engine/replay/policies/perfectForesightBoundPolicy";
import { perfectForesightPolicy } from "../../../../src/engine/replay/policies/perfectForesightPolicy";
import type { ReplayPolicy, ReplayResult } from "../../../../src/engine/replay/types";
import type { SkuMaster } from "../../../../src/engine/plan/types";
import { LANES, S, SKU, toyInput, toySeries } from "./toyBook";

/**
 * The toy SKU packed 24 to a carton, each unit still 1 ft³ and 10 kg: carton 30.48 × 30.48 × 731.52 cm = 24 ft³,
 * 240 kg (volumetric 6.8 kg at divisor 100,000: the actual weight is charged). Per unit: sea $1, air $5, express $8,
 * duty $0.60, storage $0.10/day, margin m = 20 − 6 − 3 = $11, leftover o = $1.60 (toyBook.ts).
 */
const CARTON_24: SkuMaster = { ...SKU, unitsPerCarton: 24, cartonHeightCm: 30.48 * 24, cartonWeightKg: 240 };

function replay(policy: ReplayPolicy, window: readonly number[], sku: SkuMaster = CARTON_24, lanes = LANES): ReplayResult {
  const r = replayEvent(toyInput({ series: [toySeries(window)], skus: [sku], lanes }), policy);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const lots = (r: ReplayResult) => r.skus[0].shipments.map((l) => ({ lane: l.lane, units: l.units, ship: l.shipDay - S, arrive: l.arrivalDay - S }));

describe("perfect foresight as a plan: whole cartons where they pay", () => {
  it("rounds 15 units of actual demand up to one carton of 24 when the carton pays", () => {
    // hand: window demand 3/day × 5 = 15. One carton by sea (ship-by S−14, arrives S−4):
    // revenue 15 × 20 = 300 − cost 15 × 6 = 90 − fees 15 × 3 = 45 → 165 (= 15 × m $11)
    // freight 24 × $1 = 24; duty 24 × 0.60 = 14.4; storage held S−4 … S−1: 4 × 24 × 0.10 = 9.6,
    // window stock at day's end 21, 18, 15, 12, 9 = 75 × 0.10 = 7.5; leftover 9 × 1.60 = 14.4
    // profit = 165 − 24 − 14.4 − 9.6 − 7.5 − 14.4 = 95.1 > 0 (by air: freight 120 alone outweighs it)
    const r = replay(perfectForesightPolicy(), [3, 3, 3, 3, 3]);
    expect(lots(r)).toEqual([{ lane: "Sea", units: 24, ship: -14, arrive: -4 }]);
    expect(r.total).toMatchObject({ demandedUnits: 15, soldUnits: 15, shortUnits: 0, leftoverUnits: 9, shippedUnits: 24 });
    expect(r.total.storageUsd).toBeCloseTo(17.1, 9);
    expect(r.total.leftoverCostUsd).toBeCloseTo(14.4, 9);
    expect(r.total.profitUsd).toBeCloseTo(95.1, 9);
  });

  it("ships nothing when the margin does not pay one carton, where the loose-units bound still ships 15", () => {
    // hand: price $12 → m = 12 − 6 − 3 = $3 (o unchanged: it is storage + 10 % of the cost).
    // one carton: 15 × 3 = 45 − 24 − 14.4 − 17.1 − 14.4 = −24.9 < 0 → nothing (profit 0, all 15 short);
    // break-even margin (24 + 14.4 + 17.1 + 14.4) ÷ 15 = $4.66
    // bound, 15 loose by sea: 45 − freight 15 − duty 9 − storage (4 × 15 × 0.10 = 6) − window (12 + 9 + 6 + 3 + 0) × 0.10 = 3 → 12 > 0
    const cheap = { ...CARTON_24, price: 12 };
    const plan = replay(perfectForesightPolicy(), [3, 3, 3, 3, 3], cheap);
    expect(plan.total).toMatchObject({ shippedUnits: 0, soldUnits: 0, shortUnits: 15, profitUsd: 0 });
    const bound = replay(perfectForesightBoundPolicy(), [3, 3, 3, 3, 3], cheap);
    expect(lots(bound)).toEqual([{ lane: "Sea", units: 15, ship: -14, arrive: -4 }]);
    expect(bound.total.profitUsd).toBeCloseTo(12, 9);
    // at m = $11 the bound makes 165 − 15 − 9 − 6 − 3 = 132, above the plan's 95.1: what loose units would add
    expect(replay(perfectForesightBoundPolicy(), [3, 3, 3, 3, 3]).total.profitUsd).toBeCloseTo(132, 9);
  });

  it("rounds 27 units down to one carton when the second carton's 3 extra sales do not pay for it", () => {
    // hand: demand 9, 9, 3, 3, 3 = 27.
    // 1 carton: sold 24 → 264; freight 24, duty 14.4, held 9.6, window stock 15, 6, 3, 0, 0 = 24 → 2.4: profit 213.6
    // 2 cartons: sold 27 → 297; freight 48, duty 28.8, held 4 × 48 × 0.10 = 19.2, window 39, 30, 27, 24, 21 = 141 → 14.1,
    // leftover 21 × 1.60 = 33.6: profit 297 − 48 − 28.8 − 19.2 − 14.1 − 33.6 = 153.3 < 213.6 → one carton, 3 short
    const r = replay(perfectForesightPolicy(), [9, 9, 3, 3, 3]);
    expect(lots(r)).toEqual([{ lane: "Sea", units: 24, ship: -14, arrive: -4 }]);
    expect(r.total).toMatchObject({ soldUnits: 24, shortUnits: 3, leftoverUnits: 0 });
    expect(r.total.profitUsd).toBeCloseTo(213.6, 9);
  });

  it("meets the MOQ by the slow lane, and ships nothing when the MOQ does not pay", () => {
    // hand, MOQ 72 (3 cartons), demand 15: 72 by sea → 165 − 72 − 43.2 − held 4 × 72 × 0.10 = 28.8
    // − window (69 + 66 + 63 + 60 + 57) × 0.10 = 31.5 − leftover 57 × 1.60 = 91.2 = −101.7 < 0 → nothing
    const moq = { ...CARTON_24, moq: 72 };
    expect(replay(perfectForesightPolicy(), [3, 3, 3, 3, 3], moq).total).toMatchObject({ shippedUnits: 0, profitUsd: 0 });
    // demand 20, 20, 10, 5, 5 = 60: 3 cartons = the MOQ; sold 60 → 660 − 72 − 43.2 − 28.8 − window (52 + 32 + 22 + 17 + 12) × 0.10 = 13.5
    // − leftover 12 × 1.60 = 19.2 → 483.3
    const r = replay(perfectForesightPolicy(), [20, 20, 10, 5, 5], moq);
    expect(lots(r)).toEqual([{ lane: "Sea", units: 72, ship: -14, arrive: -4 }]);
    expect(r.total.profitUsd).toBeCloseTo(483.3, 9);
  });

  it("does not fly the MOQ when no slow lane is in time, as PeakStock's plan does not", () => {
    // hand, Air and Express only, MOQ 72, demand 15: one carton by air (ship-by S−7, arrives S−2), the rest of
    // the MOQ not flown: 165 − freight 24 × 5 = 120 − duty 14.4 − held 2 × 24 × 0.10 = 4.8 − window 7.5 − leftover 14.4 = 3.9 > 0
    const r = replay(perfectForesightPolicy(), [3, 3, 3, 3, 3], { ...CARTON_24, moq: 72 }, LANES.filter((l) => l.name !== "Sea"));
    expect(lots(r)).toEqual([{ lane: "Air", units: 24, ship: -7, arrive: -2 }]);
    expect(r.total.profitUsd).toBeCloseTo(3.9, 9);
  });
});
