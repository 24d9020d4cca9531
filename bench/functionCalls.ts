/**
 * Custom functions as Excel calls them: 10,000 × PEAK.SAFETYSTOCK on 365-day
 * column ranges and 1,000 × PEAK.FORECAST (AUTO, 28 days) on 730-day ranges,
 * and single calls on 1,000,000-cell ranges (ABC, SAFETYSTOCK, WEEKSOFCOVER on
 * a column; XYZ on 1,000 × 1,000), each against a same-run baseline that only
 * reads the same ranges (sum of the numbers), the least any function must do.
 */
import { performance } from "node:perf_hooks";
import { abc, forecast, safetyStock, weeksOfCover, xyz } from "../src/functions/functions";
import { mulberry32, poisson } from "./prng";

function columnOfSales(rand: () => number, days: number): number[][] {
  const level = 1 + rand() * 30;
  return Array.from({ length: days }, (_, d) => [poisson(rand, level * (d % 7 >= 5 ? 1.4 : 1))]);
}

function sumRange(range: readonly (readonly unknown[])[]): number {
  let s = 0;
  for (const row of range) for (const v of row) if (typeof v === "number") s += v;
  return s;
}

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Median of three timed runs, ms (the machine may be shared; one run is noisy). */
function medianOfThree(run: () => void): number {
  const times = [timed(run), timed(run), timed(run)].sort((a, b) => a - b);
  return times[1];
}

/** One call per function on a 1,000,000-cell range, against reading the range. */
function benchMillionCells(rand: () => number): void {
  const column = Array.from({ length: 1_000_000 }, () => [poisson(rand, 12)]);
  const block = Array.from({ length: 1000 }, () => Array.from({ length: 1000 }, () => poisson(rand, 5)));
  let check = 0;
  const readColumn = medianOfThree(() => (check += sumRange(column)));
  const readBlock = medianOfThree(() => (check += sumRange(block)));
  const rows: [string, number, number][] = [
    ["PEAK.ABC(1,000,000 × 1 column)", medianOfThree(() => (check += abc(column).length)), readColumn],
    ["PEAK.SAFETYSTOCK(1,000,000 days)", medianOfThree(() => (check += safetyStock(column, [[12]], 30))), readColumn],
    ["PEAK.WEEKSOFCOVER(1,000,000 days)", medianOfThree(() => (check += weeksOfCover(5_000_000, column))), readColumn],
    ["PEAK.XYZ(1,000 × 1,000 block)", medianOfThree(() => (check += xyz(block).length)), readBlock],
  ];
  console.log(`baseline (read a 1,000,000-cell column):  ${readColumn.toFixed(0)} ms`);
  console.log(`baseline (read a 1,000 × 1,000 block):    ${readBlock.toFixed(0)} ms`);
  for (const [name, ms, base] of rows) {
    console.log(`${name.padEnd(40)} ${ms.toFixed(0)} ms, ${(ms / base).toFixed(1)}× baseline; goal under 1,000 ms: ${ms < 1000 ? "MET" : "MISSED"}`);
  }
  if (!Number.isFinite(check)) console.log("(checksum not finite)");
}

/** Runs the custom-function benchmark and prints the figures. */
export function benchFunctionCalls(): void {
  const rand = mulberry32(2026);
  const year = Array.from({ length: 10_000 }, () => columnOfSales(rand, 365));
  const twoYears = Array.from({ length: 1_000 }, () => columnOfSales(rand, 730));

  let check = 0;
  const readYear = timed(() => year.forEach((r) => (check += sumRange(r))));
  const ss = timed(() => year.forEach((r, i) => (check += safetyStock(r, [[10 + (i % 20)]], 30 + (i % 10)))));
  const readTwo = timed(() => twoYears.forEach((r) => (check += sumRange(r))));
  const fc = timed(() => twoYears.forEach((r) => (check += forecast(r, 28)[27][0])));

  console.log("\n## Custom functions as Excel calls them (one thread, like Excel's JavaScript runtime)");
  console.log(`baseline (read 10,000 × 365-day ranges):  ${readYear.toFixed(0)} ms`);
  console.log(`10,000 × PEAK.SAFETYSTOCK (365 days):     ${ss.toFixed(0)} ms, ${(ss / readYear).toFixed(1)}× baseline; goal under 1,000 ms: ${ss < 1000 ? "MET" : "MISSED"}`);
  console.log(`baseline (read 1,000 × 730-day ranges):   ${readTwo.toFixed(0)} ms`);
  console.log(`1,000 × PEAK.FORECAST AUTO (730 days):    ${fc.toFixed(0)} ms, ${(fc / readTwo).toFixed(0)}× baseline; goal under 2,000 ms: ${fc < 2000 ? "MET" : "MISSED"}`);
  if (!Number.isFinite(check)) console.log("(checksum not finite)");
  console.log("1,000,000-cell ranges, one call each (median of 3 runs):");
  benchMillionCells(rand);
}
