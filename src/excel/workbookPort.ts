/**
 * The one interface between PeakStock and a workbook. Three implementations:
 * Office.js inside Excel (`officeWorkbook.ts`), an .xlsx file for the command
 * line (`xlsxWorkbook.ts`) and an in-memory workbook for tests and the browser
 * preview (`memoryWorkbook.ts`). The plan pipeline (`runPlan.ts`) is the same
 * code over all three.
 */
import type { ChartSpec, OutputTable } from "../engine/plan/outputTable";
import type { SheetKind } from "../engine/workbook/headerAliases";

/** A grid of cell values as read: numbers (dates as Excel serials), strings, booleans, null for blank. */
export type Grid = readonly (readonly unknown[])[];

/** Language of headers and sheet names written: English identifiers or Chinese. */
export type OutputLanguage = "en" | "zh-CN";

export interface WorkbookPort {
  /** Sheet names in tab order. */
  sheetNames(): Promise<string[]>;
  /** Values of the sheet's used range, from A1, row by row (blank cells null). */
  readSheet(name: string): Promise<Grid>;
  /**
   * True when PeakStock wrote this sheet (it holds a table named `PeakStock_<Kind>`);
   * a sheet the user made is never overwritten.
   */
  isOwnedSheet(name: string): Promise<boolean>;
  /** The sheet holding PeakStock's table of this kind (`PeakStock_<kind>`), whatever its name, or null. */
  ownedSheetOf(kind: SheetKind): Promise<string | null>;
  /**
   * Writes `table` as an Excel table named `PeakStock_<table.kind>` on sheet
   * `sheetName`, replacing that sheet whole if PeakStock owns it: the new sheet is
   * built first and swapped in, so a failure leaves the old one intact. Headers in
   * `language`; columns formatted by `CellFormat`; the header row frozen; text that
   * starts with = + - @ stays text.
   */
  writeTable(sheetName: string, table: OutputTable, language: OutputLanguage): Promise<void>;
  /**
   * Writes `chart.table` like {@link writeTable} (an owned sheet, replaced whole)
   * and, where the workbook can (Office.js), a line chart of its numeric columns
   * against the dates. The .xlsx file gets the table only (exceljs writes no charts).
   */
  writeChart(sheetName: string, chart: ChartSpec, language: OutputLanguage): Promise<void>;
  /** Brings a sheet to the front (Excel and the preview can; the .xlsx file has no "front"). */
  activateSheet?(name: string): Promise<void>;
  /** The plan's settings stored in the workbook (JSON text), or null. */
  loadSettings(): Promise<string | null>;
  saveSettings(json: string): Promise<void>;
}
