/**
 * Reading one date cell of an input sheet (Event dates, in-transit arrival).
 */
import { cellValue, excelErrorOf, isBlankCell } from "../cells";
import { parseDate, type DayOrder } from "../dates";
import { fail, type ErrorLocation, type Result } from "../errors";
import { placeParam } from "../messages/messageText";

/**
 * Reads a date cell with `parseDate` (Excel serial, JavaScript Date, ISO,
 * `yyyy/m/d`, `d/m/yyyy` or `m/d/yyyy` in the given order), reporting a blank
 * or an Excel error the way the sales readers do.
 * @param value the raw cell value
 * @param where the cell, which messages name ("Event row 4, Start") and errors carry
 * @param order day order for `a/b/yyyy` text, when known
 * @returns the Excel serial (days), or MISSING_VALUE / BAD_DATE / AMBIGUOUS_DATE
 * @example readDateCell("2026/7/8", { sheet: "Event", row: 4, column: "Start" }) // ok(46211)
 * @example readDateCell({ error: "#N/A" }, { sheet: "Event", row: 4, column: "Start" })
 * // err BAD_DATE "Event row 4, Start: the cell holds the Excel error #N/A"
 */
export function readDateCell(value: unknown, where: ErrorLocation, order?: DayOrder): Result<number> {
  if (isBlankCell(value)) return fail("blankCell", "MISSING_VALUE", { place: placeParam(where) }, where);
  const v = cellValue(value);
  const excelError = excelErrorOf(v);
  if (excelError) return fail("excelError", "BAD_DATE", { place: placeParam(where), error: excelError }, where);
  return parseDate(typeof v === "string" ? v.trim() : v, where, order);
}
