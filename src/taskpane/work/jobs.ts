/**
 * The heavy work of the task pane as plain-data jobs: reading what the input
 * sheets hold (inspect), planning (plan), checking sales to date (watch) and
 * planning again from them (replan), and replaying a past edition of the event (replay).
 * The plan worker runs them; so does the pane's own thread where there are no
 * workers (jest). Inputs and results are structured-clone safe (Maps included).
 */
import type { Result } from "../../engine/errors";
import type { PlanFromSheetsInput } from "../../engine/plan/planFromSheets";
import { replayFromSheets, type ReplayFromSheetsInput, type SheetsReplay } from "../../engine/replay/replayFromSheets";
import type { Grid } from "../../engine/workbook/sheetTable";
import type { SourceKind } from "../planForm";
import { inspectSources, type Findings } from "./inspectSources";
import { planWithCharts, type PlannedWithCharts } from "./planWithCharts";
import { replanFromActuals, type ReplanInput, type ReplanOutcome } from "../../engine/watch/replanFromActuals";
import { watchFromSheets, type WatchFromSheetsInput, type WatchOutcome } from "../../engine/watch/watchFromSheets";

export interface InspectInput {
  readonly sheetNames: readonly string[];
  readonly grids: Readonly<Record<string, Grid>>;
  readonly picked: Readonly<Partial<Record<SourceKind, string>>>;
}

/** planFromSheets' input without the progress callback (the job reports progress itself). */
export type PlanInput = Omit<PlanFromSheetsInput, "onProgress">;

/** replayFromSheets' input without the progress callback. */
export type ReplayInput = Omit<ReplayFromSheetsInput, "onProgress">;

export interface JobInputs {
  readonly inspect: InspectInput;
  readonly plan: PlanInput;
  readonly watch: WatchFromSheetsInput;
  readonly replan: ReplanInput;
  readonly replay: ReplayInput;
}

export interface JobResults {
  readonly inspect: Findings;
  readonly plan: Result<PlannedWithCharts>;
  readonly watch: Result<WatchOutcome>;
  readonly replan: Result<ReplanOutcome>;
  readonly replay: Result<SheetsReplay>;
}

export type JobKind = keyof JobInputs;

/** (done, total) items of a job, for progress bars. */
export type ProgressListener = (done: number, total: number) => void;

/**
 * Runs one job here and now.
 * @example runJob("inspect", { sheetNames: ["Sales"], grids, picked: {} }).sales.ok // true
 */
export function runJob<K extends JobKind>(kind: K, input: JobInputs[K], onProgress?: ProgressListener): JobResults[K] {
  const jobs: { readonly [J in JobKind]: (i: JobInputs[J]) => JobResults[J] } = {
    inspect: (i) => inspectSources(i.sheetNames, i.grids, i.picked),
    plan: (i) => planWithCharts(onProgress ? { ...i, onProgress } : i),
    watch: (i) => watchFromSheets(i),
    replan: (i) => replanFromActuals(i),
    replay: (i) => replayFromSheets(onProgress ? { ...i, onProgress } : i),
  };
  return jobs[kind](input);
}
