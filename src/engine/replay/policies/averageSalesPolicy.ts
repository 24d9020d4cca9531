/**
 * Naive policy: the last 30 days' average daily sales × (window days + safety days).
 */
import { ok, type EngineError } from "../../errors";
import type { ReplayPolicy, ReplayShipment } from "../types";
import { cheapestLaneInTime, orderUnits } from "./cheapestLaneInTime";
import { averageDailyUnits, naiveStockForWindow } from "./naiveStock";

/**
 * "Average daily sales × (window days + safety days)": for each SKU, the mean of the 30 days before
 * the decision day × (event days + cover days + the event's safety days), less the stock a seller
 * counts ({@link naiveStockForWindow}), rounded up to cartons and the MOQ, shipped on its lane's
 * ship-by by the cheapest lane still in time. Decided once, on the plan date.
 * @example averageSalesPolicy().decide(known) // 5/day, window 18 days, safety 7 → 125 → 11 cartons of 12
 */
export function averageSalesPolicy(): ReplayPolicy {
  return {
    id: "average-sales",
    decide(known) {
      const { event } = known;
      const days = event.end - event.start + 1 + event.coverDaysAfter + event.safetyDays;
      const history = new Map(known.history.map((h) => [h.sku, h]));
      const shipments: ReplayShipment[] = [];
      const errors: EngineError[] = [];
      for (const sku of known.skus) {
        const h = history.get(sku.sku);
        if (!h) continue;
        const units = orderUnits(averageDailyUnits(h, 30) * days - naiveStockForWindow(sku, h, event.start - known.day), sku);
        if (units === 0) continue;
        const lane = cheapestLaneInTime(known, sku);
        if (!lane.ok) errors.push({ ...lane.error, where: { ...lane.error.where, sku: sku.sku } });
        else if (lane.value) shipments.push({ sku: sku.sku, lane: lane.value.lane.name, units, shipDay: lane.value.dates.shipBy });
      }
      return ok({ shipments, errors });
    },
  };
}
