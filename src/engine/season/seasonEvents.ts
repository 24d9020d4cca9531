/**
 * The events of a season as the plan treats them: in date order, each a full policy, the cover
 * days of one stopping where the next starts (issue 12 §1).
 */
import type { EventPolicy, SeasonEvent } from "../plan/types";

/** The event a policy plans itself, as one of its season. */
function ownEvent(policy: EventPolicy): SeasonEvent {
  return {
    name: policy.name,
    marketplace: policy.marketplace,
    start: policy.start,
    end: policy.end,
    pastEventStarts: policy.pastEventStarts,
    ...(policy.inboundCutOff !== undefined ? { inboundCutOff: policy.inboundCutOff } : {}),
  };
}

/**
 * Every event of the season `policy` describes — its own and its `laterEvents` — in date order (by start),
 * each as a policy of its own: the season's settings with the event's name, marketplace, dates, past
 * editions, inbound cut-off and growth (the policy's when the event has none). The cover days after an
 * event stop the day before the next one starts (min(CoverDaysAfter, next start − 1 − end)): from there the
 * next event's plan covers the demand, and its stock is what the first leaves. A policy without later events
 * is returned as it is, alone. Overlaps are the readers' to refuse ({@link seasonProblem}).
 * @example seasonEvents({ …policy, name: "PBDD", start: 46302, end: 46303, coverDaysAfter: 14, laterEvents: [{ name: "BF", start: 46353, end: 46356, … }] })
 * // [{ name: "PBDD", coverDaysAfter: 14, … }, { name: "BF", coverDaysAfter: 14, laterEvents: undefined, … }]
 */
export function seasonEvents(policy: EventPolicy): EventPolicy[] {
  const later = policy.laterEvents ?? [];
  if (later.length === 0) return [policy];
  const { laterEvents: _later, inboundCutOff: _cutOff, ...shared } = policy;
  const all = [ownEvent(policy), ...later].sort((a, b) => a.start - b.start || a.end - b.end);
  return all.map((e, i) => {
    const next = all[i + 1];
    const cover = next ? Math.max(0, Math.min(policy.coverDaysAfter, next.start - 1 - e.end)) : policy.coverDaysAfter;
    return {
      ...shared,
      name: e.name,
      marketplace: e.marketplace,
      start: e.start,
      end: e.end,
      pastEventStarts: e.pastEventStarts,
      ...(e.inboundCutOff !== undefined ? { inboundCutOff: e.inboundCutOff } : {}),
      growth: e.growth ?? policy.growth,
      coverDaysAfter: cover,
    };
  });
}

/** What is wrong with a season's events: two overlap, or two share a name; indexes into the list given. */
export type SeasonProblem = { readonly kind: "overlap" | "sameName"; readonly first: number; readonly second: number } | null;

/**
 * The first problem of a season's events (in the order given): two events whose days overlap (an event's
 * stock cannot be planned twice), or two with the same name (case and spaces ignored: each line says which
 * event it is for by name); null when there is none.
 * @example seasonProblem([{ name: "A", start: 10, end: 12 }, { name: "B", start: 12, end: 14 }]) // { kind: "overlap", first: 0, second: 1 }
 */
export function seasonProblem(events: readonly Pick<SeasonEvent, "name" | "start" | "end">[]): SeasonProblem {
  for (let j = 1; j < events.length; j++) {
    for (let i = 0; i < j; i++) {
      const a = events[i];
      const b = events[j];
      if (a.name.trim().toLowerCase() === b.name.trim().toLowerCase()) return { kind: "sameName", first: i, second: j };
      if (a.start <= b.end && b.start <= a.end) return { kind: "overlap", first: i, second: j };
    }
  }
  return null;
}
