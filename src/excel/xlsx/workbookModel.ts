/**
 * The map of an .xlsx package PeakStock works from: the sheets in tab order
 * with the part each one lives in, the date system, and where the styles,
 * shared strings and tables are. Relationship types are matched by their last
 * segment, so Strict Open XML files (other namespace URIs) read the same.
 */
import type { TableInfo } from "../workbookPort";
import type { PartLabel } from "./fileProblem";
import { CONTENT_TYPES_PART } from "./contentTypes";
import { relsPathOf, resolveTarget } from "./partPaths";
import { parseRelationships, type Relationship } from "./relationships";
import { parseTableXml, type TablePartInfo } from "./tableXml";
import { parseWorkbookXml, type SheetEntry } from "./workbookXml";
import type { XlsxPackage } from "./xlsxPackage";
import type { ReadPart } from "./zipLimits";

export const WORKBOOK_PART = "xl/workbook.xml";

/** A sheet of the workbook and the part holding it. */
export interface SheetRecord extends SheetEntry {
  /** The worksheet part, or null for a chart sheet, dialog sheet or a dangling reference. */
  readonly part: string | null;
}

/** What the package holds, as PeakStock needs it. */
export interface WorkbookModel {
  readonly sheets: readonly SheetRecord[];
  readonly date1904: boolean;
  /** workbook.xml.rels as read. */
  readonly relationships: readonly Relationship[];
  readonly stylesPart: string | null;
  readonly sharedStringsPart: string | null;
}

/** True when a relationship's type ends in `/kind` (transitional or strict namespace). */
export function isRelType(rel: Relationship, kind: string): boolean {
  return rel.type.endsWith(`/${kind}`);
}

const SHEET_LIST: PartLabel = { kind: "sheetList" };

/** Reads the workbook's map from its package. */
export function readWorkbookModel(pkg: XlsxPackage): WorkbookModel {
  const info = parseWorkbookXml(pkg.text(WORKBOOK_PART, SHEET_LIST));
  const relsPart = relsPathOf(WORKBOOK_PART);
  const relationships = pkg.has(relsPart) ? parseRelationships(pkg.text(relsPart, SHEET_LIST)) : [];
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const internal = (kind: string): string | null => {
    const rel = relationships.find((r) => isRelType(r, kind) && !r.external);
    const part = rel ? resolveTarget(WORKBOOK_PART, rel.target) : null;
    return part !== null && pkg.has(part) ? part : null;
  };
  const sheets = info.sheets.map((s): SheetRecord => {
    const rel = byId.get(s.relId);
    const part = rel && isRelType(rel, "worksheet") && !rel.external ? resolveTarget(WORKBOOK_PART, rel.target) : null;
    return { ...s, part: part !== null && pkg.has(part) ? part : null };
  });
  return { sheets, date1904: info.date1904, relationships, stylesPart: internal("styles"), sharedStringsPart: internal("sharedStrings") };
}

/** A table part of a sheet, with what it says. */
export interface SheetTable extends TablePartInfo {
  readonly part: string;
  readonly sheet: string;
}

/** The table parts of one sheet (via its relationships), in the order its rels list them. */
export function sheetTables(pkg: XlsxPackage, sheet: SheetRecord): SheetTable[] {
  if (sheet.part === null) return [];
  const relsPart = relsPathOf(sheet.part);
  if (!pkg.has(relsPart)) return [];
  const tables: SheetTable[] = [];
  for (const rel of parseRelationships(pkg.text(relsPart, { kind: "sheet", sheet: sheet.name }))) {
    if (!isRelType(rel, "table") || rel.external) continue;
    const part = resolveTarget(sheet.part, rel.target);
    if (!pkg.has(part)) continue;
    const info = parseTableXml(pkg.text(part, { kind: "other", part }));
    if (info) tables.push({ ...info, part, sheet: sheet.name });
  }
  return tables;
}

/** A table as the port lists it. */
export function tableInfoOf(table: SheetTable): TableInfo {
  const { range } = table;
  return { name: table.name, sheet: table.sheet, top: range.top, left: range.left, rows: range.bottom - range.top + 1, columns: range.right - range.left + 1 };
}

/** Every part PeakStock may read, for the size limits: sheets, shared strings, and the small structural parts. */
export function partsToRead(pkg: XlsxPackage, model: WorkbookModel): ReadPart[] {
  const parts: ReadPart[] = [];
  const add = (name: string | null, kind: ReadPart["kind"], label: PartLabel): void => {
    const entry = name === null ? undefined : pkg.sourceEntry(name);
    if (entry) parts.push({ entry, kind, label });
  };
  for (const s of model.sheets) {
    add(s.part, "sheet", { kind: "sheet", sheet: s.name });
    if (s.part !== null) add(relsPathOf(s.part), "small", { kind: "sheet", sheet: s.name });
  }
  add(model.sharedStringsPart, "sharedStrings", { kind: "sharedText" });
  add(model.stylesPart, "small", { kind: "styles" });
  add(CONTENT_TYPES_PART, "small", { kind: "other", part: CONTENT_TYPES_PART });
  add(relsPathOf(WORKBOOK_PART), "small", SHEET_LIST);
  return parts;
}
