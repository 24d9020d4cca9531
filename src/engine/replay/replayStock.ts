/**
 * A SKU's own stock on a replayed plan date: what the Sales sheet's OnHand column says it
 * was then. The SKUs sheet's OnHand and InTransit are today's stock, not the past's.
 */
import type { SkuMaster } from "../plan/types";
import type { DailySeries } from "../series/dailySeries";

/** How far back before the plan date an OnHand reading is still used, days. */
export const ON_HAND_LOOKBACK_DAYS = 7;

/**
 * Stock on the morning of the plan date from the series' OnHand (stock at the end of each day,
 * summed over the day's rows): the reading of the day before the plan date (the last day the plan
 * knows); without one, the latest of the {@link ON_HAND_LOOKBACK_DAYS} days before it less the units
 * sold since (at least 0); null when none of those days has a reading or the series has no OnHand.
 * @example onHandAtPlanDate({ startSerial: 100, units: [5, 5, 5, 5], onHand: [40, null, null, null], … }, 104) // 25: 40 at the end of day 100, less 5 + 5 + 5 sold on days 101–103
 */
export function onHandAtPlanDate(series: DailySeries, planDateSerial: number): number | null {
  const { onHand } = series;
  if (!onHand) return null;
  for (let day = planDateSerial - 1; day >= planDateSerial - ON_HAND_LOOKBACK_DAYS; day--) {
    const i = day - series.startSerial;
    if (i < 0) return null;
    const reading = onHand[i];
    if (reading === null || reading === undefined) continue;
    let sold = 0;
    for (let d = day + 1; d < planDateSerial; d++) sold += series.units[d - series.startSerial] ?? 0;
    return Math.max(0, reading - sold);
  }
  return null;
}

/** The SKUs of one destination as they stood on the replayed plan date. */
export interface ReplayStock {
  /** The master data with OnHand from the Sales sheet (else 0) and nothing in transit. */
  readonly skus: readonly SkuMaster[];
  /** SKUs whose stock came from the Sales sheet's OnHand. */
  readonly fromSales: readonly string[];
  /** SKUs without a reading: the replay assumes the seller's regular stock served the days before the window. */
  readonly assumed: readonly string[];
}

/**
 * The SKUs with sales at a destination, each with its stock on the replayed plan date
 * ({@link onHandAtPlanDate}, else 0) and no lot in transit (what was on its way then is not
 * known); per-destination stock rows and today's in-transit are dropped. With no stock the
 * replay's own rule applies (replayEvent.ts): the days before the window are served by the
 * seller's regular stock, outside the replay, and the policies' lots serve the window.
 * @example replayStock([{ sku: "A", onHand: 900, inTransit: 50, … }], [seriesOfA], 46280) // A with onHand = its Sales OnHand on 46279, inTransit 0
 */
export function replayStock(skus: readonly SkuMaster[], series: readonly DailySeries[], planDateSerial: number): ReplayStock {
  const seriesOf = new Map(series.map((s) => [s.sku, s]));
  const out: SkuMaster[] = [];
  const fromSales: string[] = [];
  const assumed: string[] = [];
  for (const sku of skus) {
    const s = seriesOf.get(sku.sku);
    if (!s) continue;
    const reading = onHandAtPlanDate(s, planDateSerial);
    (reading === null ? assumed : fromSales).push(sku.sku);
    const { inTransitArrival: _arrival, stockAt: _rows, destination: _where, ...rest } = sku;
    out.push({ ...rest, onHand: reading ?? 0, inTransit: 0 });
  }
  return { skus: out, fromSales, assumed };
}
