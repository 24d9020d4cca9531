/**
 * The plan pipeline, the same over every workbook (Office.js, an .xlsx file,
 * the in-memory preview): read the input sheets, plan ({@link planFromSheets},
 * pure, so it can run anywhere, a Web Worker included), then write the five
 * output tables in one all-or-nothing call ({@link writeOwnedOutputs}). Input
 * is read and checked in full, and every output computed, before anything is
 * written, so bad input — or a seller's notes in the way of a growing table —
 * leaves the workbook untouched.
 */
import { ok, type EngineError, type Result } from "../engine/errors";
import type { EventPlan } from "../engine/plan/planEvent";
import { planFromSheets, type InputSheetNames, type PlanFromSheetsInput, type SheetsPlan } from "../engine/plan/planFromSheets";
import type { BookInputsSource } from "../engine/plan/readBookInputs";
import type { EventPolicy, Lane } from "../engine/plan/types";
import type { ScenarioComparison } from "../engine/scenarios/planScenarios";
import { findSheet } from "../engine/workbook/findSheet";
import type { SheetKind } from "../engine/workbook/headerAliases";
import { writeOwnedOutputs } from "./ownership";
import type { Grid, OutputLanguage, WorkbookPort } from "./workbookPort";

/** What a pipeline is told about the book: the sheets chosen, and the event, policy, lanes and growth that replace the sheets'. */
export interface BookChoices {
  readonly language: OutputLanguage;
  /** Sheets the user pointed at (task pane), overriding the search by name. */
  readonly sources?: InputSheetNames;
  /** Event and policy (the pane's, or stored by it), replacing the Event sheet. */
  readonly policy?: EventPolicy;
  /** Lanes (the pane's, or stored by it), replacing the Lanes sheet. */
  readonly lanes?: readonly Lane[];
  /** Growth asked for on the command line, replacing the Event's or the pane's (`--growth`). */
  readonly growth?: number;
  /** (done, total) steps done (SKUs planned, policies replayed), for progress bars. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface RunPlanOptions extends BookChoices {
  /**
   * Runs the pure planning step; default in this thread. The task pane passes
   * one that posts the grids to a Web Worker.
   */
  readonly planner?: (input: PlanFromSheetsInput) => Promise<Result<SheetsPlan>>;
  /**
   * Write over cells a growing output table would cover (the seller's notes
   * beside or below it). Without it such a run stops with an error naming the
   * cells (NotesInTheWay, noteCollisions.ts) and writes nothing.
   */
  readonly overwriteNotes?: boolean;
  /**
   * Also write a `Charts` sheet: the chart data and one native line chart (history,
   * forecast band, event window) for each of this many costliest SKUs. The command
   * line asks for it; 0 or absent = none.
   */
  readonly chartSkus?: number;
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
  /** The base plan and each scenario side by side, when the book has scenarios (written to ScenarioResults). */
  readonly scenarios?: ScenarioComparison;
}

/**
 * Reads the grids of the sheets a plan needs: the ones chosen in `sources`, else
 * those whose names match Sales, SKUs, Lanes, Event and Events in English or Chinese, and the
 * Scenarios sheet (情景) when the book has one.
 * @example await readInputGrids(book, {}) // { Sales: [[…]], SKUs: [[…]], Event: [[…]] }
 */
export async function readInputGrids(book: WorkbookPort, names: readonly string[], sources: InputSheetNames = {}): Promise<Record<string, Grid>> {
  const grids: Record<string, Grid> = {};
  for (const kind of ["Sales", "SKUs", "Lanes", "Event", "Events", "Scenarios"] as const) {
    const name = (kind === "Scenarios" ? undefined : sources[kind]) ?? findSheet(names, kind);
    if (name !== undefined && names.includes(name) && grids[name] === undefined) grids[name] = await book.readSheet(name);
  }
  return grids;
}

/**
 * Reads the book's input grids and puts them with the choices that replace its sheets: the one input of
 * the pure plan, replay and watch steps (`planFromSheets`, `replayFromSheets`).
 * @example await bookInput(book, { language: "en" }) // { sheetNames: ["Sales", …], grids: { Sales: [[…]], … }, language: "en" }
 */
export async function bookInput(book: WorkbookPort, choices: BookChoices): Promise<BookInputsSource & { readonly language: OutputLanguage; readonly onProgress?: (done: number, total: number) => void }> {
  const names = await book.sheetNames();
  const grids = await readInputGrids(book, names, choices.sources);
  return {
    sheetNames: names,
    grids,
    language: choices.language,
    ...(choices.sources ? { sources: choices.sources } : {}),
    ...(choices.policy ? { policy: choices.policy } : {}),
    ...(choices.lanes ? { lanes: choices.lanes } : {}),
    ...(choices.growth !== undefined ? { growth: choices.growth } : {}),
    ...(choices.onProgress ? { onProgress: choices.onProgress } : {}),
  };
}

/**
 * Reads Sales, SKUs, Lanes (optional: default China → US West lanes) and Event
 * (or the pane's policy), plans the event and writes Plan, Batches, CashFlow,
 * Alerts and Forecast as PeakStock tables, all or nothing: where the ownership
 * registry says PeakStock wrote them before, in place (the seller's references
 * to them keep working); else on new sheets.
 * @returns what was written, or the first input error (sheet, row, column named), or the notes a re-run
 * would overwrite (NotesInTheWay, the cells named) — in both cases with nothing written
 * @throws what the workbook throws while writing; it then leaves the previous results whole
 */
export async function runPlan(book: WorkbookPort, options: RunPlanOptions): Promise<Result<PlanRun>> {
  const input: PlanFromSheetsInput = { ...(await bookInput(book, options)), ...(options.chartSkus ? { chartSkus: options.chartSkus } : {}) };
  const planned = options.planner ? await options.planner(input) : planFromSheets(input);
  if (!planned.ok) return planned;
  const written = await writeOwnedOutputs(book, planned.value.tables.map((table) => ({ table })), options.language, { overwriteNotes: options.overwriteNotes });
  if (!written.ok) return written;
  const { plan, policy, warnings, usedDefaultLanes, sources, scenarios } = planned.value; // the series stay behind
  return ok({ plan, policy, sheets: written.value, warnings, usedDefaultLanes, sources, ...(scenarios ? { scenarios } : {}) });
}
