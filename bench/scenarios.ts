/**
 * `npm run bench -- scenarios`: what scenarios cost. Each scenario is a full plan that reuses the base
 * plan's baseline fits (forecastMemo.ts), so n scenarios cost less than n more plans. Timed on the demo workbook (60 SKUs, its two
 * scenarios, then four) and on 1,000 synthetic SKUs × 730 days (planScale.ts's book), the pure step
 * (planFromSheets: read, forecast, plan, tables) with no scenario as the baseline in the same run;
 * medians of three runs each.
 */
import { performance } from "node:perf_hooks";
import { planFromSheets, type PlanFromSheetsInput } from "../src/engine/plan/planFromSheets";
import type { Scenario } from "../src/engine/scenarios/scenario";
import { XlsxWorkbook } from "../src/excel/xlsxWorkbook";
import type { Grid } from "../src/engine/workbook/sheetTable";
import { sheets } from "./planScale";

const OCEAN: Scenario = { name: "ocean slips 14 days", transitSlips: [{ target: { kind: "mode", mode: "sea" }, days: 14 }, { target: { kind: "mode", mode: "fast-sea" }, days: 14 }], disabled: [] };
const NO_AIR: Scenario = { name: "no air", transitSlips: [], disabled: [{ kind: "mode", mode: "air" }, { kind: "mode", mode: "express" }] };
const GROWTH: Scenario = { name: "growth 1.3", growth: 1.3, transitSlips: [], disabled: [] };
const CAPACITY: Scenario = { name: "capacity 60 %", supplierCapacity: 0.6, transitSlips: [], disabled: [] };
const RUNS = 3;

/** Median seconds of RUNS runs of planFromSheets on `input` with `scenarios`. */
function seconds(input: PlanFromSheetsInput, scenarios: readonly Scenario[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = planFromSheets({ ...input, scenarios });
    times.push((performance.now() - t0) / 1000);
    if (!r.ok) throw new Error(r.error.message);
    if (scenarios.length > 0 && r.value.scenarios?.scenarios.length !== scenarios.length) throw new Error("the scenarios were not planned");
  }
  return times.sort((a, b) => a - b)[RUNS >> 1];
}

function report(title: string, input: PlanFromSheetsInput): void {
  console.log(`\n## ${title}`);
  const base = seconds(input, []);
  console.log(`baseline (the base plan alone):           ${base.toFixed(2)} s`);
  for (const set of [[OCEAN, NO_AIR], [OCEAN, NO_AIR, GROWTH, CAPACITY]]) {
    const t = seconds(input, set);
    console.log(`base + ${set.length} scenarios (${set.map((s) => s.name).join(", ")}): ${t.toFixed(2)} s, ${(t / base).toFixed(2)}× baseline (${1 + set.length} plans: ${((t / base) / (1 + set.length)).toFixed(2)}× a plan each)`);
  }
}

/** Prints the timings. */
export async function benchScenarios(): Promise<void> {
  const demo = await XlsxWorkbook.open("examples/peakstock-demo.xlsx");
  const sheetNames = await demo.sheetNames();
  const grids: Record<string, Grid> = {};
  for (const name of sheetNames) grids[name] = await demo.readSheet(name);
  report("Scenarios on the demo workbook (60 SKUs × 730 days), planFromSheets", { sheetNames, grids });
  const synthetic = sheets(1000);
  report("Scenarios on 1,000 synthetic SKUs × 730 days, planFromSheets", { sheetNames: Object.keys(synthetic), grids: synthetic });
}
