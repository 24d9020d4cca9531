/**
 * An output table laid out as cells: the header row and the data rows from a
 * top-left cell, each cell's text in SpreadsheetML, and the conditional
 * formats of its highlights. Shared by the new-sheet writer and the in-place
 * replacement of a table on an existing sheet.
 */
import { columnLetter } from "../../engine/cells";
import type { CellFormat, Highlight, OutputTable } from "../../engine/plan/outputTable";
import type { HeaderOrientation } from "../sheetLayout";
import { rangeRef, type CellRange } from "./cellAddress";
import { cellXml } from "./cellXml";
import type { PeakStockStyles } from "./peakStockStyles";
import { escapeXml } from "./xmlEscape";

/** A table placed on a sheet: where, its header texts and the styles to use. */
export interface PlacedTable {
  readonly table: OutputTable;
  readonly headers: readonly string[];
  /** Zero-based row and column of the header's first cell. */
  readonly top: number;
  readonly left: number;
  readonly styles: PeakStockStyles;
  /** How the header runs (`sheetLayout.ts`); across when absent. */
  readonly header?: HeaderOrientation;
  /** Height of the header row and of each data row, points; null or absent = the default. */
  readonly headerHeight?: number | null;
  readonly rowHeights?: readonly (number | null)[];
}

/**
 * The height to write on sheet row `r` (zero-based) of the table, points, or null for the default.
 * @example tableRowHeight({ top: 0, headerHeight: 115, rowHeights: [45, null] … }, 1) // 45
 */
export function tableRowHeight(placed: PlacedTable, r: number): number | null {
  if (r === placed.top) return placed.headerHeight ?? null;
  return placed.rowHeights?.[r - placed.top - 1] ?? null;
}

/**
 * The range the table covers: the header and its rows, at least one data row
 * (Excel wants a row under a table's header, so an empty table keeps one blank row).
 * @example tableRange({ top: 0, left: 0, headers: ["SKU", "Qty"], table: { rows: [] } … }) // A1:B2
 */
export function tableRange(placed: Pick<PlacedTable, "top" | "left" | "headers"> & { table: Pick<OutputTable, "rows"> }): CellRange {
  return {
    top: placed.top,
    left: placed.left,
    bottom: placed.top + Math.max(1, placed.table.rows.length),
    right: placed.left + placed.headers.length - 1,
  };
}

/** Cells of one sheet row of the table (row `r` zero-based on the sheet), in column order, as `{ column, xml }`. */
export function tableRowCells(placed: PlacedTable, r: number): { column: number; xml: string }[] {
  const { table, headers, top, left, styles } = placed;
  const sheetRow = String(r + 1);
  const cells: { column: number; xml: string }[] = [];
  if (r === top) {
    const style = styles.headerStyle[placed.header ?? "across"];
    headers.forEach((h, j) => cells.push({ column: left + j, xml: cellXml(columnLetter(left + j) + sheetRow, h, style) }));
    return cells;
  }
  const data = table.rows[r - top - 1];
  table.columns.forEach((column, j) => {
    const style = column.wrapWidth !== undefined ? styles.wrapStyle : styles.cellStyle[column.format as CellFormat];
    const xml = cellXml(columnLetter(left + j) + sheetRow, data ? data[j] : null, style);
    if (xml !== "") cells.push({ column: left + j, xml });
  });
  return cells;
}

/**
 * `<conditionalFormatting>` elements for the table's highlights: each colours
 * the data rows whose column equals the value, e.g. Alerts with Severity "high".
 */
export function highlightXml(placed: PlacedTable, firstPriority = 1): string {
  const { table, top, left, headers, styles } = placed;
  if (table.rows.length === 0) return "";
  const body = rangeRef({ top: top + 1, left, bottom: top + table.rows.length, right: left + headers.length - 1 });
  let priority = firstPriority;
  let xml = "";
  for (const h of table.highlights ?? []) {
    const j = table.columns.findIndex((c) => c.key === h.column);
    if (j < 0) continue;
    const formula = `$${columnLetter(left + j)}${top + 2}="${h.equals.replace(/"/g, '""')}"`;
    xml += `<conditionalFormatting sqref="${body}"><cfRule type="expression" dxfId="${styles.highlightStyle[h.tone as Highlight["tone"]]}" priority="${priority++}"><formula>${escapeXml(formula)}</formula></cfRule></conditionalFormatting>`;
  }
  return xml;
}
