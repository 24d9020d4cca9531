/**
 * Adding a sheet to a package: a new worksheet part under a free name, its
 * relationship from the workbook, its Override in [Content_Types].xml and its
 * `<sheet>` at the end of workbook.xml's `<sheets>` (new sheetId, new rId), so
 * every existing sheet keeps its index, id and relationship.
 */
import type { PartLabel } from "./fileProblem";
import { addOverride, CONTENT_TYPE, CONTENT_TYPES_PART } from "./contentTypes";
import type { PackageEdit } from "./packageEdit";
import { relativeTarget, relsPathOf } from "./partPaths";
import { addRelationship, EMPTY_RELATIONSHIPS, freeRelationshipId, parseRelationships, REL_TYPES } from "./relationships";
import { WORKBOOK_PART } from "./workbookModel";
import { appendSheet, parseWorkbookXml, type SheetEntry } from "./workbookXml";

const SHEET_LIST: PartLabel = { kind: "sheetList" };
const TYPES: PartLabel = { kind: "other", part: CONTENT_TYPES_PART };

/**
 * `part`'s relationships with one more, to `target` (a part name) of `type`.
 * @returns the new relationship's id
 */
export function addPartRelationship(edit: PackageEdit, part: string, type: string, target: string, label: PartLabel): string {
  const relsPart = relsPathOf(part);
  const xml = edit.has(relsPart) ? edit.text(relsPart, label) : EMPTY_RELATIONSHIPS;
  const id = freeRelationshipId(parseRelationships(xml));
  edit.setText(relsPart, addRelationship(xml, { id, type, target: relativeTarget(part, target) }));
  return id;
}

/** Adds an Override for `part` to [Content_Types].xml. */
export function addContentType(edit: PackageEdit, part: string, contentType: string): void {
  edit.setText(CONTENT_TYPES_PART, addOverride(edit.text(CONTENT_TYPES_PART, TYPES), part, contentType));
}

/**
 * Appends a sheet named `name` whose content is `pieces`.
 * @returns the new worksheet part's name
 */
export function appendSheetPart(edit: PackageEdit, name: string, state: SheetEntry["state"], pieces: Iterable<string>): string {
  const part = edit.freeName("xl/worksheets/sheet", ".xml");
  edit.setPieces(part, pieces);
  const relId = addPartRelationship(edit, WORKBOOK_PART, REL_TYPES.worksheet, part, SHEET_LIST);
  addContentType(edit, part, CONTENT_TYPE.worksheet);
  const workbook = edit.text(WORKBOOK_PART, SHEET_LIST);
  const sheetId = parseWorkbookXml(workbook).sheets.reduce((max, s) => Math.max(max, s.sheetId), 0) + 1;
  edit.setText(WORKBOOK_PART, appendSheet(workbook, { name, sheetId, relId, state }));
  return part;
}
