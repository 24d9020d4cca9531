/**
 * Cell-by-cell comparison of two grids with messages in Excel addresses
 * ("Plan!N5: got 120, expected 96"), so a failing e2e test says where.
 */
import { columnLetter } from "../../src/engine/cells";
import type { Grid } from "../../src/engine/workbook/sheetTable";

/**
 * The differences between `actual` and `expected` (at most `limit`), as text; empty when equal.
 * Cells compare with Object.is: the same numbers to the last bit, the same text.
 */
export function cellDifferences(sheet: string, actual: Grid, expected: Grid, limit = 12): string[] {
  const problems: string[] = [];
  if (actual.length !== expected.length) problems.push(`${sheet}: ${actual.length} rows, expected ${expected.length}`);
  const width = (g: Grid): number => g.reduce((w, row) => Math.max(w, row.length), 0);
  if (width(actual) !== width(expected)) problems.push(`${sheet}: ${width(actual)} columns, expected ${width(expected)}`);
  const rows = Math.max(actual.length, expected.length);
  for (let r = 0; r < rows && problems.length < limit; r++) {
    const a = actual[r] ?? [];
    const e = expected[r] ?? [];
    for (let c = 0; c < Math.max(a.length, e.length) && problems.length < limit; c++) {
      const got = a[c] ?? null;
      const want = e[c] ?? null;
      if (!Object.is(got, want)) problems.push(`${sheet}!${columnLetter(c)}${r + 1}: got ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
    }
  }
  return problems;
}
