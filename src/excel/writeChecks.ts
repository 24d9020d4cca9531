/**
 * The rules every workbook writer (memory, .xlsx, Office.js) applies before it
 * writes output tables, so all of them refuse the same things with the same
 * words: valid sheet names, tables Excel can store, and targets that fit the
 * workbook as it is (a "replace" finds its table, a "create" takes free names).
 * Which tables PeakStock owns is not decided here: only the ownership registry
 * (ownership.ts) says that. Browser-safe: no Node, no exceljs.
 */
import { columnHeader, type OutputTable } from "../engine/plan/outputTable";
import { EXCEL_CELL_LIMIT } from "./settingsChunks";
import type { OutputLanguage, OutputWrite, TableInfo } from "./workbookPort";

/** The sheet that holds the plan's settings; hidden, never listed, never written as an output. */
export const SETTINGS_SHEET_NAME = "_PeakStock";

/** Excel's last date, 9999-12-31, as a serial (days). */
const MAX_DATE_SERIAL = 2_958_465;

/**
 * True when two sheet names name the same sheet: Excel compares them ignoring case.
 * @example sameSheetName("Plan", "PLAN") // true
 */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * Why Excel would refuse `name` as a sheet name, or null when it is valid:
 * 1–31 characters, none of : \ / ? * [ ], not starting or ending with ', not
 * "History" (reserved by Excel) nor PeakStock's settings sheet.
 * @example sheetNameProblem("Plan") // null
 * @example sheetNameProblem("Q1/Q2") // 'sheet name "Q1/Q2" contains one of : \\ / ? * [ ]'
 */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0 || name.trim().length === 0) return "the sheet name is empty";
  if (name.length > 31) return `sheet name "${name}" is longer than Excel's 31 characters`;
  if (/[:\\/?*[\]]/.test(name)) return `sheet name "${name}" contains one of : \\ / ? * [ ]`;
  if (name.startsWith("'") || name.endsWith("'")) return `sheet name "${name}" starts or ends with an apostrophe`;
  if (sameSheetName(name, "History")) return `sheet name "${name}" is reserved by Excel`;
  if (sameSheetName(name, SETTINGS_SHEET_NAME)) return `sheet name "${name}" is reserved for PeakStock's settings`;
  return null;
}

/**
 * Checks a write before anything changes and gives the header row: a valid
 * sheet name; at least one column; headers non-empty and distinct ignoring case
 * (Excel renames duplicate table headers); every row as long as the header; text
 * within Excel's 32,767 characters a cell; numbers finite; dates in Excel's range
 * (serials 0 to 2,958,465 = 9999-12-31).
 * @throws Error whose message names the sheet, row (as Excel numbers it, header
 * = row 1) and column: 'Plan row 3, SafetyStock: NaN is not a number Excel can store'
 * @example checkTableWrite("Plan", { kind: "Plan", columns: [{ key: "SKU", zh: "SKU", format: "text" }], rows: [["A"]] }, "en") // ["SKU"]
 */
