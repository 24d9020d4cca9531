/**
 * The Watch step's work (one job): runWatch over the active workbook — sales to
 * date against the last plan, in the plan worker — and the Watch sheet written.
 */
import { useCallback, useState } from "react";
import type { EngineError } from "../../engine/errors";
import type { WatchOutcome } from "../../engine/watch/watchFromSheets";
import { isNotesInTheWay, type NotesOnSheet } from "../../excel/noteCollisions";
import { runWatch, type WatchedPlan } from "../../excel/runWatch";
import { outputLanguage, type Language } from "../i18n";
import type { JobRunner } from "../jobRunner";
import { activeWorkbook } from "../workbookAccess";

export type WatchFailure =
  | { readonly kind: "needsPlan" }
  | { readonly kind: "noWorkbook" }
  | { readonly kind: "engine"; readonly error: EngineError }
  /** The Watch table would grow over the seller's notes: nothing was written. */
  | { readonly kind: "notes"; readonly notes: readonly NotesOnSheet[] }
  | { readonly kind: "crash"; readonly message: string };

export interface WatchState {
  readonly status: "idle" | "running" | "done" | "error";
  readonly outcome: WatchOutcome | null;
  readonly failure: WatchFailure | null;
  /** The sheet of sales read, and the Watch sheet written. */
  readonly salesSheet: string | null;
  readonly written: string | null;
}

const IDLE: WatchState = { status: "idle", outcome: null, failure: null, salesSheet: null, written: null };

export interface WatchRequest {
  /** The plan to watch; null before any plan. */
  readonly plan: WatchedPlan | null;
  /** The sheet of sales to date; "" = a SalesToDate sheet, else the plan's Sales sheet. */
  readonly sheet: string;
  readonly overwriteNotes?: boolean;
}

/** @returns the Watch's state and `check(request)`, which writes the Watch sheet in the pane's output language */
export function useWatch(runner: JobRunner, language: Language) {
  const [watch, setWatch] = useState<WatchState>(IDLE);

  const check = useCallback(
    async ({ plan, sheet, overwriteNotes }: WatchRequest): Promise<void> => {
      const fail = (failure: WatchFailure) => setWatch({ ...IDLE, status: "error", failure });
      if (!plan) return fail({ kind: "needsPlan" });
      const book = activeWorkbook();
      if (!book) return fail({ kind: "noWorkbook" });
      setWatch({ ...IDLE, status: "running" });
      try {
        const run = await runWatch(book, {
          language: outputLanguage(language),
          plan,
          ...(sheet !== "" ? { salesSheet: sheet } : {}),
          watcher: (input) => runner.run("watch", input),
          overwriteNotes: overwriteNotes === true,
        });
        if (run.ok) setWatch({ status: "done", outcome: run.value.outcome, failure: null, salesSheet: run.value.salesSheet, written: run.value.sheet });
        else if (isNotesInTheWay(run.error)) fail({ kind: "notes", notes: run.error.notes });
        else fail({ kind: "engine", error: run.error });
      } catch (e) {
        fail({ kind: "crash", message: e instanceof Error ? e.message : String(e) });
      }
    },
    [runner, language],
  );

  return { watch, check };
}
