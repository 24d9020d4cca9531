/**
 * Which event of a plan the Watch compares the sales to date with: for one event, that event; for a
 * season, the first event (in date order) still running or ahead on the day after the sales to date,
 * with its own lines and policy — so a SKU is watched once, against the event it is being stocked for
 * now, not once per event of the season against the first event's dates.
 */
import type { EventPolicy } from "../plan/types";
import { seasonEvents } from "../season/seasonEvents";

/**
 * The event to watch on `todaySerial` and the plan lines for it.
 * @param lines the plan's lines (a season's carry their `event`)
 * @param policy the plan's policy (a season's further events in `laterEvents`)
 * @param todaySerial the first day without sales data, Excel serial
 * @returns the event (its policy: dates, cover days, plan date) and its lines; the last event when every one has ended
 * @example watchedEvent(lines, { name: "PBDD", end: 46310, laterEvents: [{ name: "BF", … }], … }, 46320).event.name // "BF"
 */
export function watchedEvent<L extends { readonly event?: string }>(lines: readonly L[], policy: EventPolicy, todaySerial: number): { readonly event: EventPolicy; readonly lines: readonly L[] } {
  const events = seasonEvents(policy);
  if (events.length === 1) return { event: events[0], lines };
  const event = events.find((e) => e.end >= todaySerial) ?? events[events.length - 1];
  return { event, lines: lines.filter((l) => l.event === event.name) };
}
