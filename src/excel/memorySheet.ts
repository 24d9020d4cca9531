/**
 * The memory workbook's sheets and tables, and writing one output table into a
 * sheet's cells (memoryWorkbook.ts stages every output this way before it
 * commits). Browser-safe.
 */
import type { CellFormat, Highlight, OutputCell, OutputColumn, TableChart } from "../engine/plan/outputTable";
import type { SheetKind } from "../engine/workbook/headerAliases";
import { chartsOf } from "./chartLayout";
import { serialFromDate } from "./dateSerial";
import { printLayoutOf, type PrintLayout } from "./printLayout";
import { usedRange } from "./usedRange";
import type { Grid, OutputLanguage, OutputWrite, TableInfo } from "./workbookPort";
import { tableDataRows } from "./writeChecks";

/** An output table as written: what the preview renders. */
export interface MemoryTable {
  /** The sheet it is on. */
  readonly sheet: string;
  /** Its Excel table name ("PeakStock_Plan", "PeakStock_Plan_2" …). */
  readonly name: string;
  readonly kind: SheetKind;
  readonly language: OutputLanguage;
  /** Zero-based row and column of its header's first cell (A1 = 0, 0). */
  readonly top: number;
  readonly left: number;
  readonly columns: readonly OutputColumn[];
  /** Header row as written (in `language`). */
  readonly headers: readonly string[];
  /** Format per column, in column order. */
  readonly formats: readonly CellFormat[];
  /** Data rows (dates as serial days), without the header. */
  readonly rows: readonly (readonly OutputCell[])[];
  /** Rows frozen at the top: the header. */
  readonly frozenRows: number;
  /** Conditional formats asked for (Alerts by severity). */
  readonly highlights: readonly Highlight[];
  /** The title of the chart drawn over the table, or null. */
  readonly chartTitle: string | null;
  /** Every chart drawn beside the table (the pane's one, or one per SKU on a Charts sheet), as the other workbooks draw them. */
  readonly charts: readonly TableChart[];
  /** How the sheet prints (landscape, one page wide, the header row repeated, long text wrapped), as the other workbooks set it. */
  readonly print: PrintLayout;
}

/** One sheet: its values from A1, its tables, and the output table PeakStock wrote on it. */
export interface MemorySheet {
  readonly name: string;
  /** The used range as {@link WorkbookPort.readSheet} returns it. */
  readonly values: Grid;
  /** The output table PeakStock wrote on this sheet, or null on a user's sheet. */
  readonly table: MemoryTable | null;
  /** Every Excel table on the sheet, PeakStock's and the user's. */
  readonly tables: readonly TableInfo[];
}

export interface StoredTable {
  name: string;
  top: number;
  left: number;
  rows: number;
  columns: number;
  /** What PeakStock wrote there, or null for a user's table. */
  written: MemoryTable | null;
}

export interface StoredSheet {
  name: string;
  /** Cell values by row and column from A1; blanks null or missing. */
  cells: unknown[][];
  tables: StoredTable[];
}

/** Rows from A1 as cells: Dates as Excel serials, a copy of every row. */
export function toCells(rows: readonly (readonly unknown[])[]): unknown[][] {
  return usedRange(rows.map((row) => row.map((v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? serialFromDate(v) : v)))).map((row) => [...row]);
}

/** The cell at zero-based (row, column) of `cells`, writing `value`. */
export function setCell(cells: unknown[][], row: number, column: number, value: unknown): void {
  (cells[row] ??= [])[column] = value;
}

/**
 * True when two boxes of cells (zero-based top-left, rows, columns) share a cell.
 * @example overlaps({ top: 0, left: 0, rows: 2, columns: 2 }, { top: 1, left: 1, rows: 1, columns: 1 }) // true
 */
export function overlaps(a: { top: number; left: number; rows: number; columns: number }, b: typeof a): boolean {
  return a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.columns && b.left < a.left + a.columns;
}

/** A sheet's cells and tables, as staged before a commit. */
export type SheetContents = Pick<StoredSheet, "cells" | "tables">;

/**
 * Writes `write`'s table into `sheet` where `slot` is: the old table's range is
 * cleared (a new slot has none), the header and rows go from the slot's top-left
 * cell, and the slot takes the new size and what was written. Cells outside the
 * old and new ranges are not touched.
 * @param headers the header row in `language` ({@link checkTableWrite}'s)
 */
export function writeTableInto(sheet: SheetContents, slot: StoredTable, write: OutputWrite, headers: readonly string[], language: OutputLanguage): void {
  const { table } = write;
  const { top, left } = slot;
  for (let r = top; r < top + slot.rows; r++) for (let c = left; c < left + slot.columns; c++) if (sheet.cells[r]) sheet.cells[r][c] = null;
  const rows = table.rows.map((row) => Object.freeze([...row]));
  headers.forEach((header, j) => setCell(sheet.cells, top, left + j, header));
  rows.forEach((row, r) => row.forEach((cell, j) => setCell(sheet.cells, top + 1 + r, left + j, cell)));
  slot.rows = 1 + tableDataRows(table);
  slot.columns = table.columns.length;
  slot.written = Object.freeze({
    sheet: write.target.sheet,
    name: slot.name,
    kind: table.kind,
    language,
    top,
    left,
    columns: Object.freeze(table.columns.map((c) => Object.freeze({ ...c }))),
    headers: Object.freeze([...headers]),
    formats: Object.freeze(table.columns.map((c) => c.format)),
    rows: Object.freeze(rows),
    frozenRows: 1,
    highlights: Object.freeze([...(table.highlights ?? [])]),
    chartTitle: write.chartTitle ?? null,
    charts: Object.freeze(chartsOf(write)),
    print: Object.freeze(printLayoutOf(table, top, left)),
  });
}
