/**
 * Freight, duty and insurance of a policy's shipments, with each lane's minimum charge
 * applied once per shipment (all SKUs on one lane leaving on one day).
 */
import { err, ok, type Result } from "../errors";
import { cargoInsuranceUsd } from "../logistics/insuranceCost";
import { freightPerUnitUsd } from "../plan/freightPerUnit";
import type { EventPolicy, Lane, SkuMaster } from "../plan/types";
import type { ReplayArrival, ReplayShipmentCost } from "./types";

/**
 * Costs every lot: freight = units × {@link freightPerUnitUsd} (the plan's own per-unit freight,
 * linear in cartons); when a shipment's lots together cost less than the lane's minimum charge,
 * each lot's freight is raised in proportion so that they pay the minimum together (as the plan's
 * groupBatches does). Duty = units × unit cost × duty rate (customs value FOB, as the plan);
 * insurance = (goods + freight) × 1.1 × rate ({@link cargoInsuranceUsd}). `applyMinimum` false costs
 * the lots at the lane rates alone (one SKU judged on its own, before other SKUs share the shipment).
 * @returns the lots with costs, in the same order, or an error naming the SKU, lane or field
 * @example shipmentCosts([{ sku: "A", lane: "Air", units: 12, … }], …) // 12 units at $5.4167 = $65, below Air's $150 minimum → $150
 */
export function shipmentCosts(
  lots: readonly ReplayArrival[],
  skus: ReadonlyMap<string, SkuMaster>,
  lanes: ReadonlyMap<string, Lane>,
  event: Pick<EventPolicy, "insuranceRate">,
  applyMinimum = true,
): Result<ReplayShipmentCost[]> {
  const freight: number[] = [];
  for (const lot of lots) {
    const sku = skus.get(lot.sku);
    const lane = lanes.get(lot.lane);
    if (!sku) return err("MISSING_VALUE", `replay: SKU '${lot.sku}' is not on the SKUs sheet`, { sku: lot.sku });
    if (!lane) return err("MISSING_VALUE", `replay: lane '${lot.lane}' is not on the Lanes sheet`, { sheet: "Lanes", sku: lot.sku });
    const perUnit = freightPerUnitUsd(lane, sku);
    if (!perUnit.ok) return perUnit;
    freight.push(lot.units * perUnit.value);
  }
  const groupTotal = new Map<string, number>();
  const key = (lot: ReplayArrival): string => `${lot.lane}\u0000${lot.shipDay}`;
  lots.forEach((lot, i) => groupTotal.set(key(lot), (groupTotal.get(key(lot)) ?? 0) + freight[i]));
  const costed: ReplayShipmentCost[] = [];
  for (let i = 0; i < lots.length; i++) {
    const lot = lots[i];
    const sku = skus.get(lot.sku) as SkuMaster;
    const minimum = applyMinimum ? (lanes.get(lot.lane) as Lane).minCharge : 0;
    const total = groupTotal.get(key(lot)) ?? 0;
    const freightUsd = total > 0 && total < minimum ? (freight[i] * minimum) / total : freight[i];
    const goodsUsd = lot.units * sku.unitCost;
    const insurance = cargoInsuranceUsd(goodsUsd, freightUsd, event.insuranceRate);
    if (!insurance.ok) return insurance;
    costed.push({ ...lot, freightUsd, dutyUsd: goodsUsd * sku.dutyRate, insuranceUsd: insurance.value });
  }
  return ok(costed);
}
