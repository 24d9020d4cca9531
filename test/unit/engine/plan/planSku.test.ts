/**
 * planSku on the flat book (flatBook.ts), worked by hand: 10 units a day, so the forecast is 10/day, the
 * event's P50 4 × 10 = 40 and the cover days' 14 × 10 = 140. The quantities that depend on the P90 and the
 * safety stock are left to chooseSplit's tests; these cases pin lanes, dates, rounding, the MOQ, the stock
 * before the event and the Why text.
 */
import { DEFAULT_LANES, defaultLanes } from "../../../../src/engine/plan/defaultLanes";
import { renderNotes } from "../../../../src/engine/plan/planNotes";
import { planSku, type PlanLine } from "../../../../src/engine/plan/planSku";
import type { EventPolicy, Lane, SkuMaster } from "../../../../src/engine/plan/types";
import { flatSeries, POLICY, S, SKU } from "./flatBook";

function plan(sku: Partial<SkuMaster> = {}, policy: Partial<EventPolicy> = {}, lanes: readonly Lane[] = DEFAULT_LANES): PlanLine {
  const r = planSku({ series: flatSeries(), sku: { ...SKU, ...sku }, lanes, policy: { ...POLICY, ...policy }, abcClass: "A", portfolioUplift: null, model: "ses", destination: "Amazon US" });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe("planSku, worked by hand", () => {
  it("sends the base by the cheapest slow lane in time and the sprint by air, in whole cartons", () => {
    const line = plan();
    expect(line.destination).toBe("Amazon US");
    // P50 is the median of a count distribution with mean 40 (issue 14): within half a unit of 40.
    expect(Math.abs(line.eventDemandP50 - 40)).toBeLessThan(0.5);
    expect(line.coverUnits).toBe(140);
    expect(line.base).toMatchObject({ lane: "Fast boat → US West", shipBy: S - 48 }); // hand: 46305 = 2026-10-10 (laneOptions.test.ts)
    expect(line.sprint).toMatchObject({ lane: "Air → US West", shipBy: S - 33 }); // 46320 = 2026-10-25
    expect((line.base?.units ?? 0) % 10).toBe(0);
    expect((line.sprint?.units ?? 0) % 10).toBe(0);
    expect(line.unitMarginUsd).toBe(7); // 10 − 3
  });

  it("adds the days the event stock sells before the start when the shelf is empty, and only then", () => {
    // hand: no stock: out on the plan date 2026-09-18; sellable-by 2026-11-20 … 11-26 = 7 days × 10 = 70 more in the need;
    // the 63 days from 09-18 to 11-19 lose 630 units of sales
    const empty = plan();
    expect(empty).toMatchObject({ runsOutSerial: S - 70, sellableBySerial: S - 7 });
    expect(empty.preEventGapUnits).toBeCloseTo(70, 9);
    expect(empty.shortBeforeSellableUnits).toBeCloseTo(630, 9);
    expect(renderNotes(empty.why)).toContain("stock on hand runs out 2026-09-18: the need includes the 70 units the event stock sells from 2026-11-20 to the start");
    // hand: held until the start (the replay), the same 70 are not the event stock's: exactly 70 less need
    const held = plan({}, { eventStockHeldUntilStart: true });
    expect(held.preEventGapUnits).toBe(0);
    expect(empty.netNeed - held.netNeed).toBeCloseTo(70, 9);
    // hand: 700 on hand last the 70 days to the start (70 × 10): no gap, nothing lost
    const stocked = plan({ onHand: 700 });
    expect(stocked).toMatchObject({ runsOutSerial: null, preEventGapUnits: 0, shortBeforeSellableUnits: 0 });
  });

  it("says on which day stock runs out before the event, and what is lost until the event stock is sellable", () => {
    // hand: 300 on hand last 30 days (09-18 … 10-17), out on 2026-10-18 = S − 40; lost 10-18 … 11-19 = 33 days × 10 = 330; gap 70
    const line = plan({ onHand: 300 });
    expect(line.runsOutSerial).toBe(S - 40);
    expect(line.shortBeforeSellableUnits).toBeCloseTo(330, 9);
    expect(line.preEventGapUnits).toBeCloseTo(70, 9);
  });

  it("lets a lot arriving between sellable-by and the start serve its days, and counts the rest of the gap", () => {
    // hand: 20 in transit arriving S − 3 serve S − 3 and S − 2; short S − 7 … S − 4 (4 × 10) and S − 1 (10) = 50
    const line = plan({ inTransit: 20, inTransitArrival: S - 3 });
    expect(line.preEventGapUnits).toBeCloseTo(50, 9);
    expect(line.inTransitUsable).toBe(20);
    expect(line.stockAtEventUnits).toBe(0);
  });

  it("raises an order below the MOQ to it by the base lane", () => {
    // hand: the need is a few hundred units, the MOQ 1000 (100 cartons): the total is the MOQ, the extra cartons go by fast boat
    const line = plan({ moq: 1000 });
    const sprint = line.sprint?.units ?? 0;
    expect((line.base?.units ?? 0) + sprint).toBe(1000);
    expect(line.base?.lane).toBe("Fast boat → US West");
    expect(line.netNeed).toBeLessThan(1000);
    expect(renderNotes(line.why)).toContain("raised to the MOQ of 1000");
  });

  it("keeps the need of a battery SKU no lane can bring in time, with why, and ships nothing", () => {
    // hand: ready 2026-09-18 + 27 = 10-15, after the fast boat's ship-by 10-10 (typical 10-19); sea FCL/LCL passed; air and express refuse batteries
    const line = plan({ sensitive: true, supplierLeadDays: 27 });
    expect(line).toMatchObject({ noLaneInTime: true, base: null, sprint: null, landedCostPerUnit: null });
    expect(line.netNeed).toBeGreaterThan(250); // hand: at least 40 + 140 + 70 + buffer 6
    expect(renderNotes(line.why)).toBe(
      "no lane arrives in time: goods ready 2026-10-15, Fast boat → US West needed them by 2026-10-10; " +
        "battery or liquid goods: Air → US West, Express → US West refuse them; " +
        "Fast boat → US West at its typical transit would still make it if shipped by 2026-10-19; " +
        `nothing ships: the need of ${Math.ceil(line.netNeed)} units stays unshipped; ` +
        "stock on hand runs out 2026-09-18: the need includes the 70 units the event stock sells from 2026-11-20 to the start",
    );
    expect(renderNotes(line.why, "zh-CN")).toContain("带电或液体货：Air → US West, Express → US West 不接；Fast boat → US West 按正常时效若在 2026-10-19 前发货仍可赶上");
    expect(renderNotes(line.why)).not.toContain("fast lane");
  });

  it("does not raise an unshippable SKU to its MOQ", () => {
    const line = plan({ sensitive: true, supplierLeadDays: 27, moq: 1000 });
    expect(renderNotes(line.why)).not.toContain("MOQ");
  });

  it("plans a SKU selling in Germany on Germany's lanes only", () => {
    // hand: rail ship-by 2026-10-01 (46292) at $1.32/unit; air → Germany 46320
    const line = plan({}, {}, defaultLanes("DE"));
    expect(line.base?.lane).toBe("Rail → Germany");
    expect(line.base?.shipBy).toBe(46292);
    expect(line.sprint?.lane).toBe("Air → Germany");
  });

  it("ships a SKU whose margin does not pay its freight all by the base lane, for now", () => {
    // hand: price $4 − cost $3 = $1 margin; air $5/unit ≥ $1 → nothing flown (the quantity rule of issue 11 §1 comes later)
    const line = plan({ price: 4 });
    expect(line.sprint).toBeNull();
    expect(line.base?.lane).toBe("Fast boat → US West");
    expect(renderNotes(line.why)).toContain("all in the base batch: the fast lane costs $5.00/unit, more than the $1.00 margin of a sale");
  });
});
