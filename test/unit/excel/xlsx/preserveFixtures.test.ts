/**
 * Issue 10's promise on real files: workbooks saved by LibreOffice and by
 * openpyxl (test/fixtures, made by scripts/fixtures/make-preserve-fixtures.py),
 * holding a chart, a pivot table and its cache, an image, data validation, a
 * defined name, a comment and a conditional format, are planned by the command
 * line; every part PeakStock does not own comes out byte for byte, the four it
 * edits keep every element they had, the outputs are there, and every XML part
 * is well-formed with its namespace prefixes declared.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../../src/cli/peakstock";
import { XlsxWorkbook } from "../../../../src/excel/xlsxWorkbook";
import { parseXml, type XmlElement } from "../../../helpers/xml";
import { unzipParts } from "../../../helpers/zipBytes";

const FIXTURES = join(__dirname, "..", "..", "..", "fixtures");
/** The parts PeakStock edits by inserting text; every other source part must be copied raw. */
const EDITED = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]);

/** Throws when an element or attribute uses a namespace prefix not declared on it or an ancestor. */
function checkPrefixes(element: XmlElement, inScope: ReadonlySet<string>, part: string): void {
  const scope = new Set(inScope);
  for (const name of Object.keys(element.attributes)) if (name.startsWith("xmlns:")) scope.add(name.slice(6));
  for (const name of [element.name, ...Object.keys(element.attributes)]) {
    const prefix = name.includes(":") ? name.slice(0, name.indexOf(":")) : null;
    if (prefix !== null && prefix !== "xmlns" && prefix !== "xml" && !scope.has(prefix)) throw new Error(`${part}: prefix ${prefix} of ${name} is not declared`);
  }
  for (const child of element.children) checkPrefixes(child, scope, part);
}

const elements = (xml: string, name: string): string[] => xml.match(new RegExp(`<${name}[\\s>][\\s\\S]*?</${name}>|<${name}\\s[^>]*/>`, "g")) ?? [];

describe.each(["libreoffice", "openpyxl"])("a workbook saved by %s", (maker) => {
  jest.setTimeout(60_000);
  let dir: string;
  let source: Map<string, { data: Buffer; raw: Buffer }>;
  let output: Map<string, { data: Buffer; raw: Buffer }>;
  let outPath: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "peakstock-preserve-"));
    const input = join(dir, "book.xlsx");
    copyFileSync(join(FIXTURES, `preserve-${maker}.xlsx`), input);
    source = unzipParts(readFileSync(input));
    let err = "";
    const code = await main(["plan", input], { out: () => undefined, err: (t) => (err += t) });
    if (code !== 0) throw new Error(`plan failed: ${err}`);
    outPath = join(dir, "book-plan.xlsx");
    output = unzipParts(readFileSync(outPath));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const text = (parts: Map<string, { data: Buffer }>, name: string): string => parts.get(name)?.data.toString("utf8") ?? "";
  const names = (): string[] => [...source.keys()];

  it("holds what a seller's workbook holds: chart, drawing, image, pivot table and cache, comment, validation, format, name", () => {
    for (const pattern of [/^xl\/charts\/chart\d+\.xml$/, /^xl\/drawings\/drawing\d+\.xml$/, /^xl\/media\/image\d+\.png$/, /^xl\/pivotTables\/pivotTable\d+\.xml$/,
      /^xl\/pivotCache\/pivotCacheDefinition\d+\.xml$/, /^xl\/pivotCache\/pivotCacheRecords\d+\.xml$/, /^xl\/comments/]) {
      expect(names().some((n) => pattern.test(n))).toBe(true);
    }
    const sheets = names().filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).map((n) => text(source, n)).join("");
    expect(sheets).toContain("<dataValidation ");
    expect(sheets).toContain("<conditionalFormatting ");
    expect(text(source, "xl/workbook.xml")).toMatch(/<definedName [^>]*name="LeadDays"/);
  });

  it("copies every part PeakStock does not own byte for byte, rels included", () => {
    const copied = names().filter((n) => !EDITED.has(n));
    expect(copied.length).toBeGreaterThan(15);
    for (const name of copied) {
      const out = output.get(name);
      expect(out?.raw.equals(source.get(name)?.raw ?? Buffer.alloc(0))).toBe(true);
    }
  });

  it("keeps every element of the parts it edits: defined names, pivot caches, sheets, relationships, content types, styles", () => {
    const wb = text(source, "xl/workbook.xml");
    const wbOut = text(output, "xl/workbook.xml");
    for (const name of ["pivotCaches", "bookViews"]) expect(elements(wbOut, name)).toEqual(elements(wb, name));
    // the seller's defined names first, as written; after them only PeakStock's print titles, one per output sheet (positions 4–8)
    const sellers = elements(wb, "definedName");
    const names = elements(wbOut, "definedName");
    expect(names.slice(0, sellers.length)).toEqual(sellers);
    expect(names.slice(sellers.length)).toEqual(["Plan", "Batches", "CashFlow", "Alerts", "Forecast", "Charts"].map(
      (sheet, i) => `<definedName name="_xlnm.Print_Titles" localSheetId="${4 + i}">'${sheet}'!$1:$1</definedName>`));
    for (const sheet of elements(wb, "sheet")) expect(wbOut).toContain(sheet);
    for (const rel of elements(text(source, "xl/_rels/workbook.xml.rels"), "Relationship")) expect(text(output, "xl/_rels/workbook.xml.rels")).toContain(rel);
    const types = text(source, "[Content_Types].xml");
    for (const entry of [...elements(types, "Override"), ...elements(types, "Default")]) expect(text(output, "[Content_Types].xml")).toContain(entry);
    const xfs = (xml: string): string => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
    expect(xfs(text(output, "xl/styles.xml")).startsWith(xfs(text(source, "xl/styles.xml")))).toBe(true);
    expect(wbOut).toMatch(/fullCalcOnLoad="1"/);
  });

  it("adds the outputs, and every XML part is well-formed with its prefixes declared", async () => {
    const book = await XlsxWorkbook.open(outPath);
    expect(await book.sheetNames()).toEqual(["Sales", "SKUs", "Event", "Report", "Plan", "Batches", "CashFlow", "Alerts", "Forecast", "Charts"]);
    expect((await book.listTables()).map((t) => `${t.sheet}:${t.name}`)).toEqual(
      ["Plan", "Batches", "CashFlow", "Alerts", "Forecast", "Charts"].map((s) => `${s}:PeakStock_${s}`));
    expect((await book.readSheet("Plan")).slice(1).map((row) => String(row[0])).sort()).toEqual(["SKU-0", "SKU-1", "SKU-2"]);
    for (const [name, part] of output) {
      if (!/\.(xml|rels|vml)$/.test(name) || name.endsWith(".vml")) continue;
      checkPrefixes(parseXml(part.data.toString("utf8")), new Set(), name);
    }
    const before = await XlsxWorkbook.open(join(FIXTURES, `preserve-${maker}.xlsx`));
    for (const sheet of ["Sales", "SKUs", "Event", "Report"]) expect(await book.readSheet(sheet)).toEqual(await before.readSheet(sheet));
  });
});
