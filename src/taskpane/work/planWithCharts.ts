/**
 * The plan (planFromSheets) and the chart data of its costliest SKUs, for the
 * Results view. Pure: runs in the plan worker, or in the pane's thread where
 * there are no workers.
 */
import { ok, type Result } from "../../engine/errors";
import { chartSpec } from "../../engine/plan/chartTable";
import type { ChartSpec } from "../../engine/plan/outputTable";
import { planFromSheets, type PlanFromSheetsInput, type SheetsPlan } from "../../engine/plan/planFromSheets";
import { chartedEvent } from "../../engine/season/chartedEvent";
import { topSkusByCost } from "../planSummary";

/** How many SKUs the Results view charts. */
export const TOP_SKUS = 5;

/** One SKU's chart: history, forecast band and event window (chartSpec). */
export interface SkuChart {
  readonly sku: string;
  readonly spec: ChartSpec;
}

export interface PlannedWithCharts {
  readonly planned: SheetsPlan;
  /** Charts of the `top` SKUs by cost, costliest first. */
  readonly charts: readonly SkuChart[];
}

/**
 * Plans from the grids and charts the `top` costliest SKUs on the sales the plan used.
 * @returns the plan and its charts, or planFromSheets' first input error
 * @example planWithCharts({ sheetNames, grids }).value.charts.map((c) => c.sku) // the five costliest SKUs
 */
export function planWithCharts(input: PlanFromSheetsInput, top = TOP_SKUS): Result<PlannedWithCharts> {
  const planned = planFromSheets(input);
  if (!planned.ok) return planned;
  // The series the plan read are charted here and not sent back across the worker boundary.
  const { series = [], ...rest } = planned.value;
  const { plan, policy } = rest;
  const bySku = new Map(series.map((s) => [s.sku, s]));
  const charts: SkuChart[] = [];
  // A season charts one event (chartedEvent): each SKU once, in that event's window.
  const charted = chartedEvent(plan.lines, policy);
  for (const line of topSkusByCost(charted.lines, top)) {
    const history = bySku.get(line.sku);
    if (history) charts.push({ sku: line.sku, spec: chartSpec(line, history, charted.event) });
  }
  return ok({ planned: rest, charts });
}
