/**
 * The layout and print setup of an output table in Excel (Office.js), as the
 * .xlsx writer makes them (`sheetLayout.ts`, `printLayout.ts`): long-text
 * columns wrapped and rows fitted to them, a wide table's header turned,
 * landscape, one page wide, the header row on every printed page; a new sheet
 * also gets narrow margins and a footer (a replaced one keeps its own).
 * `Worksheet.pageLayout` is ExcelApi 1.9 (`requirements.ts`).
 */
import { PRINT_FOOTER, PRINT_MARGINS_INCHES, printLayoutOf, printTitleRows } from "../printLayout";
import type { SheetLayout } from "../sheetLayout";
import type { OutputTable } from "../../engine/plan/outputTable";

/** Margin in points from inches, to the hundredth (0.3 in → 21.6 pt). */
const points = (inches: number): number => Math.round(inches * 72 * 100) / 100;

/** `RangeFormat.textOrientation` of a header: 0 across, 90 upward, 180 stacked (Office.js's "vertical text"). */
const TEXT_ORIENTATION: Readonly<Record<SheetLayout["header"], number>> = { across: 0, upward: 90, stacked: 180 };

/** Where the table is on its sheet: its header's top-left cell and its size, rows including the header. */
export interface TableBox {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * Queues the layout and print setup of `table` at `box` on `sheet` (no sync).
 * @param isNew true for a sheet made by this write: margins and footer are set too
 * @example queuePrintSetup(sheet, plan, layout, { top: 0, left: 0, rows: 61, columns: 29 }, true)
 */
export function queuePrintSetup(sheet: Excel.Worksheet, table: OutputTable, layout: SheetLayout, box: TableBox, isNew: boolean): void {
  const print = printLayoutOf(table, box.top, box.left);
  const dataRows = box.rows - 1;
  for (const column of print.wrappedColumns) sheet.getRangeByIndexes(box.top + 1, column, Math.max(1, dataRows), 1).format.wrapText = true;
  if (layout.header !== "across") {
    const header = sheet.getRangeByIndexes(box.top, box.left, 1, box.columns).format;
    header.textOrientation = TEXT_ORIENTATION[layout.header];
    header.horizontalAlignment = "Center";
  }
  if (print.wrappedColumns.length > 0 || layout.header !== "across") sheet.getRangeByIndexes(box.top, box.left, box.rows, box.columns).format.autofitRows();
  const page = sheet.pageLayout;
  page.orientation = "Landscape";
  page.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
  page.setPrintTitleRows(printTitleRows(print.titleRow));
  if (!isNew) return;
  const m = PRINT_MARGINS_INCHES;
  page.leftMargin = points(m.left);
  page.rightMargin = points(m.right);
  page.topMargin = points(m.top);
  page.bottomMargin = points(m.bottom);
  page.headerMargin = points(m.header);
  page.footerMargin = points(m.footer);
  page.headersFooters.defaultForAllPages.leftFooter = PRINT_FOOTER.left;
  page.headersFooters.defaultForAllPages.rightFooter = PRINT_FOOTER.right;
}
