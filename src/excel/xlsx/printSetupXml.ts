/**
 * The print setup of an output sheet in SpreadsheetML (ECMA-376 Part 1
 * §18.3.1): `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` (scale to fit),
 * `<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>` (one
 * page wide, as many tall as needed), narrow `<pageMargins>` and a
 * `<headerFooter>` on a new sheet. On a replaced sheet the same settings are
 * merged into what is there by text surgery: the orientation and fit are set,
 * every other attribute (paper size, printer settings, scale) and element the
 * seller or Excel wrote is kept. The repeated header row is a defined name in
 * workbook.xml (`printTitlesXml.ts`).
 */
import { PRINT_FOOTER, PRINT_MARGINS_INCHES } from "../printLayout";
import { topLevelElements } from "./replacedSheetXml";
import { escapeXml } from "./xmlEscape";

/** The attributes PeakStock sets on `<pageSetup>`. */
const PAGE_SETUP = { orientation: "landscape", fitToWidth: "1", fitToHeight: "0" } as const;

/** Worksheet children that come after `pageSetup` (CT_Worksheet). */
const AFTER_PAGE_SETUP = new Set([
  "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing",
  "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
]);
/** Worksheet children that come after `headerFooter`. */
const AFTER_HEADER_FOOTER = new Set([...AFTER_PAGE_SETUP].filter((name) => name !== "headerFooter"));

const TAG_NAME = "(?:[A-Za-z_][\\w.-]*:)?";

/** `<sheetPr>` of a new output sheet. */
export const NEW_SHEET_PR = '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';

/** The print elements of a new output sheet, in schema order: margins, page setup, footer. */
export function newSheetPrintXml(): string {
  const m = PRINT_MARGINS_INCHES;
  return `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup orientation="${PAGE_SETUP.orientation}" fitToWidth="${PAGE_SETUP.fitToWidth}" fitToHeight="${PAGE_SETUP.fitToHeight}"/>` +
    footerXml("");
}

function footerXml(prefix: string): string {
  return `<${prefix}headerFooter><${prefix}oddFooter>${escapeXml(`&L${PRINT_FOOTER.left}&R${PRINT_FOOTER.right}`)}</${prefix}oddFooter></${prefix}headerFooter>`;
}

/**
 * An element's start tag with `values` set: existing attributes of those names
 * get the new value, missing ones are added; all others are kept as written.
 * @example withAttributes('<pageSetup paperSize="9" orientation="portrait"/>', { orientation: "landscape" }) // '<pageSetup paperSize="9" orientation="landscape"/>'
 */
export function withAttributes(tag: string, values: Readonly<Record<string, string>>): string {
  let out = tag;
  const added: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    const existing = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
    if (existing.test(out)) out = out.replace(existing, `$1"${value}"`);
    else added.push(` ${name}="${value}"`);
  }
  return out.replace(/\s*(\/?)>$/, (_m, slash: string) => `${added.join("")}${slash}>`);
}

/**
 * The text before `<sheetData>` with scale-to-fit on: `fitToPage="1"` on
 * `<sheetPr><pageSetUpPr>`, each created where missing (`pageSetUpPr` goes last
 * in `sheetPr`, after `tabColor` and `outlinePr`; `sheetPr` first in the worksheet).
 */
export function headWithFitToPage(head: string, prefix: string): string {
  const sheetPr = new RegExp(`<${TAG_NAME}sheetPr(?=[\\s/>])(?:"[^"]*"|'[^']*'|[^>"'])*>`).exec(head);
  if (!sheetPr) {
    const root = new RegExp(`<${TAG_NAME}worksheet(?=[\\s>])(?:"[^"]*"|'[^']*'|[^>"'])*>`).exec(head);
    if (!root) return head;
    const at = root.index + root[0].length;
    return `${head.slice(0, at)}<${prefix}sheetPr><${prefix}pageSetUpPr fitToPage="1"/></${prefix}sheetPr>${head.slice(at)}`;
  }
  const open = sheetPr[0];
  const start = sheetPr.index;
  if (open.endsWith("/>")) {
    const name = /^<([^\s/>]+)/.exec(open)?.[1] ?? `${prefix}sheetPr`;
    return `${head.slice(0, start)}${open.slice(0, -2).trimEnd()}><${prefix}pageSetUpPr fitToPage="1"/></${name}>${head.slice(start + open.length)}`;
  }
  const close = new RegExp(`</${TAG_NAME}sheetPr\\s*>`).exec(head.slice(start));
  if (!close) return head;
  const end = start + close.index;
  const inner = head.slice(start + open.length, end);
  const setUp = new RegExp(`<${TAG_NAME}pageSetUpPr(?=[\\s/>])(?:"[^"]*"|'[^']*'|[^>"'])*>`).exec(inner);
  const newInner = setUp
    ? inner.slice(0, setUp.index) + withAttributes(setUp[0], { fitToPage: "1" }) + inner.slice(setUp.index + setUp[0].length)
    : `${inner}<${prefix}pageSetUpPr fitToPage="1"/>`;
  return head.slice(0, start + open.length) + newInner + head.slice(end);
}

/**
 * The text after `</sheetData>` with landscape, one page wide: the attributes
 * set on its `<pageSetup>`, or one inserted where the schema puts it; a footer
 * (sheet name, page / pages) added when the sheet has no `<headerFooter>`.
 */
export function tailWithPageSetup(tail: string, prefix: string): string {
  const elements = topLevelElements(tail);
  const existing = elements.find((e) => e.name === "pageSetup");
  let out: string;
  if (existing) {
    const text = tail.slice(existing.start, existing.end);
    const openEnd = text.indexOf(">") + 1;
    out = tail.slice(0, existing.start) + withAttributes(text.slice(0, openEnd), PAGE_SETUP) + text.slice(openEnd) + tail.slice(existing.end);
  } else {
    const setup = `<${prefix}pageSetup orientation="${PAGE_SETUP.orientation}" fitToWidth="${PAGE_SETUP.fitToWidth}" fitToHeight="${PAGE_SETUP.fitToHeight}"/>`;
    out = insertBefore(tail, elements, AFTER_PAGE_SETUP, setup);
  }
  const after = topLevelElements(out);
  return after.some((e) => e.name === "headerFooter") ? out : insertBefore(out, after, AFTER_HEADER_FOOTER, footerXml(prefix));
}

function insertBefore(tail: string, elements: readonly { name: string; start: number }[], later: ReadonlySet<string>, element: string): string {
  const next = elements.find((e) => later.has(e.name));
  const at = next ? next.start : tail.lastIndexOf("</");
  return tail.slice(0, at) + element + tail.slice(at);
}
