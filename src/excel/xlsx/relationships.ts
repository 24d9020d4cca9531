/**
 * Relationship parts (`*.rels`): which part points at which, and by what
 * id. Read with the streaming scanner; added to by inserting one element
 * before the closing tag, so every relationship already there stays as written.
 */
import { attribute, XmlScanner } from "./xmlScanner";
import { escapeXml, unescapeXml } from "./xmlEscape";

/** Relationship type URIs PeakStock follows or writes (transitional SpreadsheetML). */
export const REL_TYPES = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;

/** One relationship as written. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/**
 * The relationships in a .rels part's text.
 * @example parseRelationships('<Relationships><Relationship Id="rId1" Type="…/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
 * // [{ id: "rId1", type: "…/worksheet", target: "worksheets/sheet1.xml", external: false }]
 */
export function parseRelationships(xml: string): Relationship[] {
  const found: Relationship[] = [];
  const scanner = new XmlScanner({
    open(name, attributes) {
      if (name !== "Relationship") return;
      found.push({
        id: unescapeXml(attribute(attributes, "Id") ?? ""),
        type: unescapeXml(attribute(attributes, "Type") ?? ""),
        target: unescapeXml(attribute(attributes, "Target") ?? ""),
        external: (attribute(attributes, "TargetMode") ?? "") === "External",
      });
    },
    close() {},
    text() {},
  });
  scanner.write(xml);
  scanner.end();
  return found;
}

/** The relationships part of a package with none yet. */
export const EMPTY_RELATIONSHIPS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/**
 * An id no relationship in `existing` has: "rId" and one more than the largest number in use.
 * @example freeRelationshipId([{ id: "rId1" }, { id: "rId7" }]) // "rId8"
 */
export function freeRelationshipId(existing: readonly Pick<Relationship, "id">[]): string {
  let max = 0;
  const taken = new Set(existing.map((r) => r.id));
  for (const r of existing) {
    const m = /^rId(\d+)$/.exec(r.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  let n = max + 1;
  while (taken.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/**
 * `xml` with one more relationship before `</Relationships>` (an empty
 * `<Relationships/>` is opened up); everything else as it was.
 */
export function addRelationship(xml: string, rel: Omit<Relationship, "external">): string {
  const element = `<Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${escapeXml(rel.target)}"/>`;
  return insertBeforeClose(xml, "Relationships", element);
}

/**
 * `xml` with `element` inserted just before the closing tag of its root
 * element `root` (prefixed or not); a self-closing root is opened up.
 * @throws Error when the root element is not found
 */
export function insertBeforeClose(xml: string, root: string, element: string): string {
  const close = new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${root}\\s*>`, "g");
  let last: RegExpExecArray | null = null;
  for (let m = close.exec(xml); m; m = close.exec(xml)) last = m;
  if (last) return xml.slice(0, last.index) + element + xml.slice(last.index);
  const selfClosing = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?${root})(\\s[^>]*)?/>`).exec(xml);
  if (!selfClosing) throw new Error(`no <${root}> element`);
  const [whole, name, attrs = ""] = selfClosing;
  return xml.slice(0, selfClosing.index) + `<${name}${attrs}>${element}</${name}>` + xml.slice(selfClosing.index + whole.length);
}
