/**
 * PeakStock's store in the workbook, kept as xlsxWorkbook keeps it so the add-in
 * and the command line read each other's: a veryHidden sheet named `_PeakStock`
 * with the settings JSON in column A (A1, A2 …) and the ownership registry JSON
 * in column B (B1, B2 …), each cut into pieces of at most 32,767 characters.
 * Each column is written in place; saving one never disturbs the other.
 */
import { EXCEL_CELL_LIMIT } from "../settingsChunks";
import type { Grid } from "../workbookPort";
import { SETTINGS_SHEET_NAME } from "../writeChecks";
import type { ExcelSteps } from "./excelSteps";
import { readUsedGrid } from "./readUsedRange";
import { TEXT_FORMAT } from "./tableCells";
import { writeRowsInChunks } from "./writeRows";

/** Characters a piece after the first never starts with: an apostrophe Excel could take for its text prefix, and = + - @. */
const AWKWARD_START = new Set(["'", "=", "+", "-", "@"]);

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * `json` cut into pieces of at most `maxLength` characters, joined back exactly
 * by `pieces.join("")`. Like {@link chunkText} (no surrogate pair split), and
 * each cut moves back so that no piece after the first starts with ' = + - or @.
 * The cells are formatted as Text, which keeps = + - @ as text already; the
 * apostrophe is the one character Excel might still swallow as a text prefix.
 * A run of such characters longer than a piece is cut where it must be.
 * @example settingsPieces('{"a":"-1"}', 6) // ['{"a":', '"-1"}']
 */
export function settingsPieces(json: string, maxLength: number = EXCEL_CELL_LIMIT): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < json.length) {
    let end = Math.min(start + maxLength, json.length);
    if (end < json.length) {
      let cut = end;
      while (cut > start + 1 && (isHighSurrogate(json.charCodeAt(cut - 1)) || AWKWARD_START.has(json[cut]))) cut--;
      if (cut > start + 1) end = cut;
      else if (isHighSurrogate(json.charCodeAt(end - 1))) end -= 1;
    }
    pieces.push(json.slice(start, end));
    start = end;
  }
  return pieces;
}

/** Column of `_PeakStock` holding the settings JSON (A). */
export const SETTINGS_COLUMN = 0;

/** Column of `_PeakStock` holding the ownership registry JSON (B). */
export const OWNERSHIP_COLUMN = 1;

/**
 * The values of the `_PeakStock` sheet from A1, or null when there is none.
 * @example await readStoreGrid(steps) // [['{"version":1,…', '{"version":1,"tables":[…]}']]
 */
export function readStoreGrid(steps: ExcelSteps): Promise<Grid | null> {
  return readUsedGrid(steps, SETTINGS_SHEET_NAME);
}

/**
 * The pieces stored down `column` of the store's grid, from row 1 to the first
 * cell that holds no text.
 * @example columnPieces([["a", "x"], ["b", null]], 1) // ["x"]
 */
export function columnPieces(grid: Grid | null, column: number): string[] {
  const pieces: string[] = [];
  for (const row of grid ?? []) {
    const cell = row[column];
    if (typeof cell !== "string" || cell === "") break;
    pieces.push(cell);
  }
  return pieces;
}

/**
 * The text stored in `column` of `_PeakStock`, or null when there is none (no
 * sheet, or nothing in that column).
 * @example await loadColumnText(steps, SETTINGS_COLUMN) // '{"version":1,…}'
 */
export async function loadColumnText(steps: ExcelSteps, column: number): Promise<string | null> {
  const pieces = columnPieces(await readStoreGrid(steps), column);
  return pieces.length === 0 ? null : pieces.join("");
}

/** What {@link writeColumnPieces} writes and over what. */
export interface ColumnWrite {
  readonly column: number;
  readonly pieces: readonly string[];
  /** Pieces in the column now: cells past the new pieces are blanked. */
  readonly oldCount: number;
  /** The `_PeakStock` sheet is not there yet: add it, veryHidden, first. */
  readonly createSheet: boolean;
  readonly limitBytes?: number;
}

/**
 * Writes pieces down one column of `_PeakStock` in place, as Text, blanking the
 * old pieces past them; the other column is not touched. One step to add the
 * sheet when it is missing (veryHidden: not in Excel's Unhide list), then one
 * per chunk of rows (one for anything under ~4 MB).
 */
export async function writeColumnPieces(steps: ExcelSteps, write: ColumnWrite): Promise<void> {
  if (write.createSheet) {
    await steps.step(async (step) => {
      step.pauseForWrite();
      step.context.workbook.worksheets.add(SETTINGS_SHEET_NAME).visibility = "VeryHidden";
      await step.sync();
    });
  }
  const { pieces } = write;
  await writeRowsInChunks(steps, {
    sheetName: SETTINGS_SHEET_NAME,
    firstRow: 0,
    firstColumn: write.column,
    count: Math.max(pieces.length, write.oldCount),
    width: 1,
    rowAt: (i) => ({ values: [i < pieces.length ? pieces[i] : ""], numberFormat: [TEXT_FORMAT] }),
    limitBytes: write.limitBytes,
  });
}

/**
 * Stores `text` in `column` of `_PeakStock` (A: settings, B: ownership), in
 * pieces of at most 32,767 characters ({@link settingsPieces}), replacing what
 * that column held and keeping the other. The pieces go in one sync when they
 * fit (they do, short of 4 MB of settings), so a failure leaves the old text.
 * @example await saveColumnText(steps, SETTINGS_COLUMN, '{"version":1}') // _PeakStock!A1 = '{"version":1}'
 */
export async function saveColumnText(steps: ExcelSteps, column: number, text: string, limitBytes?: number): Promise<void> {
  const grid = await readStoreGrid(steps);
  await writeColumnPieces(steps, { column, pieces: settingsPieces(text), oldCount: columnPieces(grid, column).length, createSheet: grid === null, limitBytes });
}
