/**
 * The reference reader for .xlsx grids: exceljs, as PeakStock read workbooks
 * before issue 10, each cell reduced to its plain value (numbers, text,
 * booleans, dates as serials, formulas as cached results, errors as text,
 * merged-away cells blank) and the grid trimmed to its used range. The
 * package-level reader must give the same grids.
 */
import { ValueType, Workbook, type Cell } from "exceljs";
import { cellValue } from "../../src/engine/cells";
import { serialFromDate } from "../../src/excel/dateSerial";
import { usedRange } from "../../src/excel/usedRange";
import type { Grid } from "../../src/excel/workbookPort";

/** A cell's plain value as exceljs reads it. */
export function plainCellValue(cell: Cell): unknown {
  if (cell.type === ValueType.Merge) return null;
  const value = cellValue(cell.value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : serialFromDate(value);
  if (value === undefined || value === "") return null;
  return value;
}

/** Every sheet's grid, by name, as exceljs reads the bytes. */
export async function exceljsGrids(bytes: Uint8Array): Promise<Record<string, Grid>> {
  const book = new Workbook();
  await book.xlsx.load(new Uint8Array(bytes).buffer as ArrayBuffer);
  const grids: Record<string, Grid> = {};
  for (const sheet of book.worksheets) {
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, r) => {
      const values: unknown[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        values[c - 1] = plainCellValue(cell);
      });
      rows[r - 1] = values;
    });
    grids[sheet.name] = usedRange(rows);
  }
  return grids;
}
