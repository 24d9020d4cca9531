/**
 * The timeline backwards from the event: sellable-by, arrive-by and ship-by days,
 * per lane, and the fastest lane that still lands before a deadline.
 * Source: DESIGN.md §1 item 6 (timeline) and §2 (lanes, peak receiving).
 */
import { parseDate, isoFromSerial } from "../dates";
import { err, fail, ok, type Result } from "../errors";
import type { Lane } from "../plan/types";
import { checkNonNegative, checkNotSmaller } from "../stock/checkArgument";

/**
 * Serial of 1900-03-01, the first date `parseDate` reads: before it Excel's
 * fictitious 1900-02-29 shifts every day by one, and serials below 1 are no date at all.
 */
const FIRST_DATE_SERIAL = 61;

/** Inputs of {@link shipByDates}. Days are calendar days; serials are Excel serial days. */
export interface ShipByInput {
  /** First day of the event, Excel serial day. */
  readonly eventStartSerial: number;
  /** Worst-case door-to-door transit, days: the plan's ship-by uses it. */
  readonly transitDaysWorst: number;
  /** Typical transit, days (≤ worst); omitted = the worst case. */
  readonly transitDaysTypical?: number;
  /** Warehouse receiving time, days (default 14, the FBA peak figure). */
  readonly receivingDays?: number;
  /** Stock must be sellable this many days before the start, days (default 7). */
  readonly safetyDays?: number;
  /** First mile, booking and customs before transit, days (default 0). */
  readonly handlingDays?: number;
  /**
   * The marketplace's inbound cut-off, Excel serial day: the last day goods may reach its
   * warehouse for the event (e.g. Amazon's FBA deadline); omitted = none.
   */
  readonly inboundCutOffSerial?: number;
}

/** What {@link shipByDates} returns: Excel serial days, whole. */
export interface ShipByDates {
  /** Event start − safety days: the last day the stock may become sellable. */
  readonly sellableBy: number;
  /** The last day the goods may reach the warehouse: sellable-by − receiving days, or the inbound cut-off when that is earlier. */
  readonly arriveBy: number;
  /** Arrive-by − worst transit − handling: the last safe day to ship (the plan's date). */
  readonly shipBy: number;
  /** Arrive-by − typical transit − handling: the last day to ship if transit goes as usual. */
  readonly shipByTypical: number;
  /**
   * Only with an inbound cut-off: sellable-by − receiving days, the arrive-by the event's own
   * timeline allows. `arriveBy < timelineArriveBy` means the cut-off bound.
   */
  readonly timelineArriveBy?: number;
}

/**
 * Works the timeline back from the event start (all in days):
 * sellableBy = start − safety; arriveBy = sellableBy − receiving, or the marketplace's
 * inbound cut-off when that is earlier (then `timelineArriveBy` keeps the former);
 * shipBy = arriveBy − worst transit − handling; shipByTypical = arriveBy − typical transit − handling.
 *
 * Plan with the worst case; the typical date shows the slack. Fractional days are
 * allowed: each date is rounded DOWN to a whole day before the next is worked from it
 * (earlier is the safe side), so goods shipped on `shipBy` are, by {@link laneArrivalDay},
 * sellable on or before `sellableBy`. A time fraction on the event start is dropped first.
 * Source: DESIGN.md §1 item 6; FBA receiving 2–6 days normally, 14+ at peak (§1, §2).
 * @param input.eventStartSerial event start, Excel serial day
 * @param input.transitDaysWorst worst-case transit, days
 * @param input.transitDaysTypical typical transit, days, ≤ worst (default = worst)
 * @param input.receivingDays receiving, days (default 14)
 * @param input.safetyDays days before the start the stock must be sellable (default 7)
 * @param input.handlingDays first mile and customs, days (default 0)
 * @param input.inboundCutOffSerial the marketplace's inbound cut-off, Excel serial day (default none)
 * @returns the four serial days (five with a cut-off), or BAD_DATE (event start, cut-off), NOT_A_NUMBER / NEGATIVE_VALUE (a day count),
 * OUT_OF_RANGE (typical transit above worst; a ship-by before 1900-03-01, which Excel cannot show
 * as the right day, or before its first date at all)
 * @example shipByDates({ eventStartSerial: 46353, transitDaysWorst: 35, receivingDays: 14, safetyDays: 7, handlingDays: 5 })
 * // ok({ sellableBy: 46346, arriveBy: 46332, shipBy: 46292, shipByTypical: 46292 }):
 * // 2026-11-27 − 7 = 11-20; − 14 = 11-06; − 35 − 5 = 2026-09-27
 * @example shipByDates({ eventStartSerial: 46353, transitDaysWorst: 35, receivingDays: 14, safetyDays: 7, handlingDays: 5, inboundCutOffSerial: 46325 })
 * // ok({ sellableBy: 46346, arriveBy: 46325, shipBy: 46285, shipByTypical: 46285, timelineArriveBy: 46332 }):
 * // the cut-off 2026-10-30 is before 11-06, so it binds: 10-30 − 35 − 5 = 2026-09-20
 */
