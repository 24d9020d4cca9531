/**
 * One SKU's sales in several marketplaces that sell from the same destination, as one series.
 */
import type { DailySeries } from "../series/dailySeries";

/**
 * Adds up series of one SKU day by day (from the earliest start to the latest end; a day a series
 * does not cover counts 0): units and revenue summed; on hand summed over the series that know it
 * (null when none does), because the marketplaces share the destination's stock; a day is a
 * stock-out (excluded) when that shared on hand is 0 and nothing sold, as `buildSeriesFromLong`
 * marks it. Missing days are summed as reported; marketplaces listed once each.
 * @param parts series of the same SKU (at least one), as `readSalesSheet(…, { marketplace })` builds them
 * @example mergeSeries([us, walmart]) // us 6/day on hand 10, walmart 2/day on hand 10 → 8/day, on hand 20
 */
export function mergeSeries(parts: readonly DailySeries[]): DailySeries {
  if (parts.length === 1) return parts[0];
  const start = Math.min(...parts.map((p) => p.startSerial));
  const end = Math.max(...parts.map((p) => p.startSerial + p.units.length - 1));
  const n = end - start + 1;
  const units = new Array<number>(n).fill(0);
  const withRevenue = parts.some((p) => p.revenue !== undefined);
  const revenue = withRevenue ? new Array<number>(n).fill(0) : undefined;
  const withOnHand = parts.some((p) => p.onHand !== undefined);
  const onHand = withOnHand ? new Array<number | null>(n).fill(null) : undefined;
  const marketplaces: string[] = [];
  for (const p of parts) {
    const offset = p.startSerial - start;
    for (let i = 0; i < p.units.length; i++) {
      units[offset + i] += p.units[i];
      if (revenue && p.revenue) revenue[offset + i] += p.revenue[i];
      const oh = p.onHand?.[i];
      if (onHand && oh !== null && oh !== undefined) onHand[offset + i] = (onHand[offset + i] ?? 0) + oh;
    }
    for (const m of p.marketplaces ?? []) if (!marketplaces.includes(m)) marketplaces.push(m);
  }
  const excluded = units.map((u, i) => onHand !== undefined && onHand[i] === 0 && u === 0);
  return {
    sku: parts[0].sku,
    startSerial: start,
    units,
    excluded,
    missingDays: parts.reduce((s, p) => s + p.missingDays, 0),
    stockOutDays: excluded.filter(Boolean).length,
    ...(revenue ? { revenue } : {}),
    ...(onHand ? { onHand } : {}),
    ...(marketplaces.length > 0 ? { marketplaces } : {}),
  };
}
