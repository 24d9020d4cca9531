/**
 * Re-plan from actuals (one job): the plan made again from the day after the
 * sales to date (the engine's replanFromActuals, in the plan worker), to show
 * what changed. Nothing is written to the workbook.
 */
import { useCallback, useState } from "react";
import type { EngineError } from "../../engine/errors";
import type { ReplanOutcome } from "../../engine/watch/replanFromActuals";
import { findSheet } from "../../engine/workbook/findSheet";
import type { Grid } from "../../engine/workbook/sheetTable";
import type { WatchedPlan } from "../../excel/runWatch";
import type { JobRunner } from "../jobRunner";
import { activeWorkbook } from "../workbookAccess";

export interface ReplanState {
  readonly status: "idle" | "running" | "done" | "error";
  readonly outcome: ReplanOutcome | null;
  /** Why it could not run: an engine error, or a plain message (no workbook, a crash). */
  readonly error: EngineError | string | null;
}

const IDLE: ReplanState = { status: "idle", outcome: null, error: null };

/** @returns the re-plan's state and `run(plan, sheet)`: sheet "" = a SalesToDate sheet, else the plan's Sales sheet */
export function useReplan(runner: JobRunner) {
  const [replan, setReplan] = useState<ReplanState>(IDLE);

  const run = useCallback(
    async (plan: WatchedPlan, sheet: string): Promise<void> => {
      const book = activeWorkbook();
      const salesSheet = plan.sources.Sales;
      const skuSheet = plan.sources.SKUs;
      if (!book || salesSheet === undefined || skuSheet === undefined) return setReplan({ ...IDLE, status: "error", error: "no workbook" });
      setReplan({ ...IDLE, status: "running" });
      try {
        const names = await book.sheetNames();
        const salesToDateSheet = sheet !== "" ? sheet : (findSheet(names, "SalesToDate") ?? salesSheet);
        const grids: Record<string, Grid> = {};
        for (const name of new Set([salesSheet, skuSheet, salesToDateSheet])) if (names.includes(name)) grids[name] = await book.readSheet(name);
        const out = await runner.run("replan", { grids, salesSheet, skuSheet, salesToDateSheet, policy: plan.policy, lanes: plan.lanes, before: plan.lines });
        setReplan(out.ok ? { status: "done", outcome: out.value, error: null } : { ...IDLE, status: "error", error: out.error });
      } catch (e) {
        setReplan({ ...IDLE, status: "error", error: e instanceof Error ? e.message : String(e) });
      }
    },
    [runner],
  );

  return { replan, run };
}
