/**
 * The loose-units bound: knows the actual window demand and ships exactly the units missing, where that
 * pays, ignoring cartons and MOQ — what perfect foresight would make if goods came loose (the replay's
 * reference before cartons were imposed; perfectForesightPolicy.ts is the reference plan).
 */
import { ok, err, type EngineError } from "../../errors";
import type { ReplayPolicy, ReplayShipment } from "../types";
import { cheapestLaneInTime } from "./cheapestLaneInTime";

/**
 * Perfect foresight, loose units (a bound, not a plan): for each SKU it learns from the replay's oracle how many
 * units the window would lose with nothing shipped — exactly the units missing, since a lot that
 * arrives before the window covers every later shortfall — and ships that many (loose units, no
 * carton rounding or MOQ: a bound, not a plan) by the cheapest lane in time on its ship-by, ONLY
 * when the SKU's replayed profit with them beats its profit without (its margin pays the
 * freight, duty, insurance, storage and nothing is left over). Decided once, on the plan date.
 * @example perfectForesightBoundPolicy().decide(known) // a SKU short 37 units without stock, margin $5 > $1.60 landed → 37 by fast boat
 */
export function perfectForesightBoundPolicy(): ReplayPolicy {
  return {
    id: "perfect-foresight-bound",
    seesFuture: true,
    looseUnits: true,
    decide(known) {
      const oracle = known.oracle;
      if (!oracle) return err("INCONSISTENT_INPUT", "replay: the perfect-foresight bound was not given the actual demand");
      const shipments: ReplayShipment[] = [];
      const errors: EngineError[] = [];
      for (const sku of known.skus) {
        const without = oracle.evaluate(sku.sku, []);
        if (!without.ok) {
          errors.push(without.error);
          continue;
        }
        const missing = without.value.shortUnits;
        if (missing <= 0) continue;
        const lane = cheapestLaneInTime(known, sku);
        if (!lane.ok) {
          errors.push({ ...lane.error, where: { ...lane.error.where, sku: sku.sku } });
          continue;
        }
        if (!lane.value) continue;
        const lot = { sku: sku.sku, lane: lane.value.lane.name, units: missing, shipDay: lane.value.dates.shipBy };
        const withLot = oracle.evaluate(sku.sku, [lot]);
        if (!withLot.ok) errors.push(withLot.error);
        else if (withLot.value.profitUsd > without.value.profitUsd) shipments.push(lot);
      }
      return ok({ shipments, errors });
    },
  };
}
