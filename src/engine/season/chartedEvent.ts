/**
 * Which event of a plan its charts show: the first, in date order, that ships anything — the one
 * being prepared now. An event served from stock alone (no lane in time) has no batch to chart.
 */
import type { PlanLine } from "../plan/planLine";
import type { EventPolicy } from "../plan/types";
import { seasonEvents } from "./seasonEvents";

/** The event charted and its plan lines. */
export interface ChartedEvent {
  readonly event: EventPolicy;
  readonly lines: readonly PlanLine[];
}

/**
 * The event to chart and its lines: for one event, the plan's lines as they are; for a season, the
 * first event with a base or sprint batch of at least one unit, else the first event.
 * @param policy the plan's policy (its season's further events in `laterEvents`)
 * @example chartedEvent(plan.lines, { name: "Flash sale", laterEvents: [{ name: "Black Friday", … }], … }).event.name
 * // "Black Friday" when nothing ships for the flash sale
 */
export function chartedEvent(lines: readonly PlanLine[], policy: EventPolicy): ChartedEvent {
  const events = seasonEvents(policy);
  if (events.length === 1) return { event: events[0], lines };
  const linesOf = (event: EventPolicy): PlanLine[] => lines.filter((l) => l.event === event.name);
  const ships = (event: EventPolicy): boolean => linesOf(event).some((l) => (l.base?.units ?? 0) + (l.sprint?.units ?? 0) > 0);
  const event = events.find(ships) ?? events[0];
  return { event, lines: linesOf(event) };
}