export function shipByDates(input: ShipByInput): Result<ShipByDates> {
  const start = parseDate(input.eventStartSerial, "event_start");
  if (!start.ok) return err(start.error.code, start.error.message, { argument: "event_start" });
  const worst = checkNonNegative(input.transitDaysWorst, "transit_days_worst");
  if (!worst.ok) return worst;
  const typical = checkNonNegative(input.transitDaysTypical ?? worst.value, "transit_days_typical");
  if (!typical.ok) return typical;
  const order = checkNotSmaller(worst.value, "transit_days_worst", typical.value, "transit_days_typical");
  if (!order.ok) return order;
  const receiving = checkNonNegative(input.receivingDays ?? 14, "receiving_days");
  if (!receiving.ok) return receiving;
  const safety = checkNonNegative(input.safetyDays ?? 7, "safety_days");
  if (!safety.ok) return safety;
  const handling = checkNonNegative(input.handlingDays ?? 0, "handling_days");
  if (!handling.ok) return handling;
  let cutOff: number | undefined;
  if (input.inboundCutOffSerial !== undefined) {
    const parsed = parseDate(input.inboundCutOffSerial, "inbound_cut_off");
    if (!parsed.ok) return err(parsed.error.code, parsed.error.message, { argument: "inbound_cut_off" });
    cutOff = Math.floor(parsed.value);
  }
  const sellableBy = Math.floor(start.value - safety.value);
  const timelineArriveBy = Math.floor(sellableBy - receiving.value);
  const arriveBy = cutOff === undefined ? timelineArriveBy : Math.min(timelineArriveBy, cutOff);
  const shipBy = Math.floor(arriveBy - worst.value - handling.value);
  if (shipBy < FIRST_DATE_SERIAL) {
    const days = start.value - shipBy;
    return fail("shipByBeforeFirstDate", "OUT_OF_RANGE", { start: isoFromSerial(start.value), days, first: isoFromSerial(FIRST_DATE_SERIAL) }, { argument: "event_start" });
  }
  const dates: ShipByDates = { sellableBy, arriveBy, shipBy, shipByTypical: Math.floor(arriveBy - typical.value - handling.value) };
  return ok(cutOff === undefined ? dates : { ...dates, timelineArriveBy });
}

