/**
 * Custom functions as Excel calls them: 10,000 × PEAK.SAFETYSTOCK on 365-day
 * column ranges and 1,000 × PEAK.FORECAST (AUTO, 28 days) on 730-day ranges,
 * each against a same-run baseline that only reads the same ranges (sum of the
 * numbers), the least any function must do.
 */
import { performance } from "node:perf_hooks";
import { forecast, safetyStock } from "../src/functions/functions";
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
}
