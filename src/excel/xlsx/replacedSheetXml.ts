/**
 * A worksheet part with PeakStock's table replaced in place: the kept cells
 * (everything outside the old and new table ranges, as written) merged row by
 * row with the new table's cells from the same top-left, `<dimension>`
 * updated, PeakStock's old highlight formats swapped for the new ones, the
 * print setup made landscape and one page wide (`printSetupXml.ts`), and
 * every other element of the sheet left as it was.
 */
import { rangeRef, type CellRange } from "./cellAddress";
import { sheetLayout, wrappedRowHeights } from "../sheetLayout";
import { heightAttribute } from "./newSheetXml";
import { headWithFitToPage, tailWithPageSetup } from "./printSetupXml";
import { rootPrefix } from "./workbookXml";
import type { KeptRow, SplitSheet } from "./sheetDataSplitter";
import { highlightXml, tableRange, tableRowCells, tableRowHeight, type PlacedTable } from "./tableCells";

/** Worksheet children that come after `conditionalFormatting` (CT_Worksheet, ECMA-376 Part 1 §18.3.1.99). */
const AFTER_CONDITIONAL_FORMATTING = new Set([
  "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF",
  "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
]);

const TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:"[^"]*"|'[^']*'|[^>"'])*?)(\/?)>|<!--[\s\S]*?-->/g;

/** Top-level elements of the text after `</sheetData>`: local name, start and end offsets. */
export function topLevelElements(tail: string): { name: string; start: number; end: number }[] {
  const found: { name: string; start: number; end: number }[] = [];
  let depth = 0;
  let start = -1;
  let name = "";
  TAG.lastIndex = 0;
  for (let m = TAG.exec(tail); m; m = TAG.exec(tail)) {
    if (m[2] === undefined) continue;
    const closing = m[1] === "/";
    if (closing) {
      if (depth === 0) break; // </worksheet>
      depth--;
      if (depth === 0) found.push({ name, start, end: m.index + m[0].length });
    } else if (m[4] === "/") {
      if (depth === 0) found.push({ name: m[2], start: m.index, end: m.index + m[0].length });
    } else {
      if (depth === 0) {
        start = m.index;
        name = m[2];
      }
      depth++;
    }
  }
  return found;
}

/**
 * The tail without PeakStock's old highlights: each `conditionalFormatting`
 * over exactly the old table's data rows whose every rule uses one of
 * PeakStock's highlight formats.
 */
export function withoutOldHighlights(tail: string, oldBody: CellRange | null, peakStockDxfs: ReadonlySet<number>): string {
  if (oldBody === null) return tail;
  const oldRef = rangeRef(oldBody);
  let out = "";
  let p = 0;
  for (const e of topLevelElements(tail)) {
    if (e.name !== "conditionalFormatting") continue;
    const text = tail.slice(e.start, e.end);
    const sqref = /\ssqref\s*=\s*"([^"]*)"/.exec(text)?.[1];
    const dxfIds = [...text.matchAll(/\sdxfId\s*=\s*"(\d+)"/g)].map((m) => Number(m[1]));
    const rules = [...text.matchAll(/<(?:[A-Za-z_][\w.-]*:)?cfRule[\s>]/g)].length;
    if (sqref === oldRef && rules > 0 && dxfIds.length === rules && dxfIds.every((id) => peakStockDxfs.has(id))) {
      out += tail.slice(p, e.start);
      p = e.end;
    }
  }
  return out + tail.slice(p);
}

/** The tail with `added` (conditional formats) inserted where the schema wants them: before the first element that follows them. */
export function insertHighlights(tail: string, added: string): string {
  if (added === "") return tail;
  const next = topLevelElements(tail).find((e) => AFTER_CONDITIONAL_FORMATTING.has(e.name));
  const at = next ? next.start : tail.lastIndexOf("</");
  return tail.slice(0, at) + added + tail.slice(at);
}

/** Worksheet children that come after `drawing` (CT_Worksheet). */
const AFTER_DRAWING = new Set(["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"]);

/** The tail with `<drawing r:id>` linking the sheet's new drawing part, where the schema puts it. */
export function tailWithDrawing(tail: string, relId: string, prefix: string): string {
  const next = topLevelElements(tail).find((e) => AFTER_DRAWING.has(e.name));
  const at = next ? next.start : tail.lastIndexOf("</");
  return `${tail.slice(0, at)}<${prefix}drawing r:id="${relId}"/>${tail.slice(at)}`;
}

/** Highest `priority` of the conditional formats left in the tail. */
function maxPriority(tail: string): number {
  let max = 0;
  for (const m of tail.matchAll(/\spriority\s*=\s*"(\d+)"/g)) max = Math.max(max, Number(m[1]));
  return max;
}

