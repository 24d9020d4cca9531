/**
 * How much of a SKU's existing stock serves the event window: stock on hand after
 * the sales before the event, and stock in transit counted on the day it arrives.
 */

/** Inputs of {@link stockAtEvent}: units, units/day and Excel serial days. */
export interface StockAtEventInput {
  /** Units sellable now (at the plan date). */
  readonly onHandUnits: number;
  /** Units on the way. */
  readonly inTransitUnits: number;
  /** Day the in-transit units become sellable, Excel serial; undefined = by the event start (counted in full). */
  readonly inTransitArrivalSerial?: number;
  /** Baseline forecast of the sales from the plan date to the day before the event, units. */
  readonly preEventUnits: number;
  readonly eventStartSerial: number;
  /** Last event day (inclusive), Excel serial. */
  readonly eventEndSerial: number;
  /** Expected (P50) demand of all event days together, units. */
  readonly eventDemandUnits: number;
  /** Expected demand of each cover day after the event, units/day; index 0 is the day after the event. */
  readonly coverUnitsPerDay: readonly number[];
}

/** What {@link stockAtEvent} returns, units (not rounded). */
export interface StockAtEvent {
  /** On hand left when the event starts: max(0, on hand − pre-event sales). */
  readonly onHandLeftUnits: number;
  /** In-transit units that count for the window (see {@link stockAtEvent}). */
  readonly inTransitCountedUnits: number;
  /** onHandLeftUnits + inTransitCountedUnits: what the plan subtracts from the need. */
  readonly usableUnits: number;
}

/**
 * Stock that serves the window (event days + cover days):
 * - on hand sells the forecast sales before the event: left = max(0, on hand − pre-event units);
 * - stock in transit counts as arriving on its date, and is not sold before the event: the sales
 *   before the event are served by the stock on hand and, when it runs out, by the seller's normal
 *   replenishment — never by stock still at sea. Arriving by the event start, it counts in full;
 *   arriving on a window day a, it counts for at most the demand of the days from a to the window's
 *   end: P50 × (event days left from a) ÷ event days + the cover days' demand from a on; arriving
 *   after the window, it counts for nothing.
 * This is how a re-plan counts the base batch already at sea (the sprint re-plan at its ship-by):
 * as stock arriving on its date, without taking the pre-event sales out of it.
 * @example stockAtEvent({ onHandUnits: 100, inTransitUnits: 500, inTransitArrivalSerial: 46340, preEventUnits: 300,
 *   eventStartSerial: 46353, eventEndSerial: 46356, eventDemandUnits: 80, coverUnitsPerDay: [10, 10] })
 * // { onHandLeftUnits: 0, inTransitCountedUnits: 500, usableUnits: 500 }: max(0, 100 − 300) = 0; arrives before the start → 500
 * @example // the same 500 arriving on 46355, the event's third day: 80 × 2/4 + 10 + 10 = 60 counted
 */
export function stockAtEvent(input: StockAtEventInput): StockAtEvent {
  const onHandLeftUnits = Math.max(0, input.onHandUnits - Math.max(0, input.preEventUnits));
  const units = Math.max(0, input.inTransitUnits);
  const arrival = input.inTransitArrivalSerial;
  const start = input.eventStartSerial;
  const end = input.eventEndSerial;
  let inTransitCountedUnits = units;
  if (units > 0 && arrival !== undefined && arrival > start) {
    const eventDays = end - start + 1;
    const eventDaysLeft = Math.max(0, end - arrival + 1);
    let demandLeft = eventDays > 0 ? (Math.max(0, input.eventDemandUnits) * Math.min(eventDays, eventDaysLeft)) / eventDays : 0;
    input.coverUnitsPerDay.forEach((perDay, i) => {
      if (end + 1 + i >= arrival) demandLeft += Math.max(0, perDay);
    });
    inTransitCountedUnits = Math.min(units, demandLeft);
  }
  return { onHandLeftUnits, inTransitCountedUnits, usableUnits: onHandLeftUnits + inTransitCountedUnits };
}
