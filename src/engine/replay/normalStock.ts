/**
 * The book's own stock (on hand and in transit at the plan date) through the days before the
 * window, against the actual sales: the seller's normal stock, which serves those days first.
 */
import type { SkuMaster } from "../plan/types";
import type { DailySeries } from "../series/dailySeries";

/** The normal stock on the morning of a day. */
export interface NormalStock {
  /** Units on hand that morning (in-transit that arrived before it included), units. */
  readonly onHandUnits: number;
  /** The master's in-transit lot when it has not arrived yet: units and sellable day; null otherwise. */
  readonly inTransit: { readonly units: number; readonly day: number } | null;
}

/**
 * Plays the days from the plan date up to the day before `day`: each day the master's in-transit lot
 * is added on its arrival day (the plan date when it has none), then that day's actual sales are
 * served from what is there (a day without stock loses its sales — the seller's normal replenishment
 * would have served them, outside the replay).
 * @example normalStockOn({ onHand: 30, inTransit: 50, inTransitArrival: 104, … }, 10/day from 100, 100, 106)
 * // days 100–102 sell 30 (out on 103, which loses its 10), 104 adds 50, 104–105 sell 20 → { onHandUnits: 30, inTransit: null }
 */
export function normalStockOn(sku: Pick<SkuMaster, "onHand" | "inTransit" | "inTransitArrival">, series: DailySeries, planDateSerial: number, daySerial: number): NormalStock {
  const arrival = Math.max(planDateSerial, sku.inTransitArrival ?? planDateSerial);
  const lot = sku.inTransit > 0 ? sku.inTransit : 0;
  let stock = Math.max(0, sku.onHand);
  for (let d = planDateSerial; d < daySerial; d++) {
    if (d === arrival) stock += lot;
    stock = Math.max(0, stock - (series.units[d - series.startSerial] ?? 0));
  }
  return { onHandUnits: stock, inTransit: lot > 0 && arrival >= daySerial ? { units: lot, day: arrival } : null };
}
