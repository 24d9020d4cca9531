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
import { sheetLabel, type SheetKind } from "../engine/workbook/headerAliases";
import type { Grid, OutputLanguage, OutputWrite, WorkbookPort } from "./workbookPort";

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
 * Writes a plan's tables on the sheets PeakStock owns (never a user's sheet),
 * in one `writeOutputs` call: a kind the ownership registry (column B of
 * `_PeakStock`) records on a sheet that still holds its table is replaced in
 * place; any other kind gets a new sheet and table under the first free names.
 * Stand-in for `writeOwnedOutputs` (ownership.ts), which the workbook-layer
 * merge puts here.
 * @returns the sheet written for each output
 */
export async function writePlanTables(book: WorkbookPort, tables: readonly OutputTable[], language: OutputLanguage): Promise<Partial<Record<SheetKind, string>>> {
  const registryJson = await book.loadOwnership();
  let owned: { kind: SheetKind; sheet: string; table: string }[] = [];
  try {
    owned = (JSON.parse(registryJson ?? "null") as { tables?: typeof owned } | null)?.tables ?? [];
  } catch {
    owned = [];
  }
  const names = await book.sheetNames();
  const existing = await book.listTables();
  const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
  const takenSheets = [...names];
  const takenTables = existing.map((t) => t.name);
  const writes: OutputWrite[] = tables.map((table) => {
    const entry = owned.find((o) => o.kind === table.kind);
    if (entry && names.some((n) => same(n, entry.sheet)) && existing.some((t) => same(t.name, entry.table) && same(t.sheet, entry.sheet))) {
      return { table, target: { kind: table.kind, sheet: entry.sheet, tableName: entry.table, mode: "replace" } };
    }
    const base = sheetLabel(table.kind, language);
    let sheet = base;
    for (let n = 1; takenSheets.some((t) => same(t, sheet)); n++) sheet = n === 1 ? `${base} (PeakStock)` : `${base} (PeakStock ${n})`;
    let tableName = `PeakStock_${table.kind}`;
    for (let n = 2; takenTables.some((t) => same(t, tableName)); n++) tableName = `PeakStock_${table.kind}_${n}`;
    takenSheets.push(sheet);
    takenTables.push(tableName);
    return { table, target: { kind: table.kind, sheet, tableName, mode: "create" } };
  });
  const registry = { version: 1, tables: [...owned.filter((o) => !writes.some((w) => w.target.kind === o.kind)), ...writes.map((w) => ({ kind: w.target.kind, sheet: w.target.sheet, table: w.target.tableName }))] };
  await book.writeOutputs(writes, language, JSON.stringify(registry));
  return Object.fromEntries(writes.map((w) => [w.target.kind, w.target.sheet]));
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
