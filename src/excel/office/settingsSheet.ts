/**
 * The plan's settings in the workbook, stored as xlsxWorkbook stores them so the
 * add-in and the command line read each other's: JSON text cut into pieces of
 * at most 32,767 characters in column A (A1, A2 …) of a veryHidden sheet named
 * `_PeakStock`.
 */
import { EXCEL_CELL_LIMIT } from "../settingsChunks";
import { SETTINGS_SHEET_NAME } from "../writeChecks";
import type { ExcelSteps } from "./excelSteps";
import { readUsedGrid } from "./readUsedRange";
import { replaceSheet } from "./sheetSwap";
import { TEXT_FORMAT } from "./tableCells";
import { findSheetInfo, freeName, loadInventory } from "./workbookInventory";
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

/**
 * The stored settings JSON, or null when the workbook has no `_PeakStock` sheet.
 * @example await loadSettingsText(steps) // '{"version":1,…}'
 */
export async function loadSettingsText(steps: ExcelSteps): Promise<string | null> {
  const grid = await readUsedGrid(steps, SETTINGS_SHEET_NAME);
  if (grid === null) return null;
  const pieces: string[] = [];
  for (const row of grid) {
    if (typeof row[0] !== "string") break;
    pieces.push(row[0]);
  }
  return pieces.join("");
}

/**
 * Replaces the stored settings whole: a new veryHidden sheet (not in Excel's
 * Unhide list) is filled, then swapped for the old `_PeakStock`, so a failure
 * keeps the old settings.
 * @example await saveSettingsText(steps, '{"version":1}') // _PeakStock!A1 = '{"version":1}'
 */
export async function saveSettingsText(steps: ExcelSteps, json: string, limitBytes?: number): Promise<void> {
  const inventory = await loadInventory(steps);
  const tempName = freeName(`${SETTINGS_SHEET_NAME}_settings`, inventory.sheets.map((s) => s.name));
  const pieces = settingsPieces(json);
  await replaceSheet(steps, {
    finalName: SETTINGS_SHEET_NAME,
    existing: findSheetInfo(inventory, SETTINGS_SHEET_NAME) ?? null,
    tempName,
    create: (sheet) => {
      sheet.visibility = "VeryHidden";
    },
    build: async () => {
      await writeRowsInChunks(steps, {
        sheetName: tempName,
        firstRow: 0,
        count: pieces.length,
        width: 1,
        rowAt: (i) => ({ values: [pieces[i]], numberFormat: [TEXT_FORMAT] }),
        limitBytes,
      });
    },
  });
}
