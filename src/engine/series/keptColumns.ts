/**
 * Which date columns of a wide sales block to read: none after the plan date,
 * none whose date sits more than a year from all the others (a year typed wrong).
 */
import { isoFromSerial } from "../dates";
import { fail, ok, type ErrorLocation, type Result } from "../errors";
import { placeParam } from "../messages/messageText";
import { keptDateRange, type LeftOutRows } from "./isolatedDates";

/** The columns kept (0-based, inclusive) and those left out. */
export interface KeptColumns {
  readonly lo: number;
  readonly hi: number;
  readonly afterLastDay: LeftOutRows | null;
  readonly isolated: LeftOutRows | null;
}

/**
 * The range of header columns to read: first the columns dated after `lastDay`
 * are cut, then isolated dates at either end (`keptDateRange`, counted as columns).
 * @param serials the header dates, strictly increasing, Excel serial days
 * @param lastDay the last day to keep (the plan date), or undefined for all
 * @param headerCell the header cell of column j, for the warnings
 * @returns the range, or EMPTY_SERIES when every column is after `lastDay`
 * @example keptColumns([46000, 46001, 46002], 46001, cell) // ok({ lo: 0, hi: 1, afterLastDay: { count: 1, … }, isolated: null })
 */
export function keptColumns(serials: readonly number[], lastDay: number | undefined, headerCell: (j: number) => ErrorLocation): Result<KeptColumns> {
  let hi = serials.length - 1;
  if (lastDay !== undefined) while (hi >= 0 && serials[hi] > lastDay) hi--;
  if (hi < 0) {
    const sheet = headerCell(0).sheet ?? "";
    return fail("allColumnsAfterLastDay", "EMPTY_SERIES", { place: placeParam({ sheet }), count: serials.length, lastDay: isoFromSerial(lastDay ?? 0) }, { sheet });
  }
  const afterLastDay: LeftOutRows | null = hi < serials.length - 1 ? { count: serials.length - 1 - hi, first: headerCell(hi + 1), firstSerial: serials[hi + 1] } : null;
  let lo = 0;
  let isolated: LeftOutRows | null = null;
  const keep = keptDateRange(serials, hi + 1);
  if (keep) {
    const lastKept = hi;
    while (serials[lo] < keep.from) lo++;
    while (serials[hi] > keep.to) hi--;
    const firstOut = lo > 0 ? 0 : hi + 1;
    isolated = { count: lo + (lastKept - hi), first: headerCell(firstOut), firstSerial: serials[firstOut] };
  }
  return ok({ lo, hi, afterLastDay, isolated });
}
