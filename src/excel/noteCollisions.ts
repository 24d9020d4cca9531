/**
 * Notes a seller typed beside or below PeakStock's tables, and the error a
 * re-run gives before it would write over them. Browser-safe.
 */
import { cellAddress, columnLetter } from "../engine/cells";
import type { EngineError } from "../engine/errors";
import type { Grid, OutputLanguage, TableInfo } from "./workbookPort";

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/**
 * The cells a table grown from `old`'s top-left to `newRows` × `newColumns`
 * (header included) would write over: non-blank on the sheet, outside the old
 * table's range, inside the new one. Row by row, left to right.
 * @param grid the sheet's values from A1 (as {@link WorkbookPort.readSheet} gives them)
 * @param old the table now
 * @returns local A1 addresses ("AC3")
 * @example noteCollisions([["SKU", "Qty", null], [1, 2, "call Li"]], { name: "T", sheet: "Plan", top: 0, left: 0, rows: 2, columns: 2 }, 3, 3) // ["C2"]
 */
export function noteCollisions(grid: Grid, old: TableInfo, newRows: number, newColumns: number): string[] {
  const cells: string[] = [];
  const bottom = Math.min(grid.length, old.top + newRows);
  for (let r = old.top; r < bottom; r++) {
    const row = grid[r];
    const right = Math.min(row.length, old.left + newColumns);
    const inOldRows = r < old.top + old.rows;
    for (let c = old.left; c < right; c++) {
      if (inOldRows && c < old.left + old.columns) continue;
      if (!isBlank(row[c])) cells.push(`${columnLetter(c)}${r + 1}`);
    }
  }
  return cells;
}

/** Cells a re-run would overwrite on one sheet. */
export interface NotesOnSheet {
  readonly sheet: string;
  /** Local A1 addresses, as {@link noteCollisions} gives them. */
  readonly cells: readonly string[];
}

/** The error of a re-run stopped by notes in its way; `notes` says where they are. */
export interface NotesInTheWay extends EngineError {
  readonly notes: readonly NotesOnSheet[];
}

/**
 * True when a plan's error is {@link NotesInTheWay} (the pane then offers to overwrite them).
 * @example isNotesInTheWay(notesInTheWay([{ sheet: "Plan", cells: ["C2"] }], "en")) // true
 */
export function isNotesInTheWay(error: EngineError): error is NotesInTheWay {
  return Array.isArray((error as Partial<NotesInTheWay>).notes);
}

/** Cells named in a message: this many, then "and N more". */
const NAMED_CELLS = 5;

/**
 * The cells as a seller reads them: "Plan!AC3 and Plan!AD7", "Plan!C2, Plan!C3, … and 12 more cells".
 * @example notedCells([{ sheet: "Plan Sept", cells: ["C2", "D9"] }], "en") // "'Plan Sept'!C2 and 'Plan Sept'!D9"
 */
export function notedCells(notes: readonly NotesOnSheet[], language: OutputLanguage): string {
  const all = notes.flatMap(({ sheet, cells }) => {
    const prefix = cellAddress(sheet, 1, 0).slice(0, -"A1".length); // "Plan!" or "'Plan Sept'!", quoted as Excel quotes it
    return cells.map((cell) => `${prefix}${cell}`);
  });
  const named = all.slice(0, NAMED_CELLS);
  const more = all.length - named.length;
  if (language === "zh-CN") return more > 0 ? `${named.join("、")} 等 ${all.length} 个单元格` : named.join("、");
  if (more > 0) return `${named.join(", ")} and ${more} more cell${more === 1 ? "" : "s"}`;
  return named.length === 1 ? named[0] : `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}`;
}

/**
 * The error that stops a re-run before it writes over notes, in the output language.
 * @example notesInTheWay([{ sheet: "Plan", cells: ["AC3", "AD7"] }], "en").message
 * // "Plan!AC3 and Plan!AD7 hold notes the new plan would overwrite: the tables grow into them. Move them out of the way, or allow PeakStock to overwrite them, and run again. Nothing was written."
 */
export function notesInTheWay(notes: readonly NotesOnSheet[], language: OutputLanguage): NotesInTheWay {
  const cells = notedCells(notes, language);
  const count = notes.reduce((sum, n) => sum + n.cells.length, 0);
  const message = language === "zh-CN"
    ? `${cells} 有内容（备注），新的规划会覆盖它们：表格会扩展到这些单元格。请把它们移开，或允许 PeakStock 覆盖，然后再运行一次。未写入任何内容。`
    : `${cells} ${count === 1 ? "holds a note" : "hold notes"} the new plan would overwrite: the tables grow into ${count === 1 ? "it" : "them"}. Move ${count === 1 ? "it" : "them"} out of the way, or allow PeakStock to overwrite ${count === 1 ? "it" : "them"}, and run again. Nothing was written.`;
  return { code: "INCONSISTENT_INPUT", message, where: { sheet: notes[0]?.sheet ?? "" }, notes };
}
