/**
 * k of issue 11 §1: what one unit costs to bring to the event by one lane, besides its purchase —
 * the figure a lane's critical ratio (m − k) ÷ (m + o) and "does it pay its freight" are judged on.
 */
import { ok, type Result } from "../errors";
import { cargoInsuranceUsd } from "../logistics/insuranceCost";
import { storageFeeUsd } from "../logistics/storageFee";
import type { LaneOption } from "./laneOptions";
import type { EventPolicy, SkuMaster } from "./types";
import { unitCubicFeet } from "./unitCubicFeet";

/** k and its parts, USD per unit. */
export interface LandedLogistics {
  readonly freightUsd: number;
  readonly dutyUsd: number;
  readonly insuranceUsd: number;
  /** Expected storage: from the lane's typical arrival to the middle of the window. */
  readonly storageUsd: number;
  /** k = freight + duty + insurance + storage, USD/unit. */
  readonly totalUsd: number;
}

/**
 * k, USD/unit, of `option`'s lane for `sku`:
 * - freight per unit at the lane's rates ({@link freightPerUnitUsd}; the shipment minimum is shared by a batch);
 * - duty = duty rate × unit cost (customs value FOB, as the batches);
 * - insurance = (unit cost + freight) × 1.1 × rate ({@link cargoInsuranceUsd});
 * - expected storage = ft³ per unit × the storage rates from the day the unit usually becomes sellable
 *   (shipped on the ship-by, typical transit: sellable-by − (worst − typical transit) days) to the middle
 *   of the window (event start + ⌊(event days + cover days) ÷ 2⌋): the unit is held until the event, then
 *   sells on an average window day. A unit left over pays the rest of the window and o after it.
 * Purchase cost is not in k: it is in the margin m = price − cost − fees, and a unit that does not sell
 * in the window is sold later (its purchase is recovered; what it loses is o, {@link leftoverCostPerUnitUsd}).
 * @returns the parts and k, or a storage-fee or insurance error (a bad rate or date)
 * @example landedLogisticsPerUnitUsd(sku, fastBoatOption, policy) // flat book (flatBook.ts), fast boat $300/CBM:
 * // freight 0.006 CBM × 300 = $1.80, duty 0, insurance (3 + 1.8) × 1.1 × 0.003 = $0.01584,
 * // storage 0.211888 ft³ × $2.40 from 2026-11-11 (sellable-by 11-20 − 9 days) to 12-06 (start + 9): 20/30 + 5/31 of a month = $0.421042;
 * // k = ok({ freightUsd: 1.8, dutyUsd: 0, insuranceUsd: 0.01584, storageUsd: 0.421042, totalUsd: 2.236882 })
 */
export function landedLogisticsPerUnitUsd(sku: SkuMaster, option: LaneOption, policy: EventPolicy): Result<LandedLogistics> {
  const freightUsd = option.freightPerUnitUsd;
  const dutyUsd = sku.unitCost * sku.dutyRate;
  const insurance = cargoInsuranceUsd(sku.unitCost, freightUsd, policy.insuranceRate);
  if (!insurance.ok) return insurance;
  const lane = option.lane;
  const from = option.dates.sellableBy - Math.max(0, Math.floor(lane.transitDaysWorst - lane.transitDays));
  const windowDays = policy.end - policy.start + 1 + Math.max(0, policy.coverDaysAfter);
  const to = Math.max(from, policy.start + Math.floor(windowDays / 2));
  const storage = storageFeeUsd(unitCubicFeet(sku), from, to, policy.storageRateOffPeak, policy.storageRatePeak);
  if (!storage.ok) return storage;
  const totalUsd = freightUsd + dutyUsd + insurance.value + storage.value;
  return ok({ freightUsd, dutyUsd, insuranceUsd: insurance.value, storageUsd: storage.value, totalUsd });
}
