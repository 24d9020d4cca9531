/**
 * How much of a SKU's existing stock serves the event window: stock on hand and in
 * transit, projected day by day through the sales before the event, each lot from the day it arrives.
 */

/** Inputs of {@link stockAtEvent}: units, units/day and Excel serial days. */
export interface StockAtEventInput {
  /** Units sellable on the plan date. */
  readonly onHandUnits: number;
  /** Units on the way. */
  readonly inTransitUnits: number;
  /** Day the in-transit units become sellable, Excel serial; undefined = already (the plan date). */
  readonly inTransitArrivalSerial?: number;
  /** The plan date ("today"), Excel serial: the first day of `preEventUnitsPerDay`. */
  readonly planDateSerial: number;
  /** Forecast sales of each day from the plan date to the day before the event, units/day. */
  readonly preEventUnitsPerDay: readonly number[];
  readonly eventStartSerial: number;
  /** Last event day (inclusive), Excel serial. */
  readonly eventEndSerial: number;
  /** Expected (P50) demand of all event days together, units. */
  readonly eventDemandUnits: number;
  /** Expected demand of each cover day after the event, units/day; index 0 is the day after the event. */
  readonly coverUnitsPerDay: readonly number[];
  /**
   * First day the event stock is sellable (sellable-by = event start − safety days), Excel serial;
   * the days from it to the start are served from the event stock once the stock on hand is gone.
   * Undefined = the event start (no such days).
   */
  readonly eventStockSellableSerial?: number;
}

/** What {@link stockAtEvent} returns, units (not rounded). */
export interface StockAtEvent {
  /** Stock left when the event starts, after the forecast sales before it (in-transit arrived by then included). */
  readonly leftAtStartUnits: number;
  /** In-transit units that arrive in time to count for the window: all by the event start, fewer during it, 0 after it. */
  readonly inTransitCountedUnits: number;
  /** leftAtStartUnits + what arrives during the window and counts: what the plan subtracts from the need. */
  readonly usableUnits: number;
  /** First day the stock runs out before the event, Excel serial; null when it lasts to the start. */
  readonly runsOutSerial: number | null;
  /** Forecast sales the stock cannot serve before the event stock is sellable (days before `eventStockSellableSerial`), units: lost. */
  readonly shortBeforeSellableUnits: number;
  /** Forecast sales the stock cannot serve from the event stock's sellable day to the day before the start, units: the event stock sells them. */
  readonly shortFromSellableUnits: number;
}

/**
 * Projects the stock from the plan date to the event, day by day: each day the in-transit lot is
 * added on its arrival day, then the day's forecast sales are served from what is there (a day
 * without stock loses its sales; they are not taken from stock still at sea). What is left on the
 * event's first day serves the window, with a lot arriving that day. A lot arriving on a later window day a counts for at most the
 * demand of the days from a to the window's end: P50 × (event days left from a) ÷ event days + the
 * cover days' demand from a on; arriving after the window it counts for nothing.
 * This is how a re-plan counts the base batch at sea (the sprint re-plan at its ship-by): as stock
 * arriving on its date, which the sales of the days before it arrives cannot touch. The sales the
 * stock cannot serve are split at the event stock's sellable day: before it they are lost (the
 * "runs out before the event" alert), from it to the start the event stock serves them (issue 11
 * §1: the need includes them).
 * @example stockAtEvent({ onHandUnits: 100, inTransitUnits: 500, inTransitArrivalSerial: 46340, planDateSerial: 46283,
 *   preEventUnitsPerDay: 70 days of 5, eventStartSerial: 46353, eventEndSerial: 46356, eventDemandUnits: 80, coverUnitsPerDay: [10, 10] })
 * // on hand lasts 20 days (46283–46302) and runs out on 46303; 46303–46339 lose their sales; the 500 arrive 46340
 * // and sell 13 days × 5 = 65 before the start → left 435, counted 500, usable 435, runs out 46303;
 * // with eventStockSellableSerial 46346 the 37 days without stock lost 37 × 5 = 185 before it (short from it 0)
 */
export function stockAtEvent(input: StockAtEventInput): StockAtEvent {
  const start = input.eventStartSerial;
  const end = input.eventEndSerial;
  const units = Math.max(0, input.inTransitUnits);
  const arrival = Math.max(input.planDateSerial, input.inTransitArrivalSerial ?? input.planDateSerial);
  const sellable = Math.min(start, input.eventStockSellableSerial ?? start);
  let stock = Math.max(0, input.onHandUnits);
  let runsOutSerial: number | null = null;
  let shortBefore = 0;
  let shortFrom = 0;
  for (let day = input.planDateSerial; day < start; day++) {
    if (day === arrival) stock += units;
    const sales = Math.max(0, input.preEventUnitsPerDay[day - input.planDateSerial] ?? 0);
    if (sales > stock && runsOutSerial === null) runsOutSerial = day;
    const short = Math.max(0, sales - stock);
    if (day < sellable) shortBefore += short;
    else shortFrom += short;
    stock = Math.max(0, stock - sales);
  }
  let inTransitCountedUnits = units;
  let late = arrival === start ? units : 0;
  if (arrival > start) {
    const eventDays = end - start + 1;
    const eventDaysLeft = Math.max(0, Math.min(eventDays, end - arrival + 1));
    let demandLeft = eventDays > 0 ? (Math.max(0, input.eventDemandUnits) * eventDaysLeft) / eventDays : 0;
    input.coverUnitsPerDay.forEach((perDay, i) => {
      if (end + 1 + i >= arrival) demandLeft += Math.max(0, perDay);
    });
    inTransitCountedUnits = Math.min(units, demandLeft);
    late = inTransitCountedUnits;
  }
  return { leftAtStartUnits: stock, inTransitCountedUnits, usableUnits: stock + late, runsOutSerial, shortBeforeSellableUnits: shortBefore, shortFromSellableUnits: shortFrom };
}
