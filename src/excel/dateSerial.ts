/**
 * Excel serial days ⇄ JavaScript `Date`, for the workbook writers. Serials count
 * days since 1899-12-30 (Excel's 1900 date system, as `src/engine/dates.ts`), the
 * fraction being the time of day; Dates are read and made in UTC so that a
 * serial never shifts with the computer's time zone.
 */

/** Serial of 1970-01-01, the Unix epoch, in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

/**
 * Excel serial (days, with a fraction for the time) of a Date, read in UTC.
 * Formula: serial = ms since 1970-01-01 UTC / 86,400,000 + 25,569.
 * @example serialFromDate(new Date(Date.UTC(2026, 10, 27))) // 46353
 * @example serialFromDate(new Date(Date.UTC(2026, 10, 27, 12))) // 46353.5
 */
export function serialFromDate(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/**
 * The UTC Date of an Excel serial (days), to the millisecond.
 * @example dateFromSerial(46353).toISOString() // "2026-11-27T00:00:00.000Z"
 */
export function dateFromSerial(serialDays: number): Date {
  return new Date(Math.round((serialDays - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}
