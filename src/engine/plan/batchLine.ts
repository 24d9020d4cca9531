/**
 * One SKU's units on one lane: cartons, volume, weight, freight, duty,
 * insurance and storage until the end of the cover window.
 */
import { ok, type Result } from "../errors";
import { cubicFeetFromCm } from "../logistics/cartonVolume";
import { cargoInsuranceUsd } from "../logistics/insuranceCost";
import { laneFreightUsd, shipmentForSku } from "../logistics/laneFreight";
import { storageFeeUsd } from "../logistics/storageFee";
import type { LaneOption } from "./laneOptions";
import type { EventPolicy, SkuMaster } from "./types";

export interface BatchLine {
  readonly lane: string;
  readonly mode: string;
  readonly units: number;
  readonly cartons: number;
  readonly cbm: number;
  readonly cubicFeet: number;
  readonly actualKg: number;
  readonly chargeableKg: number;
  /** Last safe ship day (worst-case transit), Excel serial. */
  readonly shipBy: number;
  /** Ship day if transit goes as usual, Excel serial. */
  readonly shipByTypical: number;
  /** Last day to reach the warehouse, Excel serial. */
  readonly arriveBy: number;
  readonly purchaseUsd: number;
  /** Freight at the lane's rates (the shipment minimum is applied per batch), USD. */
  readonly freightUsd: number;
  readonly dutyUsd: number;
  readonly insuranceUsd: number;
  /** Marketplace storage from sellable-by to the end of the cover window, USD. */
  readonly storageUsd: number;
}

/**
 * Costs `cartons` cartons of `sku` on `option`'s lane. Storage runs from the
 * sellable-by day to event end + cover days; duty = duty rate × purchase cost
 * (FOB); insurance = (goods + freight) × 1.1 × rate (DESIGN.md §1 item 7).
 * @example batchLine(sku, seaOption, 10, policy) // 10 cartons by sea with its cost parts
 */
export function batchLine(sku: SkuMaster, option: LaneOption, cartons: number, policy: EventPolicy): Result<BatchLine> {
  const units = cartons * Math.max(1, sku.unitsPerCarton);
  const shipment = shipmentForSku(option.lane, sku, cartons);
  if (!shipment.ok) return shipment;
  const freight = laneFreightUsd({ ...option.lane, minCharge: 0 }, shipment.value);
  if (!freight.ok) return freight;
  const cubicFeet = cubicFeetFromCm(sku.cartonLengthCm, sku.cartonWidthCm, sku.cartonHeightCm, cartons);
  if (!cubicFeet.ok) return cubicFeet;
  const purchaseUsd = units * sku.unitCost;
  const insurance = cargoInsuranceUsd(purchaseUsd, freight.value.freightUsd, policy.insuranceRate);
  if (!insurance.ok) return insurance;
  const sellable = option.dates.sellableBy;
  const storageEnd = Math.max(sellable, policy.end + 1 + policy.coverDaysAfter);
  const storage = storageFeeUsd(cubicFeet.value, sellable, storageEnd, policy.storageRateOffPeak, policy.storageRatePeak);
  if (!storage.ok) return storage;
  return ok({
    lane: option.lane.name,
    mode: option.lane.mode,
    units,
    cartons,
    cbm: shipment.value.cbm,
    cubicFeet: cubicFeet.value,
    actualKg: shipment.value.actualKg,
    chargeableKg: shipment.value.chargeableKg,
    shipBy: option.dates.shipBy,
    shipByTypical: option.dates.shipByTypical,
    arriveBy: option.dates.arriveBy,
    purchaseUsd,
    freightUsd: freight.value.freightUsd,
    dutyUsd: purchaseUsd * sku.dutyRate,
    insuranceUsd: insurance.value,
    storageUsd: storage.value,
  });
}
