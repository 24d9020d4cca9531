/**
 * A small hand-made world for the Watch tests: four China → US lanes whose per-carton
 * freight is easy to multiply, one SKU's carton and money, and a plan line.
 * Carton 50 × 40 × 30 cm = 0.06 CBM, 12 kg, 20 units:
 * - Sea (sea): handling 5, worst 35 days, $150/CBM → 0.06 × 150 = $9 a carton
 * - Fast boat (fast-sea): handling 3, worst 20 days, $300/CBM → $18 a carton
 * - Air (air): handling 2, worst 10 days, $6/kg, divisor 6000 → max(12, 60 000 ÷ 6000 = 10) = 12 kg × 6 = $72 a carton
 * - Express (express): handling 1, worst 5 days, $9/kg, divisor 5000 → max(12, 12) = 12 kg × 9 = $108 a carton
 * Money: cost $8, price $25, fees $5 → margin $12 a unit; duty 10 % of cost.
 */
import type { PlanLine } from "../../../../src/engine/plan/planSku";
import type { EventPolicy, Lane, SkuMaster } from "../../../../src/engine/plan/types";

const lane = (name: string, mode: Lane["mode"], handlingDays: number, transitDaysWorst: number, ratePerKg: number, ratePerCbm: number, volumetricDivisor: number): Lane => ({
  name, mode, transitDays: transitDaysWorst - 2, transitDaysWorst, handlingDays, ratePerKg, ratePerCbm, minCharge: 0, volumetricDivisor, allowsSensitive: false,
});

export const SEA = lane("Sea", "sea", 5, 35, 0, 150, 6000);
export const FAST_BOAT = lane("Fast boat", "fast-sea", 3, 20, 0, 300, 6000);
export const AIR = lane("Air", "air", 2, 10, 6, 0, 6000);
export const EXPRESS = lane("Express", "express", 1, 5, 9, 0, 5000);
export const LANES: readonly Lane[] = [SEA, FAST_BOAT, AIR, EXPRESS];

export const MASTER: SkuMaster = {
  sku: "MUG", name: "Mug", unitCost: 8, price: 25, marketplaceFeePerUnit: 5, unitsPerCarton: 20,
  cartonLengthCm: 50, cartonWidthCm: 40, cartonHeightCm: 30, cartonWeightKg: 12, dutyRate: 0.1,
  onHand: 0, inTransit: 0, supplierLeadDays: 10, moq: 0, sensitive: false,
};

/** Plan date 2026-09-15; the event 2026-11-14 … 11-17 (PLAN + 60 … + 63). */
export const PLAN = 46280;
export const POLICY = {
  name: "BF", marketplace: "", start: PLAN + 60, end: PLAN + 63, planDate: PLAN, pastEventStarts: [], receivingDays: 7, safetyDays: 7,
  serviceLevelByClass: { A: 0.98, B: 0.95, C: 0.9 }, bufferPct: 0.15, contingencyPct: 0.1, alertThreshold: 0.3, growth: 1, coverDaysAfter: 14,
  storageRateOffPeak: 0.78, storageRatePeak: 2.4, insuranceRate: 0.003, safetyStockMethod: "SERVICE",
} as EventPolicy;

/**
 * A plan line: baseline 10/day for 90 days from the plan date, event P50 80 (the 4 event days
 * 10 each = 40 → scaled ×2 to 20/day); base and sprint given as (units, worst-case sellable day, ship-by).
 */
export function planLine(onHand: number, base: readonly [number, number, number] | null, sprint: readonly [number, number, number] | null): PlanLine {
  const batch = (b: readonly [number, number, number] | null, laneName: string) =>
    b === null ? null : { lane: laneName, units: b[0], arriveBy: b[1] - POLICY.receivingDays, shipBy: b[2] };
  return {
    sku: "MUG", eventDemandP50: 80, onHand, base: batch(base, "Fast boat"), sprint: batch(sprint, "Air"),
    forecast: { firstSerial: PLAN, mean: Array<number>(90).fill(10), lower80: [], upper80: [], lower95: [], upper95: [] },
  } as unknown as PlanLine;
}
