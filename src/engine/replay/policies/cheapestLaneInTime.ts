/**
 * The lanes a policy may still ship on, the cheapest of them, and how a seller rounds an order.
 */
import { ok, type Result } from "../../errors";
import { cheapestOption, isFastLane, laneOptions, type LaneOption } from "../../plan/laneOptions";
import type { SkuMaster } from "../../plan/types";
import type { ReplayKnowledge } from "../types";

/**
 * Every lane that takes the SKU's goods and whose worst-case ship-by is on or after the day the goods
 * can leave (decision day + supplier lead days), with the event's inbound cut-off as the plan applies
 * it: the plan's own {@link laneOptions}, the same ship-by dates for every policy.
 * @returns the usable options (lane, ship-by dates, freight per unit), in the Lanes sheet's order
 * @example lanesInTime(known, sku) // at T−70 with the default US West lanes: Fast boat, Air, Express (FCL and LCL need 81+ days)
 */
export function lanesInTime(known: ReplayKnowledge, sku: SkuMaster): Result<LaneOption[]> {
  const { event } = known;
  const options = laneOptions(sku, known.lanes, event.start, event.receivingDays, event.safetyDays, known.day + sku.supplierLeadDays, event.inboundCutOff);
  if (!options.ok) return options;
  return ok(options.value.filter((o) => o.reachable && o.allowed));
}

/**
 * Among {@link lanesInTime}, the one with the lowest freight per unit (ties to the earlier arrival) —
 * the plan's own {@link cheapestOption}. `which` narrows it to slow (sea, fast boat, rail) or fast (air, express) lanes.
 * @returns the option (lane, ship-by dates, freight per unit) or undefined when no lane is in time
 * @example cheapestLaneInTime(known, sku) // at T−70 with the default US West lanes: Fast boat (FCL and LCL need 81+ days)
 */
export function cheapestLaneInTime(known: ReplayKnowledge, sku: SkuMaster, which: "any" | "slow" | "fast" = "any"): Result<LaneOption | undefined> {
  const options = lanesInTime(known, sku);
  if (!options.ok) return options;
  return ok(cheapestOption(options.value, (o) => which === "any" || (which === "fast") === isFastLane(o.lane)));
}

/**
 * Units rounded up to whole cartons, then raised to the MOQ when anything ships: how a seller orders.
 * @example orderUnits(25, { unitsPerCarton: 12, moq: 0 }) // 36: 3 cartons
 * @example orderUnits(25, { unitsPerCarton: 12, moq: 100 }) // 108: 100 → 9 cartons
 */
export function orderUnits(units: number, sku: Pick<SkuMaster, "unitsPerCarton" | "moq">): number {
  if (!(units > 1e-9)) return 0;
  const perCarton = Math.max(1, sku.unitsPerCarton);
  const atLeast = Math.max(units, sku.moq);
  return Math.ceil(atLeast / perCarton - 1e-9) * perCarton;
}
