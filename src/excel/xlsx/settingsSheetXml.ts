/**
 * The worksheet part of the very hidden `_PeakStock` sheet: the plan's
 * settings JSON in column A and the ownership registry JSON in column B, each
 * cut into pieces a cell can hold (`settingsChunks.ts`), as inline strings.
 */
import type { Grid } from "../workbookPort";
import { chunkText } from "../settingsChunks";
import { cellXml } from "./cellXml";
import { SPREADSHEET_NS, XML_DECLARATION } from "./newSheetXml";

/** The two texts the sheet stores. */
export interface StoredTexts {
  /** Settings JSON (column A), or null for none. */
  readonly settings: string | null;
  /** Ownership registry JSON (column B), or null for none. */
  readonly ownership: string | null;
}

/** The text of one column: its string cells from the top, joined, up to the first non-text cell; null when A1/B1 is not text. */
function columnText(grid: Grid, column: number): string | null {
  const pieces: string[] = [];
  for (const row of grid) {
    const value = row[column];
    if (typeof value !== "string") break;
    pieces.push(value);
  }
  return pieces.length === 0 ? null : pieces.join("");
}

/**
 * The texts held by a `_PeakStock` sheet's grid.
 * @example storedTexts([["{\"a\":1}", "{\"version\":1}"]]) // { settings: '{"a":1}', ownership: '{"version":1}' }
 */
export function storedTexts(grid: Grid): StoredTexts {
  return { settings: columnText(grid, 0), ownership: columnText(grid, 1) };
}

/** The worksheet XML holding `texts`. */
export function settingsSheetXml(texts: StoredTexts): string {
  const a = texts.settings === null ? [] : chunkText(texts.settings);
  const b = texts.ownership === null ? [] : chunkText(texts.ownership);
  let rows = "";
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    rows += `<row r="${i + 1}">${i < a.length ? cellXml(`A${i + 1}`, a[i], 0) : ""}${i < b.length ? cellXml(`B${i + 1}`, b[i], 0) : ""}</row>`;
  }
  return `${XML_DECLARATION}<worksheet xmlns="${SPREADSHEET_NS}"><sheetData>${rows}</sheetData></worksheet>`;
}
