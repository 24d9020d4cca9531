/**
 * `npm run bench -- cli`: the command line on workbooks of the size sellers
 * have, generated in this run into the OS temp folder (bench/sizeWorkbooks.ts):
 * a 1,000,000-row long Sales sheet with all six columns, and 5,000 SKUs × 730
 * days wide, each with SKUs and Event sheets. Each is measured with
 * `/usr/bin/time -v` (wall time, peak resident memory) twice: the baseline
 * reads the file alone (every sheet into a grid, bench/readWorkbook.ts), then
 * `peakstock plan` end to end (read, plan, write book-plan.xlsx).
 * Goals: each under 60 s and 1.5 GB.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { readZipDirectory } from "../src/excel/xlsx/zipDirectory";
import { writeLongWorkbook, writeWideWorkbook } from "./sizeWorkbooks";

const ROOT = resolve(__dirname, "..");
const TIME = "/usr/bin/time";
const GOAL_SECONDS = 60;
const GOAL_MB = 1500;

interface Measured {
  readonly seconds: number;
  /** Peak resident set, MB (10^6 bytes), or NaN when /usr/bin/time is missing. */
  readonly peakMb: number;
  readonly ok: boolean;
  readonly detail: string;
}

/** Runs a command under /usr/bin/time -v (or timed here when it is missing). */
function measure(args: readonly string[]): Measured {
  const haveTime = existsSync(TIME);
  const start = performance.now();
  const child = haveTime ? spawnSync(TIME, ["-v", ...args], { cwd: ROOT, encoding: "utf8" }) : spawnSync(args[0], args.slice(1), { cwd: ROOT, encoding: "utf8" });
  const wall = (performance.now() - start) / 1000;
  const report = child.stderr ?? "";
  const elapsed = /Elapsed \(wall clock\) time[^:]*: (?:(\d+):)?(\d+):([\d.]+)/.exec(report);
  const seconds = elapsed ? Number(elapsed[1] ?? 0) * 3600 + Number(elapsed[2]) * 60 + Number(elapsed[3]) : wall;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  const lastLine = (child.stdout ?? "").trim().split("\n").pop() ?? "";
  return { seconds, peakMb: rss ? (Number(rss[1]) * 1024) / 1e6 : Number.NaN, ok: child.status === 0, detail: child.status === 0 ? lastLine : report.split("\n").slice(0, 3).join(" ") };
}

function line(label: string, m: Measured): string {
  const mb = Number.isNaN(m.peakMb) ? "n/a" : `${m.peakMb.toFixed(0)} MB`;
  return `${label.padEnd(34)} ${m.seconds.toFixed(1).padStart(6)} s  ${mb.padStart(8)} peak RSS${m.ok ? "" : `  FAILED: ${m.detail}`}`;
}

/** Packed and unpacked size of the Sales sheet part, for the compression ratio. */
function salesRatio(path: string): string {
  const directory = readZipDirectory(readFileSync(path));
  if (!directory.ok) return "";
  const sheet = directory.entries.find((e) => e.name === "xl/worksheets/sheet1.xml");
  return sheet ? `Sales part ${(sheet.uncompressedSize / 1e6).toFixed(0)} MB unpacked, ${(sheet.compressedSize / 1e6).toFixed(1)} MB packed (${(sheet.uncompressedSize / sheet.compressedSize).toFixed(1)} : 1)` : "";
}

/** Runs the section and prints the figures. */
export async function benchCliSize(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "peakstock-bench-cli-"));
  try {
    console.log("\n## Command line on large workbooks (generated in this run; /usr/bin/time -v; the machine may be shared)");
    if (!existsSync(TIME)) console.log("(no /usr/bin/time: wall time measured here, peak memory not available)");
    const books: [string, string, () => Promise<unknown>][] = [
      ["long Sales, 1,000,100 rows × 6 columns", join(dir, "long.xlsx"), () => writeLongWorkbook(join(dir, "long.xlsx"), 1370)],
      ["wide Sales, 5,000 SKUs × 730 days", join(dir, "wide.xlsx"), () => writeWideWorkbook(join(dir, "wide.xlsx"), 5000)],
    ];
    for (const [label, path, generate] of books) {
      const t0 = performance.now();
      await generate();
      console.log(`\n${label}: ${(statSync(path).size / 1e6).toFixed(1)} MB file, generated in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${salesRatio(path)}`);
      const read = measure([process.execPath, "--import", "tsx", "bench/readWorkbook.ts", path]);
      const plan = measure([process.execPath, "bin/peakstock.js", "plan", path]);
      console.log(line("baseline (read every sheet)", read));
      console.log(line("peakstock plan (end to end)", plan));
      if (plan.ok) console.log(`  output ${(statSync(path.replace(/\.xlsx$/, "-plan.xlsx")).size / 1e6).toFixed(1)} MB; ${(plan.seconds / read.seconds).toFixed(1)}× the baseline's time`);
      const met = plan.ok && plan.seconds < GOAL_SECONDS && !(plan.peakMb >= GOAL_MB);
      console.log(`goal: under ${GOAL_SECONDS} s and ${GOAL_MB / 1000} GB end to end: ${met ? "MET" : "MISSED"}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
