import type { PlanLine } from "../../../../src/engine/plan/planSku";
import type { EventPolicy, Lane } from "../../../../src/engine/plan/types";
import { expectedPath, watchPlan } from "../../../../src/engine/watch/watchPlan";

const PLAN = 46280;
const policy = { name: "BF", start: PLAN + 20, end: PLAN + 23, planDate: PLAN, receivingDays: 3, alertThreshold: 0.3 } as EventPolicy;
const line = {
  sku: "MUG",
  eventDemandP50: 80,
  onHand: 100,
  inTransitUsable: 0,
  base: { units: 200 },
  sprint: null,
  forecast: { firstSerial: PLAN, mean: Array(30).fill(10), lower80: [], upper80: [], lower95: [], upper95: [] },
} as unknown as PlanLine;
const air: Lane = {
  name: "Air", mode: "air", transitDays: 3, transitDaysWorst: 5, handlingDays: 1, ratePerKg: 5, ratePerCbm: 0, minCharge: 0, volumetricDivisor: 6000, allowsSensitive: false,
};

describe("watchPlan", () => {
  it("scales the event days of the path to the event's P50", () => {
    // hand: event baseline 4 × 10 = 40, P50 80 → event days 20 each
    const path = expectedPath(line, policy);
    expect(path.slice(18, 25)).toEqual([10, 10, 20, 20, 20, 20, 10]);
  });

  it("re-orders the shortfall of a hot run by the lane that still lands, and projects the stock-out", () => {
    // hand: 10 days at 15 = 150 sold vs 100 forecast → +50 % → REORDER;
    // rest to event end = 10 × 10 + 4 × 20 = 180, × 1.5 = 270; stock 100 + 200 − 150 = 150 → re-order 120;
    // Air: today (PLAN + 10) + 1 + 5 + 3 = PLAN + 19 ≤ event end PLAN + 23;
    // stock-out: 150 lasts days 10–19 at 15/day, first short day is PLAN + 20
    const sales = new Map([["MUG", { startSerial: PLAN, units: Array(10).fill(15) }]]);
    const r = watchPlan([line], sales, policy, [air], PLAN + 10);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toHaveLength(1);
    expect(r.value[0]).toMatchObject({
      sku: "MUG", actualToDate: 150, forecastToDate: 100, deviation: 0.5, alert: "REORDER", reorderUnits: 120,
      lane: "Air", arrivesBy: PLAN + 19, stockOutDay: PLAN + 20, leftoverAfterEvent: 0,
    });
  });

  it("calls a slow run SLOW with no re-order and shows what will be left", () => {
    // hand: 10 days at 5 = 50 vs 100 → −50 % → SLOW; stock 300 − 50 = 250; rest to event end 180 → 70 left;
    // baseline after the event 10/day → 70 ÷ 70 = 1 week of cover
    const sales = new Map([["MUG", { startSerial: PLAN, units: Array(10).fill(5) }]]);
    const r = watchPlan([line], sales, policy, [air], PLAN + 10);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value[0]).toMatchObject({ alert: "SLOW", reorderUnits: 0, lane: null, stockOutDay: null, leftoverAfterEvent: 70, weeksOfCoverAfter: 1 });
  });
});
