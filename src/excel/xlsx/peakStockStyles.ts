/**
 * The styles PeakStock's output cells and highlights use, added to
 * `xl/styles.xml` by text surgery: number formats, cell formats (`cellXfs`)
 * and differential formats (`dxfs`, for conditional formatting) are appended
 * at the END of their lists with the counts updated, so every index a
 * seller's cells already use keeps its meaning. Idempotent: an entry equal to
 * the one PeakStock needs is reused, so re-running a plan adds nothing.
 */
import type { CellFormat, Highlight } from "../../engine/plan/outputTable";
import { NUMBER_FORMATS } from "../columnLayout";
import type { HeaderOrientation } from "../sheetLayout";
import { rootPrefix } from "./workbookXml";
import { appendToList, findList, type XmlList } from "./xmlList";
import { attribute } from "./xmlScanner";
import { escapeXml, unescapeXml } from "./xmlEscape";

/** Style indices for PeakStock's cells: a `cellXfs` index per format, a `dxfs` index per highlight tone. */
export interface PeakStockStyles {
  readonly cellStyle: Readonly<Record<CellFormat, number>>;
  /** The `cellXfs` index of wrapped text (Text format, `wrapText`): long-text columns (`OutputColumn.wrapWidth`). */
  readonly wrapStyle: number;
  /** The `cellXfs` index of a header cell per orientation (`sheetLayout.ts`): 0 across, turned ones added. */
  readonly headerStyle: Readonly<Record<HeaderOrientation, number>>;
  readonly highlightStyle: Readonly<Record<Highlight["tone"], number>>;
}

/** Built-in number format ids (ECMA-376 Part 1 §18.8.30) of the formats that have one. */
const BUILT_IN_FORMAT_ID: Readonly<Record<string, number>> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49 };

/** Font colour and fill of each tone: Excel's "Bad", "Neutral" and "Good" cell styles. */
const TONE_COLORS: Readonly<Record<Highlight["tone"], { font: string; fill: string }>> = {
  danger: { font: "FF9C0006", fill: "FFFFC7CE" },
  warning: { font: "FF9C5700", fill: "FFFFEB9C" },
  success: { font: "FF006100", fill: "FFC6EFCE" },
};

const FORMATS = Object.keys(NUMBER_FORMATS) as CellFormat[];
const TONES = Object.keys(TONE_COLORS) as Highlight["tone"][];

/** First custom number format id (ids below are Excel's built-ins). */
const FIRST_CUSTOM_FORMAT_ID = 164;

/** A styles part for a workbook that has none: one font, the two required fills, one border, one cell format. */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/></styleSheet>';

/** Children of `<styleSheet>` in schema order (CT_Stylesheet), to insert a missing list in its place. */
const STYLESHEET_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

/** `xml` with an empty list element `name` inserted where the schema puts it. */
function ensureList(xml: string, name: string, prefix: string): string {
  if (findList(xml, name, prefix)) return xml;
  const element = `<${prefix}${name} count="0"/>`;
  for (const later of STYLESHEET_ORDER.slice(STYLESHEET_ORDER.indexOf(name) + 1)) {
    const found = findList(xml, later, prefix);
    if (found) return xml.slice(0, found.openStart) + element + xml.slice(found.openStart);
  }
  const root = findList(xml, "styleSheet", prefix);
  if (!root || root.selfClosing) throw new Error("styles.xml has no <styleSheet> element");
  return xml.slice(0, root.closeStart) + element + xml.slice(root.closeStart);
}

function listOf(xml: string, name: string, prefix: string): XmlList {
  const list = findList(xml, name, prefix);
  if (!list) throw new Error(`styles.xml has no <${name}>`);
  return list;
}

