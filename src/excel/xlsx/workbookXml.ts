/**
 * `xl/workbook.xml`: the sheets in tab order and the date system, and the two
 * edits PeakStock makes to it — a sheet appended to `<sheets>` and
 * `<calcPr fullCalcOnLoad="1"/>` — by inserting text, so defined names, pivot
 * caches, views and extensions stay exactly as written.
 */
import { insertBeforeClose } from "./relationships";
import { attribute, XmlScanner } from "./xmlScanner";
import { escapeXml, unescapeXml } from "./xmlEscape";

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** One `<sheet>` of the workbook. */
export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  /** The relationship id of its part in workbook.xml.rels. */
  readonly relId: string;
  readonly state: "visible" | "hidden" | "veryHidden";
}

/** What PeakStock reads from workbook.xml. */
export interface WorkbookInfo {
  readonly sheets: readonly SheetEntry[];
  /** True when dates count from 1904-01-01 (old Mac Excel). */
  readonly date1904: boolean;
}

/** The namespace prefix ("x:" or "") of the root element named `root`. */
export function rootPrefix(xml: string, root: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${root}[\\s>/]`).exec(xml);
  return m?.[1] ?? "";
}

/**
 * The prefix workbook.xml's root element declares for the relationships
 * namespace ("r" as Excel writes it), or null — openpyxl declares it on each
 * `<sheet>` instead, where it does not reach a sheet PeakStock appends.
 */
function relationshipsPrefix(xml: string): string | null {
  const root = /<(?:[A-Za-z_][\w.-]*:)?workbook(?=[\s>/])(?:"[^"]*"|'[^']*'|[^>"'])*>/.exec(xml)?.[0] ?? "";
  const m = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${RELATIONSHIPS_NS.replace(/[./]/g, "\\$&")}["']`).exec(root);
  return m ? m[1] : null;
}

/**
 * The sheets and date system of a workbook.xml.
 * @example parseWorkbookXml('<workbook><workbookPr date1904="1"/><sheets><sheet name="Sales" sheetId="1" r:id="rId1"/></sheets></workbook>')
 * // { sheets: [{ name: "Sales", sheetId: 1, relId: "rId1", state: "visible" }], date1904: true }
 */
export function parseWorkbookXml(xml: string): WorkbookInfo {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const relPrefix = relationshipsPrefix(xml) ?? "r"; // elements declaring their own prefix are found by the fallback below
  const scanner = new XmlScanner({
    open(name, attributes) {
      if (name === "workbookPr") {
        const v = attribute(attributes, "date1904");
        date1904 = v === "1" || v === "true";
      } else if (name === "sheet") {
        const state = attribute(attributes, "state");
        sheets.push({
          name: unescapeXml(attribute(attributes, "name") ?? ""),
          sheetId: Number(attribute(attributes, "sheetId") ?? 0),
          relId: unescapeXml(attribute(attributes, `${relPrefix}:id`) ?? /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(attributes)?.[1] ?? ""),
          state: state === "hidden" || state === "veryHidden" ? state : "visible",
        });
      }
    },
    close() {},
    text() {},
  });
  scanner.write(xml);
  scanner.end();
  return { sheets, date1904 };
}

/** Root-level elements that come after `calcPr` in CT_Workbook (ECMA-376 Part 1 §18.2.28). */
const AFTER_CALC_PR = ["oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];
/** Root-level elements that come after `sheets`. */
const AFTER_SHEETS = ["functionGroups", "externalReferences", "definedNames", "calcPr", ...AFTER_CALC_PR];

/**
 * workbook.xml with a sheet appended at the end of `<sheets>`, its relationship
 * id under the prefix the file declares (declared on the element when it has none).
 */
export function appendSheet(xml: string, sheet: SheetEntry): string {
  const p = rootPrefix(xml, "workbook");
  const state = sheet.state === "visible" ? "" : ` state="${sheet.state}"`;
  const declared = relationshipsPrefix(xml);
  const id = declared !== null ? `${declared}:id="${escapeXml(sheet.relId)}"` : `xmlns:r="${RELATIONSHIPS_NS}" r:id="${escapeXml(sheet.relId)}"`;
  const element = `<${p}sheet name="${escapeXml(sheet.name)}" sheetId="${sheet.sheetId}"${state} ${id}/>`;
  if (new RegExp(`<${p}sheets[\\s/>]`).test(xml)) return insertBeforeClose(xml, "sheets", element);
  return insertBefore(xml, AFTER_SHEETS, `<${p}sheets>${element}</${p}sheets>`); // a workbook saved with no sheet at all
}

/** `xml` with `element` before the first root-level element named in `later`, else before `</workbook>`. */
function insertBefore(xml: string, later: readonly string[], element: string): string {
  let at = -1;
  for (const name of later) {
    const m = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${name}[\\s>/]`).exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  return at >= 0 ? xml.slice(0, at) + element + xml.slice(at) : insertBeforeClose(xml, "workbook", element);
}


/**
 * workbook.xml asking Excel and LibreOffice to recalculate every formula when
 * the file opens (`fullCalcOnLoad="1"` on `<calcPr>`, added if missing), so a
 * seller's formulas over PeakStock's tables show the new values.
 */
export function setFullCalcOnLoad(xml: string): string {
  const existing = /<((?:[A-Za-z_][\w.-]*:)?calcPr)(\s[^>]*?)?(\/?)>/.exec(xml);
  if (existing) {
    const [whole, name, attrs = "", slash] = existing;
    const cleaned = attrs.replace(/\s+fullCalcOnLoad\s*=\s*("[^"]*"|'[^']*')/, "");
    return xml.slice(0, existing.index) + `<${name}${cleaned} fullCalcOnLoad="1"${slash}>` + xml.slice(existing.index + whole.length);
  }
  return insertBefore(xml, AFTER_CALC_PR, `<${rootPrefix(xml, "workbook")}calcPr fullCalcOnLoad="1"/>`);
}
