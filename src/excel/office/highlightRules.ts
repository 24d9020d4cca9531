/**
 * Conditional formats for an output table's highlights: whole data rows filled
 * when one column equals a value (Alerts by Severity), the same rules the .xlsx
 * writer adds.
 */
import { columnLetter } from "../../engine/cells";
import type { Highlight, OutputTable } from "../../engine/plan/outputTable";

/** Fill colours of the tones: Excel's own "Bad", "Neutral" and "Good" cell styles. */
export const TONE_FILL: Readonly<Record<Highlight["tone"], string>> = { danger: "#FFC7CE", warning: "#FFEB9C", success: "#C6EFCE" };

/**
 * The formula of a highlight's rule, relative to the table's first data row
 * (row 2 for a table at A1): the row's cell in the highlight's column equals the value.
 * @param column0 the sheet column (0-based) of the highlight's column
 * @param firstDataRow1 the sheet row (1-based) of the table's first data row
 * @example highlightFormula(2, "high") // '=$C2="high"'
 * @example highlightFormula(0, 'say "hi"') // '=$A2="say ""hi"""'
 * @example highlightFormula(4, "high", 7) // '=$E7="high"'
 */
export function highlightFormula(column0: number, equals: string, firstDataRow1 = 2): string {
  return `=$${columnLetter(column0)}${firstDataRow1}="${equals.replace(/"/g, '""')}"`;
}

/**
 * Queues one conditional format per highlight on the table's data rows (for a
 * table at A1: A2 to the last column and row), filling the whole row.
 * Highlights naming no column of the table, and tables without rows, get none.
 * @param top the table's header row, 0-based
 * @param left the table's first column, 0-based
 * @returns how many were queued
 * @example addHighlights(sheet, alerts) // 2: rows with Severity "high" filled #FFC7CE, "medium" #FFEB9C
 */
export function addHighlights(sheet: Excel.Worksheet, table: OutputTable, top = 0, left = 0): number {
  const rows = table.rows.length;
  if (rows === 0) return 0;
  let added = 0;
  for (const highlight of table.highlights ?? []) {
    const j = table.columns.findIndex((column) => column.key === highlight.column);
    if (j < 0) continue;
    const format = sheet.getRangeByIndexes(top + 1, left, rows, table.columns.length).conditionalFormats.add("Custom");
    format.custom.rule.formula = highlightFormula(left + j, highlight.equals, top + 2);
    format.custom.format.fill.color = TONE_FILL[highlight.tone];
    added++;
  }
  return added;
}
