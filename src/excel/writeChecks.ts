/**
 * The rules every workbook writer (memory, .xlsx, Office.js) applies before it
 * writes an output table, so all of them refuse the same things with the same
 * words: which sheets PeakStock owns, valid sheet names, and tables Excel can
 * store. Browser-safe: no Node, no exceljs.
 */
import { columnHeader, type OutputTable } from "../engine/plan/outputTable";
import { SHEET_SPECS, type SheetKind } from "../engine/workbook/headerAliases";
import { EXCEL_CELL_LIMIT } from "./settingsChunks";
import type { OutputLanguage } from "./workbookPort";

/** The sheet that holds the plan's settings; hidden, never listed, never written as an output. */
export const SETTINGS_SHEET_NAME = "_PeakStock";

/** Prefix of the table names PeakStock writes (`PeakStock_Plan` …). */
export const TABLE_PREFIX = "PeakStock_";

/** Excel's last date, 9999-12-31, as a serial (days). */
const MAX_DATE_SERIAL = 2_958_465;

/**
 * The name of the table PeakStock writes for a kind of output.
 * @example ownedTableName("CashFlow") // "PeakStock_CashFlow"
 */
export function ownedTableName(kind: SheetKind): string {
  return `${TABLE_PREFIX}${kind}`;
}

/**
 * True for a table name PeakStock writes: `PeakStock_` and a sheet kind, in any
 * case (Excel's table names ignore case). A sheet holding one is PeakStock's.
 * @example isOwnedTableName("peakstock_plan") // true
 * @example isOwnedTableName("PeakStock_Notes") // false
 */
export function isOwnedTableName(name: string): boolean {
  const lower = name.toLowerCase();
  return (Object.keys(SHEET_SPECS) as SheetKind[]).some((kind) => ownedTableName(kind).toLowerCase() === lower);
}

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
 * The message of the refusal to write on a sheet the user made.
 * @example userSheetMessage("Plan") // 'Sheet "Plan" belongs to the user: …'
 */
export function userSheetMessage(sheetName: string): string {
  return `Sheet "${sheetName}" belongs to the user: PeakStock only replaces sheets it wrote (holding a table named ${TABLE_PREFIX}…). Write to another sheet, e.g. the name chooseOutputSheetName gives.`;
}

/**
 * The message of the refusal to write a table whose name another sheet's table
 * already has (Excel's table names are unique in a workbook).
 */
export function tableElsewhereMessage(tableName: string, otherSheet: string, sheetName: string): string {
  return `Cannot write table ${tableName} on sheet "${sheetName}": sheet "${otherSheet}" already holds it. Write to "${otherSheet}" or delete that sheet first.`;
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
  table.rows.forEach((row, i) => {
    const where = `${sheetName} row ${i + 2}`;
    if (row.length !== headers.length) throw new Error(`${where} has ${row.length} cells; the header has ${headers.length}`);
    row.forEach((cell, j) => {
      const at = `${where}, ${headers[j]}`;
      if (typeof cell === "number") {
        if (!Number.isFinite(cell)) throw new Error(`${at}: ${cell} is not a number Excel can store`);
        if (table.columns[j].format === "date" && (cell < 0 || cell > MAX_DATE_SERIAL)) {
          throw new Error(`${at}: ${cell} is not a date Excel can show (serials 0 to ${MAX_DATE_SERIAL})`);
        }
      } else if (typeof cell === "string") {
        if (cell.length > EXCEL_CELL_LIMIT) throw new Error(`${at}: the text is ${cell.length} characters; a cell holds ${EXCEL_CELL_LIMIT}`);
      } else if (cell !== null) {
        throw new Error(`${at}: ${typeof cell} is not text, a number or blank`);
      }
    });
  });
  return headers;
}
