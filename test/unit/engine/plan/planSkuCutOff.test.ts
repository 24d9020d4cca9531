import { isoFromSerial, serialFromYmd } from "../../../../src/engine/dates";
import { renderNotes } from "../../../../src/engine/plan/planNotes";
import { planSku, type PlanLine } from "../../../../src/engine/plan/planSku";
import type { EventPolicy, Lane, SkuMaster } from "../../../../src/engine/plan/types";
import { dailySeries } from "../../../../src/engine/series/dailySeries";

// Black Friday 2026 (starts 2026-11-27, serial 46353), planned 2026-09-18 (46283), 7 safety and 14 receiving days:
// the event's own timeline asks goods to arrive by 2026-11-06 (46332).
const START = serialFromYmd(2026, 11, 27);
const PLAN = serialFromYmd(2026, 9, 18);
const POLICY: EventPolicy = {
  name: "BF", marketplace: "", start: START, end: START + 3, planDate: PLAN, pastEventStarts: [], receivingDays: 14, safetyDays: 7,
  serviceLevelByClass: { A: 0.98, B: 0.95, C: 0.9 }, bufferPct: 0.15, contingencyPct: 0.1, alertThreshold: 0.3, growth: 1, coverDaysAfter: 14,
  storageRateOffPeak: 0.78, storageRatePeak: 2.4, insuranceRate: 0.003, safetyStockMethod: "SERVICE", upliftOverride: 1,
};
const SKU: SkuMaster = {
  sku: "A", unitCost: 3, price: 10, unitsPerCarton: 10, cartonLengthCm: 50, cartonWidthCm: 40, cartonHeightCm: 30, cartonWeightKg: 10,
  dutyRate: 0, onHand: 0, inTransit: 0, supplierLeadDays: 0, moq: 0, sensitive: false,
};
const lane = (name: string, mode: Lane["mode"], worst: number, handling: number, ratePerKg: number, ratePerCbm: number): Lane =>
  ({ name, mode, transitDays: worst, transitDaysWorst: worst, handlingDays: handling, ratePerKg, ratePerCbm, minCharge: 0, volumetricDivisor: 6000, allowsSensitive: true });
// Sea: 35 days worst + 5 handling = 40 days before arrival; air: 10 + 2 = 12.
const LANES = [lane("Sea", "sea", 35, 5, 0, 100), lane("Air", "air", 10, 2, 6, 0)];

function plan(policy: Partial<EventPolicy>): PlanLine {
  const series = dailySeries("A", PLAN - 400, Array.from({ length: 400 }, () => 10));
  if (!series.ok) throw new Error(series.error.message);
  const r = planSku({ series: series.value, sku: SKU, lanes: LANES, policy: { ...POLICY, ...policy }, abcClass: "A", portfolioUplift: null, model: "ses" });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe("planSku with the marketplace's inbound cut-off", () => {
  it("ships earlier when the cut-off is before the event's own arrive-by, and says the cut-off bound", () => {
    // hand: cut-off 2026-10-30 (46325) < 46332 → sea arrives by 10-30, ships by 10-30 − 40 = 2026-09-20 (46285)
    const line = plan({ inboundCutOff: serialFromYmd(2026, 10, 30) });
    expect(line.base?.arriveBy).toBe(46325);
    expect(isoFromSerial(line.base?.shipBy ?? 0)).toBe("2026-09-20");
    expect(renderNotes(line.why)).toContain("arrive by 2026-10-30, the marketplace's inbound cut-off (7 days before 2026-11-06, what the event's dates allow)");
    expect(renderNotes(line.why, "zh-CN")).toContain("2026-10-30 前到仓：平台入仓截止日（比按活动日期倒推的 2026-11-06 早 7 天）");
  });

  it("moves everything to air when the cut-off puts the sea ship-by before the plan date", () => {
    // hand: cut-off 2026-10-25 (46320): sea ship-by 46320 − 40 = 46280 (09-15) < plan date 46283 → gone;
    // air ships by 46320 − 12 = 46308 (2026-10-13)
    const line = plan({ inboundCutOff: serialFromYmd(2026, 10, 25) });
    expect(line.base).toBeNull();
    expect(line.sprint?.lane).toBe("Air");
    expect(isoFromSerial(line.sprint?.shipBy ?? 0)).toBe("2026-10-13");
    expect(renderNotes(line.why)).toContain("sea ship-by passed on 2026-09-15");
    expect(renderNotes(line.why)).toContain("the marketplace's inbound cut-off (12 days before 2026-11-06");
  });

  it("keeps the event's timeline when the cut-off is later, and says the timeline bound", () => {
    // hand: cut-off 2026-11-20 (46346) > 46332 → arrive by 11-06, sea ships by 11-06 − 40 = 2026-09-27
    const line = plan({ inboundCutOff: serialFromYmd(2026, 11, 20) });
    expect(isoFromSerial(line.base?.shipBy ?? 0)).toBe("2026-09-27");
    expect(renderNotes(line.why)).toContain("arrive by 2026-11-06, from the event's dates (start − safety − receiving days), on or before the marketplace's inbound cut-off");
    expect(renderNotes(line.why, "zh-CN")).toContain("2026-11-06 前到仓：按活动日期倒推");
  });

  it("writes no arrive-by note without a cut-off (plans as before)", () => {
    const line = plan({});
    expect(isoFromSerial(line.base?.shipBy ?? 0)).toBe("2026-09-27");
    expect(line.why.map((n) => n.key)).not.toContain("cutOffBinds");
    expect(line.why.map((n) => n.key)).not.toContain("timelineBinds");
  });
});