/** Checks one lane's timing fields; messages name the lane and the Lanes-sheet column. */
function checkLaneTiming(lane: Lane, position?: number): Result<Lane> {
  const at = position === undefined ? {} : { index: position };
  if (typeof lane?.name !== "string" || lane.name.trim() === "") {
    return err("MISSING_VALUE", `${position === undefined ? "the lane" : `lane ${position}`} has no name`, { sheet: "Lanes", column: "Lane", ...at });
  }
  const fields: readonly (readonly [number, string])[] = [
    [lane.transitDays, "TransitDays"],
    [lane.transitDaysWorst, "TransitDaysWorst"],
    [lane.handlingDays, "HandlingDays"],
  ];
  for (const [value, column] of fields) {
    const checked = checkNonNegative(value, `lane '${lane.name}' ${column}`);
    if (!checked.ok) return err(checked.error.code, checked.error.message, { sheet: "Lanes", column, ...at });
  }
  if (lane.transitDaysWorst < lane.transitDays) {
    return err("OUT_OF_RANGE", `lane '${lane.name}' TransitDaysWorst (${lane.transitDaysWorst}) is smaller than TransitDays (${lane.transitDays})`, {
      sheet: "Lanes",
      column: "TransitDaysWorst",
      ...at,
    });
  }
  return ok(lane);
}

/**
 * {@link shipByDates} for one lane: worst transit = lane.transitDaysWorst, typical =
 * lane.transitDays, handling = lane.handlingDays.
 * @param lane the lane (Lanes sheet row)
 * @param eventStartSerial event start, Excel serial day
 * @param receivingDays receiving, days
 * @param safetyDays days before the start the stock must be sellable
 * @param inboundCutOffSerial the marketplace's inbound cut-off, Excel serial day (default none)
 * @returns the four serial days, or the errors of {@link shipByDates}, naming the lane for lane fields
 * @example laneShipBy({ name: "Sea", transitDays: 30, transitDaysWorst: 35, handlingDays: 5, … }, 46353, 14, 7)
 * // ok({ sellableBy: 46346, arriveBy: 46332, shipBy: 46292, shipByTypical: 46297 }): 46332 − 30 − 5 = 46297
 */
export function laneShipBy(lane: Lane, eventStartSerial: number, receivingDays: number, safetyDays: number, inboundCutOffSerial?: number): Result<ShipByDates> {
  const checked = checkLaneTiming(lane);
  if (!checked.ok) return checked;
  return shipByDates({
    eventStartSerial,
    transitDaysWorst: lane.transitDaysWorst,
    transitDaysTypical: lane.transitDays,
    handlingDays: lane.handlingDays,
    receivingDays,
    safetyDays,
    ...(inboundCutOffSerial !== undefined ? { inboundCutOffSerial } : {}),
  });
}

/** Worst-case sellable day for an already-checked lane and ship day. */
function arrival(lane: Lane, ship: number, receiving: number): number {
  return Math.ceil(ship + lane.handlingDays + lane.transitDaysWorst + receiving);
}

/**
 * The worst-case day goods shipped on `shipDaySerial` become sellable:
 * ship day + handling + worst transit + receiving, rounded UP to a whole day (later is the safe side).
 * @param lane the lane (Lanes sheet row)
 * @param shipDaySerial the day the goods leave, Excel serial day
 * @param receivingDays receiving, days
 * @returns the Excel serial day, or BAD_DATE / NOT_A_NUMBER / NEGATIVE_VALUE / OUT_OF_RANGE naming the lane or argument
 * @example laneArrivalDay({ name: "Air", transitDays: 5, transitDaysWorst: 10, handlingDays: 2, … }, 46300, 14)
 * // ok(46326): 46300 + 2 + 10 + 14
 */
export function laneArrivalDay(lane: Lane, shipDaySerial: number, receivingDays: number): Result<number> {
  const checked = checkLaneTiming(lane);
  if (!checked.ok) return checked;
  const ship = parseDate(shipDaySerial, "ship_day");
  if (!ship.ok) return err(ship.error.code, ship.error.message, { argument: "ship_day" });
  const receiving = checkNonNegative(receivingDays, "receiving_days");
  if (!receiving.ok) return receiving;
  return ok(arrival(lane, ship.value, receiving.value));
}

