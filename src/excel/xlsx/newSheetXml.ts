/**
 * The worksheet part of a new output sheet, as pieces of text (a Forecast of
 * 450,000 rows is never one string): the table from A1, its header row
 * frozen, column widths fitted to the values (`columnLayout.ts`, long text
 * wrapped), highlights as conditional formats, the print setup
 * (`printSetupXml.ts`: landscape, one page wide) and a link to its table part.
 */
import { sheetLayout } from "../sheetLayout";
import { rangeRef } from "./cellAddress";
import { NEW_SHEET_PR, newSheetPrintXml } from "./printSetupXml";
import { highlightXml, tableRange, tableRowCells, tableRowHeight, type PlacedTable } from "./tableCells";

export const SPREADSHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Rows per piece of text yielded. */
const ROWS_PER_PIECE = 2000;

/** ` ht="…"` for a row height in points, or nothing for the default. */
export function heightAttribute(points: number | null): string {
  return points === null ? "" : ` ht="${points}"`;
}

/**
 * The sheet's XML in pieces.
 * @param table the table at A1 (top 0, left 0); its layout (widths, header, row heights) is worked out here
 * @param tableRelId the relationship id (in the sheet's .rels) of its table part
 * @param drawingRelId the relationship id of its drawing part (its charts), if it has one
 */
export function* newSheetXml(table: PlacedTable, tableRelId: string, drawingRelId?: string): Generator<string> {
  const layout = sheetLayout(table.table, table.headers);
  const placed: PlacedTable = { ...table, header: layout.header, headerHeight: layout.headerHeight, rowHeights: layout.rowHeights };
  const range = tableRange(placed);
  const widths = layout.widths;
  yield `${XML_DECLARATION}<worksheet xmlns="${SPREADSHEET_NS}" xmlns:r="${RELATIONSHIPS_NS}">${NEW_SHEET_PR}` +
    `<dimension ref="${rangeRef(range)}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${widths.map((w, j) => `<col min="${j + 1}" max="${j + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>` +
    "<sheetData>";
  let piece = "";
  for (let r = range.top; r <= range.bottom; r++) {
    piece += `<row r="${r + 1}"${heightAttribute(tableRowHeight(placed, r))}>${tableRowCells(placed, r).map((c) => c.xml).join("")}</row>`;
    if ((r + 1) % ROWS_PER_PIECE === 0) {
      yield piece;
      piece = "";
    }
  }
  const drawing = drawingRelId === undefined ? "" : `<drawing r:id="${drawingRelId}"/>`;
  yield `${piece}</sheetData>${highlightXml(placed)}${newSheetPrintXml()}${drawing}` +
    `<tableParts count="1"><tablePart r:id="${tableRelId}"/></tableParts></worksheet>`;
}
