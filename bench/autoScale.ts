/**
 * Time for `auto` on a synthetic 10,000 SKUs × 730 days, spread over the
 * machine's cores with worker threads (the engine is pure, so SKUs are
 * independent), against the naive model on the same data as the baseline.
 */
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { mulberry32, syntheticSku } from "./prng";

const SKUS = Number(process.env.BENCH_SKUS ?? 10_000);
const DAYS = 730;
const HORIZON = 90;

function runWorkers(method: "auto" | "naive", chunks: Float64Array[]): Promise<{ ms: number; answered: number }> {
  const start = performance.now();
  const jobs = chunks.map(
    (chunk) =>
      new Promise<number>((resolveJob, reject) => {
        // The worker is TypeScript: register tsx's CommonJS hook inside it first.
        const source = `require("tsx/cjs"); require(${JSON.stringify(`${__dirname}/autoWorker.ts`)});`;
        const worker = new Worker(source, { eval: true, workerData: { method, days: DAYS, horizon: HORIZON, data: chunk } });
        worker.once("message", (answered: number) => {
          resolveJob(answered);
          void worker.terminate();
        });
        worker.once("error", reject);
      }),
  );
  return Promise.all(jobs).then((counts) => ({ ms: performance.now() - start, answered: counts.reduce((a, b) => a + b, 0) }));
}

/** Runs the scale benchmark and prints the figures. */
export async function benchAutoScale(): Promise<void> {
  const cores = Math.max(1, Math.min(availableParallelism(), 8));
  const rand = mulberry32(20261126);
  const perWorker = Math.ceil(SKUS / cores);
  const chunks: Float64Array[] = [];
  for (let w = 0; w < cores; w++) {
    const n = Math.min(perWorker, SKUS - w * perWorker);
    const chunk = new Float64Array(n * DAYS);
    for (let i = 0; i < n; i++) chunk.set(syntheticSku(rand, DAYS), i * DAYS);
    chunks.push(chunk);
  }
  console.log(`\n## auto on ${SKUS.toLocaleString("en-US")} synthetic SKUs × ${DAYS} days, forecasting ${HORIZON} days, ${cores} worker thread(s)`);
  const naive = await runWorkers("naive", chunks.map((c) => c.slice()));
  const auto = await runWorkers("auto", chunks);
  console.log(`naive (baseline): ${(naive.ms / 1000).toFixed(2)} s, ${naive.answered} answered`);
  console.log(`auto:             ${(auto.ms / 1000).toFixed(2)} s, ${auto.answered} answered, ${((auto.ms * cores) / SKUS).toFixed(3)} ms CPU per SKU, ${(auto.ms / naive.ms).toFixed(1)}× naive`);
  console.log(`goal: under 5 s: ${auto.ms < 5_000 && auto.answered === SKUS ? "MET" : "MISSED"} (wall clock: on a machine shared with other jobs compare the ratio to naive)`);
}
