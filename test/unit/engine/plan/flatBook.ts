/**
 * A book worked by hand: 400 days of exactly 10 units a day (SES forecasts 10/day, uplift fixed at 1),
 * planned 70 days before a 4-day event with 14 cover days.
 * Dates: start S = 2026-11-27 (46353), end 2026-11-30, plan date 2026-09-18 (46283);
 * sellable-by S − 7 = 2026-11-20 (46346), arrive-by − 14 = 2026-11-06 (46332).
 * Carton 50 × 40 × 30 cm = 0.06 CBM = 2.11888 ft³, 10 kg, 10 units: 0.211888 ft³/unit. No buffer; the sprint's
 * information taken as perfect (ρ = 1), so the base's level has its closed form.
 */
import { serialFromYmd } from "../../../../src/engine/dates";
import type { BatchLine } from "../../../../src/engine/plan/batchLine";
import { DEFAULT_LANES } from "../../../../src/engine/plan/defaultLanes";
import { planSku, type PlanLine } from "../../../../src/engine/plan/planSku";
import type { EventPolicy, SkuMaster } from "../../../../src/engine/plan/types";
import { dailySeries, type DailySeries } from "../../../../src/engine/series/dailySeries";

export const S = serialFromYmd(2026, 11, 27);
export const PLAN = S - 70;

export const POLICY: EventPolicy = {
  name: "BF", marketplace: "", start: S, end: S + 3, planDate: PLAN, pastEventStarts: [], receivingDays: 14, safetyDays: 7,
  serviceLevelByClass: { A: 0.98, B: 0.95, C: 0.9 }, bufferPct: 0, contingencyPct: 0.1, alertThreshold: 0.3, growth: 1, coverDaysAfter: 14,
  storageRateOffPeak: 0.78, storageRatePeak: 2.4, insuranceRate: 0.003, safetyStockMethod: "SERVICE", upliftOverride: 1, sprintInformationShare: 1,
};

/** Cost $3, price $10, no fees: margin $7. */
export const SKU: SkuMaster = {
  sku: "A", unitCost: 3, price: 10, unitsPerCarton: 10, cartonLengthCm: 50, cartonWidthCm: 40, cartonHeightCm: 30, cartonWeightKg: 10,
  dutyRate: 0, onHand: 0, inTransit: 0, supplierLeadDays: 0, moq: 0, sensitive: false,
};

/** `perDay` units every day for the 400 days before the plan date. */
export function flatSeries(sku = "A", perDay = 10, onHand?: number): DailySeries {
  const r = dailySeries(sku, PLAN - 400, Array.from({ length: 400 }, () => perDay));
  if (!r.ok) throw new Error(r.error.message);
  return onHand === undefined ? r.value : { ...r.value, onHand: r.value.units.map(() => onHand) };
}

/** A plan line of the flat book with fields set by hand (the fields a test reads are the overrides). */
export function lineWith(overrides: Partial<PlanLine>): PlanLine {
  const r = planSku({ series: flatSeries(), sku: SKU, lanes: DEFAULT_LANES, policy: POLICY, abcClass: "A", portfolioUplift: null, model: "ses", destination: "Amazon US" });
  if (!r.ok) throw new Error(r.error.message);
  return { ...r.value, ...overrides };
}

/** A batch of `units` on `lane` with the costs given, USD (the rest of the fields as a fast boat batch). */
export function batch(lane: string, units: number, costs: Partial<BatchLine> = {}): BatchLine {
  return {
    lane, mode: lane.startsWith("Air") ? "air" : "fast-sea", units, cartons: units / 10, cbm: 0.006 * units, cubicFeet: 0.211888 * units, actualKg: units,
    chargeableKg: 6 * units, shipBy: 46305, shipByTypical: 46314, arriveBy: 46332, purchaseUsd: 3 * units, freightUsd: 1.8 * units, dutyUsd: 0,
    insuranceUsd: 0, storageUsd: 0, ...costs,
  };
}
