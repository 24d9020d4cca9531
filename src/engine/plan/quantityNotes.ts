/**
 * The Why of a SKU's quantity: which lane carries it at which quantile and why, the lanes that do not
 * pay their freight, the cheapest that would, and what a floor costs.
 */
import type { AbcClass } from "../classify/abcClassify";
import { isoFromSerial } from "../dates";
import type { UnitEconomics } from "../stock/quickResponse";
import type { EconomicQuantity, LaneEconomics } from "./economicQuantity";
import { cheapestPayingLane, type SkuLanes } from "./laneEconomics";
import { note, type PlanNote } from "./planNotes";

const usd = (x: number): string => x.toFixed(2);
const pct = (p: number): string => String(Math.round(p * 1000) / 10);
const whole = (x: number): number => Math.ceil(Math.max(0, x) - 1e-9);

/** What {@link quantityNotes} returns. */
export interface QuantityNotes {
  /** The Why column's notes about the quantity. */
  readonly why: PlanNote[];
  /** The notes an UNPROFITABLE alert shows: the base lane in time, or every lane, does not pay. Empty otherwise. */
  readonly unprofitable: PlanNote[];
}

/** "Lane does not pay its freight" with its numbers. */
function notPaying(lane: LaneEconomics, unit: UnitEconomics): PlanNote {
  return note("laneDoesNotPay", { lane: lane.option.lane.name, landed: usd(lane.landed.totalUsd), margin: usd(unit.marginUsd) });
}

/**
 * The notes of a quantity ({@link economicQuantity}) on its lanes ({@link skuLanes}):
 * - two-stage: the base's lane and level, the sprint's lane, level, ship-by and expected units;
 * - one lane: the window's quantile stocked, with CR = (m − k) ÷ (m + o) worked out;
 * - the stock there covering the target: nothing to ship;
 * - a base or sprint lane in time whose k ≥ m: "does not pay its freight" with k and m; when the base
 *   lane (or every lane) does not pay, the cheapest lane that would (in time or not, with its ship-by),
 *   or "no lane would pay" — these also make the UNPROFITABLE alert;
 * - a floor above the economic quantity: its units and its expected cost.
 * Only for SKUs some lane reaches in time (a SKU none reaches has its own notes, {@link noLaneNotes}).
 * @example quantityNotes(q, lanes, unit, "A", 0).why.map((n) => renderNote(n)) // flat book at price $8 (planSku.test.ts)
 * // ["stocks the window's P46.2 (248 units) by Fast boat → US West: CR = (margin $5.00 − landed $2.24) ÷ ($5.00 + leftover $0.98) = 0.462",
 * //  "Air → US West does not pay its freight: freight, duty, insurance and storage $5.38/unit against the $5.00 margin of a sale, so nothing goes by it"]
 */
export function quantityNotes(q: EconomicQuantity, lanes: SkuLanes, unit: UnitEconomics, abcClass: AbcClass, bufferPct: number): QuantityNotes {
  const why: PlanNote[] = [];
  const unprofitable: PlanNote[] = [];
  const m = usd(unit.marginUsd);
  const o = usd(unit.leftoverUsd);
  const { base, sprint } = lanes;
  if (q.mode === "two-stage" && base && sprint) {
    why.push(note("twoStage", {
      baseLane: base.option.lane.name, basePct: pct(q.baseLevel ?? 0), baseLanded: usd(base.landed.totalUsd), sprintLane: sprint.option.lane.name,
      sprintLanded: usd(sprint.landed.totalUsd), pct: pct(q.level ?? 0), shipBy: isoFromSerial(sprint.option.dates.shipBy), sprint: whole(q.sprintUnits), margin: m, leftover: o,
    }));
  } else if (q.mode === "base" || q.mode === "sprint") {
    const lane = (q.mode === "base" ? base : sprint) as LaneEconomics;
    const level = q.economicLevel ?? 0;
    if (q.netNeedUnits <= 0) why.push(note("stockCovers", { units: Math.floor(q.usableUnits + 1e-9), pct: pct(q.level ?? 0) }));
    else {
      why.push(note("oneLane", {
        pct: pct(level), units: whole(q.floor ? q.floor.economicUnits : q.targetUnits), lane: lane.option.lane.name, margin: m, landed: usd(lane.landed.totalUsd), leftover: o, ratio: level.toFixed(3),
      }));
    }
  }
  if (sprint && sprint.criticalRatio <= 0) why.push(notPaying(sprint, unit));
  if (base && base.criticalRatio <= 0) {
    const said = notPaying(base, unit);
    why.push(said);
    unprofitable.push(said);
  }
  if (q.mode === "none" || (base && base.criticalRatio <= 0)) {
    const paying = cheapestPayingLane(lanes.allowed);
    const cheapest = lanes.allowed[0];
    const tail = paying
      ? note("cheapestPayingLane", { lane: paying.option.lane.name, landed: usd(paying.landed.totalUsd), shipBy: isoFromSerial(paying.option.dates.shipBy) })
      : cheapest ? note("noLanePays", { lane: cheapest.option.lane.name, landed: usd(cheapest.landed.totalUsd), margin: m }) : null;
    if (q.mode === "none" && sprint && sprint.criticalRatio <= 0 && unprofitable.length === 0) unprofitable.push(notPaying(sprint, unit));
    if (tail) {
      why.push(tail);
      unprofitable.push(tail);
    }
  }
  if (q.floor) {
    const f = q.floor;
    const params = { units: whole(f.units), economic: whole(f.economicUnits), cost: usd(f.costUsd) };
    why.push(f.kind === "service" ? note("serviceFloor", { ...params, abcClass, floor: pct(f.level) }) : note("bufferFloor", { ...params, pct: Math.round(bufferPct * 1000) / 10 }));
  }
  return { why, unprofitable };
}
