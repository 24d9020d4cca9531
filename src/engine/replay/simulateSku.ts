/**
 * One SKU's window played day by day against its actual demand.
 */
import { ok, type Result } from "../errors";
import { storageFeeUsd } from "../logistics/storageFee";
import { leftoverCostPerUnitUsd } from "../plan/leftoverCost";
import type { EventPolicy, SkuMaster } from "../plan/types";
import { unitCubicFeet } from "../plan/unitCubicFeet";
import type { ReplayShipmentCost, ReplaySkuResult } from "./types";

/** Inputs of {@link simulateSku}. Days are Excel serials, the window inclusive. */
export interface SimulateSkuInput {
  readonly sku: SkuMaster;
  /** Storage rates, leftover settings. */
  readonly event: Pick<EventPolicy, "storageRateOffPeak" | "storageRatePeak" | "leftoverHoldDays" | "leftoverMarkdownShare">;
  readonly windowStart: number;
  readonly windowEnd: number;
  /** Actual units demanded on each window day; index 0 is the window start. */
  readonly windowDemandUnits: readonly number[];
  /** Stock on hand still there when the window starts (after the sales before it), units. */
  readonly openingUnits: number;
  /** The book's in-transit lot arriving in the window or after it: units and sellable day (paid before the plan: no logistics here). */
  readonly inTransit: { readonly units: number; readonly day: number } | null;
  /** This policy's lots for the SKU, with their arrival days and costs. */
  readonly shipments: readonly ReplayShipmentCost[];
}

/**
 * Plays the window: on each day the lots that become sellable that day are added, then the day's
 * actual demand is served from stock (what cannot be served is lost, not backordered), then the
 * stock left at the end of the day pays one day's storage, ft³ × the month's rate ÷ the month's
 * days ({@link storageFeeUsd}). Event stock arriving before the window is held for it and pays
 * storage from its arrival day; it is not sold before the window (the sales before the event are the
 * seller's normal stock's, replayEvent.ts). Units left after the last day, and lots arriving after
 * it, are leftovers at o each ({@link leftoverCostPerUnitUsd}).
 * profit = sold × price − sold × unit cost − sold × marketplace fee − freight − duty − insurance − storage − leftover × o.
 * @returns the SKU's units and money, or a storage/leftover-cost error
 * @example simulateSku({ …, windowDemandUnits: [5, 5], openingUnits: 0, shipments: [8 units arriving the day before] })
 * // sold 8, short 2, leftover 0; storage = 8 units' ft³ for 1 day + 3 units' for 1 day
 */
export function simulateSku(input: SimulateSkuInput): Result<ReplaySkuResult> {
  const { sku, event, windowStart, windowEnd } = input;
  const ft3 = unitCubicFeet(sku);
  const lots = [...input.shipments.map((s) => ({ units: s.units, day: s.arrivalDay }))];
  if (input.inTransit && input.inTransit.units > 0) lots.push(input.inTransit);
  let storageUsd = 0;
  let stock = Math.max(0, input.openingUnits);
  let lateUnits = 0;
  for (const lot of lots) {
    if (lot.day > windowEnd) lateUnits += lot.units;
    else if (lot.day < windowStart) {
      stock += lot.units;
      const held = storageFeeUsd(ft3 * lot.units, lot.day, windowStart, event.storageRateOffPeak, event.storageRatePeak);
      if (!held.ok) return held;
      storageUsd += held.value;
    }
  }
  let demanded = 0;
  let sold = 0;
  for (let day = windowStart; day <= windowEnd; day++) {
    for (const lot of lots) if (lot.day === day) stock += lot.units;
    const demand = Math.max(0, input.windowDemandUnits[day - windowStart] ?? 0);
    const sale = Math.min(stock, demand);
    demanded += demand;
    sold += sale;
    stock -= sale;
    const fee = storageFeeUsd(ft3 * stock, day, day + 1, event.storageRateOffPeak, event.storageRatePeak);
    if (!fee.ok) return fee;
    storageUsd += fee.value;
  }
  const leftoverUnits = stock + lateUnits;
  const o = leftoverCostPerUnitUsd(sku, event, windowEnd);
  if (!o.ok) return o;
  const sum = (pick: (s: ReplayShipmentCost) => number): number => input.shipments.reduce((t, s) => t + pick(s), 0);
  const freightUsd = sum((s) => s.freightUsd);
  const dutyUsd = sum((s) => s.dutyUsd);
  const insuranceUsd = sum((s) => s.insuranceUsd);
  const revenueUsd = sold * sku.price;
  const purchaseUsd = sold * sku.unitCost;
  const marketplaceFeesUsd = sold * (sku.marketplaceFeePerUnit ?? 0);
  const leftoverCostUsd = leftoverUnits * o.value;
  return ok({
    sku: sku.sku,
    demandedUnits: demanded,
    soldUnits: sold,
    shortUnits: demanded - sold,
    leftoverUnits,
    shippedUnits: sum((s) => s.units),
    fillRate: demanded > 0 ? sold / demanded : null,
    revenueUsd,
    purchaseUsd,
    marketplaceFeesUsd,
    freightUsd,
    dutyUsd,
    insuranceUsd,
    storageUsd,
    leftoverCostUsd,
    profitUsd: revenueUsd - purchaseUsd - marketplaceFeesUsd - freightUsd - dutyUsd - insuranceUsd - storageUsd - leftoverCostUsd,
    shipments: input.shipments,
  });
}
