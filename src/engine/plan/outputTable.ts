/**
 * The shape of everything the plan writes: a table per output sheet, with
 * stable column keys, headers in English and Chinese, and a format per column
 * so every writer (Office.js, the xlsx file, the in-memory preview) shows dates
 * as dates and money as money. Dates are Excel serial days (numbers).
 */
import type { SheetKind } from "../workbook/headerAliases";

/** How a column's numbers are shown. */
export type CellFormat = "text" | "integer" | "decimal" | "currency" | "date" | "percent";

/** A cell the plan writes: text, a number (dates as serials) or blank. */
export type OutputCell = string | number | null;

export interface OutputColumn {
  /** Stable English identifier, also the default header ("EventDemandP50"). */
  readonly key: string;
  /** Header in Simplified Chinese ("活动需求P50"). */
  readonly zh: string;
  readonly format: CellFormat;
  /**
   * Long text (the Why, an alert's message): shown wrapped in a column at most this wide, in
   * Excel character units, so the sheet prints one page wide as readable lines; absent = one
   * line, the column fitted to its longest value.
   */
  readonly wrapWidth?: number;
}

/** A conditional format: rows whose `column` equals `equals` are shown in `tone`. */
export interface Highlight {
  /** Column key, e.g. "Severity". */
  readonly column: string;
  readonly equals: string;
  readonly tone: "danger" | "warning" | "success";
}

/**
 * One line chart over a block of a table's rows (the Charts sheet draws one per
 * SKU): the table's numeric columns as series against its date column.
 */
export interface TableChart {
  readonly title: string;
  /** First data row drawn, zero-based (the header is not counted). */
  readonly firstRow: number;
  /** Data rows drawn, at least 1. */
  readonly rows: number;
}

export interface OutputTable {
  readonly kind: SheetKind;
  readonly columns: readonly OutputColumn[];
  /** One array per row, one cell per column, in column order. */
  readonly rows: readonly (readonly OutputCell[])[];
  /** Rows to highlight by conditional formatting (Alerts by severity). */
  readonly highlights?: readonly Highlight[];
  /** Native line charts to draw beside the table, each over its block of rows, where the workbook can draw them. */
  readonly charts?: readonly TableChart[];
}

/** A line chart over a table's numeric columns against its first (date) column. */
export interface ChartSpec {
  readonly title: string;
  /** kind "Chart": Date, SKU, then the series as columns (History, Forecast, Lower80, Upper80, Event). */
  readonly table: OutputTable;
}

/**
 * A column of an output table.
 * @example outputColumn("Units", "数量", "integer") // { key: "Units", zh: "数量", format: "integer" }
 */
export function outputColumn(key: string, zh: string, format: CellFormat): OutputColumn {
  return { key, zh, format };
}

/** The column a season's tables start with: which event the row is for (issue 12 §1). */
export const EVENT_COLUMN: OutputColumn = Object.freeze({ key: "Event", zh: "活动", format: "text" });

/**
 * A table with the {@link EVENT_COLUMN} in front when `season` (the plan holds several events); as it is otherwise.
 * @param eventOf the event of each row, by row index
 * @example withEventColumn({ kind: "Plan", columns, rows: [["MUG", …]] }, true, () => "BF").rows[0] // ["BF", "MUG", …]
 */
export function withEventColumn(table: OutputTable, season: boolean, eventOf: (row: number) => string): OutputTable {
  if (!season) return table;
  return { ...table, columns: [EVENT_COLUMN, ...table.columns], rows: table.rows.map((r, i) => [eventOf(i), ...r]) };
}

/** The header text of a column in a language ("en" default, "zh-CN"). */
export function columnHeader(column: OutputColumn, language: string | undefined): string {
  return (language ?? "").toLowerCase().startsWith("zh") ? column.zh : column.key;
}
