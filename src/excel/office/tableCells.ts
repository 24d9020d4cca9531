/**
 * The cells of an output table as Office.js takes them: a row of values and a
 * row of number formats, sent together so each cell has its format before its
 * value arrives.
 */
import type { CellFormat, OutputCell } from "../../engine/plan/outputTable";
import { NUMBER_FORMATS } from "../columnLayout";
import { payloadBytes } from "./payloadSize";

/** Excel's Text number format. */
export const TEXT_FORMAT = "@";

/** One row as sent to Excel. */
export interface ExcelRow {
  /** Cell values; a blank is "" (Office.js skips null, leaving the cell as it was). */
  readonly values: (string | number)[];
  /** Number format per cell. */
  readonly numberFormat: string[];
}

/**
 * The number format of one cell: Text ("@") for every text cell, whatever its
 * column, else the column's format ({@link NUMBER_FORMATS}).
 *
 * Why Text and not a leading apostrophe: Office.js reads a value that starts
 * with = + - or @ as a formula, and "00123" or "TRUE" as a number or a Boolean.
 * A cell formatted as Text before the value arrives keeps the value exactly as
 * sent, reads back the same through `values`, and stays text when the user
 * edits it later; an apostrophe would be one more character to strip, and would
 * mangle text that itself starts with one.
 * @example cellFormat("=SUM(A1:A2)", "text") // "@"
 * @example cellFormat("n/a", "currency") // "@"
 * @example cellFormat(12.5, "currency") // "$#,##0.00"
 */
export function cellFormat(cell: OutputCell, format: CellFormat): string {
  return typeof cell === "string" ? TEXT_FORMAT : NUMBER_FORMATS[format];
}

/**
 * A header or data row as Office.js takes it. Dates stay serial days (numbers)
 * under a date format.
 * @example excelRow(["A-1", 46353, null], ["text", "date", "integer"]) // { values: ["A-1", 46353, ""], numberFormat: ["@", "yyyy-mm-dd", "#,##0"] }
 */
export function excelRow(row: readonly OutputCell[], formats: readonly CellFormat[]): ExcelRow {
  return {
    values: row.map((cell) => cell ?? ""),
    numberFormat: row.map((cell, j) => cellFormat(cell, formats[j])),
  };
}

/**
 * Estimated bytes a row adds to a request: its values and its formats as JSON,
 * plus the two commas that join it to the next row.
 * @example rowPayloadBytes(excelRow(["A-1", 3], ["text", "integer"])) // 24: '["A-1",3]' 9 + '["@","#,##0"]' 13 + 2
 */
export function rowPayloadBytes(row: ExcelRow): number {
  return payloadBytes(row.values) + payloadBytes(row.numberFormat) + 2;
}

/**
 * A column width in points for `Range.format.columnWidth`, from Excel's
 * character units ({@link columnWidth}): pixels = ⌊characters × 7 + 5⌋ (Calibri
 * 11's 7-pixel digit and 5 pixels of padding, as in the OOXML spec), points =
 * pixels × 0.75.
 * @example widthPoints(8.43) // 48: Excel's default column, 64 pixels
 */
export function widthPoints(characters: number): number {
  return Math.floor(characters * 7 + 5) * 0.75;
}
