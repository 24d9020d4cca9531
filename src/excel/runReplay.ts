/**
 * The replay pipeline, the same over every workbook (the .xlsx file of the command line,
 * the in-memory preview, Office.js): read the input sheets, replay a past edition of the
 * event ({@link replayFromSheets}, pure), then write the Replay table in one all-or-nothing
 * call ({@link writeOwnedOutputs}). Everything is read and replayed before anything is written.
 */
import { ok, type Result } from "../engine/errors";
import { replayFromSheets, type ReplayFromSheetsInput, type SheetsReplay } from "../engine/replay/replayFromSheets";
import type { SheetKind } from "../engine/workbook/headerAliases";
import { writeOwnedOutputs } from "./ownership";
import { bookInput, type BookChoices } from "./runPlan";
import type { WorkbookPort } from "./workbookPort";

export interface RunReplayOptions extends BookChoices {
  /** The edition: a start date, a year or the event's name; undefined = the most recent the sales cover. */
  readonly edition?: string;
  /** Days ahead the replayed plan is made; undefined = the event's PlanDate → Start gap, else 70. */
  readonly daysAhead?: number;
  /** Runs the pure replay; default in this thread (the pane passes one that uses its worker). */
  readonly replayer?: (input: ReplayFromSheetsInput) => Promise<Result<SheetsReplay>>;
  /** Write over the seller's cells where the Replay table grows, instead of stopping (NotesInTheWay). */
  readonly overwriteNotes?: boolean;
}

export interface ReplayRun {
  /** The replay without its table (the edition, the results per destination and policy, the totals). */
  readonly replay: Omit<SheetsReplay, "tables">;
  /** Sheets written, by kind ({ Replay: "Replay" }). */
  readonly sheets: Readonly<Partial<Record<SheetKind, string>>>;
}

/**
 * Reads Sales, SKUs, Lanes and Event (or the given policy and lanes), replays a past edition of the
 * event for PeakStock, the three rules sellers use and the perfect-foresight reference, and writes the
 * Replay table where PeakStock owns it (a new `Replay` sheet, or in place on a re-run), all or nothing.
 * @returns the replay and the sheet written, or the first input error, an edition that cannot be
 * replayed, or the notes a re-run would overwrite — in every case with nothing written
 * @throws what the workbook throws while writing; it then leaves the previous results whole
 * @example (await runReplay(book, { language: "en", edition: "2025" })).value.sheets // { Replay: "Replay" }
 */
export async function runReplay(book: WorkbookPort, options: RunReplayOptions): Promise<Result<ReplayRun>> {
  const input: ReplayFromSheetsInput = {
    ...(await bookInput(book, options)),
    ...(options.edition !== undefined ? { edition: options.edition } : {}),
    ...(options.daysAhead !== undefined ? { daysAhead: options.daysAhead } : {}),
  };
  const replayed = options.replayer ? await options.replayer(input) : replayFromSheets(input);
  if (!replayed.ok) return replayed;
  const { tables, ...replay } = replayed.value;
  const written = await writeOwnedOutputs(book, tables.map((table) => ({ table })), options.language, { overwriteNotes: options.overwriteNotes });
  if (!written.ok) return written;
  return ok({ replay, sheets: written.value });
}
