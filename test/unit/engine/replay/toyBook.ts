/**
 * A one-SKU, three-lane toy book whose replay is worked by hand in replayEvent.test.ts.
 * Storage $3.10 per ft³·month in a 31-day month and 1 ft³ per unit = $0.10 per unit per day (March).
 */
import { serialFromYmd } from "../../../../src/engine/dates";
import type { EventPolicy, Lane, SkuMaster } from "../../../../src/engine/plan/types";
import { dailySeries, type DailySeries } from "../../../../src/engine/series/dailySeries";
import type { ReplayInput } from "../../../../src/engine/replay/replayEvent";

/** Event start S = 2026-03-10 (2 event days, 3 cover days: window S … S+4, all in March). */
export const S = serialFromYmd(2026, 3, 10);
export const FIRST = S - 400;

function lane(name: string, mode: Lane["mode"], handlingDays: number, transitDays: number, transitDaysWorst: number, ratePerKg: number): Lane {
  // Divisor 100,000: a 1 ft³ carton weighs 0.28 kg volumetric, so the 10 kg actual weight is charged.
  return { name, mode, handlingDays, transitDays, transitDaysWorst, ratePerKg, ratePerCbm: 0, minCharge: 0, volumetricDivisor: 100_000, allowsSensitive: true };
}

/**
 * Receiving 2, safety 1: sellable-by S−1, arrive-by S−3.
 * Sea: ship-by S−3−9−2 = S−14, typical arrival S−14+2+6+2 = S−4; $0.10/kg × 10 kg = $1/unit.
 * Air: ship-by S−3−3−1 = S−7, typical arrival S−7+1+2+2 = S−2; $5/unit.
 * Express: ship-by S−3−1−0 = S−4, typical arrival S−4+0+1+2 = S−1; $8/unit.
 */
export const LANES: readonly Lane[] = [lane("Sea", "sea", 2, 6, 9, 0.1), lane("Air", "air", 1, 2, 3, 0.5), lane("Express", "express", 0, 1, 1, 0.8)];

/** Price $20, cost $6, fees $3 (margin $11), duty 10 % ($0.60/unit), one 1 ft³ 10 kg unit per carton. */
export const SKU: SkuMaster = {
  sku: "A", unitCost: 6, price: 20, marketplaceFeePerUnit: 3, unitsPerCarton: 1, cartonLengthCm: 30.48, cartonWidthCm: 30.48, cartonHeightCm: 30.48,
  cartonWeightKg: 10, dutyRate: 0.1, onHand: 0, inTransit: 0, supplierLeadDays: 0, moq: 0, sensitive: false,
};

/**
 * Insurance 0; leftover o = 10 days × $0.10 + 10 % × $6 = $1.60; no buffer; the sprint's information taken as
 * perfect (ρ = 1), so the base's level has its closed form (k_s − k_b) ÷ (k_s + o).
 */
export const EVENT: EventPolicy = {
  name: "Toy", marketplace: "", start: S, end: S + 1, planDate: S - 20, pastEventStarts: [S - 364], receivingDays: 2, safetyDays: 1,
  serviceLevelByClass: { A: 0.98, B: 0.95, C: 0.9 }, bufferPct: 0, contingencyPct: 0.1, alertThreshold: 0.3, growth: 1, coverDaysAfter: 3,
  storageRateOffPeak: 3.1, storageRatePeak: 3.1, insuranceRate: 0, safetyStockMethod: "SERVICE", leftoverHoldDays: 10, sprintInformationShare: 1,
};

/**
 * 10 units every day, except last year's two event days (20, 20: last year's 5-day window sold 70)
 * and the window itself, `window` (default 30, 30, 10, 10, 10 = 90).
 */
export function toySeries(window: readonly number[] = [30, 30, 10, 10, 10]): DailySeries {
  const units = Array.from({ length: 420 }, (_, i) => {
    const d = FIRST + i;
    if (d === S - 364 || d === S - 363) return 20;
    if (d >= S && d < S + window.length) return window[d - S];
    return 10;
  });
  const r = dailySeries("A", FIRST, units);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** The toy book planned 20 days ahead (plan date S−20), arrival at typical transit. */
export function toyInput(overrides: Partial<ReplayInput> = {}): ReplayInput {
  return { series: [toySeries()], skus: [SKU], lanes: LANES, event: EVENT, settings: { daysAhead: 20 }, ...overrides };
}
