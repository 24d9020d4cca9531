/**
 * Naive policy: the seller's rule — P50 by sea, the max/avg safety stock by air.
 */
import { ok, type EngineError } from "../../errors";
import { planEvent } from "../../plan/planEvent";
import { safetyStockMaxAvg } from "../../stock/safetyStockMaxAvg";
import type { ReplayPolicy, ReplayShipment } from "../types";
import { cheapestLaneInTime, orderUnits } from "./cheapestLaneInTime";

/** Days of history the seller's max and average daily sales are read from. */
const STATS_DAYS = 90;

/**
 * "P50 by sea + max/avg safety stock by air", decided once on the plan date:
 * - P50 = the window's median demand as PeakStock forecasts it (event P50 + the cover days'
 *   baseline, from {@link planEvent}'s line), less the stock that line counts at the event; by the
 *   cheapest slow lane in time (sea, fast boat, rail), or the cheapest lane in time when none is;
 * - safety stock = max daily sales × max lead time − average daily sales × average lead time
 *   ({@link safetyStockMaxAvg}, DESIGN.md §1 item 4) over the last 90 days (the true maximum),
 *   lead times = the fast lane's handling + worst and typical transit; by the cheapest fast lane in
 *   time on its ship-by (with the P50 lot when no fast lane is in time);
 * each lot rounded up to whole cartons, the order to the MOQ (the P50 lot raised to it; with no P50 lot,
 * what the safety stock lot leaves of the MOQ goes by the P50 lot's lane).
 * @example sellersRulePolicy().decide(known) // P50 210 → 216 by fast boat; SS (14 × 12) − (6 × 7) = 126 → 132 by air
 */
export function sellersRulePolicy(): ReplayPolicy {
  return {
    id: "sellers-rule",
    decide(known) {
      const plan = planEvent({ series: known.history, skus: known.skus, lanes: known.lanes, policy: known.event });
      const skuBy = new Map(known.skus.map((s) => [s.sku, s]));
      const historyBy = new Map(known.history.map((h) => [h.sku, h]));
      const shipments: ReplayShipment[] = [];
      const errors: EngineError[] = plan.outcomes.flatMap((o) => (o.status === "error" ? [o.error] : []));
      const fail = (sku: string, e: EngineError): void => {
        errors.push({ ...e, where: { ...e.where, sku } });
      };
      for (const line of plan.lines) {
        const sku = skuBy.get(line.sku);
        const history = historyBy.get(line.sku);
        if (!sku || !history) continue;
        const slow = cheapestLaneInTime(known, sku, "slow");
        const any = cheapestLaneInTime(known, sku);
        const fast = cheapestLaneInTime(known, sku, "fast");
        const failed = [slow, any, fast].find((r) => !r.ok);
        if (failed && !failed.ok) {
          fail(sku.sku, failed.error);
          continue;
        }
        if (!slow.ok || !any.ok || !fast.ok) continue;
        const baseLane = slow.value ?? any.value;
        if (!baseLane) continue;
        const recent = history.units.slice(-STATS_DAYS);
        const avg = recent.reduce((a, b) => a + b, 0) / Math.max(1, recent.length);
        const max = recent.reduce((a, b) => Math.max(a, b), 0);
        const ssLane = fast.value?.lane ?? baseLane.lane;
        const ss = safetyStockMaxAvg({
          maxUnitsPerDay: max,
          maxLeadTimeDays: ssLane.handlingDays + ssLane.transitDaysWorst,
          avgUnitsPerDay: avg,
          avgLeadTimeDays: ssLane.handlingDays + ssLane.transitDays,
        });
        if (!ss.ok) {
          fail(sku.sku, ss.error);
          continue;
        }
        const p50 = line.eventDemandP50 + line.coverUnits - line.stockAtEventUnits;
        const ssUnits = fast.value ? orderUnits(ss.value, { unitsPerCarton: sku.unitsPerCarton, moq: 0 }) : 0;
        let baseUnits = orderUnits(fast.value ? p50 : p50 + ss.value, sku);
        // The order as a whole meets the MOQ: with no P50 lot, what the safety stock leaves of it goes by the P50 lot's lane.
        if (baseUnits === 0 && ssUnits > 0 && ssUnits < sku.moq) baseUnits = orderUnits(sku.moq - ssUnits, { unitsPerCarton: sku.unitsPerCarton, moq: 0 });
        if (baseUnits > 0) shipments.push({ sku: sku.sku, lane: baseLane.lane.name, units: baseUnits, shipDay: baseLane.dates.shipBy });
        if (fast.value && ssUnits > 0) shipments.push({ sku: sku.sku, lane: fast.value.lane.name, units: ssUnits, shipDay: fast.value.dates.shipBy });
      }
      return ok({ shipments, errors });
    },
  };
}
