/**
 * The grid every {@link WorkbookPort.readSheet} returns, whatever the source: a
 * rectangle from A1 to the last row and column that hold a value, blanks as null.
 */
import type { Grid } from "./workbookPort";

/**
 * A rectangular grid of `rows`: `undefined`, `null` and empty text become null
 * (Excel and Office.js cannot tell an empty string from a blank cell), short
 * rows are padded with null, and trailing blank rows and columns are dropped —
 * the sheet's used range by value, as Office.js `getUsedRange(true)` sees it.
 * @param rows rows of cell values from A1; a missing row (sparse array) is blank
 * @example usedRange([["SKU", "Units", ""], [undefined, 3], [], [null]]) // [["SKU", "Units"], [null, 3]]
 */
export function usedRange(rows: readonly (readonly unknown[] | undefined)[]): Grid {
  const blank = (v: unknown): boolean => v === null || v === undefined || v === "";
  let height = 0;
  let width = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    for (let c = row.length - 1; c >= 0; c--) {
      if (!blank(row[c])) {
        height = r + 1;
        width = Math.max(width, c + 1);
        break;
      }
    }
  }
  const grid: unknown[][] = [];
  for (let r = 0; r < height; r++) {
    const row = rows[r] ?? [];
    const out: unknown[] = new Array<unknown>(width);
    for (let c = 0; c < width; c++) out[c] = blank(row[c]) ? null : row[c];
    grid.push(out);
  }
  return grid;
}
