/**
 * Messages between the task pane and the plan worker.
 */
import type { JobInputs, JobKind, JobResults } from "../work/jobs";

/** A job for the worker, numbered so the answer finds its caller. */
export type WorkerRequest = { readonly [K in JobKind]: { readonly id: number; readonly kind: K; readonly input: JobInputs[K] } }[JobKind];

export type WorkerResponse =
  | { readonly id: number; readonly type: "progress"; readonly done: number; readonly total: number }
  | { readonly id: number; readonly type: "result"; readonly value: JobResults[JobKind] }
  /** The job threw (a bug, not bad input: bad input comes back as a Result). */
  | { readonly id: number; readonly type: "crash"; readonly message: string };
