/**
 * What one sale earns before logistics: the unit margin m of issue 11 §1.
 */
import type { SkuMaster } from "./types";

/**
 * Unit margin m, USD/unit: price − unit cost − marketplace fees per unit (0 when not given).
 * Logistics (freight, duty, insurance, storage) are not in it: they are the k that m is weighed
 * against (a SKU pays its freight on a lane when m > k). Can be negative (price below cost and fees).
 * @example unitMarginUsd({ price: 20, unitCost: 6, marketplaceFeePerUnit: 3, … }) // 11: 20 − 6 − 3
 */
export function unitMarginUsd(sku: Pick<SkuMaster, "price" | "unitCost" | "marketplaceFeePerUnit">): number {
  return sku.price - sku.unitCost - (sku.marketplaceFeePerUnit ?? 0);
}
