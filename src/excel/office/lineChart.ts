/**
 * The line chart PeakStock draws beside a chart table (the pane's "chart it in the workbook"): every numeric column as a
 * series against the table's date column, titled.
 */
import { columnLetter } from "../../engine/cells";
import type { CellFormat, OutputTable } from "../../engine/plan/outputTable";

const NUMERIC: ReadonlySet<CellFormat> = new Set<CellFormat>(["integer", "decimal", "currency", "percent"]);

/** Columns (0-based) in runs of neighbours: [2, 3, 5] → [[2, 3], [5]]. */
function runsOf(columns: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const j of columns) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === j - 1) run.push(j);
    else runs.push([j]);
  }
  return runs;
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

/** The name of the chart PeakStock draws, so a re-run finds and replaces it (and no chart of the seller's). */
export const CHART_NAME = "PeakStock chart";

/**
 * Queues a line chart on `sheet` over the table whose header is at (`top`,
 * `left`) (A1 by default): the first run of neighbouring numeric columns as its
 * source (header row = series names, series by columns), further numeric
 * columns as added series, the date column as the category axis, `title` on
 * top; placed right of the table and named `name`.
 * @param headers the header row as written
 * @returns the chart, or null when the table has nothing to draw ({@link chartColumns})
 * @example addLineChart(sheet, chartSpec(line, series, policy).table, headers, "MUG-01: history, forecast and Prime Day") // source C1:G121, categories A2:A121
 */
export function addLineChart(
  sheet: Excel.Worksheet, table: OutputTable, headers: readonly string[], title: string,
  at: { readonly top: number; readonly left: number } = { top: 0, left: 0 }, name: string = CHART_NAME,
): Excel.Chart | null {
  const columns = chartColumns(table);
  if (columns === null) return null;
  const rows = table.rows.length;
  const body = (j: number): Excel.Range => sheet.getRangeByIndexes(at.top + 1, at.left + j, rows, 1);
  const [first, ...others] = runsOf(columns.series);
  const source = sheet.getRangeByIndexes(at.top, at.left + first[0], rows + 1, first.length);
  const chart = sheet.charts.add("Line", source, "Columns");
  for (const j of others.flat()) chart.series.add(headers[j]).setValues(body(j));
  chart.axes.categoryAxis.setCategoryNames(body(columns.date));
  chart.title.text = title;
  chart.name = name;
  const right = at.left + table.columns.length;
  chart.setPosition(`${columnLetter(right + 1)}${at.top + 2}`, `${columnLetter(right + 10)}${at.top + 22}`);
  return chart;
}
