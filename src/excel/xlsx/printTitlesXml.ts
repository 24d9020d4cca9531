/**
 * The rows an output sheet repeats at the top of every printed page: Excel's
 * built-in defined name `_xlnm.Print_Titles`, scoped to the sheet by
 * `localSheetId` (its zero-based position in `<sheets>`), in workbook.xml's
 * `<definedNames>` (ECMA-376 Part 1 §18.2.5, §18.2.6). PeakStock adds only
 * this name, only for its own output sheets; every other defined name — the
 * seller's ranges, print areas, a filter database — stays exactly as written.
 * A sheet that already has print titles (PeakStock's from an earlier run, or
 * the seller's) gets its rows set to the table's header row and keeps any
 * repeated columns, so a re-run never adds a second name of the same scope.
 */
import { insertBeforeClose } from "./relationships";
import { rootPrefix } from "./workbookXml";
import { escapeXml, unescapeXml } from "./xmlEscape";

/** One output sheet's header row to repeat. */
export interface PrintTitle {
  /** Zero-based position of the sheet in workbook.xml's `<sheets>` (hidden sheets count). */
  readonly sheetIndex: number;
  readonly sheetName: string;
  /** Zero-based row of the table's header. */
  readonly titleRow: number;
}

export const PRINT_TITLES_NAME = "_xlnm.Print_Titles";

/** Root-level elements that come after `definedNames` in CT_Workbook. */
const AFTER_DEFINED_NAMES = ["calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];

const DEFINED_NAME = /<((?:[A-Za-z_][\w.-]*:)?)definedName(\s(?:"[^"]*"|'[^']*'|[^>"'])*)>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?definedName\s*>/g;

/**
 * A sheet reference as a formula writes it: always quoted, quotes doubled.
 * @example sheetRef("Seller's plan") // "'Seller''s plan'"
 */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The parts of a print-titles formula separated by top-level commas (commas inside quoted sheet names kept). */
function formulaParts(formula: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of formula) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

/**
 * The print-titles formula with its rows set to `rows` ("$1:$1") on `sheet`, repeated columns kept.
 * @example printTitlesFormula("Plan!$A:$A,Plan!$3:$3", "Plan", "$1:$1") // "Plan!$A:$A,'Plan'!$1:$1"
 */
export function printTitlesFormula(existing: string, sheet: string, rows: string): string {
  const columns = formulaParts(existing).filter((part) => !/!\$?\d+:\$?\d+$/.test(part));
  return [...columns, `${sheetRef(sheet)}!${rows}`].join(",");
}

function attr(attributes: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return m ? unescapeXml(m[1] ?? m[2]) : undefined;
}

/**
 * workbook.xml with each title's sheet repeating its header row when printed.
 * @example withPrintTitles(xml, [{ sheetIndex: 5, sheetName: "Plan", titleRow: 0 }])
 * // <definedNames>…<definedName name="_xlnm.Print_Titles" localSheetId="5">'Plan'!$1:$1</definedName></definedNames>
 */
export function withPrintTitles(xml: string, titles: readonly PrintTitle[]): string {
  let out = xml;
  const p = rootPrefix(xml, "workbook");
  const added: string[] = [];
  for (const title of titles) {
    const rows = `$${title.titleRow + 1}:$${title.titleRow + 1}`;
    let found = false;
    out = out.replace(DEFINED_NAME, (whole, prefix: string, attributes: string, value: string) => {
      if (found || attr(attributes, "name") !== PRINT_TITLES_NAME || attr(attributes, "localSheetId") !== String(title.sheetIndex)) return whole;
      found = true;
      const formula = printTitlesFormula(unescapeXml(value), title.sheetName, rows);
      return `<${prefix}definedName${attributes}>${escapeXml(formula)}</${prefix}definedName>`;
    });
    if (!found) {
      added.push(`<${p}definedName name="${PRINT_TITLES_NAME}" localSheetId="${title.sheetIndex}">${escapeXml(`${sheetRef(title.sheetName)}!${rows}`)}</${p}definedName>`);
    }
  }
  if (added.length === 0) return out;
  if (new RegExp(`<${p}definedNames[\\s>]`).test(out)) return insertBeforeClose(out, "definedNames", added.join(""));
  if (new RegExp(`<${p}definedNames\\s*/>`).test(out)) return out.replace(new RegExp(`<${p}definedNames\\s*/>`), `<${p}definedNames>${added.join("")}</${p}definedNames>`);
  const block = `<${p}definedNames>${added.join("")}</${p}definedNames>`;
  let at = -1;
  for (const name of AFTER_DEFINED_NAMES) {
    const m = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${name}[\\s>/]`).exec(out);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  return at >= 0 ? out.slice(0, at) + block + out.slice(at) : insertBeforeClose(out, "workbook", block);
}
