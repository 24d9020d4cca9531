/**
 * Reading one date cell of an input sheet (Event dates, in-transit arrival).
 */
import { cellValue, excelErrorOf, isBlankCell } from "../cells";
import { parseDate, type DayOrder } from "../dates";
import { err, ok, type ErrorLocation, type Result } from "../errors";

/**
 * Reads a date cell with `parseDate` (Excel serial, JavaScript Date, ISO,
 * `yyyy/m/d`, `d/m/yyyy` or `m/d/yyyy` in the given order), reporting a blank
 * or an Excel error the way the sales readers do.
 * @param value the raw cell value
 * @param where how messages name the place, e.g. "Event row 4, Start"
 * @param order day order for `a/b/yyyy` text, when known
 * @param location structured location attached to an error
 * @returns the Excel serial (days), or MISSING_VALUE / BAD_DATE / AMBIGUOUS_DATE
 * @example readDateCell("2026/7/8", "Event row 4, Start") // ok(46211)
 * @example readDateCell({ error: "#N/A" }, "Event row 4, Start") // err BAD_DATE "Event row 4, Start: the cell holds the Excel error #N/A"
 */
export function readDateCell(value: unknown, where: string, order?: DayOrder, location?: ErrorLocation): Result<number> {
  if (isBlankCell(value)) return err("MISSING_VALUE", `${where}: the cell is blank`, location);
  const v = cellValue(value);
  const excelError = excelErrorOf(v);
  if (excelError) return err("BAD_DATE", `${where}: the cell holds the Excel error ${excelError}`, location);
  const parsed = parseDate(typeof v === "string" ? v.trim() : v, where, order);
  if (!parsed.ok) return err(parsed.error.code, parsed.error.message, location);
  return ok(parsed.value);
}
