import { DEFAULT_LANES } from "../../../../src/engine/plan/defaultLanes";
import type { EventPolicy } from "../../../../src/engine/plan/types";
import { mergeSeasonBatches } from "../../../../src/engine/season/mergeSeasonBatches";
import { batch, lineWith, POLICY, SKU } from "../plan/flatBook";

const BOAT = "Fast boat → US West"; // minimum charge $350 (defaultLanes.ts)
// Two events of one season: E1 in October, BF (flatBook's) in November; plan date 2026-09-18 (46283) for both.
const E1: EventPolicy = { ...POLICY, name: "E1", start: POLICY.start - 30, end: POLICY.start - 27 };
const EVENTS = [E1, POLICY];

/** E1's base batch: 40 units, $120 freight, ship-by 46290, arrive-by 46280 + 14 receiving = sellable 46294 (2026-09-29). */
const first = () => lineWith({ event: "E1", base: batch(BOAT, 40, { freightUsd: 120, shipBy: 46290, shipByTypical: 46292, arriveBy: 46280, cubicFeet: 8.47552 }) });
/** BF's base batch: 30 units (6.35664 ft³), $90 freight, ship-by 46310, arrive-by 46300 → sellable 46314 (2026-10-19). */
const second = (costs = {}) => lineWith({ event: "BF", base: batch(BOAT, 30, { freightUsd: 90, shipBy: 46310, shipByTypical: 46312, arriveBy: 46300, cubicFeet: 6.35664, storageUsd: 1, ...costs }) });

describe("mergeSeasonBatches, worked by hand", () => {
  it("ships a later event's base batch with the earlier shipment when the minimum charge saved beats the storage", () => {
    const merged = mergeSeasonBatches([[first()], [second()]], EVENTS, DEFAULT_LANES, [SKU]);
    // hand: saving = max(120, 350) + max(90, 350) − max(210, 350) = 350 + 350 − 350 = $350
    // storage of BF's 6.35664 ft³ from 46294 (Sep 29) to 46314 (Oct 19): Sep 29–30 at $0.78 and Oct 1–18 at $2.40
    //   = 6.35664 × (0.78 × 2 ÷ 30 + 2.40 × 18 ÷ 31) = 6.35664 × (0.052 + 1.3935484) = 9.188831
    const moved = merged.lines[1][0].base;
    expect(moved?.shipBy).toBe(46290);
    expect(moved?.shipByTypical).toBe(46292);
    expect(moved?.arriveBy).toBe(46280);
    expect(moved?.storageUsd).toBeCloseTo(1 + 9.188831, 5); // its own storage ($1) plus the early days
    expect(merged.merged[1].count).toBe(1);
    expect(merged.merged[1].savingUsd).toBeCloseTo(350 - 9.188831, 5);
    expect(merged.merged[0]).toEqual({ count: 0, savingUsd: 0 });
    expect(merged.lines[1][0].why.at(-1)?.key).toBe("mergedShipment");
    // the first event's line is untouched
    expect(merged.lines[0][0]).toEqual(first());
  });

  it("keeps two shipments when both are above the minimum (the rates are linear: nothing saved)", () => {
    // hand: max(400, 350) + max(400, 350) − max(800, 350) = 0 ≤ storage $9.19
    const merged = mergeSeasonBatches([[lineWith({ event: "E1", base: { ...first().base!, freightUsd: 400 } })], [second({ freightUsd: 400 })]], EVENTS, DEFAULT_LANES, [SKU]);
    expect(merged.lines[1][0].base?.shipBy).toBe(46310);
    expect(merged.merged[1].count).toBe(0);
  });

  it("keeps them apart when the storage costs more than the minimum saved", () => {
    // hand: 3,000 ft³ for 20 days at ~$1.4455 per ft³ = $4,336 > $350 saved
    const merged = mergeSeasonBatches([[first()], [second({ cubicFeet: 3000 })]], EVENTS, DEFAULT_LANES, [SKU]);
    expect(merged.lines[1][0].base?.shipBy).toBe(46310);
  });

  it("keeps them apart beyond batchMergeDays, on another lane, or when the goods are not ready by the earlier ship-by", () => {
    // 20 days apart: merged at the default 30, not with 19
    const tight = [E1, { ...POLICY, batchMergeDays: 19 }];
    expect(mergeSeasonBatches([[first()], [second()]], tight, DEFAULT_LANES, [SKU]).lines[1][0].base?.shipBy).toBe(46310);
    const air = "Air → US West";
    expect(mergeSeasonBatches([[first()], [second({ lane: air })]], EVENTS, DEFAULT_LANES, [SKU]).lines[1][0].base?.shipBy).toBe(46310);
    // hand: ready = plan date 46283 + 10 supplier days = 46293 > the earlier ship-by 46290
    expect(mergeSeasonBatches([[first()], [second()]], EVENTS, DEFAULT_LANES, [{ ...SKU, supplierLeadDays: 10 }]).lines[1][0].base?.shipBy).toBe(46310);
    // and with 7 supplier days (ready 46290) it merges
    expect(mergeSeasonBatches([[first()], [second()]], EVENTS, DEFAULT_LANES, [{ ...SKU, supplierLeadDays: 7 }]).lines[1][0].base?.shipBy).toBe(46290);
  });
});
