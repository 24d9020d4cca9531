/**
 * The Watch pipeline, the same over every workbook (Office.js, an .xlsx file, the
 * in-memory preview), beside runPlan: read the sales to date (a `SalesToDate`
 * sheet, 至今销量, or the one named) and the SKU master, watch them against the
 * plan ({@link watchFromSheets}, pure), and write the `Watch` table PeakStock owns
 * through {@link writeOwnedOutputs} — all or nothing, never over a seller's notes
 * unless told. The command line's `peakstock watch <book.xlsx>` calls it with no
 * plan: the plan is then made again from the book's sheets, exactly as `runPlan`
 * makes it, and not written.
 */
import { fail, ok, type Result } from "../engine/errors";
import { quoted } from "../engine/messages/messageText";
import { DEFAULT_LANES } from "../engine/plan/defaultLanes";
import type { PlanLine } from "../engine/plan/planSku";
import { planFromSheets, type InputSheetNames, type PlanFromSheetsInput, type SheetsPlan } from "../engine/plan/planFromSheets";
import type { EventPolicy, Lane } from "../engine/plan/types";
import { watchFromSheets, type WatchFromSheetsInput, type WatchOutcome } from "../engine/watch/watchFromSheets";
import { watchTable } from "../engine/watch/watchTable";
import { findSheet } from "../engine/workbook/findSheet";
import { readLanesSheet } from "../engine/workbook/readLanesSheet";
import { writeOwnedOutputs } from "./ownership";
import { bookInput, type BookChoices } from "./runPlan";
import type { WorkbookPort } from "./workbookPort";

/** The plan a Watch compares against: what the pane planned last, or a plan made again from the sheets. */
export interface WatchedPlan {
  readonly lines: readonly PlanLine[];
  readonly policy: EventPolicy;
  readonly lanes: readonly Lane[];
  /** The input sheets the plan read (the SKU master is read from `SKUs`, sales default to `Sales`). */
  readonly sources: InputSheetNames;
}

export interface RunWatchOptions extends BookChoices {
  /** The sheet of sales to date; default: a `SalesToDate` sheet found by name (English or Chinese), else the plan's Sales sheet. */
  readonly salesSheet?: string;
  /** The plan to watch; default: planned again from the book ({@link planFromSheets} with `sources`, `policy`, `lanes`). */
  readonly plan?: WatchedPlan;
  /** Runs the pure planning step when the plan is made again; default in this thread. */
  readonly planner?: (input: PlanFromSheetsInput) => Promise<Result<SheetsPlan>>;
  /** Runs the pure Watch step; default in this thread (the task pane posts it to its worker). */
  readonly watcher?: (input: WatchFromSheetsInput) => Promise<Result<WatchOutcome>>;
  /** Write over a seller's notes in the way of a growing Watch table instead of stopping. */
  readonly overwriteNotes?: boolean;
}

export interface WatchRun {
  readonly outcome: WatchOutcome;
  /** The sheet of sales to date that was read. */
  readonly salesSheet: string;
  /** The Watch sheet written; null when there was nothing to write (no day since the plan date, or the event is over). */
  readonly sheet: string | null;
  readonly plan: WatchedPlan;
}

/**
 * Watches the book's sales to date against a plan and writes the Watch sheet.
 * @returns the outcome and the sheet written, or the first input error (sheet, row, column named),
 * or the seller's notes a growing Watch table would cover (NotesInTheWay) — with nothing written
 * @throws what the workbook throws while writing (it then leaves the previous results whole)
 * @example await runWatch(book, { language: "en" }) // ok({ outcome: { kind: "report", … }, salesSheet: "SalesToDate", sheet: "Watch", … })
 */
export async function runWatch(book: WorkbookPort, options: RunWatchOptions): Promise<Result<WatchRun>> {
  const names = await book.sheetNames();
  let plan = options.plan;
  if (!plan) {
    const input: PlanFromSheetsInput = await bookInput(book, options);
    const planned = options.planner ? await options.planner(input) : planFromSheets(input);
    if (!planned.ok) return planned;
    const lanesSheet = planned.value.sources.Lanes;
    let lanes: readonly Lane[] = options.lanes ?? DEFAULT_LANES;
    if (!options.lanes && lanesSheet !== undefined) {
      const read = readLanesSheet(input.grids[lanesSheet], { sheet: lanesSheet }); // read once already by the plan: it cannot fail here
      if (!read.ok) return read;
      lanes = read.value;
    }
    plan = { lines: planned.value.plan.lines, policy: planned.value.policy, lanes, sources: planned.value.sources };
  }
  const salesSheet = options.salesSheet ?? findSheet(names, "SalesToDate") ?? plan.sources.Sales;
  if (salesSheet === undefined || !names.includes(salesSheet)) {
    return salesSheet === undefined
      ? fail("noInputSheet", "MISSING_COLUMN", { kind: quoted("SalesToDate"), zh: quoted("至今销量") }, { sheet: "SalesToDate" })
      : fail("chosenSheetMissing", "MISSING_COLUMN", { sheet: quoted(salesSheet), kind: "SalesToDate" }, { sheet: salesSheet });
  }
  const skuSheet = plan.sources.SKUs ?? findSheet(names, "SKUs");
  if (skuSheet === undefined || !names.includes(skuSheet)) return fail("noInputSheet", "MISSING_COLUMN", { kind: quoted("SKUs"), zh: quoted("产品") }, { sheet: "SKUs" });
  const salesGrid = await book.readSheet(salesSheet);
  const skuGrid = skuSheet === salesSheet ? salesGrid : await book.readSheet(skuSheet);
  const input: WatchFromSheetsInput = { salesGrid, salesSheet, skuGrid, skuSheet, lines: plan.lines, policy: plan.policy, lanes: plan.lanes };
  const watched = options.watcher ? await options.watcher(input) : watchFromSheets(input);
  if (!watched.ok) return watched;
  const outcome = watched.value;
  if (outcome.kind !== "report") return ok({ outcome, salesSheet, sheet: null, plan });
  const written = await writeOwnedOutputs(book, [{ table: watchTable(outcome.report, options.language) }], options.language, { overwriteNotes: options.overwriteNotes });
  if (!written.ok) return written;
  return ok({ outcome, salesSheet, sheet: written.value.Watch ?? null, plan });
}
