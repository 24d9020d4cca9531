/**
 * What a policy may know on a decision day: the history up to the day before and
 * each SKU's event stock as it stands.
 */
import type { EventPolicy, Lane, SkuMaster } from "../plan/types";
import type { DailySeries } from "../series/dailySeries";
import { normalStockOn } from "./normalStock";
import type { ReplayWindow } from "./replayWindow";
import type { ReplayArrival, ReplayKnowledge, ReplayOracle } from "./types";

/** The book being replayed: full series (including the window), SKUs as at the plan date, lanes, event. */
export interface ReplayBook {
  readonly seriesBySku: ReadonlyMap<string, DailySeries>;
  readonly skus: readonly SkuMaster[];
  readonly lanes: readonly Lane[];
  readonly event: EventPolicy;
  readonly window: ReplayWindow;
}

/**
 * The series cut before `day` (days ≥ day removed, parallel arrays cut alike); null when it has no day before.
 * @example historyBefore({ startSerial: 100, units: [1, 2, 3, 4], … }, 102) // units [1, 2]
 */
export function historyBefore(series: DailySeries, day: number): DailySeries | null {
  const n = Math.min(series.units.length, day - series.startSerial);
  if (n <= 0) return null;
  if (n === series.units.length) return series;
  return {
    ...series,
    units: series.units.slice(0, n),
    excluded: series.excluded.slice(0, n),
    ...(series.revenue ? { revenue: series.revenue.slice(0, n) } : {}),
    ...(series.onHand ? { onHand: series.onHand.slice(0, n) } : {}),
  };
}

/**
 * Actual units sold from `from` up to (not including) `to`, units.
 * @example unitsBetween({ startSerial: 100, units: [1, 2, 3, 4], … }, 101, 103) // 5
 */
export function unitsBetween(series: DailySeries, from: number, to: number): number {
  let sum = 0;
  for (let d = Math.max(from, series.startSerial); d < to; d++) sum += series.units[d - series.startSerial] ?? 0;
  return sum;
}

/**
 * A SKU as it stands on `day` for a re-plan: on hand = the book's own stock left after the actual
 * sales since the plan date ({@link normalStockOn}); in transit = the book's lot not yet arrived and
 * every lot this policy sent, as one lot becoming sellable on the latest of their days, an event lot
 * on the window's first day at the earliest (event stock is held for the window, so the re-plan does
 * not sell the days before the event out of it); after the plan date the goods are ready (supplier
 * lead 0: bought on the plan date) and the MOQ is what is still missing of it.
 */
function skuOn(book: ReplayBook, sku: SkuMaster, day: number, shipped: readonly ReplayArrival[]): SkuMaster {
  const { planDate, windowStart } = book.window;
  if (day <= planDate && shipped.length === 0) return sku;
  const series = book.seriesBySku.get(sku.sku);
  const normal = series ? normalStockOn(sku, series, planDate, day) : { onHandUnits: sku.onHand, inTransit: null };
  const sent = shipped.reduce((s, l) => s + l.units, 0);
  const days = shipped.map((l) => Math.max(windowStart, l.arrivalDay));
  if (normal.inTransit) days.push(normal.inTransit.day);
  const { inTransitArrival: _before, ...rest } = sku;
  return {
    ...rest,
    onHand: normal.onHandUnits,
    inTransit: (normal.inTransit?.units ?? 0) + sent,
    ...(days.length > 0 ? { inTransitArrival: Math.max(...days) } : {}),
    supplierLeadDays: day > planDate ? 0 : sku.supplierLeadDays,
    moq: Math.max(0, sku.moq - sent),
  };
}

/**
 * The {@link ReplayKnowledge} of `day`: histories before it, SKUs as they stand ({@link skuOn}),
 * the event with planDate = day and its stock held until the start (as the replay holds lots), the lots already sent, and the oracle only when given.
 * @example knowledgeAt(book, book.window.planDate, []) // the plan date: histories to the day before, the SKUs as given
 */
export function knowledgeAt(book: ReplayBook, day: number, shipped: readonly ReplayArrival[], oracle?: ReplayOracle): ReplayKnowledge {
  const history: DailySeries[] = [];
  for (const s of book.seriesBySku.values()) {
    const cut = historyBefore(s, day);
    if (cut) history.push(cut);
  }
  const bySku = new Map<string, ReplayArrival[]>();
  for (const lot of shipped) bySku.set(lot.sku, [...(bySku.get(lot.sku) ?? []), lot]);
  return {
    day,
    history,
    skus: book.skus.map((s) => skuOn(book, s, day, bySku.get(s.sku) ?? [])),
    lanes: book.lanes,
    // The replay holds every lot for its window (simulateSku): the plan is told, so it does not send the days before it.
    event: { ...book.event, planDate: day, eventStockHeldUntilStart: true },
    shipped,
    ...(oracle ? { oracle } : {}),
  };
}
