/**
 * The preview's workbook data: sheets as grids (what `WorkbookPort.readSheet`
 * returns: numbers, dates as Excel serials, text, booleans, null) plus how each
 * input sheet's numbers are shown, since a grid alone cannot tell a date from a
 * number. `scripts/previewDemoData.ts` makes `preview-demo.json` from the demo
 * workbook at build time; the synthetic scenario makes the same shape in the
 * browser. Browser-safe.
 */
import type { CellFormat } from "../engine/plan/outputTable";

/** Number formats of one sheet: per column, with per-cell exceptions (1-based row and column). */
export interface SheetFormats {
  /** Format of the numbers in column j+1 below the header, or null (general). */
  readonly columns: readonly (CellFormat | null)[];
  /** Cells whose format differs from their column's: [row, column, format], 1-based. */
  readonly cells: readonly (readonly [number, number, CellFormat])[];
}

export interface PreviewSheet {
  readonly name: string;
  /** Values from A1, row by row. */
  readonly rows: readonly (readonly unknown[])[];
  readonly formats: SheetFormats;
}

export interface PreviewData {
  /** Where it came from, shown in the preview's title bar ("examples/peakstock-demo.xlsx"). */
  readonly source: string;
  /** In tab order. */
  readonly sheets: readonly PreviewSheet[];
}

/** No formats: every number general. */
export const NO_FORMATS: SheetFormats = { columns: [], cells: [] };

/**
 * A lookup `(row, column) → format` (1-based) over a sheet's formats.
 * @example formatLookup({ columns: ["date"], cells: [[1, 1, "text"]] })(2, 1) // "date"
 */
export function formatLookup(formats: SheetFormats): (row: number, column: number) => CellFormat | null {
  const cells = new Map<string, CellFormat>();
  for (const [r, c, f] of formats.cells) cells.set(`${r},${c}`, f);
  return (row, column) => cells.get(`${row},${column}`) ?? (row > 1 ? formats.columns[column - 1] ?? null : null);
}

/** True when `value` has the shape of {@link PreviewData} (checked loosely: sheets with names and rows). */
export function isPreviewData(value: unknown): value is PreviewData {
  if (typeof value !== "object" || value === null) return false;
  const sheets = (value as { sheets?: unknown }).sheets;
  return Array.isArray(sheets) && sheets.every((s) => typeof s === "object" && s !== null
    && typeof (s as PreviewSheet).name === "string" && Array.isArray((s as PreviewSheet).rows));
}
