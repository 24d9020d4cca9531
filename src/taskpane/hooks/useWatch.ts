/**
 * The Watch view's work: read sales to date and compare them with the last plan
 * (in the plan worker).
 */
import { useCallback, useState } from "react";
import type { EngineError } from "../../engine/errors";
import type { JobRunner } from "../jobRunner";
import type { WatchOutcome } from "../work/watchReport";
import { activeWorkbook } from "../workbookAccess";
import type { PaneResult } from "./usePlanRun";

export type WatchFailure =
  | { readonly kind: "needsPlan" }
  | { readonly kind: "noWorkbook" }
  | { readonly kind: "engine"; readonly error: EngineError }
  | { readonly kind: "crash"; readonly message: string };

export interface WatchState {
  readonly status: "idle" | "running" | "done" | "error";
  readonly outcome: WatchOutcome | null;
  readonly failure: WatchFailure | null;
  /** The sheet read. */
  readonly sheet: string | null;
}

const IDLE: WatchState = { status: "idle", outcome: null, failure: null, sheet: null };

/**
 * @param runner the pane's job runner
 * @returns the state and `check(result, sheet)`: sheet "" = the Sales sheet the plan read
 */
export function useWatch(runner: JobRunner): { readonly watch: WatchState; readonly check: (result: PaneResult | null, sheet: string) => Promise<void> } {
  const [watch, setWatch] = useState<WatchState>(IDLE);

  const check = useCallback(
    async (result: PaneResult | null, sheet: string) => {
      const fail = (failure: WatchFailure) => setWatch({ ...IDLE, status: "error", failure });
      if (!result) return fail({ kind: "needsPlan" });
      const book = activeWorkbook();
      if (!book) return fail({ kind: "noWorkbook" });
      const { run, lanes } = result;
      const salesSheet = sheet !== "" ? sheet : run.sources.Sales;
      if (salesSheet === undefined) return fail({ kind: "needsPlan" });
      setWatch({ ...IDLE, status: "running", sheet: salesSheet });
      try {
        const salesGrid = await book.readSheet(salesSheet);
        const skuSheet = run.sources.SKUs ?? null;
        const skuGrid = skuSheet !== null ? await book.readSheet(skuSheet) : null;
        const outcome = await runner.run("watch", { salesGrid, salesSheet, skuGrid, skuSheet, lines: run.plan.lines, policy: run.policy, lanes });
        if (!outcome.ok) return fail({ kind: "engine", error: outcome.error });
        setWatch({ status: "done", outcome: outcome.value, failure: null, sheet: salesSheet });
      } catch (e) {
        fail({ kind: "crash", message: e instanceof Error ? e.message : String(e) });
      }
    },
    [runner],
  );

  return { watch, check };
}
