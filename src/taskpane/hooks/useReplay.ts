/**
 * The Replay step's work (one job): replay a past edition with the pane's settings in the
 * plan worker ({@link paneReplay}), write the Replay sheet, hold progress, result and failure.
 */
import { useCallback, useRef, useState } from "react";
import type { EngineError } from "../../engine/errors";
import { isNotesInTheWay, type NotesOnSheet } from "../../excel/noteCollisions";
import type { ReplayRun } from "../../excel/runReplay";
import type { JobRunner } from "../jobRunner";
import { paneReplay, type PaneReplayRequest } from "../work/paneReplay";
import { activateSheet, activeWorkbook } from "../workbookAccess";

export type ReplayFailure =
  | { readonly kind: "noWorkbook" }
  | { readonly kind: "engine"; readonly error: EngineError }
  /** The Replay table would grow over the seller's cells; nothing was written. */
  | { readonly kind: "notes"; readonly notes: readonly NotesOnSheet[] }
  | { readonly kind: "crash"; readonly message: string };

export interface ReplayState {
  /** Replays started so far (the browser tests wait for the one after a number). */
  readonly runId: number;
  readonly status: "idle" | "running" | "done" | "error";
  /** Policy replays done, of `total` (five per destination). */
  readonly done: number;
  readonly total: number;
  readonly result: ReplayRun | null;
  readonly failure: ReplayFailure | null;
}

const IDLE: ReplayState = { runId: 0, status: "idle", done: 0, total: 0, result: null, failure: null };

/**
 * The replay's state, `replay(request)` to run one in the pane's job runner (ignored while one
 * runs), and `openSheet(name)` to bring the written sheet to the front (false when the workbook cannot).
 * The state lives with the pane, so the result stays while the seller visits other steps.
 */
export function useReplay(runner: JobRunner): {
  readonly state: ReplayState;
  readonly replay: (request: PaneReplayRequest) => Promise<void>;
  readonly openSheet: (name: string) => Promise<boolean>;
} {
  const [state, setState] = useState<ReplayState>(IDLE);
  const busy = useRef(false);

  const replay = useCallback(
    async (request: PaneReplayRequest) => {
      if (busy.current) return;
      busy.current = true;
      setState((s) => ({ ...IDLE, runId: s.runId + 1, status: "running" }));
      const finish = (next: Partial<ReplayState>) => setState((s) => ({ ...IDLE, runId: s.runId, ...next }));
      const fail = (failure: ReplayFailure) => finish({ status: "error", failure });
      try {
        const book = activeWorkbook();
        if (!book) return fail({ kind: "noWorkbook" });
        const run = await paneReplay(book, runner, request, (done, total) => setState((s) => ({ ...s, done, total })));
        if (run.ok) finish({ status: "done", result: run.value });
        else if (isNotesInTheWay(run.error)) fail({ kind: "notes", notes: run.error.notes });
        else fail({ kind: "engine", error: run.error });
      } catch (e) {
        fail({ kind: "crash", message: e instanceof Error ? e.message : String(e) });
      } finally {
        busy.current = false;
      }
    },
    [runner],
  );

  const openSheet = useCallback(async (name: string) => {
    const book = activeWorkbook();
    if (!book) return false;
    return activateSheet(book, name).catch(() => false);
  }, []);

  return { state, replay, openSheet };
}
