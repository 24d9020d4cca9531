/**
 * Command-line start-up (`npm run bench -- startup`): wall time to print `peakstock --help` and
 * to plan the demo workbook, for the command line as it ships now (dist-cli/peakstock.js, built
 * by scripts/build-cli.mjs at the start of this run, through bin/peakstock.js) against the way it
 * ran before (the same src/cli/peakstock.ts compiled by tsx at every start: `require("tsx/cjs")`
 * then the .ts file, what the old bin/peakstock.js did). Same source, same machine, same run;
 * each figure is the median of several runs, the variants alternating so load drifts hit both
 * (tsx keeps its compiled output in a cache, so "before" is its warm start). Node's own start
 * (`node -e 0`) is printed as the floor.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const ROOT = join(__dirname, "..");
const DEMO = join(ROOT, "examples", "peakstock-demo.xlsx");
const HELP_RUNS = 9;
const PLAN_RUNS = 5;

/** Runs `node <args>` once from the repository; returns its wall time in ms (throws on a non-zero exit). */
function timeNode(args: readonly string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} exited ${run.status}: ${run.stderr.slice(-2000)}`);
  return ms;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** `node -e` code that runs src/cli/peakstock.ts through tsx, as the old bin/peakstock.js did. */
function viaTsx(args: readonly string[]): string[] {
  const code = `require("tsx/cjs"); require("./src/cli/peakstock.ts").main(${JSON.stringify(args)}).then((c) => process.exit(c));`;
  return ["-e", code];
}

/** Median ms of `runs` alternating runs of each variant. */
function medians(runs: number, variants: Record<string, readonly string[]>): Record<string, number> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, args] of Object.entries(variants)) times[name].push(timeNode(args));
  }
  return Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)]));
}

/** Builds the command line, then prints the start-up figures. */
export function benchCliStartup(): void {
  timeNode([join(ROOT, "scripts", "build-cli.mjs")]);
  const bin = join(ROOT, "bin", "peakstock.js");
  const out = mkdtempSync(join(tmpdir(), "peakstock-bench-cli-"));
  try {
    // One untimed run of each warms the file cache.
    timeNode([bin, "--help"]);
    timeNode(viaTsx(["--help"]));
    const help = medians(HELP_RUNS, { node: ["-e", "0"], tsx: viaTsx(["--help"]), built: [bin, "--help"] });
    const planArgs = (file: string) => ["plan", DEMO, "--out", join(out, file)];
    const plan = medians(PLAN_RUNS, { tsx: viaTsx(planArgs("tsx.xlsx")), built: [bin, ...planArgs("built.xlsx")] });

    console.log(`\n## Command-line start-up (median of ${HELP_RUNS} runs for --help, ${PLAN_RUNS} for the plan; wall time incl. Node's start)`);
    console.log(`node -e 0 (Node's own start, the floor):      ${help.node.toFixed(0)} ms`);
    console.log(`peakstock --help, before (tsx compiles .ts):  ${help.tsx.toFixed(0)} ms`);
    console.log(`peakstock --help, now (built JavaScript):     ${help.built.toFixed(0)} ms, ${(help.tsx / help.built).toFixed(1)}× faster`);
    console.log(`plan the demo (60 SKUs), before (tsx):        ${plan.tsx.toFixed(0)} ms`);
    const saved = plan.tsx - plan.built;
    console.log(`plan the demo (60 SKUs), now (built):         ${plan.built.toFixed(0)} ms (before − now: ${saved >= 0 ? "" : "−"}${Math.abs(saved).toFixed(0)} ms; the plan itself dominates)`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
