/**
 * Naive policy: last year's same window + 20 %, by the cheapest lane that arrives in time.
 */
import { ok, type EngineError } from "../../errors";
import type { ReplayPolicy, ReplayShipment } from "../types";
import { cheapestLaneInTime, orderUnits } from "./cheapestLaneInTime";
import { naiveStockForWindow } from "./naiveStock";

/** Last year's window sales are multiplied by this (+20 %). */
export const LAST_YEAR_GROWTH = 1.2;

/**
 * "Last year's same window + 20 %": for each SKU, the actual sales of last year's edition over the
 * SAME window that is scored (event days + cover days, from the latest past event start before the
 * decision day; without one, the window 364 days earlier: same weekdays) × 1.2, less the stock a
 * seller counts ({@link naiveStockForWindow}), rounded up to cartons and the MOQ, shipped on its
 * lane's ship-by by the cheapest lane still in time ({@link cheapestLaneInTime}). Decided once, on the plan date.
 * @example lastYearPolicy().decide(known) // SKU that sold 100 in last year's 18-day window → 120 → 10 cartons of 12 by fast boat
 */
export function lastYearPolicy(): ReplayPolicy {
  return {
    id: "last-year",
    decide(known) {
      const { event } = known;
      const windowDays = event.end - event.start + 1 + event.coverDaysAfter;
      const past = event.pastEventStarts.filter((s) => s + windowDays <= known.day);
      const lastStart = past.length > 0 ? Math.max(...past) : event.start - 364;
      const history = new Map(known.history.map((h) => [h.sku, h]));
      const shipments: ReplayShipment[] = [];
      const errors: EngineError[] = [];
      for (const sku of known.skus) {
        const h = history.get(sku.sku);
        if (!h) continue;
        let lastYear = 0;
        for (let d = lastStart; d < lastStart + windowDays; d++) lastYear += h.units[d - h.startSerial] ?? 0;
        const units = orderUnits(LAST_YEAR_GROWTH * lastYear - naiveStockForWindow(sku, h, event.start - known.day), sku);
        if (units === 0) continue;
        const lane = cheapestLaneInTime(known, sku);
        if (!lane.ok) errors.push({ ...lane.error, where: { ...lane.error.where, sku: sku.sku } });
        else if (lane.value) shipments.push({ sku: sku.sku, lane: lane.value.lane.name, units, shipDay: lane.value.dates.shipBy });
      }
      return ok({ shipments, errors });
    },
  };
}
