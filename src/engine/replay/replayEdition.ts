/**
 * Which past edition of the book's event a replay plays, and how far ahead it is planned.
 */
import { isoFromSerial, parseDate, ymdFromSerial } from "../dates";
import { fail, ok, type ErrorLocation, type Result } from "../errors";
import { listParam, phrase, placeParam, quoted, type MessageParam } from "../messages/messageText";
import type { EventPolicy } from "../plan/types";
import { normalizeHeader } from "../workbook/matchHeaders";

/** Days ahead when neither the caller nor the event says: ten weeks, the benchmark's horizon (sea is still reachable). */
export const DEFAULT_REPLAY_DAYS_AHEAD = 70;

/** The edition replayed. Days are Excel serials. */
export interface ReplayEdition {
  /** Its first and last event day (the event's length as the book's Event gives it). */
  readonly start: number;
  readonly end: number;
  /** start − daysAhead: the day the replayed plan is made. */
  readonly planDate: number;
  /** Days ahead, days. */
  readonly daysAhead: number;
  /** Where the days ahead came from: asked for, the Event's PlanDate → Start gap, or the default 70. */
  readonly daysAheadFrom: "asked" | "event" | "default";
  /** The editions before it (its own past, for the uplift and "last year"). */
  readonly pastEventStarts: readonly number[];
  /** The last day of the window scored: end + cover days. */
  readonly windowEnd: number;
}

/** What the caller asks for. */
export interface EditionRequest {
  /** A start date (yyyy-mm-dd, yyyy/m/d …), a year ("2025"), or the event's name with or without a year; undefined = the most recent one the sales cover. */
  readonly edition?: string;
  /** Days ahead (a whole number ≥ 1); undefined = the Event's PlanDate → Start gap, else 70. */
  readonly daysAhead?: number;
}

/**
 * The editions a replay can choose from: the event's past starts, and its own start when it is
 * over (its window ended by the last day of sales), oldest first.
 * @example replayEditions({ start: 46353, end: 46356, coverDaysAfter: 14, pastEventStarts: [45989, 45624], … }, 46000) // [45624, 45989]
 */
export function replayEditions(policy: Pick<EventPolicy, "start" | "end" | "coverDaysAfter" | "pastEventStarts">, lastSalesDay: number): number[] {
  const span = policy.end - policy.start + policy.coverDaysAfter;
  const own = policy.start + span <= lastSalesDay ? [policy.start] : [];
  return [...new Set([...policy.pastEventStarts, ...own])].sort((a, b) => a - b);
}

const editionsParam = (starts: readonly number[]): MessageParam => (starts.length === 0 ? phrase("editionsNone") : listParam(starts.map(isoFromSerial), "comma"));

/**
 * The start the request names, or the error; undefined = none named (the default). A year is looked
 * up among `candidates` (the past editions and the event itself, so asking for its own year says its
 * window is not over yet); messages list the replayable `editions`.
 */
function namedStart(text: string | undefined, policy: EventPolicy, candidates: readonly number[], editions: readonly number[]): Result<number | undefined> {
  const value = (text ?? "").trim();
  if (value === "") return ok(undefined);
  const inYear = (year: number): Result<number> => {
    const found = candidates.filter((s) => ymdFromSerial(s).year === year);
    if (found.length > 0) return ok(Math.max(...found));
    return fail("replayNoEditionInYear", "OUT_OF_RANGE", { event: quoted(policy.name), year, editions: editionsParam(editions) }, { argument: "event" });
  };
  if (/^\d{4}$/.test(value)) return inYear(Number(value));
  const date = parseDate(value, "event");
  if (date.ok) return ok(date.value);
  if (date.error.code === "AMBIGUOUS_DATE") return date;
  const name = normalizeHeader(policy.name.replace(/\b\d{4}\b/g, ""));
  const year = /\b(\d{4})\b/.exec(value);
  if (name !== "" && normalizeHeader(value.replace(/\b\d{4}\b/g, "")) === name) return year ? inYear(Number(year[1])) : ok(undefined);
  return fail("replayBadEdition", "OUT_OF_RANGE", { value: quoted(value), event: quoted(policy.name), editions: editionsParam(editions) }, { argument: "event" });
}

/**
 * Chooses the edition to replay and its plan date:
 * - the edition: the start date asked for (any day: a date not on PastEventStarts is replayed as
 *   an edition of the same length); a year → the edition starting in it; the event's name (a year in
 *   it picks that year's); nothing → the most recent of {@link replayEditions} whose window the sales cover;
 * - days ahead: asked, else the Event's Start − PlanDate when that is at least 1, else 70;
 * - its past = the editions listed before it.
 * The window (start … end + cover days) must end by the last day of sales.
 * @param policy the book's event (Event sheet or the pane's settings)
 * @param lastSalesDay the Sales sheet's last day, Excel serial
 * @param eventSheet the Event sheet's name when the event came from it (named when no edition is listed)
 * @returns the edition, or a keyed error (a name or year that is not an edition, none to replay, a window past the sales)
 * @example chooseReplayEdition({ name: "Black Friday", start: 46353, end: 46356, planDate: 46280, coverDaysAfter: 14, pastEventStarts: [45624, 45989], … }, 46100, {})
 * // ok({ start: 45989, end: 45992, planDate: 45916, daysAhead: 73, daysAheadFrom: "event", pastEventStarts: [45624], windowEnd: 46006 })
 */
export function chooseReplayEdition(policy: EventPolicy, lastSalesDay: number, request: EditionRequest, eventSheet?: string): Result<ReplayEdition> {
  const editions = replayEditions(policy, lastSalesDay);
  const span = policy.end - policy.start;
  const named = namedStart(request.edition, policy, [...policy.pastEventStarts, policy.start], editions);
  if (!named.ok) return named;
  let start = named.value;
  if (start === undefined) {
    if (editions.length === 0) {
      const place: ErrorLocation = eventSheet !== undefined ? { sheet: eventSheet, column: "PastEventStarts (往年开始日期)" } : { argument: "pastStarts" };
      return fail("replayNoEditions", "OUT_OF_RANGE", { event: quoted(policy.name), place: placeParam(place), cover: policy.coverDaysAfter, last: isoFromSerial(lastSalesDay) }, place);
    }
    start = editions[editions.length - 1];
  }
  const windowEnd = start + span + policy.coverDaysAfter;
  if (windowEnd > lastSalesDay) {
    const params = { event: quoted(policy.name), start: isoFromSerial(start), end: isoFromSerial(windowEnd), cover: policy.coverDaysAfter, last: isoFromSerial(lastSalesDay) };
    return fail("replayWindowNotCovered", "OUT_OF_RANGE", params, { argument: "event" });
  }
  const gap = policy.start - policy.planDate;
  const daysAhead = request.daysAhead ?? (gap >= 1 ? gap : DEFAULT_REPLAY_DAYS_AHEAD);
  const daysAheadFrom = request.daysAhead !== undefined ? "asked" : gap >= 1 ? "event" : "default";
  const pastEventStarts = [...new Set(policy.pastEventStarts.filter((s) => s < start))].sort((a, b) => a - b);
  return ok({ start, end: start + span, planDate: start - daysAhead, daysAhead, daysAheadFrom, pastEventStarts, windowEnd });
}
