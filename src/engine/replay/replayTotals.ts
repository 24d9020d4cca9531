/**
 * Totals of a replay over a set of SKUs.
 */
import type { ReplaySkuResult, ReplayTotals } from "./types";

const KEYS = [
  "demandedUnits", "soldUnits", "shortUnits", "leftoverUnits", "shippedUnits",
  "revenueUsd", "purchaseUsd", "marketplaceFeesUsd", "freightUsd", "dutyUsd", "insuranceUsd", "storageUsd", "leftoverCostUsd", "profitUsd",
] as const;

/**
 * Sums every unit and money figure over `results`; fill rate = Σ sold ÷ Σ demanded (null when nothing was demanded).
 * @example replayTotals([{ demandedUnits: 10, soldUnits: 8, … }, { demandedUnits: 30, soldUnits: 30, … }]).fillRate // 0.95: 38 ÷ 40
 */
export function replayTotals(results: readonly ReplaySkuResult[]): ReplayTotals {
  const sums = Object.fromEntries(KEYS.map((k) => [k, results.reduce((s, r) => s + r[k], 0)])) as Record<(typeof KEYS)[number], number>;
  return { ...sums, skus: results.length, fillRate: sums.demandedUnits > 0 ? sums.soldUnits / sums.demandedUnits : null };
}
