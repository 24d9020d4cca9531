/**
 * One unit's share of its carton's volume, the figure storage fees and capacity limits use.
 */
import { CM3_PER_CUBIC_FOOT } from "../logistics/cartonVolume";
import type { SkuMaster } from "./types";

/**
 * Cubic feet per unit: carton L × W × H (cm³) ÷ 28,316.846592 cm³/ft³ ÷ units per carton
 * (a carton of fewer than 1 unit counts as 1).
 * @example unitCubicFeet({ cartonLengthCm: 60, cartonWidthCm: 40, cartonHeightCm: 30, unitsPerCarton: 24, … }) // 0.1059: 72,000 ÷ 28,316.85 ÷ 24
 */
export function unitCubicFeet(sku: Pick<SkuMaster, "cartonLengthCm" | "cartonWidthCm" | "cartonHeightCm" | "unitsPerCarton">): number {
  return (sku.cartonLengthCm * sku.cartonWidthCm * sku.cartonHeightCm) / CM3_PER_CUBIC_FOOT / Math.max(1, sku.unitsPerCarton);
}
