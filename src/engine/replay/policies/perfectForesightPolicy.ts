/**
 * The reference plan: knows the actual window demand and ships, per SKU, the whole cartons that make
 * the most profit on the lanes in time, with the MOQ met as PeakStock's plan meets it — or nothing.
 */
import { err, ok, type EngineError, type Result } from "../../errors";
import { isFastLane, type LaneOption } from "../../plan/laneOptions";
import type { SkuMaster } from "../../plan/types";
import type { ReplayKnowledge, ReplayOracle, ReplayPolicy, ReplayShipment } from "../types";
import { lanesInTime } from "./cheapestLaneInTime";

/**
 * `units` (whole cartons) on `option`, with the MOQ met as PeakStock's plan meets it (planSku.ts):
 * what is missing of it, in whole cartons, goes by the slow lane — the option itself when it is slow,
 * else `slow`; with no slow lane in time it is not flown ("the MOQ goes by the slow lane or the plan
 * says why not", issue 11 §1).
 */
function lotsMeetingMoq(sku: SkuMaster, option: LaneOption, units: number, slow: LaneOption | undefined): ReplayShipment[] {
  const perCarton = Math.max(1, sku.unitsPerCarton);
  const extra = units < sku.moq ? Math.ceil((sku.moq - units) / perCarton - 1e-9) * perCarton : 0;
  const lot = (o: LaneOption, n: number): ReplayShipment => ({ sku: sku.sku, lane: o.lane.name, units: n, shipDay: o.dates.shipBy });
  if (extra === 0) return [lot(option, units)];
  if (!isFastLane(option.lane)) return [lot(option, units + extra)];
  return slow ? [lot(option, units), lot(slow, extra)] : [lot(option, units)];
}

/** The lots of the most profitable carton count and lane for one SKU, [] when none beats shipping nothing. */
function bestLots(known: ReplayKnowledge, oracle: ReplayOracle, sku: SkuMaster): Result<ReplayShipment[]> {
  const without = oracle.evaluate(sku.sku, []);
  if (!without.ok) return without;
  const missing = without.value.shortUnits;
  if (missing <= 0) return ok([]);
  const inTime = lanesInTime(known, sku);
  if (!inTime.ok) return inTime;
  // Cheapest first, so that a tie keeps the cheaper lane (and, within a lane, the fewer cartons).
  const options = [...inTime.value].sort((a, b) => a.freightPerUnitUsd - b.freightPerUnitUsd || a.dates.arriveBy - b.dates.arriveBy);
  const slow = options.find((o) => !isFastLane(o.lane));
  const perCarton = Math.max(1, sku.unitsPerCarton);
  const most = Math.ceil(missing / perCarton - 1e-9);
  let best: ReplayShipment[] = [];
  let bestProfitUsd = without.value.profitUsd;
  for (const option of options) {
    for (let cartons = 1; cartons <= most; cartons++) {
      const lots = lotsMeetingMoq(sku, option, cartons * perCarton, slow);
      const played = oracle.evaluate(sku.sku, lots);
      if (!played.ok) return played;
      if (played.value.profitUsd > bestProfitUsd + 1e-9) {
        best = lots;
        bestProfitUsd = played.value.profitUsd;
      }
    }
  }
  return ok(best);
}

/**
 * Perfect foresight as a plan, bound by what binds every policy: for each SKU the replay's oracle
 * says how many units the window would lose with nothing shipped (`missing`); the reference then
 * tries every lane still in time (the plan's own ship-by dates, {@link lanesInTime}) and every whole
 * number of cartons from 1 to ⌈missing ÷ units per carton⌉ (more cartons only add leftovers), each
 * raised to the MOQ as PeakStock's plan raises it (by the slow lane; not flown when no slow lane is in
 * time), and ships the one whose replayed profit is highest — rounding down when the last carton's
 * few sales do not pay for it, up when they do — ONLY when it beats shipping nothing. One decision,
 * on the plan date, on each lane's ship-by. Costs are judged per SKU at the lane rates (a lane's
 * minimum charge is a shipment's, applied when all lots are costed together).
 * @example perfectForesightPolicy().decide(known) // carton 24, actual window demand 15, margin $11, $1 freight: 1 carton by sea (profit $95.10); at $6 freight: nothing
 */
export function perfectForesightPolicy(): ReplayPolicy {
  return {
    id: "perfect-foresight",
    seesFuture: true,
    decide(known) {
      const oracle = known.oracle;
      if (!oracle) return err("INCONSISTENT_INPUT", "replay: the perfect-foresight reference was not given the actual demand");
      const shipments: ReplayShipment[] = [];
      const errors: EngineError[] = [];
      for (const sku of known.skus) {
        const lots = bestLots(known, oracle, sku);
        if (lots.ok) shipments.push(...lots.value);
        else errors.push({ ...lots.error, where: { ...lots.error.where, sku: sku.sku } });
      }
      return ok({ shipments, errors });
    },
  };
}
