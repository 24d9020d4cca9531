/**
 * The command line's `Charts` sheet: the chart of each of the costliest SKUs —
 * the same history, forecast band and event window as the task pane's chart
 * ({@link chartSpec}) — as one table, SKU after SKU, with one line chart per
 * SKU over its block of rows.
 */
import type { DailySeries } from "../series/dailySeries";
import { CHART_COLUMNS, chartSpec } from "./chartTable";
import type { OutputCell, OutputTable, TableChart } from "./outputTable";
import type { PlanLine } from "./planSku";
import { topSkusByCost } from "./topSkusByCost";
import type { EventPolicy } from "./types";

/** How many SKUs the command line charts unless told otherwise. */
export const DEFAULT_CHART_SKUS = 10;

/**
 * The Charts table of the `count` SKUs whose batches cost most ({@link topSkusByCost}),
 * costliest first; a SKU without a sales series is passed over. Null when no SKU ships anything.
 * @param language of the chart titles ("en" or "zh-CN")
 * @example chartsTable(plan.lines, series, policy, 10).charts?.map((c) => c.title) // ["KIT-01 Garlic press…: history, forecast and Black Friday…", …]
 */
export function chartsTable(lines: readonly PlanLine[], series: readonly DailySeries[], policy: EventPolicy, count: number, language = "en"): OutputTable | null {
  const bySku = new Map(series.map((s) => [s.sku, s]));
  const rows: (readonly OutputCell[])[] = [];
  const charts: TableChart[] = [];
  for (const line of topSkusByCost(lines, count)) {
    const history = bySku.get(line.sku);
    if (!history) continue;
    const spec = chartSpec(line, history, policy, 90, language);
    if (spec.table.rows.length === 0) continue;
    charts.push({ title: spec.title, firstRow: rows.length, rows: spec.table.rows.length });
    rows.push(...spec.table.rows);
  }
  return charts.length === 0 ? null : { kind: "Charts", columns: CHART_COLUMNS, rows, charts };
}
