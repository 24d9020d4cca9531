import { replayEvent } from "../../../../src/engine/replay/replayEvent";
import { knowledgeAt, historyBefore } from "../../../../src/engine/replay/knowledgeAt";
import { peakStockPolicy } from "../../../../src/engine/replay/policies/peakStockPolicy";
import { REPLAY_POLICY_LABELS, replayPolicies, replayPolicyLabel } from "../../../../src/engine/replay/replayPolicies";
import type { ReplayKnowledge, ReplayPolicy } from "../../../../src/engine/replay/types";
import { EVENT, LANES, S, SKU, toyInput, toySeries } from "./toyBook";

describe("replay guards", () => {
  it("shows a policy nothing after the day before its decision", () => {
    const seen: ReplayKnowledge[] = [];
    const spy: ReplayPolicy = { id: "peakstock", decide: (k, review) => (seen.push(k), peakStockPolicy().decide(k, review)) };
    const r = replayEvent(toyInput(), spy);
    expect(r.ok).toBe(true);
    expect(seen.map((k) => k.day - S)).toEqual([-20, -7]);
    for (const k of seen) {
      for (const h of k.history) expect(h.startSerial + h.units.length - 1).toBe(k.day - 1);
      expect(k.oracle).toBeUndefined();
    }
    // on the review day the base batch is in transit (arriving S−4), held for the window: the re-plan counts it from S
    expect(seen[1].skus[0]).toMatchObject({ onHand: 0, inTransit: 70, inTransitArrival: S, supplierLeadDays: 0 });
  });

  it("decides the same whatever the window's actual sales turn out to be (no leak)", () => {
    const low = replayEvent(toyInput({ series: [toySeries([1, 1, 1, 1, 1])] }), peakStockPolicy());
    const high = replayEvent(toyInput({ series: [toySeries([99, 99, 99, 99, 99])] }), peakStockPolicy());
    if (!low.ok || !high.ok) throw new Error("replay failed");
    expect(high.value.skus[0].shipments).toEqual(low.value.skus[0].shipments);
    expect(high.value.total.soldUnits).not.toBe(low.value.total.soldUnits);
  });

  it("cuts a history before a day, with its parallel arrays", () => {
    const h = historyBefore({ ...toySeries(), revenue: Array.from({ length: 420 }, () => 1) }, S);
    expect(h && h.units.length).toBe(400);
    expect(h && h.revenue?.length).toBe(400);
    expect(historyBefore(toySeries(), S - 400)).toBeNull();
    const k = knowledgeAt({ seriesBySku: new Map([["A", toySeries()]]), skus: [SKU], lanes: LANES, event: EVENT, window: { planDate: S - 20, windowStart: S, windowEnd: S + 4 } }, S - 20, []);
    expect(k.event.planDate).toBe(S - 20);
    expect(k.skus[0]).toBe(SKU);
  });

  it("says when the history does not reach the end of the window", () => {
    const short = toySeries();
    const r = replayEvent(toyInput({ series: [{ ...short, units: short.units.slice(0, 403), excluded: short.excluded.slice(0, 403) }] }), peakStockPolicy());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe("replay: SKU 'A' has sales only to 2026-03-12, before the end of the replayed window 2026-03-14 (event + 3 cover days); replay an earlier edition");
  });

  it("refuses a plan date that is not a whole number of days ahead, or before any sales", () => {
    const half = replayEvent(toyInput({ settings: { daysAhead: 2.5 } }), peakStockPolicy());
    expect(!half.ok && half.error.code).toBe("OUT_OF_RANGE");
    const early = replayEvent(toyInput({ settings: { daysAhead: 500 } }), peakStockPolicy());
    expect(!early.ok && early.error.message).toMatch(/^replay: no sales before the plan date 2024-10-26/); // hand: 2026-03-10 − 365 = 2025-03-10, − 135 (Oct 26 → Mar 10)
    expect(!early.ok && early.error.code).toBe("INSUFFICIENT_HISTORY");
  });

  it("refuses a policy that ships before its decision day or on an unknown lane", () => {
    const cheat: ReplayPolicy = { id: "last-year", decide: (k) => ({ ok: true, value: { shipments: [{ sku: "A", lane: "Sea", units: 10, shipDay: k.day - 1 }] } }) };
    const r = replayEvent(toyInput(), cheat);
    expect(!r.ok && r.error.message).toBe("replay: a policy shipped 'A' on 2026-02-17, before its decision day 2026-02-18");
    const rail: ReplayPolicy = { id: "last-year", decide: (k) => ({ ok: true, value: { shipments: [{ sku: "A", lane: "Rail", units: 10, shipDay: k.day }] } }) };
    expect(replayEvent(toyInput(), rail).ok).toBe(false);
  });

  it("names every policy in English and Chinese", () => {
    expect(Object.keys(REPLAY_POLICY_LABELS.zh).sort()).toEqual(Object.keys(REPLAY_POLICY_LABELS.en).sort());
    expect(replayPolicies().map((p) => p.id)).toEqual(["peakstock", "last-year", "average-sales", "sellers-rule", "perfect-foresight"]);
    expect(replayPolicyLabel("sellers-rule", "zh-CN")).toBe("卖家经验：P50 走海运 + 最大/平均安全库存走空运");
    expect(replayPolicyLabel("sellers-rule")).toBe("Seller's rule: P50 by sea + max/avg safety stock by air");
  });
});
