/**
 * The plan worker: runs the pane's jobs (src/taskpane/work/jobs.ts) off the UI
 * thread. webpack bundles it from `new Worker(new URL("./worker/planWorker.ts", import.meta.url))`.
 */
import { runJob, type JobKind, type JobResults, type ProgressListener } from "../work/jobs";
import type { WorkerRequest, WorkerResponse } from "./workerProtocol";

/** The parts of a dedicated worker's global scope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
}

const scope = self as unknown as WorkerScope;

/** Posts progress at most every 50 ms (and always the last), so 10,000 SKUs do not flood the pane. */
function throttledProgress(id: number): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - last < 50) return;
    last = now;
    scope.postMessage({ id, type: "progress", done, total });
  };
}

/** Runs a request's job (one case per kind, so each input meets its own job). */
function run(request: WorkerRequest, onProgress: ProgressListener): JobResults[JobKind] {
  switch (request.kind) {
    case "inspect":
      return runJob("inspect", request.input, onProgress);
    case "plan":
      return runJob("plan", request.input, onProgress);
    case "watch":
      return runJob("watch", request.input, onProgress);
    case "replan":
      return runJob("replan", request.input, onProgress);
    case "replay":
      return runJob("replay", request.input, onProgress);
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  try {
    const value = run(request, throttledProgress(request.id));
    scope.postMessage({ id: request.id, type: "result", value });
  } catch (e) {
    scope.postMessage({ id: request.id, type: "crash", message: e instanceof Error ? e.message : String(e) });
  }
};
