/**
 * Each lane's economics for one SKU (k and the critical ratio), and the base and sprint lanes the
 * plan uses: the cheapest slow and the cheapest fast lane still in time.
 */
import { ok, type Result } from "../errors";
import { laneCriticalRatio, type UnitEconomics } from "../stock/quickResponse";
import type { LaneEconomics } from "./economicQuantity";
import { landedLogisticsPerUnitUsd } from "./landedLogistics";
import { isFastLane, type LaneOption } from "./laneOptions";
import type { EventPolicy, SkuMaster } from "./types";

/** The lanes of one SKU as the plan weighs them. */
export interface SkuLanes {
  /** The cheapest slow lane (sea, fast boat, rail) in time that takes the goods, by k; null when none. */
  readonly base: LaneEconomics | null;
  /** The cheapest fast lane (air, express) in time that takes the goods, by k; null when none. */
  readonly sprint: LaneEconomics | null;
  /** Every lane that takes the goods, in time or not, cheapest k first. */
  readonly allowed: readonly LaneEconomics[];
}

/**
 * k ({@link landedLogisticsPerUnitUsd}) and CR = (m − k) ÷ (m + o) of every lane that takes the SKU's
 * goods, and the base and sprint lanes: among the lanes still in time (ship-by ≥ the day the goods are
 * ready), the slow and the fast one with the lowest k (ties to the earlier arrival). A lane whose k is at
 * least m is still chosen here: whether it carries anything is the quantity's decision ({@link economicQuantity}).
 * @returns the lanes, or a lane's storage or insurance error
 * @example skuLanes(sku, laneOptions(sku, DEFAULT_LANES, …), policy, { marginUsd: 7, leftoverUsd: 0.9 })
 * // flat book at T−70 (m $7, o $0.98): base Fast boat (k $2.24, CR 0.597), sprint Air (k $5.38, CR 0.203), allowed: all five lanes
 */
export function skuLanes(sku: SkuMaster, options: readonly LaneOption[], policy: EventPolicy, unit: UnitEconomics): Result<SkuLanes> {
  const allowed: LaneEconomics[] = [];
  for (const option of options) {
    if (!option.allowed) continue;
    const landed = landedLogisticsPerUnitUsd(sku, option, policy);
    if (!landed.ok) return landed;
    allowed.push({ option, landed: landed.value, criticalRatio: laneCriticalRatio(unit, landed.value.totalUsd) });
  }
  allowed.sort((a, b) => a.landed.totalUsd - b.landed.totalUsd || a.option.dates.arriveBy - b.option.dates.arriveBy);
  const first = (fast: boolean): LaneEconomics | null => allowed.find((l) => l.option.reachable && isFastLane(l.option.lane) === fast) ?? null;
  return ok({ base: first(false), sprint: first(true), allowed });
}

/**
 * The cheapest lane that would pay its freight (k < m), in time or not; undefined when none would.
 * @example cheapestPayingLane(lanes.allowed) // Sea FCL → US West when its ship-by has passed but its k is lowest
 */
export function cheapestPayingLane(allowed: readonly LaneEconomics[]): LaneEconomics | undefined {
  return allowed.find((l) => l.criticalRatio > 0);
}
