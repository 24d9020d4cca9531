/**
 * Reading an exceljs cell as the plain value {@link WorkbookPort.readSheet} gives.
 */
import { ValueType, type Cell } from "exceljs";
import { cellValue } from "../engine/cells";
import { serialFromDate } from "./dateSerial";

/**
 * The plain value of an exceljs cell: numbers, text and booleans as they are; a
 * Date as its Excel serial (days since 1899-12-30 UTC, the time as a fraction);
 * a formula as its cached result (null when the file has none); rich text and
 * hyperlinks as their text; an error as its text ("#N/A"); a blank cell or a
 * cell merged into another (not the merge's top-left cell) as null.
 * @example plainCellValue(cellHolding({ formula: "B2*2", result: 8 })) // 8
 * @example plainCellValue(cellHolding(new Date(Date.UTC(2026, 10, 27, 12)))) // 46353.5
 */
export function plainCellValue(cell: Cell): unknown {
  if (cell.type === ValueType.Merge) return null;
  const value = cellValue(cell.value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : serialFromDate(value);
  if (value === undefined || value === "") return null;
  return value;
}
