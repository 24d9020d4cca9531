/**
 * What one event of a season leaves for the next, SKU by SKU (issue 12 §1).
 */
import { countDistribution } from "../stats/countDistribution";
import type { PlanLine } from "../plan/planLine";
import type { CarryIn } from "./carryIn";
import { leftoverMoments } from "./leftoverMoments";

/**
 * A millionth of a unit: the leftover's moments are sums of CDF terms (Math.exp, Math.log) whose last bits
 * differ between JavaScript engines; rounded here, the browser's plan and Node's agree cell for cell.
 */
const micro = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * The stock a plan line is expected to leave after its window, as the next event's {@link CarryIn}:
 * - the window's stock S = the stock serving it + the base + the expected sprint − the units the event
 *   stock sells before the start (the pre-event gap), against the window's demand D (its count distribution
 *   from the line's mean and variance): the leftover (S − D)⁺ has mean E and variance V ({@link leftoverMoments});
 * - an in-transit lot landing in the window beyond the demand after it (the part the window did not count)
 *   is on the shelf after it too; one landing after the window was not counted at all and goes on to the
 *   next event as in transit, on its own day;
 * - it sells from the day after the window ("at the forecast rate": the next event's plan projects it
 *   through the baseline sales up to its start, as it does stock on hand).
 * The leftover is carried at its expectation with its variance: the next window's demand variance grows by
 * V (the next event's stock is short when this one sells well), the two events' surprises taken as independent.
 * @example carryOut({ stockAtEventUnits: 600, base: null, sprint: null, preEventGapUnits: 0, windowDemandMean: 180, windowDemandVariance: 200, windowEndSerial: 46370, … })
 * // { units: 420, varianceUnits2: 200, fromSerial: 46371, inTransit: null, fromEvent: "BF" }   (hand: 600 − 180; D never reaches 600)
 */
export function carryOut(line: PlanLine): CarryIn {
  const stock = Math.max(0, line.stockAtEventUnits + (line.base?.units ?? 0) + (line.sprint?.units ?? 0) - line.preEventGapUnits);
  const left = leftoverMoments(countDistribution(line.windowDemandMean, line.windowDemandVariance), stock);
  const lot = line.inTransitUnits;
  const uncounted = Math.max(0, lot - line.inTransitUsable);
  const late = lot > 0 && line.inTransitArrivalSerial !== null && line.inTransitArrivalSerial > line.windowEndSerial;
  return {
    units: micro(left.meanUnits + (late ? 0 : uncounted)),
    varianceUnits2: micro(left.varianceUnits2),
    fromSerial: line.windowEndSerial + 1,
    inTransit: late ? { units: lot, arrivalSerial: line.inTransitArrivalSerial as number } : null,
    fromEvent: line.event,
  };
}
