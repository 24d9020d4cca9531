/**
 * Dates far from all the others: a year typed wrong (2003 for 2023, 2030 for
 * 2025) in a sales history. Left in, one such row stretches every SKU's series
 * over years of zeros, which flattens the baseline or puts history after the event.
 */
import type { ErrorLocation } from "../errors";

/** A gap between two consecutive dates in the data longer than this, days, can isolate a typo. */
export const ISOLATING_GAP_DAYS = 365;

/** The most rows (or columns) a side may hold and still count as isolated: 1 %, at least one. */
export function isolatedSideLimit(count: number): number {
  return Math.max(1, Math.floor(count / 100));
}

/** Rows (or date columns) left out of a sales history, for the warning that says so. */
export interface LeftOutRows {
  /** How many rows (long layout) or date columns (wide layout). */
  readonly count: number;
  /** The first one in sheet order: its Date cell, or its date header cell. */
  readonly first: ErrorLocation;
  /** Its date, Excel serial day. */
  readonly firstSerial: number;
}

/**
 * The range of dates to keep when a few dates sit more than
 * {@link ISOLATING_GAP_DAYS} away from all the rest: find the longest gap between
 * consecutive distinct dates; when it is longer than a year and the rows on one
 * side of it are at most {@link isolatedSideLimit} of all rows, that side is
 * isolated and left out. Checked twice, so a typo at each end is found.
 * @param serials the date of each row, Excel serial days (only the first `count` are read)
 * @param count how many rows
 * @returns the first and last date to keep, or null when no date is isolated
 * @example keptDateRange([45000, 45001, …(300 rows)…, 47900], 302)
 * // { from: 45000, to: 45299 }: 47900 is 2,600 days after the rest and one row of 302
 */
export function keptDateRange(serials: ArrayLike<number>, count: number): { readonly from: number; readonly to: number } | null {
  let from = Infinity;
  let to = -Infinity;
  for (let i = 0; i < count; i++) {
    if (serials[i] < from) from = serials[i];
    if (serials[i] > to) to = serials[i];
  }
  if (count < 2 || to - from <= ISOLATING_GAP_DAYS) return null;
  let changed = false;
  for (let pass = 0; pass < 2; pass++) {
    const perDay = new Int32Array(to - from + 1);
    let rows = 0;
    for (let i = 0; i < count; i++) {
      const s = serials[i];
      if (s >= from && s <= to) {
        perDay[s - from]++;
        rows++;
      }
    }
    let previous = -1;
    let before = 0;
    let gap = 0;
    let rowsBefore = 0;
    let gapStart = 0;
    let gapEnd = 0;
    for (let d = 0; d < perDay.length; d++) {
      if (perDay[d] === 0) continue;
      if (previous >= 0 && d - previous > gap) {
        gap = d - previous;
        rowsBefore = before;
        gapStart = previous;
        gapEnd = d;
      }
      before += perDay[d];
      previous = d;
    }
    if (gap <= ISOLATING_GAP_DAYS) break;
    const limit = isolatedSideLimit(rows);
    const start = from;
    if (rowsBefore <= limit) from = start + gapEnd;
    else if (rows - rowsBefore <= limit) to = start + gapStart;
    else break;
    changed = true;
  }
  return changed ? { from, to } : null;
}
