/**
 * How long a SKU's stock at the event start lasts, counting what the event itself sells.
 */

/**
 * Days of supply at the event start, days: the stock first serves the event days at the event's
 * P50 rate (P50 ÷ event days), then what is left lasts at the baseline rate:
 * stock ≤ P50: event days × stock ÷ P50; otherwise event days + (stock − P50) ÷ baseline per day.
 * Stock sold before the event is not in `stockUnits` (pass the stock at the start). No baseline
 * after the event and stock left: Infinity; no stock: 0.
 * Issue 11 §3: weeks-of-supply alerts count the stock sold before and during the event.
 * @param stockUnits units at the event start
 * @param eventDemandUnits P50 of the event days together, units
 * @param eventDays days of the event
 * @param baselinePerDay normal sales after the event, units/day
 * @example eventDaysOfSupply(1000, 600, 4, 10) // 44: 4 event days sell 600, the 400 left last 40 days at 10/day (not 1000 ÷ 10 = 100)
 * @example eventDaysOfSupply(300, 600, 4, 10) // 2: half the event's demand lasts half of its 4 days
 */
export function eventDaysOfSupply(stockUnits: number, eventDemandUnits: number, eventDays: number, baselinePerDay: number): number {
  const stock = Math.max(0, stockUnits);
  const p50 = Math.max(0, eventDemandUnits);
  if (stock <= 0) return 0;
  if (stock <= p50 && p50 > 0) return (Math.max(0, eventDays) * stock) / p50;
  const left = stock - p50;
  if (left <= 0) return Math.max(0, eventDays);
  return baselinePerDay > 0 ? Math.max(0, eventDays) + left / baselinePerDay : Infinity;
}
