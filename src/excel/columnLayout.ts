/**
 * How output columns look in Excel: the number format of each {@link CellFormat}
 * and a column width that fits the header and the values. Shared by the .xlsx
 * and Office.js writers. Browser-safe.
 */
import type { CellFormat, OutputCell } from "../engine/plan/outputTable";

/**
 * Excel number format per cell format. Text columns are formatted as Text ("@")
 * so that a value like "=x" stays text even when the user edits the cell;
 * percent values are fractions (0.153 shows as 15.3%); dates are serial days.
 */
export const NUMBER_FORMATS: Readonly<Record<CellFormat, string>> = {
  text: "@",
  integer: "#,##0",
  decimal: "#,##0.00",
  currency: "$#,##0.00",
  date: "yyyy-mm-dd",
  percent: "0.0%",
};

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Characters added for the table header's filter button and cell padding. */
const HEADER_EXTRA = 3;
const CELL_EXTRA = 2;

/** Display width of text in Excel character units: CJK and full-width characters count 2. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

/** Length of a number as its format shows it ("$1,234.50", "15.3%", "2026-11-27"). */
function numberWidth(value: number, format: CellFormat): number {
  if (format === "date") return 10;
  if (format === "percent") return (value * 100).toFixed(1).length + 1;
  if (format === "text") return String(value).length;
  const decimals = format === "integer" ? 0 : 2;
  const digits = Math.abs(value).toFixed(decimals);
  const whole = digits.split(".")[0].length;
  const commas = Math.floor((whole - 1) / 3);
  return digits.length + commas + (value < 0 ? 1 : 0) + (format === "currency" ? 1 : 0);
}

/** Narrowest column under a turned header (room for the filter button and a short value). */
const MIN_WIDTH_TURNED = 6;

/** Options of {@link columnWidth}. */
export interface ColumnWidthOptions {
  /** Long text shown wrapped: the column is at most this wide (`OutputColumn.wrapWidth`). */
  readonly wrapWidth?: number;
  /** The header is turned (read upward or stacked), so its length does not widen the column. */
  readonly headerTurned?: boolean;
}

/** Length of a cell's value as shown, Excel character units. */
export function valueWidth(value: OutputCell, format: CellFormat): number {
  if (value === null) return 0;
  return typeof value === "number" ? numberWidth(value, format) : textWidth(value);
}

/**
 * A column width (Excel character units) that fits the header and every value
 * as formatted, between 8 and 60; for a wrapped column at most `wrapWidth`,
 * though never narrower than its header; under a turned header, the values
 * alone decide (at least 6).
 * @example columnWidth("SKU", ["A-1", "LONG-SKU-0001"], "text") // 15: 13 characters + 2
 * @example columnWidth("单位成本", [12.5], "currency") // 11: header 4 CJK × 2 + 3
 * @example columnWidth("Why", ["a sentence of seventy characters …"], "text", { wrapWidth: 48 }) // 48: wrapped
 * @example columnWidth("EventDemandP50", [86], "integer", { headerTurned: true }) // 6: "86" + 2, at least 6
 */
export function columnWidth(header: string, values: readonly OutputCell[], format: CellFormat, options: ColumnWidthOptions = {}): number {
  const headerWidth = options.headerTurned ? 0 : textWidth(header) + HEADER_EXTRA;
  const limit = options.wrapWidth === undefined ? MAX_WIDTH : Math.min(MAX_WIDTH, Math.max(options.wrapWidth, headerWidth));
  let width = headerWidth;
  for (const value of values) {
    if (value === null) continue;
    const w = valueWidth(value, format) + CELL_EXTRA;
    if (w > width) width = w;
    if (width >= limit) return limit;
  }
  return Math.max(options.headerTurned ? MIN_WIDTH_TURNED : MIN_WIDTH, width);
}
