/**
 * Table parts (`xl/tables/tableN.xml`, ECMA-376 Part 1 §18.5): reading a
 * table's name and range, and writing PeakStock's tables — an autofilter,
 * the `TableStyleMedium2` style with row stripes, one column per header.
 */
import { parseRange, rangeRef, type CellRange } from "./cellAddress";
import { XML_DECLARATION, SPREADSHEET_NS } from "./newSheetXml";
import { attribute, XmlScanner } from "./xmlScanner";
import { escapeXml, unescapeXml } from "./xmlEscape";

/** What PeakStock reads from a table part. */
export interface TablePartInfo {
  readonly id: number;
  /** The name formulas use (`displayName`; `name` when a writer left it out). */
  readonly name: string;
  readonly range: CellRange;
}

/**
 * The id, name and range of a table part; null when it has no usable ref.
 * @example parseTableXml('<table id="3" name="T" displayName="Sales_2024" ref="B2:D9"/>') // { id: 3, name: "Sales_2024", range: { top: 1, left: 1, bottom: 8, right: 3 } }
 */
export function parseTableXml(xml: string): TablePartInfo | null {
  let info: TablePartInfo | null = null;
  const scanner = new XmlScanner({
    open(name, attributes) {
      if (name !== "table" || info) return;
      const range = parseRange(attribute(attributes, "ref") ?? "");
      if (!range) return;
      info = {
        id: Number(attribute(attributes, "id") ?? 0),
        name: unescapeXml(attribute(attributes, "displayName") ?? attribute(attributes, "name") ?? ""),
        range,
      };
    },
    close() {},
    text() {},
  });
  scanner.write(xml);
  scanner.end();
  return info;
}

/**
 * A table part for PeakStock's table `name` (id unique in the workbook) over
 * `range`, its columns named by `headers` (the header cells' text, as Excel requires).
 */
export function tableXml(id: number, name: string, range: CellRange, headers: readonly string[]): string {
  const ref = rangeRef(range);
  const columns = headers.map((h, j) => `<tableColumn id="${j + 1}" name="${escapeXml(h)}"/>`).join("");
  return `${XML_DECLARATION}<table xmlns="${SPREADSHEET_NS}" id="${id}" name="${escapeXml(name)}" displayName="${escapeXml(name)}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${headers.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';
}
