/**
 * What PeakStock's line charts look like and where they go, the same in the
 * .xlsx file (DrawingML, `xlsx/chartXml.ts`) and in Excel (Office.js,
 * `office/lineChart.ts`): which columns of a chart table are drawn, how each
 * series is drawn — history and forecast as lines, the 80 % band as dashed
 * lines, the event window as a shaded band of columns behind them so the
 * event's days stand out — and where each chart sits beside its table.
 * Browser-safe.
 */
import type { CellFormat, OutputTable, TableChart } from "../engine/plan/outputTable";
import type { OutputWrite } from "./workbookPort";

/** The name of the chart PeakStock draws (the pane's one chart), so a re-run finds and replaces it and no chart of the seller's. */
export const CHART_NAME = "PeakStock chart";
/** The name a replaced chart's successor has until the write is committed (Office.js). */
export const NEW_CHART_NAME = "PeakStock chart (new)";

const NUMERIC: ReadonlySet<CellFormat> = new Set<CellFormat>(["integer", "decimal", "currency", "percent"]);

/**
 * The charts a write draws: the one titled `chartTitle` over the whole table (the pane's
 * "chart it in the workbook"), else the table's own (`OutputTable.charts`, the Charts sheet).
 * @example chartsOf({ table, chartTitle: "MUG-01: history, forecast and BF" }) // [{ title: "MUG-01: …", firstRow: 0, rows: table.rows.length }]
 */
export function chartsOf(write: Pick<OutputWrite, "table" | "chartTitle">): TableChart[] {
  if (write.chartTitle !== undefined) return write.table.rows.length > 0 ? [{ title: write.chartTitle, firstRow: 0, rows: write.table.rows.length }] : [];
  return (write.table.charts ?? []).filter((c) => c.rows > 0 && c.firstRow >= 0 && c.firstRow + c.rows <= write.table.rows.length);
}

/**
 * The name of chart `k` of `total`: "PeakStock chart" for a lone chart, "PeakStock chart 3" in a set.
 * @example chartName(CHART_NAME, 2, 10) // "PeakStock chart 3"
 */
export function chartName(base: string, k: number, total: number): string {
  return total === 1 ? base : `${base} ${k + 1}`;
}

/** True for the name of a chart PeakStock drew (not one being written). */
export function isPeakStockChartName(name: string): boolean {
  return /^PeakStock chart( \d+)?$/.test(name);
}

/** True for the name of a chart being written ({@link NEW_CHART_NAME}), before the commit. */
export function isNewChartName(name: string): boolean {
  return /^PeakStock chart \(new\)( \d+)?$/.test(name);
}

/**
 * The final name of a chart being written.
 * @example committedChartName("PeakStock chart (new) 3") // "PeakStock chart 3"
 */
export function committedChartName(name: string): string {
  return name.replace(" (new)", "");
}

/**
 * The columns a chart of `table` draws: its first date column and its numeric
 * columns (integer, decimal, currency, percent), 0-based; null when it has no
 * rows, no date column or no numeric column.
 * @example chartColumns({ kind: "Chart", columns: CHART_COLUMNS, rows: [[46353, "A-1", 3, null, null, null, null]] }) // { date: 0, series: [2, 3, 4, 5, 6] }
 */
export function chartColumns(table: OutputTable): { date: number; series: number[] } | null {
  const date = table.columns.findIndex((column) => column.format === "date");
  const series = table.columns.flatMap((column, j) => (NUMERIC.has(column.format) ? [j] : []));
  return table.rows.length === 0 || date < 0 || series.length === 0 ? null : { date, series };
}

/** How one series is drawn: a line (colour, width in points, dashed or not) or a band of columns (fill colour). */
export type SeriesLook =
  | { readonly kind: "line"; readonly color: string; readonly widthPt: number; readonly dashed: boolean }
  | { readonly kind: "band"; readonly color: string };

/** The look of the chart table's series by column key (`CHART_COLUMNS`); any other numeric column is a plain line. */
const SERIES_LOOKS: Readonly<Record<string, SeriesLook>> = {
  History: { kind: "line", color: "1F4E79", widthPt: 1.5, dashed: false },
  Forecast: { kind: "line", color: "C55A11", widthPt: 1.5, dashed: false },
  Lower80: { kind: "line", color: "F4B183", widthPt: 1, dashed: true },
  Upper80: { kind: "line", color: "F4B183", widthPt: 1, dashed: true },
  // The event's days as columns from the axis to above every line, side by side: a shaded band
  // over the window, where the planned spike falls (a line at the top would be a short dash).
  Event: { kind: "band", color: "FFE699" },
};

const PLAIN_LINE: SeriesLook = { kind: "line", color: "7F7F7F", widthPt: 1.5, dashed: false };

/** The look of the series in column `key`. */
export function seriesLook(key: string): SeriesLook {
  return SERIES_LOOKS[key] ?? PLAIN_LINE;
}

/** Where a chart sits, zero-based cells: from the top-left of `from` to the top-left of `to`. */
export interface ChartAnchor {
  readonly fromRow: number;
  readonly fromColumn: number;
  readonly toRow: number;
  readonly toColumn: number;
}

/** Rows from one chart's top to the next: 20 tall and 2 between. */
export const CHART_ROW_STRIDE = 22;
const CHART_ROWS = 20;
const CHART_COLUMNS_WIDE = 10;

/**
 * Where chart `k` of a table goes: right of the table (one column between), the charts one under another.
 * @param at the table's header cell, zero-based
 * @param columns the table's columns
 * @example chartAnchor(1, { top: 0, left: 0 }, 7) // { fromRow: 23, fromColumn: 8, toRow: 43, toColumn: 18 }
 */
export function chartAnchor(k: number, at: { readonly top: number; readonly left: number }, columns: number): ChartAnchor {
  const fromRow = at.top + 1 + k * CHART_ROW_STRIDE;
  const fromColumn = at.left + columns + 1;
  return { fromRow, fromColumn, toRow: fromRow + CHART_ROWS, toColumn: fromColumn + CHART_COLUMNS_WIDE };
}
