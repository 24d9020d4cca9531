/**
 * The one interface between PeakStock and a workbook. Three implementations:
 * Office.js inside Excel (`officeWorkbook.ts`), an .xlsx file for the command
 * line (`xlsxWorkbook.ts`) and an in-memory workbook for tests and the browser
 * preview (`memoryWorkbook.ts`). The plan pipeline (`runPlan.ts`) is the same
 * code over all three.
 */
import type { OutputTable } from "../engine/plan/outputTable";
import type { SheetKind } from "../engine/workbook/headerAliases";

/** A grid of cell values as read: numbers (dates as Excel serials), strings, booleans, null for blank. */
export type Grid = readonly (readonly unknown[])[];

/** Language of headers and sheet names written: English identifiers or Chinese. */
export type OutputLanguage = "en" | "zh-CN";

/** An Excel table (ListObject) in the workbook, PeakStock's or the user's. */
export interface TableInfo {
  /** The table's name, e.g. "PeakStock_Plan" or the user's "Table1". */
  readonly name: string;
  /** The sheet it is on. */
  readonly sheet: string;
  /** Zero-based row and column of its header's first cell (A1 = 0, 0). */
  readonly top: number;
  readonly left: number;
  /** Rows including the header row, and columns. */
  readonly rows: number;
  readonly columns: number;
}

/** Where one output goes; decided by `resolveOutputTargets` (ownership.ts) before anything is written. */
export interface OutputTarget {
  readonly kind: SheetKind;
  /** The sheet written. */
  readonly sheet: string;
  /** The Excel table's name, unique in the workbook ("PeakStock_Plan", or "PeakStock_Plan_2" when that is taken). */
  readonly tableName: string;
  /**
   * "replace": the sheet and the table exist and the ownership registry says PeakStock wrote them: the
   * table's contents are replaced in place — the sheet keeps its tab, position and identity, the table
   * keeps its name and its top-left cell (it grows or shrinks from there), every cell outside the old and
   * new table ranges is kept, so a user's `=SUM(PeakStock_Plan[BaseQty])` or `=Plan!B2` elsewhere reads
   * the new values. "create": a new sheet (appended after the last sheet) holding a new table at A1.
   */
  readonly mode: "replace" | "create";
}

/** One output table to write. */
export interface OutputWrite {
  readonly target: OutputTarget;
  readonly table: OutputTable;
  /** A line chart with this title over the table's numeric columns against its dates, where the workbook can draw one. */
  readonly chartTitle?: string;
}

export interface WorkbookPort {
  /** Sheet names in tab order (PeakStock's hidden `_PeakStock` sheet is never listed). */
  sheetNames(): Promise<string[]>;
  /** Values of the sheet's used range, from A1, row by row (blank cells null). */
  readSheet(name: string): Promise<Grid>;
  /** Every Excel table in the workbook, in tab order. */
  listTables(): Promise<TableInfo[]>;
  /**
   * Writes every output, all or nothing, and stores `ownership` (the registry's JSON, ownership.ts) in the
   * same commit. Each write is checked first ({@link checkTableWrite} in writeChecks.ts); a "replace" target
   * must name an existing sheet holding that table, a "create" target a sheet name and table name no sheet
   * or table has (ignoring case) — else it throws before anything changes. Headers in `language`; columns
   * formatted by `CellFormat`; header row frozen; text that starts with = + - @ stays text. If anything
   * fails part-way, the workbook is left as it was before the call (the previous results whole).
   */
  writeOutputs(writes: readonly OutputWrite[], language: OutputLanguage, ownership: string): Promise<void>;
  /** The ownership registry's JSON as stored by {@link writeOutputs}, or null when the workbook has none. */
  loadOwnership(): Promise<string | null>;
  /** Brings a sheet to the front (Excel and the preview can; the .xlsx file has no "front"). */
  activateSheet?(name: string): Promise<void>;
  /** The plan's settings stored in the workbook (JSON text), or null. */
  loadSettings(): Promise<string | null>;
  saveSettings(json: string): Promise<void>;
}
