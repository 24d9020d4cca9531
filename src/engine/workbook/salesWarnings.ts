/**
 * What a seller should know about how their Sales sheet was read: rows added
 * together, rows left out after the plan date or far from every other date.
 */
import { isoFromSerial } from "../dates";
import { problem, type EngineError } from "../errors";
import { listParam, placeParam, quoted } from "../messages/messageText";
import type { LeftOutRows } from "../series/isolatedDates";
import type { SalesSheet } from "./readSalesSheet";

/** A left-out warning: one row/column or several, the first named. */
function leftOut(sheet: string, rows: LeftOutRows, one: "laterRowLeftOut" | "laterColumnLeftOut" | "isolatedRowLeftOut" | "isolatedColumnLeftOut", many: "laterRowsLeftOut" | "laterColumnsLeftOut" | "isolatedRowsLeftOut" | "isolatedColumnsLeftOut", lastDay: string): EngineError {
  const params = { place: placeParam({ sheet }), count: rows.count, first: placeParam(rows.first), date: isoFromSerial(rows.firstSerial), lastDay };
  return problem(rows.count === 1 ? one : many, "OUT_OF_RANGE", params, rows.first);
}

/**
 * Warnings for a Sales sheet read by `readSalesSheet`, each naming the rows:
 * - rows (long) or date columns (wide) after the plan date, left out (how many, and the first);
 * - rows or columns dated more than a year from all the others, left out as a likely typo in the year;
 * - rows repeating a date and SKU (long; and marketplace) or a SKU (wide), added together
 *   (how many groups, and the rows of the first), as the README promises.
 * @param sales what `readSalesSheet` returned
 * @param sheet the sheet's name
 * @param lastDay the plan date given as `lastDay`, Excel serial day (for the text)
 * @example salesWarnings(read, "Sales", 46266).map((w) => w.message)
 * // ["Sales: 1 row dated after the plan date 2026-09-01 is left out of the history: Sales row 57, Date (2030-01-05)",
 * //  "Sales: rows 12 and 13 repeat SKU 'A-1' on 2026-01-05; their units were added together"]
 */
export function salesWarnings(sales: SalesSheet, sheet: string, lastDay?: number): EngineError[] {
  const warnings: EngineError[] = [];
  const report = sales.report;
  const plan = lastDay === undefined ? "" : isoFromSerial(lastDay);
  const wide = sales.layout === "wide";
  if (report.afterLastDay) warnings.push(leftOut(sheet, report.afterLastDay, wide ? "laterColumnLeftOut" : "laterRowLeftOut", wide ? "laterColumnsLeftOut" : "laterRowsLeftOut", plan));
  if (report.isolated) warnings.push(leftOut(sheet, report.isolated, wide ? "isolatedColumnLeftOut" : "isolatedRowLeftOut", wide ? "isolatedColumnsLeftOut" : "isolatedRowsLeftOut", plan));
  if (sales.layout === "long" && sales.report.duplicates.length > 0) {
    const dups = sales.report.duplicates;
    const d = dups[0];
    const params = { place: placeParam({ sheet }), groups: dups.length, rows: listParam(d.rows), sku: quoted(d.sku), date: isoFromSerial(d.serial) };
    warnings.push(problem(dups.length === 1 ? "repeatedDay" : "repeatedDays", "DUPLICATE_KEY", params, { sheet, row: d.rows[0], sku: d.sku }));
  }
  if (sales.layout === "wide" && sales.report.duplicates.length > 0) {
    const dups = sales.report.duplicates;
    const d = dups[0];
    const params = { place: placeParam({ sheet }), groups: dups.length, rows: listParam(d.rows), sku: quoted(d.sku) };
    warnings.push(problem(dups.length === 1 ? "repeatedSku" : "repeatedSkus", "DUPLICATE_KEY", params, { sheet, row: d.rows[0], sku: d.sku }));
  }
  return warnings;
}
