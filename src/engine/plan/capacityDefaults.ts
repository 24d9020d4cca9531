/**
 * What storage over a destination's capacity limit costs, and what holding it at a 3PL
 * instead costs: user-editable defaults (Event sheet OverageFeePerCubicFoot and
 * ThreePlCostPerCubicFoot), each with its source.
 */
import type { EventPolicy } from "./types";

/** Pallet volume the 3PL default is counted on, ft³: 1.5 CBM (Flexport's rule for pallet count = CBM ÷ 1.5) = 52.97 ft³. */
const PALLET_CUBIC_FEET = 1.5 * 35.3147;

export const CAPACITY_DEFAULTS = Object.freeze({
  /**
   * Amazon US inventory storage overage fee: $10 per ft³ per month on the daily average volume
   * over the limit (Amazon Seller Central, "FBA inventory storage overage fees"; DESIGN.md §1
   * item 6). Amazon DE charges €320/m³ (≈ €9.06/ft³): write it for a European destination.
   */
  overageFeePerCubicFoot: 10,
  /**
   * A 3PL near the destination receives the cartons, keeps them a month and sends them in when
   * space frees up: per pallet of 1.5 CBM, receiving $10 and storage $30 a month (midpoints of
   * $5–15 and $20–40 per pallet, The Fulfillment Advisor, "3PL pricing and rates", 2025 study of
   * 600+ US warehouses), outbound handling $10 (as receiving) and LTL freight into FBA $150
   * (a seller's 8-pallet LTL shipment to 3 fulfilment centres cost $975, $122/pallet, in 2016,
   * raised for freight rates since) = $200 ÷ 52.97 ft³ = $3.78/ft³. A quote, where the seller has one, wins.
   */
  threePlCostPerCubicFoot: Math.round((200 / PALLET_CUBIC_FEET) * 100) / 100,
});

/**
 * The storage limit of `destination`, ft³: its own (`capacityByDestination`, name matched without
 * case or surrounding spaces), else `capacityCubicFeet` (every destination), else null (no limit).
 * @example capacityLimitOf({ capacityCubicFeet: 3000, capacityByDestination: { "Amazon DE": 800 } }, "amazon de") // 800
 * @example capacityLimitOf({ capacityCubicFeet: 3000 }, "Amazon US") // 3000
 */
export function capacityLimitOf(policy: Pick<EventPolicy, "capacityCubicFeet" | "capacityByDestination">, destination: string): number | null {
  const wanted = destination.trim().toLowerCase();
  for (const [name, limit] of Object.entries(policy.capacityByDestination ?? {})) {
    if (name.trim().toLowerCase() === wanted) return limit;
  }
  return policy.capacityCubicFeet ?? null;
}
