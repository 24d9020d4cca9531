/**
 * Dates in the engine are Excel date serials: whole days since 1899-12-30, the
 * system every Excel for Windows/Mac (1900 date system) and Excel on the web use
 * for dates after 1900-02-28. Serial 45658 is 2025-01-01. A serial with a time
 * fraction is floored to its day.
 */
import { fail, ok, type ErrorLocation, type Result } from "./errors";
import { phrase, placeParam, quoted } from "./messages/messageText";

/** Serial of 1970-01-01, the Unix epoch, in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;
/** Serial 61 is 1900-03-01; below it Excel's fictitious 1900-02-29 shifts days. */
const MIN_SERIAL = 61;
/** Serial of 9999-12-31, Excel's last date. */
const MAX_SERIAL = 2_958_465;

/** Day order of a text date whose parts are all numbers: d/m/y or m/d/y. */
export type DayOrder = "DMY" | "MDY";

/**
 * Excel serial (days) of a calendar date.
 * @param year four-digit year
 * @param month 1–12
 * @param day 1–31
 * @example serialFromYmd(2026, 11, 27) // 46353
 */
export function serialFromYmd(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** Calendar parts of an Excel serial (days). */
export function ymdFromSerial(serialDays: number): { year: number; month: number; day: number } {
  const d = new Date((Math.floor(serialDays) - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * ISO text `yyyy-mm-dd` of an Excel serial (days).
 * @example isoFromSerial(46292) // "2026-09-27"
 */
export function isoFromSerial(serialDays: number): string {
  const { year, month, day } = ymdFromSerial(serialDays);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Day of week of an Excel serial: 0 = Sunday … 6 = Saturday (as JavaScript's getUTCDay). */
export function weekdayOfSerial(serialDays: number): number {
  // Serial 1 (1900-01-01) was a Sunday in Excel's count; serial 25569 (1970-01-01) was a Thursday (4).
  return (((Math.floor(serialDays) - UNIX_EPOCH_SERIAL + 4) % 7) + 7) % 7;
}

function validYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return ymdFromSerial(serialFromYmd(year, month, day)).day === day;
}

const YMD_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/;
const PARTS_TEXT = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})(?:[ T].*)?$/;
const COMPACT_TEXT = /^(\d{4})(\d{2})(\d{2})$/;

/** The first two parts of a `a/b/yyyy` text date, or null for other shapes (used to infer a column's day order). */
export function dayMonthParts(text: string): [number, number] | null {
  const m = PARTS_TEXT.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/**
 * Reads one date: an Excel serial (number, time fraction floored) or text —
 * ISO `2026-11-27`, `2026/11/27`, `2026.11.27`, `2026年11月27日`, `20261127`,
 * or `27/11/2026` / `11/27/2026` when `order` says which (or the parts make it
 * plain, one of them being above 12).
 * @param value the cell value
 * @param where the place an error names: a sheet cell ({ sheet: "Sales", row: 5, column: "Date" }),
 * which the error then carries, or an argument's name ("event_start")
 * @param order day order for `a/b/yyyy` text; without it, `3/4/2026` is ambiguous
 * @returns the Excel serial (days) or a BAD_DATE / AMBIGUOUS_DATE error
 * @example parseDate("2026/11/27", "event_start") // ok(46353)
 * @example parseDate("3/4/2026", "event_start") // err AMBIGUOUS_DATE "event_start: '3/4/2026' could be day/month or month/day; …"
 */
export function parseDate(value: unknown, where: string | ErrorLocation, order?: DayOrder): Result<number> {
  const at: ErrorLocation | undefined = typeof where === "string" ? undefined : where;
  const place = placeParam(typeof where === "string" ? { argument: where } : where);
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < MIN_SERIAL || value > MAX_SERIAL) return fail("dateSerialRange", "BAD_DATE", { place, value: String(value) }, at);
    return ok(Math.floor(value));
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return fail("invalidDate", "BAD_DATE", { place }, at);
    return ok(serialFromYmd(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()));
  }
  if (typeof value !== "string" || value.trim() === "") {
    const found = value === null || value === undefined || value === "" ? phrase("cellBlank") : String(value);
    return fail("expectedDate", "BAD_DATE", { place, value: found }, at);
  }
  const text = value.trim();
  let m = YMD_TEXT.exec(text) ?? COMPACT_TEXT.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validYmd(y, mo, d) ? ok(serialFromYmd(y, mo, d)) : fail("notRealDate", "BAD_DATE", { place, text: quoted(text) }, at);
  }
  m = PARTS_TEXT.exec(text);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    let resolved: DayOrder | undefined = order;
    if (!resolved) {
      if (a > 12 && b <= 12) resolved = "DMY";
      else if (b > 12 && a <= 12) resolved = "MDY";
      else if (a !== b) return fail("ambiguousDate", "AMBIGUOUS_DATE", { place, text: quoted(text) }, at);
      else resolved = "DMY";
    }
    const [d, mo] = resolved === "DMY" ? [a, b] : [b, a];
    return validYmd(y, mo, d)
      ? ok(serialFromYmd(y, mo, d))
      : fail("notRealDateInOrder", "BAD_DATE", { place, text: quoted(text), order: phrase(resolved === "DMY" ? "orderDmy" : "orderMdy") }, at);
  }
  if (/^-?\d+(\.\d+)?$/.test(text)) return parseDate(Number(text), where, order);
  return fail("notADate", "BAD_DATE", { place, text: quoted(text) }, at);
}
