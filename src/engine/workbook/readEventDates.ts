/**
 * The dates of the `Event` sheet: Start, End, PlanDate, the inbound cut-off and
 * the past editions' starts, read in one day order for the whole sheet and
 * checked against each other.
 */
import { cellValue } from "../cells";
import { isoFromSerial, type DayOrder } from "../dates";
import { fail, ok, type ErrorLocation, type Result } from "../errors";
import { placeParam } from "../messages/messageText";
import { inferDayOrder, type DateSample } from "../series/inferDayOrder";
import { INPUT_LIMITS } from "./inputLimits";
import { readDateCell } from "./readDateCell";

/** One key's row on the Event sheet: where it is, how the sheet spells the key, and its value cell. */
export interface EventEntry {
  readonly row: number;
  readonly label: string;
  readonly value: unknown;
}

/** The date rows of the sheet: the three required keys, the optional InboundCutOff and every PastEventStarts cell. */
export interface EventDateEntries {
  readonly start: EventEntry;
  readonly end: EventEntry;
  readonly planDate: EventEntry;
  /** InboundCutOff, when the sheet gives one (a blank cell counts as none). */
  readonly cutOff?: EventEntry;
  readonly past: readonly EventEntry[];
}

/** The event's dates, Excel serial days. */
export interface EventDates {
  readonly start: number;
  readonly end: number;
  readonly planDate: number;
  /** Sorted, repeats dropped. */
  readonly pastEventStarts: number[];
  /** The marketplace's inbound cut-off, or undefined when the sheet gives none. */
  readonly inboundCutOff?: number;
}

/** Separators between dates in one PastEventStarts cell. */
const DATE_LIST_SEPARATORS = /[,;，；、\r\n]+/;

/**
 * Reads the event's dates: one day order for every text date on the sheet
 * (`inferDayOrder`); End not before Start, PlanDate not after End, Start at most
 * three years (`INPUT_LIMITS.eventAheadDays`) after PlanDate, every past start
 * before Start, the inbound cut-off not after Start. A PastEventStarts cell may hold several dates separated by
 * commas, semicolons or line breaks.
 * @param entries the rows of Start, End, PlanDate and PastEventStarts
 * @param sheet the sheet's name, for messages
 * @param given the day order the user stated, if any
 * @returns the dates, or the first error naming the row and the key as the sheet writes it
 * @example readEventDates({ start: { row: 2, label: "Start", value: "2026-11-27" }, end: …, planDate: …, past: [] }, "Event")
 * // ok({ start: 46353, end: 46356, planDate: 46266, pastEventStarts: [] })
 */
export function readEventDates(entries: EventDateEntries, sheet: string, given?: DayOrder): Result<EventDates> {
  const at = (e: EventEntry): ErrorLocation => ({ sheet, row: e.row, column: e.label });
  const pieces: { entry: EventEntry; value: unknown }[] = [];
  for (const e of entries.past) {
    const v = cellValue(e.value);
    if (typeof v !== "string") pieces.push({ entry: e, value: v });
    else for (const part of v.split(DATE_LIST_SEPARATORS)) if (part.trim() !== "") pieces.push({ entry: e, value: part.trim() });
  }
  const single = [entries.start, entries.end, entries.planDate, ...(entries.cutOff ? [entries.cutOff] : [])];
  const dated = [...single.map((e) => ({ entry: e, value: cellValue(e.value) })), ...pieces];
  const samples: DateSample[] = dated.filter((d) => typeof d.value === "string").map((d) => ({ text: d.value as string, where: at(d.entry) }));
  const order = inferDayOrder(samples, given);
  if (!order.ok) return order;
  const dayOrder: DayOrder | undefined = order.value ?? undefined;
  const date = (e: EventEntry, value: unknown = e.value): Result<number> => readDateCell(value, at(e), dayOrder);
  const { start: startEntry, end: endEntry, planDate: planEntry } = entries;
  const start = date(startEntry);
  if (!start.ok) return start;
  const end = date(endEntry);
  if (!end.ok) return end;
  if (end.value < start.value) {
    return fail("endBeforeStart", "INCONSISTENT_INPUT", { place: placeParam(at(endEntry)), end: isoFromSerial(end.value), startLabel: startEntry.label, start: isoFromSerial(start.value) }, at(endEntry));
  }
  const planDate = date(planEntry);
  if (!planDate.ok) return planDate;
  // A plan date after the event is read as written: planning refuses an event that has started
  // (planFromSheets, with the replay pointed at) and `peakstock plan` replays it instead.
  if (start.value - planDate.value > INPUT_LIMITS.eventAheadDays) {
    return fail(
      "eventTooFar",
      "OUT_OF_RANGE",
      { place: placeParam(at(startEntry)), start: isoFromSerial(start.value), days: start.value - planDate.value, planLabel: planEntry.label, planDate: isoFromSerial(planDate.value) },
      at(startEntry),
    );
  }
  const pastStarts = new Set<number>();
  for (const p of pieces) {
    const s = date(p.entry, p.value);
    if (!s.ok) return s;
    if (s.value >= start.value) {
      return fail("pastNotBefore", "INCONSISTENT_INPUT", { place: placeParam(at(p.entry)), past: isoFromSerial(s.value), startLabel: startEntry.label, start: isoFromSerial(start.value) }, at(p.entry));
    }
    pastStarts.add(s.value);
  }
  const dates: EventDates = { start: start.value, end: end.value, planDate: planDate.value, pastEventStarts: [...pastStarts].sort((a, b) => a - b) };
  if (!entries.cutOff) return ok(dates);
  const cutOff = date(entries.cutOff);
  if (!cutOff.ok) return cutOff;
  if (cutOff.value > start.value) {
    const where = at(entries.cutOff);
    return fail("cutOffAfterStart", "INCONSISTENT_INPUT", { place: placeParam(where), cutOff: isoFromSerial(cutOff.value), startLabel: startEntry.label, start: isoFromSerial(start.value) }, where);
  }
  return ok({ ...dates, inboundCutOff: cutOff.value });
}
