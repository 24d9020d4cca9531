/**
 * `[Content_Types].xml`: the media type of every part, by extension
 * (`Default`) or by name (`Override`). PeakStock adds Overrides for the parts
 * it creates and leaves every existing entry as written.
 */
import { insertBeforeClose } from "./relationships";
import { attribute, XmlScanner } from "./xmlScanner";
import { escapeXml, unescapeXml } from "./xmlEscape";
import { partKey } from "./partPaths";

export const CONTENT_TYPES_PART = "[Content_Types].xml";

/** Media types of the parts PeakStock writes. */
export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

/** The Override part names in a content types document, as lookup keys (lower case, no leading "/"). */
export function overriddenParts(xml: string): Set<string> {
  const parts = new Set<string>();
  const scanner = new XmlScanner({
    open(name, attributes) {
      if (name === "Override") parts.add(partKey(unescapeXml(attribute(attributes, "PartName") ?? "")));
    },
    close() {},
    text() {},
  });
  scanner.write(xml);
  scanner.end();
  return parts;
}

/**
 * `xml` with an Override for `part` (unless it has one already).
 * @example addOverride(types, "xl/tables/table3.xml", CONTENT_TYPE.table)
 */
export function addOverride(xml: string, part: string, contentType: string): string {
  if (overriddenParts(xml).has(partKey(part))) return xml;
  return insertBeforeClose(xml, "Types", `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(contentType)}"/>`);
}

/** `xml` without the Override for `part` (if it has one). */
export function removeOverride(xml: string, part: string): string {
  const key = partKey(part);
  return xml.replace(/<(?:[A-Za-z_][\w.-]*:)?Override\s[^>]*?\/>/g, (element) => {
    const name = /\sPartName\s*=\s*"([^"]*)"/.exec(element)?.[1];
    return name !== undefined && partKey(unescapeXml(name)) === key ? "" : element;
  });
}