/** The head with `<dimension ref>` set to `ref` (left alone when the sheet has none). */
function withDimension(head: string, ref: string): string {
  return head.replace(/(<(?:[A-Za-z_][\w.-]*:)?dimension\s+ref\s*=\s*)("[^"]*"|'[^']*')/, `$1"${ref}"`);
}

/** Excel's width of a column no `<col>` sets, character units. */
const DEFAULT_COLUMN_WIDTH = 8.43;

/**
 * The width of each column `<cols>` in the head sets, character units, by zero-based column.
 * @example columnWidthsOf('<cols><col min="2" max="3" width="20" customWidth="1"/></cols>') // Map { 1 → 20, 2 → 20 }
 */
export function columnWidthsOf(head: string): Map<number, number> {
  const widths = new Map<number, number>();
  for (const m of head.matchAll(/<(?:[A-Za-z_][\w.-]*:)?col\s([^>]*?)\/?>/g)) {
    const attr = (name: string): number => Number(new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(` ${m[1]}`)?.[1]);
    const [min, max, width] = [attr("min"), attr("max"), attr("width")];
    if (!Number.isInteger(min) || !Number.isInteger(max) || !Number.isFinite(width) || max - min > 16384) continue;
    for (let c = min; c <= max; c++) widths.set(c - 1, width);
  }
  return widths;
}

/**
 * A table row's attributes: the kept ones, with the row's height set to the table's
 * when it needs one (wrapped text, a turned header); a height left by an earlier run
 * is dropped when the row is back to one line, a height the seller set (`customHeight`) kept.
 */
function tableRowAttributes(kept: string, height: number | null): string {
  if (height === null) return /\scustomHeight\s*=\s*"(1|true)"/.test(kept) ? kept : kept.replace(/\sht\s*=\s*"[^"]*"/, "");
  return `${kept.replace(/\s(ht|customHeight)\s*=\s*"[^"]*"/g, "")}${heightAttribute(height)}`;
}

/** One `<row>`: kept cells and table cells merged by column; a table row carries the table's height. */
function rowXml(row: number, kept: KeptRow | undefined, tableCells: readonly { column: number; xml: string }[], height: number | null | undefined): string {
  const cells = [...(kept?.cells ?? []), ...tableCells].sort((a, b) => a.column - b.column);
  const attributes = height === undefined ? kept?.attributes ?? "" : tableRowAttributes(kept?.attributes ?? "", height);
  return `<row r="${row + 1}"${attributes}>${cells.map((c) => c.xml).join("")}</row>`;
}

/**
 * The replaced sheet's XML in pieces.
 * @param split the old sheet without the old table's cells (nor any cell in the new range)
 * @param placed the new table, at the old table's top-left
 * @param oldRange the old table's range (header included)
 * @param peakStockDxfs the dxf indices of PeakStock's highlight formats
 * @param drawingRelId the relationship id of a drawing part made for the sheet's charts, to link from it
 */
export function* replacedSheetXml(split: SplitSheet, table: PlacedTable, oldRange: CellRange, peakStockDxfs: ReadonlySet<number>, drawingRelId?: string | null): Generator<string> {
  // The columns keep the widths the sheet has (the seller may have set them); rows are as tall as the wrapped text needs in them.
  const sheetWidths = columnWidthsOf(split.head);
  const widths = table.table.columns.map((_, j) => sheetWidths.get(table.left + j) ?? DEFAULT_COLUMN_WIDTH);
  const layout = sheetLayout(table.table, table.headers);
  const placed: PlacedTable = { ...table, header: layout.header, headerHeight: layout.headerHeight, rowHeights: wrappedRowHeights(table.table, widths) };
  const range = tableRange(placed);
  const bottom = Math.max(range.bottom, split.keptExtent?.bottom ?? 0);
  const right = Math.max(range.right, split.keptExtent?.right ?? 0);
  const prefix = rootPrefix(split.head, "worksheet");
  yield `${headWithFitToPage(withDimension(split.head, rangeRef({ top: 0, left: 0, bottom, right }).replace(/^A1:A1$/, "A1")), prefix)}<sheetData>`;
  const keptByRow = new Map(split.rows.map((r) => [r.row, r]));
  const rowsToWrite = new Set<number>(split.rows.map((r) => r.row));
  for (let r = range.top; r <= range.bottom; r++) rowsToWrite.add(r);
  let piece = "";
  let n = 0;
  for (const r of [...rowsToWrite].sort((a, b) => a - b)) {
    const inTable = r >= range.top && r <= range.bottom;
    piece += rowXml(r, keptByRow.get(r), inTable ? tableRowCells(placed, r) : [], inTable ? tableRowHeight(placed, r) : undefined);
    if (++n % 2000 === 0) {
      yield piece;
      piece = "";
    }
  }
  const oldBody = oldRange.bottom > oldRange.top ? { ...oldRange, top: oldRange.top + 1 } : null;
  const tail = withoutOldHighlights(split.tail, oldBody, peakStockDxfs);
  const printed = tailWithPageSetup(insertHighlights(tail, highlightXml(placed, maxPriority(tail) + 1)), prefix);
  yield `${piece}</sheetData>${drawingRelId ? tailWithDrawing(printed, drawingRelId, prefix) : printed}`;
}
