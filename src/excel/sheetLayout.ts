/**
 * How an output table is laid out on its sheet so that it reads on screen and
 * prints one page wide: column widths, long text wrapped (`OutputColumn.wrapWidth`)
 * in rows tall enough for it, and — for a table too wide to print legibly with
 * its headers written across (the Plan's 30 columns) — the header turned, read
 * upward in English and stacked in Chinese, so the columns are as narrow as
 * their values. Shared by the .xlsx and Office.js writers. Browser-safe.
 */
import type { OutputCell, OutputTable } from "../engine/plan/outputTable";
import { columnWidth, textWidth } from "./columnLayout";

/** How the header row's text runs: across, turned 90° to read upward, or stacked one character under another (Chinese). */
export type HeaderOrientation = "across" | "upward" | "stacked";

/** The layout of one output table. */
export interface SheetLayout {
  /** Column widths, Excel character units, in column order. */
  readonly widths: readonly number[];
  readonly header: HeaderOrientation;
  /** Height of the header row, points; null = Excel's default (one line). */
  readonly headerHeight: number | null;
  /** Height of each data row, points; null = the default (no wrapped cell runs past one line). */
  readonly rowHeights: readonly (number | null)[];
}

/**
 * Widest a table may be, in character units with its headers across, to print one
 * landscape page wide at a legible scale: 756 pt printable (11 in − 2 × 0.25 in margins)
 * at 70 % is 1,080 pt, about 200 characters of Calibri 11 at 5.25 pt with the cells' padding.
 * The Plan (about 410) and Batches (about 220) are wider and get turned headers.
 */
export const ACROSS_HEADER_LIMIT_CHARS = 200;

/** Height of one line of Calibri 11 in a row, points (Excel's default row height). */
export const LINE_HEIGHT_PT = 15;
/** Points per character unit of text read upward (Calibri 11, capitals and digits included), and room for the filter button. */
const UPWARD_PT_PER_CHAR = 6.2;
const HEADER_PAD_PT = 12;

/** CJK ideographs and full-width forms, the characters a line may break between. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** Words: one CJK character, or a run of other characters up to a space. */
const TOKENS = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+/g;

/**
 * Lines `text` takes wrapped in a column `width` characters wide: greedy, breaking at
 * spaces and between CJK characters, a word longer than a line broken where it runs out.
 * @example wrappedLines("stock on hand (46) covers the need with safety and buffer", 30) // 2
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - 1);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines++;
    let used = 0;
    for (const token of paragraph.match(TOKENS) ?? []) {
      const gap = used > 0 && !CJK.test(token) ? 1 : 0; // the space before a word; none between CJK characters
      let w = textWidth(token);
      if (used + gap + w <= room) {
        used += gap + w;
        continue;
      }
      if (used > 0) {
        lines++;
        used = 0;
      }
      while (w > room) {
        lines++;
        w -= room;
      }
      used = w;
    }
  }
  return lines;
}

/**
 * The layout of `table` written with `headers`.
 * @example sheetLayout(planTable, headers).header // "upward": 30 columns are wider than a page holds across
 */
export function sheetLayout(table: Pick<OutputTable, "columns" | "rows">, headers: readonly string[]): SheetLayout {
  const valuesOf = (j: number): OutputCell[] => table.rows.map((row) => row[j]);
  const across = table.columns.map((column, j) => columnWidth(headers[j], valuesOf(j), column.format, { wrapWidth: column.wrapWidth }));
  const turned = across.reduce((s, w) => s + w, 0) > ACROSS_HEADER_LIMIT_CHARS;
  const widths = turned ? table.columns.map((column, j) => columnWidth(headers[j], valuesOf(j), column.format, { wrapWidth: column.wrapWidth, headerTurned: true })) : across;
  const stacked = turned && headers.some((h) => CJK.test(h));
  const header: HeaderOrientation = !turned ? "across" : stacked ? "stacked" : "upward";
  const headerHeight = header === "across" ? null
    : Math.ceil(header === "stacked" ? Math.max(...headers.map((h) => [...h].length)) * LINE_HEIGHT_PT + HEADER_PAD_PT : Math.max(...headers.map(textWidth)) * UPWARD_PT_PER_CHAR + HEADER_PAD_PT);
  return { widths, header, headerHeight, rowHeights: wrappedRowHeights(table, widths) };
}

/**
 * The height of each data row, points, whose wrapped text (`OutputColumn.wrapWidth`) runs
 * past one line in columns `widths` wide; null for a one-line row.
 * @example wrappedRowHeights({ columns: [why], rows: [["a long reason …"], ["short"]] }, [30]) // [45, null]
 */
export function wrappedRowHeights(table: Pick<OutputTable, "columns" | "rows">, widths: readonly number[]): (number | null)[] {
  const wrapped = table.columns.flatMap((column, j) => (column.wrapWidth !== undefined ? [j] : []));
  return table.rows.map((row) => {
    let lines = 1;
    for (const j of wrapped) {
      const value = row[j];
      if (typeof value === "string" && value !== "") lines = Math.max(lines, wrappedLines(value, widths[j]));
    }
    return lines > 1 ? lines * LINE_HEIGHT_PT : null;
  });
}
