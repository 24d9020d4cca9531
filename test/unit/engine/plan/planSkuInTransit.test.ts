import { dailySeries } from "../../../../src/engine/series/dailySeries";
import { serialFromYmd } from "../../../../src/engine/dates";
import { DEFAULT_LANES } from "../../../../src/engine/plan/defaultLanes";
import { renderNotes } from "../../../../src/engine/plan/planNotes";
import { planSku, type PlanLine } from "../../../../src/engine/plan/planSku";
import type { EventPolicy, SkuMaster } from "../../../../src/engine/plan/types";

// 400 days of exactly 10 units/day, planned 70 days before a 4-day event with 14 cover days.
const START = serialFromYmd(2026, 11, 27);
const PLAN = START - 70;
const POLICY: EventPolicy = {
  name: "BF", marketplace: "", start: START, end: START + 3, planDate: PLAN, pastEventStarts: [], receivingDays: 14, safetyDays: 7,
  serviceLevelByClass: { A: 0.98, B: 0.95, C: 0.9 }, bufferPct: 0, contingencyPct: 0.1, alertThreshold: 0.3, growth: 1, coverDaysAfter: 14,
  storageRateOffPeak: 0.78, storageRatePeak: 2.4, insuranceRate: 0.003, safetyStockMethod: "SERVICE", upliftOverride: 1,
};
const SKU: SkuMaster = {
  sku: "A", unitCost: 3, price: 10, unitsPerCarton: 10, cartonLengthCm: 50, cartonWidthCm: 40, cartonHeightCm: 30, cartonWeightKg: 10,
  dutyRate: 0, onHand: 0, inTransit: 0, supplierLeadDays: 0, moq: 0, sensitive: false,
};

function plan(sku: Partial<SkuMaster>, policy: Partial<EventPolicy> = {}): PlanLine {
  const series = dailySeries("A", PLAN - 400, Array.from({ length: 400 }, () => 10));
  if (!series.ok) throw new Error(series.error.message);
  const r = planSku({ series: series.value, sku: { ...SKU, ...sku }, lanes: DEFAULT_LANES, policy: { ...POLICY, ...policy }, abcClass: "A", portfolioUplift: null, model: "ses" });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe("planSku: stock in transit counts as arriving on its date", () => {
  it("does not sell the days before a batch arrives out of that batch", () => {
    // hand: pre-event sales 70 days × 10 = 700. On hand 300 lasts 30 days (S−70 … S−41), S−40 … S−21 lose their sales;
    // the 300 at sea arrive S−20 and sell 20 × 10 = 200 before the start → 100 usable
    // (the old count max(0, 300 + 300 − 700) = 0 sold 200 units of the batch while it was still at sea)
    const none = plan({ onHand: 300 });
    const late = plan({ onHand: 300, inTransit: 300, inTransitArrival: START - 20 });
    expect(late.preEventUnits).toBeCloseTo(700, 9);
    expect(late.inTransitUsable).toBe(300);
    expect(late.stockAtEventUnits).toBeCloseTo(100, 9);
    expect(none.stockAtEventUnits).toBe(0);
    // without the lot the shelf is empty from S−40 on, so the event stock also sells sellable-by (S−7) … S−1: 7 × 10 = 70 more
    expect(none.preEventGapUnits).toBeCloseTo(70, 9);
    expect(late.preEventGapUnits).toBe(0);
    expect(none.netNeed - late.netNeed).toBeCloseTo(100 + 70, 9);
  });

  it("counts a batch arriving between sellable-by and the start (the re-plan's base batch)", () => {
    // hand: sellable-by = start − 7; 120 arriving start − 3 used to count 0 and write InTransit 0;
    // now they arrive on their date and sell 3 days × 10 → 90 at the start
    const line = plan({ inTransit: 120, inTransitArrival: START - 3 });
    expect(line.inTransitUsable).toBe(120);
    expect(line.stockAtEventUnits).toBeCloseTo(90, 9);
    expect(line.why.map((n) => n.key)).not.toContain("transitLate");
  });

  it("counts a batch arriving during the event for the days after its arrival only", () => {
    // hand: event P50 = 10/day × 4 days × uplift 1 = 40 (last year's window is 40 too); arriving on event day 3:
    // 40 × 2/4 = 20 + 14 cover days × 10 = 140 → 160 of the 300 count
    const line = plan({ inTransit: 300, inTransitArrival: START + 2 });
    // P50 is the median of the window's count distribution with mean 40 (issue 14), not the mean: within half a unit of it.
    expect(Math.abs(line.eventDemandP50 - 40)).toBeLessThan(0.5);
    expect(line.coverUnits).toBeCloseTo(140, 9);
    // 20 of the event's P50 (half of a median within half a unit of 40) + 140 cover units.
    expect(Math.abs(line.inTransitUsable - 160)).toBeLessThan(0.25);
    expect(renderNotes(line.why)).toContain("300 in transit arrive 2026-11-29, during the event window: 160 counted, for the days after they arrive");
  });

  it("counts nothing arriving after the window, and says so", () => {
    // hand: window ends start + 3 + 14 = start + 17; arriving start + 18 → 0
    const line = plan({ inTransit: 300, inTransitArrival: START + 18 });
    expect(line.inTransitUsable).toBe(0);
    expect(renderNotes(line.why, "zh-CN")).toContain("300 件在途货物 2026-12-15 到仓，晚于活动及其后覆盖期：不计入");
  });
});
