/**
 * The data behind the task pane's and the workbook's chart of one SKU: recent
 * history, the baseline forecast with its 80 % interval, and the event window.
 */
import type { DailySeries } from "../series/dailySeries";
import { eventScale } from "./expectedPath";
import type { ChartSpec, OutputColumn } from "./outputTable";
import type { PlanLine } from "./planSku";
import type { EventPolicy } from "./types";

export const CHART_COLUMNS: readonly OutputColumn[] = [
  { key: "Date", zh: "日期", format: "date" },
  { key: "SKU", zh: "SKU", format: "text" },
  { key: "History", zh: "历史销量", format: "decimal" },
  { key: "Forecast", zh: "预测", format: "decimal" },
  { key: "Lower80", zh: "下限80", format: "decimal" },
  { key: "Upper80", zh: "上限80", format: "decimal" },
  { key: "Event", zh: "活动期", format: "decimal" },
];

const r2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * A chart's title in `language`: the SKU (and its name), and what it shows.
 * @example chartTitle({ sku: "MUG-01", name: "Mug" }, "Prime Day 2027", "zh-CN") // "MUG-01 Mug：历史销量、预测与Prime Day 2027"
 */
export function chartTitle(line: Pick<PlanLine, "sku" | "name">, eventName: string, language = "en"): string {
  const name = line.name ? `${line.sku} ${line.name}` : line.sku;
  return language.toLowerCase().startsWith("zh") ? `${name}：历史销量、预测与${eventName}` : `${name}: history, forecast and ${eventName}`;
}

/**
 * Rows from `historyDays` before the forecast to the end of the forecast: History
 * on past days, Forecast / Lower80 / Upper80 on forecast days — the plan's expected
 * sales, so the event days carry the uplift to the P50 ({@link eventScale}) and the
 * spike shows — and on event days an Event value at the chart's top (a band the chart
 * draws over the window).
 * @param historyDays days of history shown (default 90)
 * @param language of the title ("en" default, "zh-CN")
 * @example chartSpec(line, series, policy).table.rows[0] // [46190, "MUG-01", 12, null, null, null, null]
 * @example chartSpec(line (baseline 3 on the event day, P50 12), …) — the event day's Forecast is 12: 3 × (12 ÷ 3)
 */
export function chartSpec(line: PlanLine, series: DailySeries, policy: EventPolicy, historyDays = 90, language = "en"): ChartSpec {
  const f = line.forecast;
  const rows: (string | number | null)[][] = [];
  const from = Math.max(0, series.units.length - historyDays);
  const scale = eventScale(line, policy);
  const at = (d: number): number => (f.firstSerial + d >= policy.start && f.firstSerial + d <= policy.end ? scale : 1);
  let top = 0;
  for (let i = from; i < series.units.length; i++) top = Math.max(top, series.units[i]);
  f.upper80.forEach((v, d) => (top = Math.max(top, v * at(d))));
  const mark = (day: number): number | null => (day >= policy.start && day <= policy.end ? r2(top * 1.05) : null);
  for (let i = from; i < series.units.length; i++) {
    const day = series.startSerial + i;
    rows.push([day, line.sku, series.units[i], null, null, null, mark(day)]);
  }
  for (let d = 0; d < f.mean.length; d++) {
    const day = f.firstSerial + d;
    rows.push([day, line.sku, null, r2(f.mean[d] * at(d)), r2(f.lower80[d] * at(d)), r2(f.upper80[d] * at(d)), mark(day)]);
  }
  return { title: chartTitle(line, policy.name, language), table: { kind: "Chart", columns: CHART_COLUMNS, rows } };
}
