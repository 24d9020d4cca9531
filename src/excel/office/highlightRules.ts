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
 * The formula of a highlight's rule, relative to the first data row (row 2):
 * the row's cell in the highlight's column equals the value.
 * @example highlightFormula(2, "high") // '=$C2="high"'
 * @example highlightFormula(0, 'say "hi"') // '=$A2="say ""hi"""'
 */
export function highlightFormula(column0: number, equals: string): string {
  return `=$${columnLetter(column0)}2="${equals.replace(/"/g, '""')}"`;
}

/**
 * Queues one conditional format per highlight on the table's data rows
 * (A2 to the last column and row), filling the whole row. Highlights naming no
 * column of the table, and tables without rows, get none.
 * @returns how many were queued
 * @example addHighlights(sheet, alerts) // 2: rows with Severity "high" filled #FFC7CE, "medium" #FFEB9C
 */
export function addHighlights(sheet: Excel.Worksheet, table: OutputTable): number {
  const rows = table.rows.length;
  if (rows === 0) return 0;
  const last = columnLetter(table.columns.length - 1);
  let added = 0;
  for (const highlight of table.highlights ?? []) {
    const j = table.columns.findIndex((column) => column.key === highlight.column);
    if (j < 0) continue;
    const format = sheet.getRange(`A2:${last}${rows + 1}`).conditionalFormats.add("Custom");
    format.custom.rule.formula = highlightFormula(j, highlight.equals);
    format.custom.format.fill.color = TONE_FILL[highlight.tone];
    added++;
  }
  return added;
}
