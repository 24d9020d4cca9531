/**
 * Generating the plan (one job): runPlan over the active workbook with the plan
 * worker as its planner, its progress, and how it ended. The caller passes the
 * checked form at the click; the hook keeps no copy of it.
 */
import { useCallback, useRef, useState } from "react";
import { ok, type EngineError } from "../../engine/errors";
import type { PlanFromSheetsInput } from "../../engine/plan/planFromSheets";
import type { Lane } from "../../engine/plan/types";
import { isNotesInTheWay, type NotesOnSheet } from "../../excel/noteCollisions";
import type { PlanSettings } from "../../excel/planSettings";
import { runPlan, type PlanRun } from "../../excel/runPlan";
import type { WorkbookPort } from "../../excel/workbookPort";
import { outputLanguage, type Language } from "../i18n";
import type { JobRunner } from "../jobRunner";
import type { FormField, SourceKind } from "../planForm";
import { sourceOfError } from "../sourceErrors";
import type { FormCheck } from "../validateForm";
import { activeWorkbook } from "../workbookAccess";
import { resolveSources } from "../work/inspectSources";
import type { SkuChart } from "../work/planWithCharts";

/** A finished plan as the Results view shows it. */
export interface PaneResult {
  readonly run: PlanRun;
  readonly charts: readonly SkuChart[];
  /** The lanes the plan used. */
  readonly lanes: readonly Lane[];
}

export type RunFailure =
  /** `source`: the input sheet the error is about, when it is one. */
  | { readonly kind: "engine"; readonly error: EngineError; readonly source: SourceKind | null }
  | { readonly kind: "form"; readonly fields: readonly FormField[]; readonly lanes: boolean }
  | { readonly kind: "noWorkbook" }
  /** A re-run would write over the seller's notes beside a growing table; nothing was written. */
  | { readonly kind: "notes"; readonly notes: readonly NotesOnSheet[] }
  | { readonly kind: "crash"; readonly message: string };

export interface RunState {
  /** Counts the runs: a new outcome is a new run (screen readers hear it again). */
  readonly runId: number;
  readonly status: "idle" | "running" | "done" | "error";
  readonly stage: "reading" | "planning" | "writing";
  /** SKUs planned so far, of `total`. */
  readonly done: number;
  readonly total: number;
  readonly result: PaneResult | null;
  readonly failure: RunFailure | null;
}

/** What Generate plans: the checked form, the sheets picked, the settings to store first. */
export interface GenerateRequest {
  readonly check: FormCheck;
  readonly picked: Readonly<Partial<Record<SourceKind, string>>>;
  readonly settings: PlanSettings | null;
  /** The seller chose to write over notes in the way. */
  readonly overwriteNotes?: boolean;
}

const IDLE: RunState = { runId: 0, status: "idle", stage: "reading", done: 0, total: 0, result: null, failure: null };

/**
 * @param saveSettings stores the plan's settings in the workbook before it runs (the plan runs even if that fails)
 */
export function usePlanRun(runner: JobRunner, language: Language, saveSettings: (book: WorkbookPort, settings: PlanSettings) => Promise<void>) {
  const [run, setRun] = useState<RunState>(IDLE);
  /** A run is on: set by the click, cleared when it ends (never during render). */
  const busy = useRef(false);

  const generate = useCallback(
    async (request: GenerateRequest): Promise<void> => {
      if (busy.current) return; // a second click before the first run re-rendered the button
      busy.current = true;
      setRun((r) => ({ ...IDLE, runId: r.runId + 1, status: "running" }));
      const finish = (next: Partial<RunState>) => setRun((r) => ({ ...IDLE, runId: r.runId, ...next }));
      const fail = (failure: RunFailure) => finish({ status: "error", failure });
      const { check } = request;
      try {
        if (!check.valid || check.policy === null || check.laneList === null) {
          const fields = (Object.keys(check.fields) as FormField[]).filter((f) => check.fields[f]?.severity === "error");
          return fail({ kind: "form", fields, lanes: check.laneList === null });
        }
        const book = activeWorkbook();
        if (!book) return fail({ kind: "noWorkbook" });
        const { policy, laneList: lanes } = check;
        if (request.settings) await saveSettings(book, request.settings).catch(() => undefined);
        const sources = resolveSources(await book.sheetNames(), request.picked);
        let charts: readonly SkuChart[] = [];
        const planner = async (input: PlanFromSheetsInput) => {
          const { onProgress: _unused, ...plain } = input;
          setRun((r) => ({ ...r, stage: "planning" }));
          const planned = await runner.run("plan", plain, (done, total) => setRun((r) => ({ ...r, done, total })));
          if (!planned.ok) return planned;
          charts = planned.value.charts;
          setRun((r) => ({ ...r, stage: "writing" }));
          return ok(planned.value.planned);
        };
        const picked = { ...(sources.Sales ? { Sales: sources.Sales } : {}), ...(sources.SKUs ? { SKUs: sources.SKUs } : {}) };
        const result = await runPlan(book, { language: outputLanguage(language), sources: picked, policy, lanes, planner, overwriteNotes: request.overwriteNotes === true });
        if (result.ok) finish({ status: "done", result: { run: result.value, charts, lanes } });
        else if (isNotesInTheWay(result.error)) fail({ kind: "notes", notes: result.error.notes });
        else fail({ kind: "engine", error: result.error, source: sourceOfError(result.error, sources) });
      } catch (e) {
        fail({ kind: "crash", message: e instanceof Error ? e.message : String(e) });
      } finally {
        busy.current = false;
      }
    },
    [runner, language, saveSettings],
  );

  return { run, generate };
}