/** What {@link fastestLaneArrivingBy} returns: a lane, or none and why. */
export interface FastestLane {
  /** The chosen lane; undefined when no lane allows the goods and is sellable by the deadline. */
  readonly lane: Lane | undefined;
  /** Its worst-case sellable day, Excel serial; undefined with no lane. */
  readonly sellableDay: number | undefined;
  /** One sentence: which lane and when, or why there is none. */
  readonly why: string;
}

/**
 * Among the lanes that may carry the goods (sensitive goods need `allowsSensitive`),
 * the one with the earliest worst-case sellable day ({@link laneArrivalDay}) that is
 * on or before the deadline. Ties go to the lane listed first. When none qualifies the
 * result is still ok, with `lane: undefined` and a `why` naming the fastest allowed lane
 * and how late it is (or that no lane allows sensitive goods); bad input is an error.
 * Lane names must be unique, since callers report the lane by name.
 * @param lanes the lanes (Lanes sheet), at least one
 * @param shipDaySerial the day the goods could leave, Excel serial day
 * @param deadlineSerial the last acceptable sellable day (e.g. the event end), Excel serial day
 * @param receivingDays receiving, days
 * @param sensitive true for battery/liquid goods
 * @returns the lane choice, or MISSING_VALUE (no lanes, no name), DUPLICATE_KEY, BAD_DATE,
 * NOT_A_NUMBER / NEGATIVE_VALUE / OUT_OF_RANGE naming the lane
 * @example fastestLaneArrivingBy([sea (0 + 35 + 5), air (10 + 2)], 46300, 46330, 14, false)
 * // ok({ lane: air, sellableDay: 46326, why: "Air is sellable by 2026-10-31 (worst case), on time for 2026-11-04." })
 */
export function fastestLaneArrivingBy(
  lanes: readonly Lane[],
  shipDaySerial: number,
  deadlineSerial: number,
  receivingDays: number,
  sensitive: boolean,
): Result<FastestLane> {
  if (lanes.length === 0) return err("MISSING_VALUE", "lanes: no lanes were given", { sheet: "Lanes" });
  const seen = new Set<string>();
  for (let i = 0; i < lanes.length; i++) {
    const checked = checkLaneTiming(lanes[i], i + 1);
    if (!checked.ok) return checked;
    if (seen.has(lanes[i].name)) {
      return err("DUPLICATE_KEY", `lane '${lanes[i].name}' appears more than once`, { sheet: "Lanes", column: "Lane", index: i + 1 });
    }
    seen.add(lanes[i].name);
  }
  const ship = parseDate(shipDaySerial, "ship_day");
  if (!ship.ok) return err(ship.error.code, ship.error.message, { argument: "ship_day" });
  const deadline = parseDate(deadlineSerial, "deadline");
  if (!deadline.ok) return err(deadline.error.code, deadline.error.message, { argument: "deadline" });
  const receiving = checkNonNegative(receivingDays, "receiving_days");
  if (!receiving.ok) return receiving;

  let best: { lane: Lane; day: number } | undefined;
  for (const lane of lanes) {
    if (sensitive && !lane.allowsSensitive) continue;
    const day = arrival(lane, ship.value, receiving.value);
    if (best === undefined || day < best.day) best = { lane, day };
  }
  const by = isoFromSerial(deadline.value);
  if (best === undefined) {
    return ok({ lane: undefined, sellableDay: undefined, why: "No lane allows sensitive (battery or liquid) goods." });
  }
  if (best.day > deadline.value) {
    const late = best.day - deadline.value;
    return ok({
      lane: undefined,
      sellableDay: undefined,
      why: `No lane is sellable by ${by}: the fastest, ${best.lane.name}, is sellable ${isoFromSerial(best.day)} (worst case), ${late} day${late === 1 ? "" : "s"} late.`,
    });
  }
  return ok({ lane: best.lane, sellableDay: best.day, why: `${best.lane.name} is sellable by ${isoFromSerial(best.day)} (worst case), on time for ${by}.` });
}
