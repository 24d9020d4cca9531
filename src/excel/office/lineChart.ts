/**
 * The line charts PeakStock draws beside a chart table in Excel (the pane's
 * "chart it in the workbook", a Charts sheet): for each chart, every numeric
 * column of its block of rows as a series against the table's date column,
 * drawn as `chartLayout.ts` says — the same look as the .xlsx file's charts.
 */
import { columnLetter } from "../../engine/cells";
import type { OutputTable, TableChart } from "../../engine/plan/outputTable";
import { chartAnchor, chartColumns, seriesLook, type SeriesLook } from "../chartLayout";

export { CHART_NAME, chartColumns } from "../chartLayout";

/** Queues the look of one series: a coloured line (dashed for the band), or gap-less columns (the event window). */
function styleSeries(series: Excel.ChartSeries, look: SeriesLook): void {
  if (look.kind === "band") {
    series.chartType = "ColumnClustered";
    series.gapWidth = 0;
    series.format.fill.setSolidColor(`#${look.color}`);
    return;
  }
  series.markerStyle = "None";
  series.format.line.color = `#${look.color}`;
  series.format.line.weight = look.widthPt;
  series.format.line.lineStyle = look.dashed ? "Dash" : "Continuous";
}

/**
 * Queues chart `k` of a table whose header is at (`top`, `left`) on `sheet`: a
 * line chart over the chart's block of rows — the first numeric column as its
 * source, the others added as series, each named by its header — with the date
 * column as the category axis, `chart.title` on top, placed right of the table
 * ({@link chartAnchor}) and named `name`.
 * @param headers the header row as written
 * @returns the chart, or null when the table has nothing to draw ({@link chartColumns})
 * @example addLineChart(sheet, table, headers, { title: "MUG-01: history, forecast and Prime Day", firstRow: 0, rows: 120 }) // series C2:C121 …, categories A2:A121
 */
export function addLineChart(
  sheet: Excel.Worksheet, table: OutputTable, headers: readonly string[], chart: TableChart,
  at: { readonly top: number; readonly left: number } = { top: 0, left: 0 }, name: string, k = 0,
): Excel.Chart | null {
  const columns = chartColumns(table);
  if (columns === null || chart.rows <= 0) return null;
  const body = (j: number): Excel.Range => sheet.getRangeByIndexes(at.top + 1 + chart.firstRow, at.left + j, chart.rows, 1);
  const [first, ...others] = columns.series;
  const made = sheet.charts.add("Line", body(first), "Columns");
  made.series.getItemAt(0).name = headers[first];
  for (const j of others) made.series.add(headers[j]).setValues(body(j));
  made.axes.categoryAxis.setCategoryNames(body(columns.date));
  columns.series.forEach((j, i) => styleSeries(made.series.getItemAt(i), seriesLook(table.columns[j].key)));
  made.title.text = chart.title;
  made.name = name;
  const place = chartAnchor(k, at, table.columns.length);
  made.setPosition(`${columnLetter(place.fromColumn)}${place.fromRow + 1}`, `${columnLetter(place.toColumn - 1)}${place.toRow + 1}`);
  return made;
}
