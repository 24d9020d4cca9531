/**
 * Freight of one unit on one lane, the figure lanes are compared on.
 */
import { ok, type Result } from "../errors";
import { laneFreightUsd, shipmentForSku } from "../logistics/laneFreight";
import type { Lane, SkuMaster } from "./types";

/**
 * Freight per unit, USD/unit: one carton's freight at the lane's rates ({@link laneFreightUsd}
 * without the minimum charge, which is a shipment's) ÷ units per carton (at least 1).
 * Lane rates are linear in cartons, so n cartons cost n × this × units per carton.
 * @returns USD/unit, or the first lane or carton field error
 * @example freightPerUnitUsd(air, sku) // carton 50 × 40 × 30 cm, 13 kg, 12 units; $5/kg, divisor 6000:
 * // ok(5.4167): chargeable max(13, 60 000 ÷ 6000 = 10) = 13 kg × 5 = $65 ÷ 12
 */
export function freightPerUnitUsd(lane: Lane, sku: SkuMaster): Result<number> {
  const shipment = shipmentForSku(lane, sku, 1);
  if (!shipment.ok) return shipment;
  const freight = laneFreightUsd({ ...lane, minCharge: 0 }, shipment.value);
  if (!freight.ok) return freight;
  return ok(freight.value.freightUsd / Math.max(1, sku.unitsPerCarton));
}
