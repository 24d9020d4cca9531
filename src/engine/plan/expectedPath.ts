/**
 * The plan's expected daily sales: the baseline forecast with the event's uplift
 * on the event days — what the Watch compares sales with and what the charts draw.
 */
import type { PlanLine } from "./planSku";
import type { EventPolicy } from "./types";

/**
 * The scale of the event days: the event's P50 ÷ the baseline over the event days (1 when there is none).
 * @example eventScale({ forecast: { firstSerial: 100, mean: [10, 10, 10] }, eventDemandP50: 40 }, { start: 101, end: 102 }) // 2: 40 ÷ (10 + 10)
 */
export function eventScale(line: Pick<PlanLine, "forecast" | "eventDemandP50">, policy: Pick<EventPolicy, "start" | "end">): number {
  const f = line.forecast;
  let eventBaseline = 0;
  for (let i = Math.max(0, policy.start - f.firstSerial); i <= Math.min(f.mean.length - 1, policy.end - f.firstSerial); i++) eventBaseline += f.mean[i];
  return eventBaseline > 0 ? line.eventDemandP50 / eventBaseline : 1;
}

/**
 * The plan's expected daily sales from its forecast's first day, units/day: the baseline, with
 * the event days scaled by {@link eventScale} so that they add up to the event's P50.
 * @example expectedPath({ forecast: { firstSerial: 100, mean: [10, 10, 10, 10] }, eventDemandP50: 40 }, { start: 101, end: 102 }) // [10, 20, 20, 10]
 */
export function expectedPath(line: Pick<PlanLine, "forecast" | "eventDemandP50">, policy: Pick<EventPolicy, "start" | "end">): number[] {
  const f = line.forecast;
  const scale = eventScale(line, policy);
  return f.mean.map((v, i) => (f.firstSerial + i >= policy.start && f.firstSerial + i <= policy.end ? v * scale : v));
}
