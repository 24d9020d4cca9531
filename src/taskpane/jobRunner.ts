/**
 * Runs the pane's jobs (work/jobs.ts) in the plan worker, off the UI thread; in
 * this thread when the browser has no Worker (jest) or the worker cannot start.
 */
import { runJob, type JobInputs, type JobKind, type JobResults, type ProgressListener } from "./work/jobs";
import type { WorkerRequest, WorkerResponse } from "./worker/workerProtocol";

export interface JobRunner {
  /** Runs a job; `onProgress` hears (done, total) while it runs. */
  run<K extends JobKind>(kind: K, input: JobInputs[K], onProgress?: ProgressListener): Promise<JobResults[K]>;
}

interface Pending {
  readonly resolve: (value: JobResults[JobKind]) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress?: ProgressListener;
  /** Runs the job in this thread instead (the worker died before answering). */
  readonly fallback: () => void;
}

/** Runs a job in this thread after letting the pane paint (so "running" shows first). */
function inThread<K extends JobKind>(kind: K, input: JobInputs[K], onProgress?: ProgressListener): Promise<JobResults[K]> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(runJob(kind, input, onProgress));
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    }, 0);
  });
}

/**
 * A runner with its own worker, started on the first job (webpack 5 bundles
 * worker/planWorker.ts from the `new URL(…, import.meta.url)` below).
 */
export function createJobRunner(): JobRunner {
  let worker: Worker | null | undefined; // undefined: not tried yet; null: none, run in this thread
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const giveUp = (): void => {
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) p.fallback();
  };

  const start = (): Worker | null => {
    if (worker !== undefined) return worker;
    if (typeof Worker === "undefined") return (worker = null);
    try {
      const w = new Worker(new URL("./worker/planWorker.ts", import.meta.url));
      w.onmessage = (event: MessageEvent<WorkerResponse>) => {
        const message = event.data;
        const p = pending.get(message.id);
        if (!p) return;
        if (message.type === "progress") p.onProgress?.(message.done, message.total);
        else {
          pending.delete(message.id);
          if (message.type === "result") p.resolve(message.value);
          else p.reject(new Error(message.message));
        }
      };
      w.onerror = (event: ErrorEvent) => {
        event.preventDefault(); // the worker could not load or broke: answer in this thread instead
        giveUp();
      };
      return (worker = w);
    } catch {
      return (worker = null);
    }
  };

  return {
    run<K extends JobKind>(kind: K, input: JobInputs[K], onProgress?: ProgressListener): Promise<JobResults[K]> {
      const w = start();
      if (!w) return inThread(kind, input, onProgress);
      return new Promise<JobResults[K]>((resolve, reject) => {
        const id = nextId++;
        const fallback = () => inThread(kind, input, onProgress).then(resolve, reject);
        pending.set(id, { resolve: (value) => resolve(value as JobResults[K]), reject, ...(onProgress ? { onProgress } : {}), fallback });
        try {
          w.postMessage({ id, kind, input } as WorkerRequest);
        } catch {
          pending.delete(id); // not cloneable: run it here
          fallback();
        }
      });
    },
  };
}