export function checkTableWrite(sheetName: string, table: OutputTable, language: OutputLanguage): string[] {
  const nameProblem = sheetNameProblem(sheetName);
  if (nameProblem !== null) throw new Error(`Cannot write ${table.kind}: ${nameProblem}`);
  if (table.columns.length === 0) throw new Error(`Cannot write ${table.kind} on "${sheetName}": the table has no columns`);
  const headers = table.columns.map((column) => columnHeader(column, language));
  const seen = new Map<string, number>();
  headers.forEach((header, j) => {
    if (header.trim() === "") throw new Error(`${sheetName} column ${j + 1} (${table.columns[j].key}) has an empty header`);
    const before = seen.get(header.toLowerCase());
    if (before !== undefined) throw new Error(`${sheetName} columns ${before + 1} and ${j + 1} have the same header "${header}"`);
    seen.set(header.toLowerCase(), j);
  });
  const dates = table.columns.map((column) => column.format === "date");
  // The place is named only for a message (made per cell, it was most of this check's time);
  // holes are skipped, as forEach skips them.
  const where = (i: number): string => `${sheetName} row ${i + 2}`;
  const at = (i: number, j: number): string => `${where(i)}, ${headers[j]}`;
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    if (row === undefined && !(i in table.rows)) continue;
    if (row.length !== headers.length) throw new Error(`${where(i)} has ${row.length} cells; the header has ${headers.length}`);
    for (let j = 0; j < row.length; j++) {
      const cell = row[j];
      if (typeof cell === "number") {
        if (!Number.isFinite(cell)) throw new Error(`${at(i, j)}: ${cell} is not a number Excel can store`);
        if (dates[j] && (cell < 0 || cell > MAX_DATE_SERIAL)) {
          throw new Error(`${at(i, j)}: ${cell} is not a date Excel can show (serials 0 to ${MAX_DATE_SERIAL})`);
        }
      } else if (typeof cell === "string") {
        if (cell.length > EXCEL_CELL_LIMIT) throw new Error(`${at(i, j)}: the text is ${cell.length} characters; a cell holds ${EXCEL_CELL_LIMIT}`);
      } else if (cell !== null && !(cell === undefined && !(j in row))) {
        throw new Error(`${at(i, j)}: ${typeof cell} is not text, a number or blank`);
      }
    }
  }
  return headers;
}

/**
 * Data rows an output table takes in the workbook: its rows, or one blank row
 * when it has none (Excel keeps a data row under every table's header).
 * @example tableDataRows({ kind: "Alerts", columns, rows: [] }) // 1
 */
export function tableDataRows(table: OutputTable): number {
  return Math.max(1, table.rows.length);
}

/**
 * Checks that `writes` fit the workbook as it is, before anything changes: each
 * target's kind is its table's; no two writes share a sheet or a table name; a
 * "replace" names an existing sheet that holds a table of that name; a "create"
 * names a sheet and a table no sheet or table has. Names compare ignoring case,
 * as Excel's do.
 * @param book the workbook's sheet names and tables now
 * @throws Error naming the sheet or table that does not fit
 * @example checkOutputTargets([{ target: { kind: "Plan", sheet: "Plan", tableName: "PeakStock_Plan", mode: "create" }, table }], { sheetNames: ["Sales"], tables: [] }) // passes
 */
export function checkOutputTargets(writes: readonly OutputWrite[], book: { readonly sheetNames: readonly string[]; readonly tables: readonly Pick<TableInfo, "name" | "sheet">[] }): void {
  const sheets = new Set<string>();
  const tables = new Set<string>();
  for (const { target, table } of writes) {
    const { sheet, tableName } = target;
    if (target.kind !== table.kind) throw new Error(`Cannot write ${table.kind} to the target of ${target.kind}`);
    if (sheets.has(sheet.toLowerCase())) throw new Error(`Two outputs would be written on sheet "${sheet}"`);
    if (tables.has(tableName.toLowerCase())) throw new Error(`Two outputs would be written as table ${tableName}`);
    sheets.add(sheet.toLowerCase());
    tables.add(tableName.toLowerCase());
    const existing = book.tables.find((t) => sameSheetName(t.name, tableName));
    if (target.mode === "replace") {
      if (!book.sheetNames.some((name) => sameSheetName(name, sheet))) throw new Error(`Cannot replace ${tableName}: the workbook has no sheet named "${sheet}"`);
      if (!existing || !sameSheetName(existing.sheet, sheet)) throw new Error(`Cannot replace ${tableName}: sheet "${sheet}" holds no table of that name`);
    } else {
      if (book.sheetNames.some((name) => sameSheetName(name, sheet))) throw new Error(`Cannot create sheet "${sheet}": the workbook already has a sheet of that name`);
      if (existing) throw new Error(`Cannot create table ${tableName}: sheet "${existing.sheet}" already holds a table of that name`);
    }
  }
}