/** The number format ids PeakStock's formats use, adding custom ones to `<numFmts>` as needed. */
function ensureNumberFormats(xml: string, prefix: string): { xml: string; ids: Record<CellFormat, number> } {
  const list = listOf(xml, "numFmts", prefix);
  const byCode = new Map<string, number>();
  let maxId = FIRST_CUSTOM_FORMAT_ID - 1;
  for (const child of list.children) {
    const id = Number(attribute(child, "numFmtId"));
    const code = unescapeXml(attribute(child, "formatCode") ?? "");
    if (Number.isInteger(id)) {
      maxId = Math.max(maxId, id);
      if (!byCode.has(code)) byCode.set(code, id);
    }
  }
  const added: string[] = [];
  const ids = {} as Record<CellFormat, number>;
  for (const format of FORMATS) {
    const code = NUMBER_FORMATS[format];
    let id = BUILT_IN_FORMAT_ID[code] ?? byCode.get(code);
    if (id === undefined) {
      id = ++maxId;
      byCode.set(code, id);
      added.push(`<${prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    ids[format] = id;
  }
  return { xml: added.length > 0 ? appendToList(xml, list, added) : xml, ids };
}

/** True when a `<xf>` is exactly "number format `id`, default font, fill, border and parent" (apply* flags aside). */
function isPlainNumberXf(xf: string, id: number): boolean {
  if (!/\/>\s*$/.test(xf)) return false; // has children (alignment, protection)
  const attrs = [...xf.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)].filter(([, name]) => !name.startsWith("apply"));
  const want: Record<string, string> = { numFmtId: String(id), fontId: "0", fillId: "0", borderId: "0", xfId: "0" };
  return attrs.length === Object.keys(want).length && attrs.every(([, name, value]) => want[name] === value);
}

/** `textRotation` of a turned header (ECMA-376 §18.8.1): 90 reads upward, 255 stacks the characters. */
const HEADER_ROTATION: Readonly<Record<Exclude<HeaderOrientation, "across">, number>> = { upward: 90, stacked: 255 };

/** The `cellXfs` entry of a turned header: General format, centred, rotated. */
function headerXf(prefix: string, rotation: number): string {
  return `<${prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><${prefix}alignment horizontal="center" textRotation="${rotation}"/></${prefix}xf>`;
}

/** True when a `<xf>` is exactly a turned header PeakStock writes ({@link headerXf}). */
function isHeaderXf(xf: string, rotation: number): boolean {
  return alignmentOf(xf, 0) === `horizontal=center textRotation=${rotation}`;
}

/** The sorted attributes of a plain `<xf>`'s only child `<alignment>` ("vertical=top wrapText=1"), or null when it is anything else. */
function alignmentOf(xf: string, formatId: number): string | null {
  const open = /^<[^>]*>/.exec(xf)?.[0] ?? "";
  if (!isPlainNumberXf(open.replace(/>$/, "/>"), formatId)) return null;
  const inner = xf.slice(open.length).replace(/<\/(?:[\w.-]+:)?xf\s*>\s*$/, "");
  const alignment = /^\s*<(?:[\w.-]+:)?alignment\s([^>]*?)\/>\s*$/.exec(inner);
  if (!alignment) return null;
  return [...alignment[1].matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)].map(([, name, value]) => `${name}=${value}`).sort().join(" ");
}

/**
 * The `cellXfs` entry of wrapped text PeakStock writes: the Text format, wrapped. It keeps
 * Excel's bottom alignment, as every other cell of the row has, so a row reads along its last line.
 */
function wrapXf(prefix: string, textFormatId: number): string {
  return `<${prefix}xf numFmtId="${textFormatId}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><${prefix}alignment wrapText="1"/></${prefix}xf>`;
}

/** True when a `<xf>` is the Text format with default font, fill, border and parent, wrapped, nothing else. */
function isWrapXf(xf: string, textFormatId: number): boolean {
  return alignmentOf(xf, textFormatId) === "wrapText=1";
}

/** The `dxf` PeakStock writes for a tone. */
function dxfXml(prefix: string, tone: Highlight["tone"]): string {
  const { font, fill } = TONE_COLORS[tone];
  return `<${prefix}dxf><${prefix}font><${prefix}color rgb="${font}"/></${prefix}font><${prefix}fill><${prefix}patternFill patternType="solid"><${prefix}bgColor rgb="${fill}"/></${prefix}patternFill></${prefix}fill></${prefix}dxf>`;
}

/** True when a `dxf` sets exactly a tone's font colour and fill (however Excel re-wrote it). */
function isToneDxf(dxf: string, tone: Highlight["tone"]): boolean {
  const { font, fill } = TONE_COLORS[tone];
  const colors = [...dxf.matchAll(/rgb\s*=\s*"([0-9A-Fa-f]{8})"/g)].map((m) => m[1].toUpperCase());
  return colors.length === 2 && colors[0] === font && colors[1] === fill && !/<(\w+:)?(numFmt|border|alignment)\b/.test(dxf);
}

/**
 * `stylesXml` with everything PeakStock's cells need, and where it is.
 * @example ensurePeakStockStyles(MINIMAL_STYLES).styles.cellStyle.integer // 2: cellXfs had 1 entry, text went first
 */
export function ensurePeakStockStyles(stylesXml: string): { xml: string; styles: PeakStockStyles } {
  const prefix = rootPrefix(stylesXml, "styleSheet");
  let xml = ensureList(stylesXml, "numFmts", prefix);
  const formats = ensureNumberFormats(xml, prefix);
  xml = ensureList(formats.xml, "cellXfs", prefix);

  const xfs = listOf(xml, "cellXfs", prefix);
  const cellStyle = {} as Record<CellFormat, number>;
  const addedXfs: string[] = [];
  for (const format of FORMATS) {
    const id = formats.ids[format];
    const existing = xfs.children.findIndex((xf) => isPlainNumberXf(xf, id));
    if (existing >= 0) cellStyle[format] = existing;
    else {
      const sameAdded = addedXfs.findIndex((xf) => isPlainNumberXf(xf, id));
      if (sameAdded >= 0) cellStyle[format] = xfs.children.length + sameAdded;
      else {
        cellStyle[format] = xfs.children.length + addedXfs.length;
        addedXfs.push(`<${prefix}xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`);
      }
    }
  }
  const textId = formats.ids.text;
  const ensureXf = (matches: (xf: string) => boolean, make: () => string): number => {
    const existing = xfs.children.findIndex(matches);
    if (existing >= 0) return existing;
    addedXfs.push(make());
    return xfs.children.length + addedXfs.length - 1;
  };
  const wrapStyle = ensureXf((xf) => isWrapXf(xf, textId), () => wrapXf(prefix, textId));
  const headerStyle: Record<HeaderOrientation, number> = {
    across: 0,
    upward: ensureXf((xf) => isHeaderXf(xf, HEADER_ROTATION.upward), () => headerXf(prefix, HEADER_ROTATION.upward)),
    stacked: ensureXf((xf) => isHeaderXf(xf, HEADER_ROTATION.stacked), () => headerXf(prefix, HEADER_ROTATION.stacked)),
  };
  if (addedXfs.length > 0) xml = appendToList(xml, xfs, addedXfs);

  xml = ensureList(xml, "dxfs", prefix);
  const dxfs = listOf(xml, "dxfs", prefix);
  const highlightStyle = {} as Record<Highlight["tone"], number>;
  const addedDxfs: string[] = [];
  for (const tone of TONES) {
    const existing = dxfs.children.findIndex((dxf) => isToneDxf(dxf, tone));
    if (existing >= 0) highlightStyle[tone] = existing;
    else {
      highlightStyle[tone] = dxfs.children.length + addedDxfs.length;
      addedDxfs.push(dxfXml(prefix, tone));
    }
  }
  if (addedDxfs.length > 0) xml = appendToList(xml, dxfs, addedDxfs);
  return { xml, styles: { cellStyle, wrapStyle, headerStyle, highlightStyle } };
}
