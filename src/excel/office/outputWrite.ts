/**
 * Writing one output table through Office.js, in its steps: on a new sheet
 * ("create"), or over PeakStock's own table in place ("replace": the sheet, its
 * tab and the table's name stay; the cells are rewritten and the table resized
 * from its top-left cell, so the seller's references to it keep working).
 * Everything about an output is worked out first ({@link planOutput}); the
 * all-or-nothing around the writes is writeOutputs.ts's.
 */
import { columnLetter } from "../../engine/cells";
import { sheetLayout, type SheetLayout } from "../sheetLayout";
import type { OutputWrite, TableInfo } from "../workbookPort";
import { sameSheetName, tableDataRows } from "../writeChecks";
import type { ExcelSteps } from "./excelSteps";
import { addHighlights } from "./highlightRules";
import { chartName, chartsOf, CHART_NAME, NEW_CHART_NAME } from "../chartLayout";
import { addLineChart } from "./lineChart";
import { queuePrintSetup } from "./printSetup";
import { excelRow, widthPoints } from "./tableCells";
import { prepareRows, writePreparedRows, type PreparedRows } from "./writeRows";

/** The style of PeakStock's tables, as in the .xlsx writer. */
export const TABLE_STYLE = "TableStyleMedium2";

export { NEW_CHART_NAME } from "../chartLayout";

/** Queues every chart of a write (`chartsOf`), named from `base` ("PeakStock chart", or its "(new)" name while replacing). */
function addCharts(sheet: Excel.Worksheet, plan: OutputPlan, base: string): void {
  const charts = chartsOf(plan.write);
  charts.forEach((chart, k) => addLineChart(sheet, plan.write.table, plan.headers, chart, plan.box, chartName(base, k, charts.length), k));
}

/** A box of cells, zero-based. */
export interface CellBox {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** One output, worked out before anything is written. */
export interface OutputPlan {
  readonly write: OutputWrite;
  /** The header row in the output language. */
  readonly headers: readonly string[];
  /** The table now, for a "replace"; null for a "create". */
  readonly old: TableInfo | null;
  /** Where the new table goes: the old top-left, or A1 of the new sheet; rows include the header. */
  readonly box: CellBox;
  /** Header and data rows, cut into chunks under the payload limit. */
  readonly prepared: PreparedRows;
  /** Column widths, header orientation and row heights (`sheetLayout.ts`). */
  readonly layout: SheetLayout;
}

/**
 * The address of a box, e.g. "C3:F10".
 * @example boxAddress({ top: 2, left: 2, rows: 8, columns: 4 }) // "C3:F10"
 */
export function boxAddress(box: CellBox): string {
  return `${columnLetter(box.left)}${box.top + 1}:${columnLetter(box.left + box.columns - 1)}${box.top + box.rows}`;
}

/**
 * The smallest box holding both the old table and the new one: what a
 * replace may change, so what is kept aside before it.
 * @example unionBox({ top: 0, left: 0, rows: 5, columns: 3 }, { top: 0, left: 0, rows: 2, columns: 4 }) // { top: 0, left: 0, rows: 5, columns: 4 }
 */
export function unionBox(a: CellBox, b: CellBox): CellBox {
  const top = Math.min(a.top, b.top);
  const left = Math.min(a.left, b.left);
  return {
    top,
    left,
    rows: Math.max(a.top + a.rows, b.top + b.rows) - top,
    columns: Math.max(a.left + a.columns, b.left + b.columns) - left,
  };
}

/**
 * Works out an output: where it goes, its size (one blank data row under the
 * header of a table without rows, as Excel keeps one) and its rows in chunks.
 * @throws Error when a row is over the payload limit ({@link prepareRows}), before anything is written
 */
export function planOutput(write: OutputWrite, headers: readonly string[], tables: readonly TableInfo[], limitBytes?: number): OutputPlan {
  const { target, table } = write;
  const old = target.mode === "replace" ? tables.find((t) => sameSheetName(t.name, target.tableName)) ?? null : null;
  const box: CellBox = { top: old?.top ?? 0, left: old?.left ?? 0, rows: 1 + tableDataRows(table), columns: headers.length };
  const formats = table.columns.map((column) => column.format);
  const prepared = prepareRows({
    sheetName: target.sheet,
    firstRow: box.top,
    firstColumn: box.left,
    count: table.rows.length + 1,
    width: headers.length,
    rowAt: (i) => excelRow(i === 0 ? headers : table.rows[i - 1], formats),
    limitBytes,
  });
  return { write, headers, old, box, prepared, layout: sheetLayout(table, headers) };
}

/**
 * Writes an output on a new sheet, appended after the last one: 1 step to add
 * it (column widths, header row frozen), 1 per chunk of rows, 1 for the table,
 * its conditional formats, chart, wrapped text and print setup.
 */
export async function writeCreated(steps: ExcelSteps, plan: OutputPlan): Promise<void> {
  const { write, box } = plan;
  const { table, target } = write;
  await steps.step(async (step) => {
    step.pauseForWrite(true);
    const sheet = step.context.workbook.worksheets.add(target.sheet);
    plan.layout.widths.forEach((chars, j) => {
      sheet.getRangeByIndexes(0, j, 1, 1).format.columnWidth = widthPoints(chars);
    });
    sheet.freezePanes.freezeRows(1);
    await step.sync();
  });
  await writePreparedRows(steps, plan.prepared);
  await steps.step(async (step) => {
    step.pauseForWrite();
    const sheet = step.context.workbook.worksheets.getItem(target.sheet);
    // The range holds the header and the data rows (or Excel's one blank row under a header).
    const excelTable = sheet.tables.add(boxAddress(box), true);
    excelTable.name = target.tableName;
    excelTable.style = TABLE_STYLE;
    addHighlights(sheet, table);
    addCharts(sheet, plan, CHART_NAME);
    queuePrintSetup(sheet, table, plan.layout, box, true);
    await step.sync();
  });
}

/**
 * Replaces PeakStock's table in place: 1 step to clear the old table's cells
 * and conditional formats (nothing outside its range), 1 per chunk of rows
 * written from its top-left cell, 1 to resize the table to the new rows and
 * columns (`Table.resize`, ExcelApi 1.13: its name, and the formulas, charts and
 * pivots that use it, stay), add the conditional formats, wrapped text and
 * print setup (the sheet's column widths and margins kept) and, for a chart, the
 * new chart under {@link NEW_CHART_NAME} beside the old one until the commit.
 */
export async function writeReplaced(steps: ExcelSteps, plan: OutputPlan): Promise<void> {
  const { write, box, old } = plan;
  if (old === null) throw new Error(`${write.target.tableName} is not there to replace`);
  const { table, target } = write;
  await steps.step(async (step) => {
    step.pauseForWrite();
    const range = step.context.workbook.worksheets.getItem(target.sheet).getRangeByIndexes(old.top, old.left, old.rows, old.columns);
    range.clear("Contents");
    range.conditionalFormats.clearAll();
    await step.sync();
  });
  await writePreparedRows(steps, plan.prepared);
  await steps.step(async (step) => {
    step.pauseForWrite();
    const sheet = step.context.workbook.worksheets.getItem(target.sheet);
    sheet.tables.getItem(target.tableName).resize(boxAddress(box));
    addHighlights(sheet, table, box.top, box.left);
    addCharts(sheet, plan, NEW_CHART_NAME);
    queuePrintSetup(sheet, table, plan.layout, box, false);
    await step.sync();
  });
}
