/**
 * Stages {@link WorkbookPort.writeOutputs} on an .xlsx package: checks every
 * write first, then prepares every part it changes — new sheets and tables for
 * "create", the table's cells rewritten in place for "replace", PeakStock's
 * styles, the `_PeakStock` sheet, `fullCalcOnLoad` — as a {@link PackageEdit}.
 * Nothing reaches the package until the caller commits the edit.
 */
import type { OutputLanguage, OutputWrite } from "../workbookPort";
import { checkOutputTargets, checkTableWrite, sameSheetName } from "../writeChecks";
import { chartsOf } from "../chartLayout";
import { printLayoutOf } from "../printLayout";
import { stageCharts } from "./chartStaging";
import { inRange } from "./cellAddress";
import { CONTENT_TYPE, CONTENT_TYPES_PART, removeOverride } from "./contentTypes";
import { newSheetXml } from "./newSheetXml";
import type { PackageEdit } from "./packageEdit";
import { ensurePeakStockStyles, MINIMAL_STYLES, type PeakStockStyles } from "./peakStockStyles";
import { relsPathOf, resolveTarget } from "./partPaths";
import { parseRelationships, REL_TYPES } from "./relationships";
import { replacedSheetXml } from "./replacedSheetXml";
import { addContentType, addPartRelationship, appendSheetPart } from "./sheetAppend";
import { SheetDataSplitter } from "./sheetDataSplitter";
import { tableRange, type PlacedTable } from "./tableCells";
import { tableXml } from "./tableXml";
import { isRelType, WORKBOOK_PART, type SheetRecord, type SheetTable, type WorkbookModel } from "./workbookModel";
import { parseWorkbookXml, setFullCalcOnLoad } from "./workbookXml";
import { withPrintTitles, type PrintTitle } from "./printTitlesXml";
import type { XlsxPackage } from "./xlsxPackage";

/** The workbook as the staging sees it. */
export interface StagingBook {
  readonly pkg: XlsxPackage;
  readonly model: WorkbookModel;
  /** Every table of the workbook. */
  readonly tables: readonly SheetTable[];
}

/** The checked form of one write: its header texts, and for "replace" the sheet and table it replaces. */
interface CheckedWrite {
  readonly write: OutputWrite;
  readonly headers: string[];
  readonly existing: { sheet: SheetRecord; table: SheetTable } | null;
}

/**
 * Checks every write before anything changes: each table (`checkTableWrite`),
 * then the targets against the workbook (`checkOutputTargets`, the same rules
 * and words as the other workbooks).
 * @throws Error naming the sheet or table when a write cannot be done
 */
export function checkWrites(book: StagingBook, writes: readonly OutputWrite[], language: OutputLanguage): CheckedWrite[] {
  const headersOf = writes.map(({ target, table }) => checkTableWrite(target.sheet, table, language));
  checkOutputTargets(writes, { sheetNames: book.model.sheets.map((s) => s.name), tables: book.tables });
  return writes.map((write, i) => {
    const { target } = write;
    const headers = headersOf[i];
    if (target.mode !== "replace") return { write, headers, existing: null };
    // checkOutputTargets has made sure both exist and the table is on that sheet.
    const record = book.model.sheets.find((s) => sameSheetName(s.name, target.sheet)) as SheetRecord;
    const table = book.tables.find((t) => sameSheetName(t.name, target.tableName)) as SheetTable;
    return { write, headers, existing: { sheet: record, table } };
  });
}

/** Adds PeakStock's styles to the edit (creating styles.xml when the workbook has none). */
function stageStyles(edit: PackageEdit, model: WorkbookModel): PeakStockStyles {
  if (model.stylesPart !== null) {
    const { xml, styles } = ensurePeakStockStyles(edit.text(model.stylesPart, { kind: "styles" }));
    edit.setText(model.stylesPart, xml);
    return styles;
  }
  const part = "xl/styles.xml";
  const { xml, styles } = ensurePeakStockStyles(MINIMAL_STYLES);
  edit.setText(part, xml);
  addPartRelationship(edit, WORKBOOK_PART, REL_TYPES.styles, part, { kind: "sheetList" });
  addContentType(edit, part, CONTENT_TYPE.styles);
  return styles;
}

/** A new sheet with the table at A1, its table part, its charts and their links. */
function stageCreate(edit: PackageEdit, checked: CheckedWrite, styles: PeakStockStyles, tableId: number, language: OutputLanguage): void {
  const { target, table } = checked.write;
  const charts = chartsOf(checked.write);
  const placed: PlacedTable = { table, headers: checked.headers, top: 0, left: 0, styles };
  const sheetPart = appendSheetPart(edit, target.sheet, "visible", newSheetXml(placed, "rId1", charts.length > 0 ? "rId2" : undefined));
  const tablePart = edit.freeName("xl/tables/table", ".xml");
  edit.setText(tablePart, tableXml(tableId, target.tableName, tableRange(placed), checked.headers));
  const relId = addPartRelationship(edit, sheetPart, REL_TYPES.table, tablePart, { kind: "sheet", sheet: target.sheet });
  if (relId !== "rId1") throw new Error(`A new sheet's first relationship is ${relId}, not rId1`);
  addContentType(edit, tablePart, CONTENT_TYPE.table);
  if (charts.length === 0) return;
  const drawingRelId = stageCharts(edit, sheetPart, { sheet: target.sheet, table, headers: checked.headers, top: 0, left: 0 }, charts, language);
  if (drawingRelId !== "rId2") throw new Error(`A new sheet's drawing relationship is ${drawingRelId}, not rId2`);
}

