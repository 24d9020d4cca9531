/**
 * Every policy the replay compares ships under the same constraints: whole cartons, the MOQ, the
 * same lanes and ship-by dates (issue 11 §4: baselines must be fair). Toy book: toyBook.ts.
 */
import { replayEvent } from "../../../../src/engine/replay/replayEvent";
import { lastYearPolicy } from "../../../../src/engine/replay/policies/lastYearPolicy";
import { peakStockPolicy } from "../../../../src/engine/replay/policies/peakStockPolicy";
import { perfectForesightBoundPolicy } from "../../../../src/engine/replay/policies/perfectForesightBoundPolicy";
import { sellersRulePolicy } from "../../../../src/engine/replay/policies/sellersRulePolicy";
import { replayPolicies } from "../../../../src/engine/replay/replayPolicies";
import type { ReplayInput } from "../../../../src/engine/replay/replayEvent";
import type { ReplayPolicy, ReplayResult } from "../../../../src/engine/replay/types";
import type { SkuMaster } from "../../../../src/engine/plan/types";
import { dailySeries } from "../../../../src/engine/series/dailySeries";
import { EVENT, FIRST, LANES, S, SKU, toyInput, toySeries } from "./toyBook";

/** The toy SKU packed 24 to a carton (each unit still 1 ft³ and 10 kg, so the per-unit costs stay those of toyBook.ts). */
const CARTON_24: SkuMaster = { ...SKU, unitsPerCarton: 24, cartonHeightCm: 30.48 * 24, cartonWeightKg: 240 };

function replayed(input: ReplayInput, policy: ReplayPolicy): ReplayResult {
  const r = replayEvent(input, policy);
  if (!r.ok) throw new Error(`${policy.id}: ${r.error.message}`);
  return r.value;
}

const lots = (r: ReplayResult) => r.skus[0].shipments.map((l) => ({ lane: l.lane, units: l.units, ship: l.shipDay - S, arrive: l.arrivalDay - S }));

function hotSeries() {
  const made = dailySeries("A", FIRST, toySeries().units.map((u, i) => (FIRST + i >= S - 20 && FIRST + i < S ? 20 : u)));
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
}

describe("the replay holds every policy to the same constraints", () => {
  it("refuses a lot that is not whole cartons from any policy but the loose-units bound", () => {
    const loose: ReplayPolicy = { id: "last-year", decide: (k) => ({ ok: true, value: { shipments: [{ sku: "A", lane: "Sea", units: 13, shipDay: k.day }] } }) };
    const r = replayEvent(toyInput({ skus: [CARTON_24] }), loose);
    expect(!r.ok && r.error.message).toBe("replay: a policy shipped 13 units of 'A', not whole cartons of 24; every policy ships whole cartons");
    // the bound ships the 90 missing units loose, and is let through
    expect(lots(replayed(toyInput({ skus: [CARTON_24] }), perfectForesightBoundPolicy()))).toEqual([{ lane: "Sea", units: 90, ship: -14, arrive: -4 }]);
  });

  it("has PeakStock, the three naive policies and the reference plan ship whole cartons and meet the MOQ", () => {
    // MOQ 72 = 3 cartons; books: flat sales, sales running high before the event, stock on hand covering
    // the P50, an MOQ of 200 above the need, and no slow lane in time
    const moq = { ...CARTON_24, moq: 72 };
    const books: Record<string, ReplayInput> = {
      flat: toyInput({ skus: [moq] }),
      hot: toyInput({ skus: [moq], series: [hotSeries()] }),
      onHand: toyInput({ skus: [{ ...moq, onHand: 300 }] }),
      bigMoq: toyInput({ skus: [{ ...CARTON_24, moq: 200 }] }),
      noSea: toyInput({ skus: [moq], lanes: LANES.filter((l) => l.name !== "Sea") }),
    };
    const shipped: string[] = [];
    for (const [book, input] of Object.entries(books)) {
      for (const policy of replayPolicies()) {
        const r = replayed(input, policy);
        const sku = input.skus[0];
        const total = r.skus[0].shippedUnits;
        for (const lot of r.skus[0].shipments) expect(lot.units % 24).toBe(0);
        if (total > 0) expect(total).toBeGreaterThanOrEqual(sku.moq);
        shipped.push(`${book} ${policy.id} ${total}`);
      }
    }
    // the books do make every policy ship somewhere (a property over no lots could not fail)
    for (const policy of replayPolicies()) expect(shipped.some((s) => s.includes(` ${policy.id} `) && !s.endsWith(" 0"))).toBe(true);
  });

  it("has the seller's rule meet the MOQ when the stock on hand covers the P50 and only its safety stock ships", () => {
    // hand: 300 on hand, 20 days × 10 sold before the event → 100 at the event ≥ window P50 70 → no P50 lot;
    // SS = max 10 × (1 + 3) − avg 10 × (1 + 2) = 10 → 1 carton of 24 by air; the MOQ 72 leaves 48 = 2 cartons, by sea
    const r = replayed(toyInput({ skus: [{ ...CARTON_24, moq: 72, onHand: 300 }] }), sellersRulePolicy());
    expect(lots(r)).toEqual([
      { lane: "Sea", units: 48, ship: -14, arrive: -4 },
      { lane: "Air", units: 24, ship: -7, arrive: -2 },
    ]);
  });

  it("gives the naive policies the inbound cut-off PeakStock plans with", () => {
    // hand: cut-off S−10 binds before the timeline's arrive-by S−3: sea ship-by S−10 − 9 − 2 = S−21, before the plan
    // date S−20 → out of reach; air ship-by S−10 − 3 − 1 = S−14, sellable S−14 + 1 + 2 + 2 = S−9.
    // last year's 70 × 1.2 = 84 by air on S−14 (without the cut-off: by sea on S−14, arriving after it)
    const input = toyInput({ event: { ...EVENT, inboundCutOff: S - 10 } });
    expect(lots(replayed(input, lastYearPolicy()))).toEqual([{ lane: "Air", units: 84, ship: -14, arrive: -9 }]);
    expect(lots(replayed(input, peakStockPolicy()))[0]).toMatchObject({ lane: "Air", ship: -14 });
  });
});
