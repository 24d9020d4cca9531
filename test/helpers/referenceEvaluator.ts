/**
 * A test-only evaluator for exactly the two kinds of reference a seller puts on
 * their own sheet to use PeakStock's results, over any WorkbookPort (its tables
 * and cells as listTables and readSheet give them):
 *   `=SUM(Table[Column])` — the sum of the numbers in a table column's data rows,
 *     the table found by name and the column by its header text, ignoring case;
 *   `=Sheet!B2`, `='Plan Sept'!B2` — one cell's value.
 * A table or sheet that is not there is `#REF!`, as Excel shows a broken
 * reference. The workbooks keep such formulas as their text; this reads them.
 */
import type { WorkbookPort } from "../../src/excel/workbookPort";

/** Excel's value for a reference to something that is gone. */
export const REF_ERROR = "#REF!";

const SUM_OF_COLUMN = /^=SUM\(([A-Za-z_\\][\w.]*)\[([^\]]+)\]\)$/i;
const CELL = /^=(?:'((?:[^']|'')+)'|([^'!][^!]*))!\$?([A-Z]+)\$?(\d+)$/i;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/**
 * The value of `formula` in `book`.
 * @throws Error for a formula of another form (the evaluator knows these two only)
 * @example await evaluate(book, "=SUM(PeakStock_Plan[BaseQty])") // 200
 * @example await evaluate(book, "='Plan Sept'!B2") // "Mug"
 */
export async function evaluate(book: WorkbookPort, formula: string): Promise<unknown> {
  const sum = SUM_OF_COLUMN.exec(formula.trim());
  if (sum) {
    const [, tableName, columnName] = sum;
    const table = (await book.listTables()).find((t) => t.name.toLowerCase() === tableName.toLowerCase());
    if (!table) return REF_ERROR;
    const grid = await book.readSheet(table.sheet);
    const header = grid[table.top] ?? [];
    let column = -1;
    for (let c = table.left; c < table.left + table.columns; c++) {
      if (String(header[c] ?? "").toLowerCase() === columnName.toLowerCase()) column = c;
    }
    if (column < 0) return REF_ERROR;
    let total = 0;
    for (let r = table.top + 1; r < table.top + table.rows; r++) {
      const value = grid[r]?.[column];
      if (typeof value === "number") total += value;
    }
    return total;
  }
  const cell = CELL.exec(formula.trim());
  if (cell) {
    const [, quoted, plain, letters, row] = cell;
    const sheetName = quoted !== undefined ? quoted.replace(/''/g, "'") : plain;
    const names = await book.sheetNames();
    const sheet = names.find((n) => n.toLowerCase() === sheetName.toLowerCase());
    if (sheet === undefined) return REF_ERROR;
    return (await book.readSheet(sheet))[Number(row) - 1]?.[columnIndex(letters)] ?? null;
  }
  throw new Error(`The test evaluator reads =SUM(Table[Column]) and =Sheet!A1 only, not ${formula}`);
}

/**
 * Every formula (text starting with "=") on a sheet, evaluated, by its A1 address.
 * @example await evaluateSheet(book, "Mine") // { A1: 200, B1: "Mug" }
 */
export async function evaluateSheet(book: WorkbookPort, sheet: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const grid = await book.readSheet(sheet);
  for (const [r, row] of grid.entries()) {
    for (const [c, value] of row.entries()) {
      if (typeof value !== "string" || !value.startsWith("=")) continue;
      let letters = "";
      for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
      out[`${letters}${r + 1}`] = await evaluate(book, value);
    }
  }
  return out;
}
