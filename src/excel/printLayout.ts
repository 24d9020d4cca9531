/**
 * How PeakStock's output sheets print, the same in every workbook (the .xlsx
 * file, Office.js, the in-memory preview): landscape, fit to one page wide and
 * as many pages tall as it takes, the table's header row repeated at the top of
 * every page, long text wrapped (columns with a `wrapWidth`), narrow margins and
 * a footer with the sheet's name and the page number. Browser-safe.
 */
import type { OutputTable } from "../engine/plan/outputTable";

/** The print setup of one output table placed on its sheet. */
export interface PrintLayout {
  readonly orientation: "landscape";
  /** Pages across: 1. */
  readonly fitToWidth: 1;
  /** Pages down: 0 = as many as the rows need. */
  readonly fitToHeight: 0;
  /** Zero-based sheet row repeated at the top of every printed page: the table's header row. */
  readonly titleRow: number;
  /** Zero-based sheet columns whose cells wrap their text. */
  readonly wrappedColumns: readonly number[];
}

/**
 * Margins of a new output sheet, inches: Excel's "Narrow" preset (0.25 left and right),
 * so more columns fit across the page before it is scaled down. A replaced sheet keeps its own.
 */
export const PRINT_MARGINS_INCHES = Object.freeze({ left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 });

/** The footer of a new output sheet, in Excel's header/footer codes: the sheet's name left, "page / pages" right. */
export const PRINT_FOOTER = Object.freeze({ left: "&A", right: "&P / &N" });

/**
 * The print setup of `table` with its header at zero-based (`top`, `left`).
 * @example printLayoutOf(planTable, 0, 0) // { orientation: "landscape", fitToWidth: 1, fitToHeight: 0, titleRow: 0, wrappedColumns: [1, 3, 14, 17, 27, 28] }
 */
export function printLayoutOf(table: Pick<OutputTable, "columns">, top: number, left: number): PrintLayout {
  const wrappedColumns = table.columns.flatMap((column, j) => (column.wrapWidth !== undefined ? [left + j] : []));
  return { orientation: "landscape", fitToWidth: 1, fitToHeight: 0, titleRow: top, wrappedColumns };
}

/**
 * The rows to repeat on every page in A1 style, as Excel's print titles write them.
 * @example printTitleRows(0) // "$1:$1"
 */
export function printTitleRows(titleRow: number): string {
  return `$${titleRow + 1}:$${titleRow + 1}`;
}
