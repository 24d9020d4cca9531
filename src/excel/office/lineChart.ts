/**
 * The line chart writeChart draws beside its table: every numeric column as a
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

/**
 * Queues a line chart on `sheet` over the table at A1: the first run of
 * neighbouring numeric columns as its source (header row = series names,
 * series by columns), further numeric columns as added series, the date column
 * as the category axis, `title` on top; placed right of the table.
 * @param headers the header row as written
 * @returns the chart, or null when the table has nothing to draw ({@link chartColumns})
 * @example addLineChart(sheet, chartSpec(line, series, policy).table, headers, "MUG-01: history, forecast and Prime Day") // source C1:G121, categories A2:A121
 */
export function addLineChart(sheet: Excel.Worksheet, table: OutputTable, headers: readonly string[], title: string): Excel.Chart | null {
  const columns = chartColumns(table);
  if (columns === null) return null;
  const lastRow = table.rows.length + 1;
  const body = (j: number): Excel.Range => sheet.getRange(`${columnLetter(j)}2:${columnLetter(j)}${lastRow}`);
  const [first, ...others] = runsOf(columns.series);
  const source = sheet.getRange(`${columnLetter(first[0])}1:${columnLetter(first[first.length - 1])}${lastRow}`);
  const chart = sheet.charts.add("Line", source, "Columns");
  for (const j of others.flat()) chart.series.add(headers[j]).setValues(body(j));
  chart.axes.categoryAxis.setCategoryNames(body(columns.date));
  chart.title.text = title;
  const left = columnLetter(table.columns.length + 1);
  chart.setPosition(`${left}2`, `${columnLetter(table.columns.length + 10)}22`);
  return chart;
}
