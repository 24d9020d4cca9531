/**
 * The cost o of one unit left over after the event window: the "overage" cost of
 * the newsvendor (issue 11 §1), one definition for the plan and the replay.
 */
import { ok, type Result } from "../errors";
import { storageFeeUsd } from "../logistics/storageFee";
import type { EventPolicy, SkuMaster } from "./types";
import { unitCubicFeet } from "./unitCubicFeet";

/** Defaults of the leftover cost's two settings (EventPolicy.leftoverHoldDays, leftoverMarkdownShare). */
export const LEFTOVER_DEFAULTS = Object.freeze({
  /**
   * A leftover unit sells within about three months at the normal rate (a window's
   * leftovers are usually a few weeks of demand): storage is paid for 90 days.
   */
  holdDays: 90,
  /**
   * 10 % of the unit cost is lost on a leftover unit: the part marked down or disposed
   * of, and the capital tied up meanwhile (its purchase cost is otherwise recovered when it sells).
   */
  markdownShare: 0.1,
});

/**
 * o, USD/unit: storage of one unit from the day after the window for the hold days, at the
 * policy's storage rates by the month of each day ({@link storageFeeUsd}, ft³ per unit from
 * {@link unitCubicFeet}), plus the markdown share × unit cost:
 * o = Σ_{d = windowEnd+1}^{windowEnd+hold} ft³ × rate(month of d) ÷ days in that month + share × unit cost.
 * The purchase cost itself is not in o: a leftover unit is sold later; what is lost is carrying it and its markdown.
 * Settings come from the policy (leftoverHoldDays, leftoverMarkdownShare) or {@link LEFTOVER_DEFAULTS}.
 * @param windowEndSerial last day of the window (event end + cover days), Excel serial
 * @returns USD/unit, or the storage fee's error (a bad rate or date)
 * @example leftoverCostPerUnitUsd(sku, policy, 46367) // 1 ft³/unit, unit cost $10, window ends 2026-12-11, 90 days, 10 %:
 * // ok(4.3852): storage 2.40 × 20/31 (Dec 12–31) + 0.78 × (1 + 1 + 11/31) (Jan, Feb, Mar 1–11) = 1.5484 + 1.8368; + 0.1 × 10
 */
export function leftoverCostPerUnitUsd(
  sku: Pick<SkuMaster, "unitCost" | "cartonLengthCm" | "cartonWidthCm" | "cartonHeightCm" | "unitsPerCarton">,
  policy: Pick<EventPolicy, "storageRateOffPeak" | "storageRatePeak" | "leftoverHoldDays" | "leftoverMarkdownShare">,
  windowEndSerial: number,
): Result<number> {
  const hold = Math.max(0, Math.round(policy.leftoverHoldDays ?? LEFTOVER_DEFAULTS.holdDays));
  const share = Math.max(0, policy.leftoverMarkdownShare ?? LEFTOVER_DEFAULTS.markdownShare);
  const from = Math.floor(windowEndSerial) + 1;
  const storage = storageFeeUsd(unitCubicFeet(sku), from, from + hold, policy.storageRateOffPeak, policy.storageRatePeak);
  if (!storage.ok) return storage;
  return ok(storage.value + share * sku.unitCost);
}
