/**
 * The plan pipeline, the same over every workbook (Office.js, an .xlsx file,
 * the in-memory preview): read the input sheets, plan ({@link planFromSheets},
 * pure, so it can run anywhere, a Web Worker included), write the output sheets.
 * Input is read and checked in full before anything is written, so bad input
 * leaves the workbook untouched.
 */
import { ok, type EngineError, type Result } from "../engine/errors";
import type { OutputTable } from "../engine/plan/outputTable";
import type { EventPlan } from "../engine/plan/planEvent";
import { planFromSheets, type InputSheetNames, type PlanFromSheetsInput, type SheetsPlan } from "../engine/plan/planFromSheets";
import type { EventPolicy, Lane } from "../engine/plan/types";
import { findSheet } from "../engine/workbook/findSheet";
import type { SheetKind } from "../engine/workbook/headerAliases";
import { chooseOutputSheetName } from "./outputSheetName";
import type { Grid, OutputLanguage, WorkbookPort } from "./workbookPort";

export interface RunPlanOptions {
  readonly language: OutputLanguage;
  /** Sheets the user pointed at (task pane), overriding the search by name. */
  readonly sources?: InputSheetNames;
  /** Event and policy from the task pane, replacing the Event sheet. */
  readonly policy?: EventPolicy;
  /** Lanes from the task pane, replacing the Lanes sheet. */
  readonly lanes?: readonly Lane[];
  /** (done, total) SKUs planned, for progress bars. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Runs the pure planning step; default in this thread. The task pane passes
   * one that posts the grids to a Web Worker.
   */
  readonly planner?: (input: PlanFromSheetsInput) => Promise<Result<SheetsPlan>>;
}

export interface PlanRun {
  readonly plan: EventPlan;
  readonly policy: EventPolicy;
  /** Sheets written, by kind. */
  readonly sheets: Readonly<Partial<Record<SheetKind, string>>>;
  /** Rows of the input left out (bad cells in the SKUs sheet) and other warnings. */
  readonly warnings: readonly EngineError[];
  readonly usedDefaultLanes: boolean;
  /** The input sheets read, by kind. */
  readonly sources: InputSheetNames;
}

/**
 * Reads the grids of the sheets a plan needs: the ones chosen in `sources`, else
 * those whose names match Sales, SKUs, Lanes and Event in English or Chinese.
 * @example await readInputGrids(book, {}) // { Sales: [[…]], SKUs: [[…]], Event: [[…]] }
 */
export async function readInputGrids(book: WorkbookPort, names: readonly string[], sources: InputSheetNames = {}): Promise<Record<string, Grid>> {
  const grids: Record<string, Grid> = {};
  for (const kind of ["Sales", "SKUs", "Lanes", "Event"] as const) {
    const name = sources[kind] ?? findSheet(names, kind);
    if (name !== undefined && names.includes(name) && grids[name] === undefined) grids[name] = await book.readSheet(name);
  }
  return grids;
}

/**
 * Writes a plan's tables on the sheets PeakStock owns (never a user's sheet).
 * @returns the sheet written for each output
 */
export async function writePlanTables(book: WorkbookPort, tables: readonly OutputTable[], language: OutputLanguage): Promise<Partial<Record<SheetKind, string>>> {
  const sheets: Partial<Record<SheetKind, string>> = {};
  for (const table of tables) {
    const name = await chooseOutputSheetName(book, table.kind, language);
    await book.writeTable(name, table, language);
    sheets[table.kind] = name;
  }
  return sheets;
}

/**
 * Reads Sales, SKUs, Lanes (optional: default China → US West lanes) and Event
 * (or the pane's policy), plans the event and writes Plan, Batches, CashFlow,
 * Alerts and Forecast as PeakStock tables.
 * @returns what was written, or the first input error (sheet, row, column named) with nothing written
 */
export async function runPlan(book: WorkbookPort, options: RunPlanOptions): Promise<Result<PlanRun>> {
  const names = await book.sheetNames();
  const grids = await readInputGrids(book, names, options.sources);
  const input: PlanFromSheetsInput = {
    sheetNames: names,
    grids,
    language: options.language,
    ...(options.sources ? { sources: options.sources } : {}),
    ...(options.policy ? { policy: options.policy } : {}),
    ...(options.lanes ? { lanes: options.lanes } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
  const planned = options.planner ? await options.planner(input) : planFromSheets(input);
  if (!planned.ok) return planned;
  const sheets = await writePlanTables(book, planned.value.tables, options.language);
  const { plan, policy, warnings, usedDefaultLanes, sources } = planned.value; // the series stay behind
  return ok({ plan, policy, sheets, warnings, usedDefaultLanes, sources });
}
