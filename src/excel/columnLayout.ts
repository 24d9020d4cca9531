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
function textWidth(text: string): number {
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

/**
 * A column width (Excel character units) that fits the header and every value
 * as formatted, between 8 and 60.
 * @example columnWidth("SKU", ["A-1", "LONG-SKU-0001"], "text") // 15: 13 characters + 2
 * @example columnWidth("单位成本", [12.5], "currency") // 11: header 4 CJK × 2 + 3
 */
export function columnWidth(header: string, values: readonly OutputCell[], format: CellFormat): number {
  let width = textWidth(header) + HEADER_EXTRA;
  for (const value of values) {
    if (value === null) continue;
    const w = (typeof value === "number" ? numberWidth(value, format) : textWidth(value)) + CELL_EXTRA;
    if (w > width) width = w;
    if (width >= MAX_WIDTH) return MAX_WIDTH;
  }
  return Math.max(MIN_WIDTH, width);
}
