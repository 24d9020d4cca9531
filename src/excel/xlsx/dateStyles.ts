/**
 * Which cell styles of a workbook show numbers as dates, from `xl/styles.xml`:
 * a 1904-system workbook's date cells must be moved to the 1900 system, and
 * only the number format says which numbers are dates.
 */
import { attribute, XmlScanner } from "./xmlScanner";
import { unescapeXml } from "./xmlEscape";

/**
 * Built-in number formats that show dates or times (ECMA-376 Part 1 §18.8.30:
 * 14–22 and 45–47; 27–36 and 50–58 are the East Asian date and time formats).
 */
function isBuiltInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/**
 * True when a format code shows a date or time: a y, m, d, h, s (or b, Buddhist
 * year) outside quoted text, brackets ([Red], [$-409]), backslash escapes and
 * padding (`_x`, `*x`). The rule exceljs applies, with escapes also skipped.
 * @example isDateFormat("yyyy-mm-dd") // true
 * @example isDateFormat('#,##0 "days"') // false
 */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, "").replace(/\[[^\]]*]/g, "").replace(/[\\_*]./g, "");
  return /[ymdhsbYMDHSB]/.test(bare.replace(/General/gi, ""));
}

/**
 * Indices of the cell formats (`<cellXfs>` children, the `s` of a cell) whose
 * number format is a date or time.
 * @example dateStyleIndices('<styleSheet><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>') // Set {1}
 */
export function dateStyleIndices(stylesXml: string): Set<number> {
  const customFormats = new Map<number, string>();
  const formatOfStyle: number[] = [];
  let depthInCellXfs = -1;
  let depth = 0;
  const scanner = new XmlScanner({
    open(name, attributes) {
      if (name === "numFmt") {
        customFormats.set(Number(attribute(attributes, "numFmtId")), unescapeXml(attribute(attributes, "formatCode") ?? ""));
      } else if (name === "cellXfs") depthInCellXfs = depth;
      else if (name === "xf" && depthInCellXfs >= 0 && depth === depthInCellXfs + 1) {
        formatOfStyle.push(Number(attribute(attributes, "numFmtId") ?? 0));
      }
      depth++; // an empty-element tag is closed by its own close event
    },
    close(name) {
      if (name === "cellXfs") depthInCellXfs = -1;
      depth--;
    },
    text() {},
  });
  scanner.write(stylesXml);
  scanner.end();
  const dates = new Set<number>();
  formatOfStyle.forEach((id, index) => {
    const custom = customFormats.get(id);
    if (custom !== undefined ? isDateFormat(custom) : isBuiltInDate(id)) dates.add(index);
  });
  return dates;
}
