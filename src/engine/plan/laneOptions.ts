/**
 * Which lanes can still carry a SKU to the event, when each must leave, and
 * what a unit costs on each.
 */
import { isoFromSerial } from "../dates";
import { ok, type Result } from "../errors";
import { laneShipBy, type ShipByDates } from "../logistics/shipByDates";
import { freightPerUnitUsd } from "./freightPerUnit";
import { note, type PlanNote } from "./planNotes";
import type { Lane, SkuMaster } from "./types";

/** One lane as an option for one SKU. */
export interface LaneOption {
  readonly lane: Lane;
  readonly dates: ShipByDates;
  /** Freight per unit at the lane's rates, before any shipment minimum, USD/unit. */
  readonly freightPerUnitUsd: number;
  /** True when the goods can leave by the lane's ship-by (ship-by ≥ plan date + supplier lead days). */
  readonly reachable: boolean;
  /** False for battery/liquid goods on a lane that refuses them. */
  readonly allowed: boolean;
}

/** Sea, fast sea and rail are slow lanes; air and express are fast lanes. */
export function isFastLane(lane: Lane): boolean {
  return lane.mode === "air" || lane.mode === "express";
}

/**
 * Every lane as an option for `sku`: its ship-by dates for the event (worst-case
 * transit, DESIGN.md §1 item 6), its freight per unit (one carton's freight ÷
 * units per carton: lane rates are linear in cartons, the minimum charge is a
 * shipment's, applied to batches), whether the goods can be ready by then and
 * whether the lane takes sensitive goods.
 * @param earliestShipSerial plan date + supplier lead days: the first day goods can leave
 * @param inboundCutOffSerial the marketplace's inbound cut-off (EventPolicy.inboundCutOff), Excel serial day:
 * every lane's arrive-by is the earlier of it and the event's timeline (default none)
 * @example laneOptions(sku, DEFAULT_LANES, 46353, 14, 7, 46280) // sea: shipBy 46259 → reachable false
 */
export function laneOptions(
  sku: SkuMaster,
  lanes: readonly Lane[],
  eventStartSerial: number,
  receivingDays: number,
  safetyDays: number,
  earliestShipSerial: number,
  inboundCutOffSerial?: number,
): Result<LaneOption[]> {
  const options: LaneOption[] = [];
  for (const lane of lanes) {
    const dates = laneShipBy(lane, eventStartSerial, receivingDays, safetyDays, inboundCutOffSerial);
    if (!dates.ok) return dates;
    const freight = freightPerUnitUsd(lane, sku);
    if (!freight.ok) return freight;
    options.push({
      lane,
      dates: dates.value,
      freightPerUnitUsd: freight.value,
      reachable: dates.value.shipBy >= earliestShipSerial,
      allowed: !sku.sensitive || lane.allowsSensitive,
    });
  }
  return ok(options);
}

/**
 * The cheapest usable option among `options` that pass `filter`, ties to the earlier arrival; undefined if none.
 * @example cheapestOption(options, (o) => !isFastLane(o.lane)) // the cheapest sea or rail lane still reachable
 */
export function cheapestOption(options: readonly LaneOption[], filter: (option: LaneOption) => boolean): LaneOption | undefined {
  let best: LaneOption | undefined;
  for (const o of options) {
    if (!o.reachable || !o.allowed || !filter(o)) continue;
    if (!best || o.freightPerUnitUsd < best.freightPerUnitUsd - 1e-12 || (Math.abs(o.freightPerUnitUsd - best.freightPerUnitUsd) <= 1e-12 && o.dates.arriveBy < best.dates.arriveBy)) {
      best = o;
    }
  }
  return best;
}

/**
 * Which date bounds the arrive-by of `option`, as a note for the Why column, when the
 * event has an inbound cut-off: the cut-off (earlier than the event's timeline) or the
 * timeline (start − safety − receiving days, before the cut-off). Null without a cut-off.
 * @example arriveByNote(option) // note("cutOffBinds", { arriveBy: "2026-10-30", timeline: "2026-11-06", days: 7 })
 */
export function arriveByNote(option: LaneOption): PlanNote | null {
  const { arriveBy, timelineArriveBy } = option.dates;
  if (timelineArriveBy === undefined) return null;
  return arriveBy < timelineArriveBy
    ? note("cutOffBinds", { arriveBy: isoFromSerial(arriveBy), timeline: isoFromSerial(timelineArriveBy), days: timelineArriveBy - arriveBy })
    : note("timelineBinds", { arriveBy: isoFromSerial(arriveBy) });
}

/**
 * Why the goods go all by the fast lane `fastMode`, as a note for the Why column,
 * e.g. "fast-sea ship-by passed on 2026-10-10, goods ready 2026-10-20 → all by air".
 */
export function slowLaneGoneNote(options: readonly LaneOption[], earliestShipSerial: number, fastMode: string): PlanNote {
  const slow = options.filter((o) => !isFastLane(o.lane) && o.allowed);
  if (slow.length === 0) return note("noSlowLane", { fastMode });
  const latest = slow.reduce((a, b) => (b.dates.shipBy > a.dates.shipBy ? b : a));
  return note("slowLaneGone", { mode: latest.lane.mode, shipBy: isoFromSerial(latest.dates.shipBy), ready: isoFromSerial(earliestShipSerial), fastMode });
}