/**
 * The table's cells rewritten in place on its sheet, everything else of the
 * sheet kept; the table part rewritten with its id and name, the new range and headers.
 * @returns true when cells holding formulas were dropped (the calculation chain must go)
 */
async function stageReplace(edit: PackageEdit, pkg: XlsxPackage, checked: CheckedWrite, styles: PeakStockStyles, language: OutputLanguage): Promise<boolean> {
  const { sheet, table: old } = checked.existing as { sheet: SheetRecord; table: SheetTable };
  const part = sheet.part as string;
  const placed: PlacedTable = { table: checked.write.table, headers: checked.headers, top: old.range.top, left: old.range.left, styles };
  const range = tableRange(placed);
  let droppedFormulas = false;
  const splitter = new SheetDataSplitter((r, c) => !inRange(old.range, r, c) && !inRange(range, r, c), (xml) => {
    if (/<(?:[A-Za-z_][\w.-]*:)?f[\s>/]/.test(xml)) droppedFormulas = true;
  });
  await pkg.stream(part, { kind: "sheet", sheet: sheet.name }, (piece) => splitter.write(piece));
  const split = splitter.finish();
  const charts = chartsOf(checked.write);
  const source = { sheet: sheet.name, table: checked.write.table, headers: checked.headers, top: old.range.top, left: old.range.left };
  const drawingRelId = stageCharts(edit, part, source, charts, language);
  edit.setPieces(part, replacedSheetXml(split, placed, old.range, new Set(Object.values(styles.highlightStyle)), drawingRelId));
  edit.setText(old.part, tableXml(old.id, old.name, range, checked.headers));
  return droppedFormulas;
}

/** Removes the calculation chain (Excel rebuilds it) when cells it lists no longer hold formulas. */
function dropCalcChain(edit: PackageEdit, model: WorkbookModel): void {
  const rel = model.relationships.find((r) => isRelType(r, "calcChain") && !r.external);
  if (!rel) return;
  const relsPart = relsPathOf(WORKBOOK_PART);
  const xml = edit.text(relsPart, { kind: "sheetList" });
  const kept = parseRelationships(xml).filter((r) => r.id === rel.id).length === 1
    ? xml.replace(new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?Relationship\\s[^>]*Id\\s*=\\s*"${rel.id}"[^>]*/>`), "")
    : xml;
  edit.setText(relsPart, kept);
  const part = resolveTarget(WORKBOOK_PART, rel.target);
  edit.remove(part);
  edit.setText(CONTENT_TYPES_PART, removeOverride(edit.text(CONTENT_TYPES_PART, { kind: "other", part: CONTENT_TYPES_PART }), part));
}

/**
 * The print titles of the written sheets: each sheet's position in workbook.xml
 * (after the creates are appended) and its table's header row.
 */
function printTitles(workbookXml: string, checked: readonly CheckedWrite[]): PrintTitle[] {
  const sheets = parseWorkbookXml(workbookXml).sheets;
  return checked.map((c) => {
    const { sheet } = c.write.target;
    const top = c.existing ? c.existing.table.range.top : 0;
    return { sheetIndex: sheets.findIndex((s) => sameSheetName(s.name, sheet)), sheetName: sheet, titleRow: printLayoutOf(c.write.table, top, 0).titleRow };
  });
}

/**
 * Stages every write into `edit`: styles, each create or replace, the print
 * titles and `fullCalcOnLoad`. The `_PeakStock` sheet is the caller's (it also stores settings).
 * @throws Error before anything is staged when a write cannot be done
 */
export async function stageOutputs(edit: PackageEdit, book: StagingBook, writes: readonly OutputWrite[], language: OutputLanguage): Promise<void> {
  const checked = checkWrites(book, writes, language);
  const styles = stageStyles(edit, book.model);
  let nextTableId = book.tables.reduce((max, t) => Math.max(max, t.id), 0) + 1;
  let droppedFormulas = false;
  for (const c of checked) {
    if (c.existing) droppedFormulas = (await stageReplace(edit, book.pkg, c, styles, language)) || droppedFormulas;
    else stageCreate(edit, c, styles, nextTableId++, language);
  }
  if (droppedFormulas) dropCalcChain(edit, book.model);
  const workbook = edit.text(WORKBOOK_PART, { kind: "sheetList" });
  edit.setText(WORKBOOK_PART, setFullCalcOnLoad(withPrintTitles(workbook, printTitles(workbook, checked))));
}
