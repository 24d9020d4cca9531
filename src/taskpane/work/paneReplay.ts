/**
 * The task pane's replay: {@link runReplay} over the open workbook with the pane's event,
 * policy and lanes, the pure replay run by the plan worker.
 */
import type { Result } from "../../engine/errors";
import type { InputSheetNames } from "../../engine/plan/readBookInputs";
import type { EventPolicy, Lane } from "../../engine/plan/types";
import { runReplay, type ReplayRun } from "../../excel/runReplay";
import type { WorkbookPort } from "../../excel/workbookPort";
import { outputLanguage, type Language } from "../i18n";
import type { JobRunner } from "../jobRunner";
import type { ProgressListener } from "./jobs";
import { resolveSources } from "./inspectSources";

/** What the Replay step asks for. */
export interface PaneReplayRequest {
  /** The event and policy of the pane's form (its Event and Policy steps). */
  readonly policy: EventPolicy;
  readonly lanes: readonly Lane[];
  /** The sheets the seller picked on the Data step. */
  readonly sources: InputSheetNames;
  /** A past edition's start date (yyyy-mm-dd); undefined = the most recent the sales cover. */
  readonly edition?: string;
  /** Days ahead; undefined = the event's plan date to its start, else 70. */
  readonly daysAhead?: number;
  readonly language: Language;
  /** The seller chose to write over notes in the way of a growing Replay table. */
  readonly overwriteNotes?: boolean;
}

/**
 * Replays with the pane's settings (as Generate plans: its policy and lanes, the Sales and SKUs
 * sheets it found or was pointed at) and writes the Replay sheet, all or nothing.
 * @returns the replay and the sheet written, or the engine's error (an edition that cannot be replayed, notes in the way …)
 * @example await paneReplay(book, runner, { policy, lanes, sources: {}, language: "en" }) // ok({ sheets: { Replay: "Replay" }, replay })
 */
export async function paneReplay(book: WorkbookPort, runner: JobRunner, request: PaneReplayRequest, onProgress?: ProgressListener): Promise<Result<ReplayRun>> {
  const sources = resolveSources(await book.sheetNames(), request.sources);
  return runReplay(book, {
    language: outputLanguage(request.language),
    sources: { ...(sources.Sales ? { Sales: sources.Sales } : {}), ...(sources.SKUs ? { SKUs: sources.SKUs } : {}) },
    policy: request.policy,
    lanes: request.lanes,
    ...(request.edition !== undefined ? { edition: request.edition } : {}),
    ...(request.daysAhead !== undefined ? { daysAhead: request.daysAhead } : {}),
    overwriteNotes: request.overwriteNotes === true,
    replayer: async (input) => {
      const { onProgress: _own, ...plain } = input;
      return runner.run("replay", plain, onProgress);
    },
  });
}
