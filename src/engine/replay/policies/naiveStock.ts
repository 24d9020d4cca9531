/**
 * What a seller's simple rule counts as already there for the window.
 */
import type { SkuMaster } from "../../plan/types";
import type { DailySeries } from "../../series/dailySeries";

/**
 * Average daily sales of the last `days` days of a history (fewer when it is shorter), units/day.
 * @example averageDailyUnits({ units: [0, 10, 20, 30], … }, 2) // 25: (20 + 30) ÷ 2
 */
export function averageDailyUnits(history: DailySeries, days: number): number {
  const recent = history.units.slice(-Math.max(1, Math.floor(days)));
  return recent.length === 0 ? 0 : recent.reduce((a, b) => a + b, 0) / recent.length;
}

/**
 * Stock a simple rule subtracts from its target, units: on hand less the last 30 days' average
 * × the days until the event (what sells before it), at least 0, plus everything in transit.
 * @example naiveStockForWindow({ onHand: 500, inTransit: 40, … }, history averaging 10/day, 30 days to the event) // 240: (500 − 300) + 40
 */
export function naiveStockForWindow(sku: Pick<SkuMaster, "onHand" | "inTransit">, history: DailySeries, daysToEvent: number): number {
  return Math.max(0, sku.onHand - averageDailyUnits(history, 30) * Math.max(0, daysToEvent)) + sku.inTransit;
}
