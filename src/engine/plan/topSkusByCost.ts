/**
 * Which SKUs matter most in a plan: what each SKU's batches cost, and the
 * costliest SKUs, the ones the task pane's Results view and the command
 * line's Charts sheet chart.
 */
import type { BatchLine } from "./batchLine";
import type { PlanLine } from "./planSku";

function batchCost(batch: BatchLine | null): number {
  return batch ? batch.purchaseUsd + batch.freightUsd + batch.dutyUsd + batch.insuranceUsd + batch.storageUsd : 0;
}

/**
 * What a SKU's batches cost: goods, freight, duty, insurance and storage of base and sprint, USD
 * (freight before the lane's per-shipment minimum, which belongs to the shipment).
 * @example lineCostUsd({ base: { purchaseUsd: 100, freightUsd: 20, dutyUsd: 5, insuranceUsd: 1, storageUsd: 4 }, sprint: null }) // 130
 */
export function lineCostUsd(line: Pick<PlanLine, "base" | "sprint">): number {
  return batchCost(line.base) + batchCost(line.sprint);
}

/** Units a SKU ships, base plus sprint. */
export function lineUnits(line: Pick<PlanLine, "base" | "sprint">): number {
  return (line.base?.units ?? 0) + (line.sprint?.units ?? 0);
}

/**
 * The `count` SKUs whose batches cost most, most first (ties by SKU); SKUs that ship nothing are left out.
 * @example topSkusByCost(lines, 5).map((l) => l.sku) // ["KIT-01", "PHN-07", …]
 */
export function topSkusByCost<T extends Pick<PlanLine, "sku" | "base" | "sprint">>(lines: readonly T[], count: number): T[] {
  return lines
    .filter((l) => lineUnits(l) > 0)
    .map((l) => ({ l, cost: lineCostUsd(l) }))
    .sort((a, b) => b.cost - a.cost || a.l.sku.localeCompare(b.l.sku))
    .slice(0, Math.max(0, count))
    .map((x) => x.l);
}
