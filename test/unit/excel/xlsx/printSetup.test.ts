/**
 * The print setup of output sheets in the .xlsx file: landscape, one page wide,
 * the header row repeated (`_xlnm.Print_Titles`), long text wrapped — on new
 * sheets and merged into replaced ones without touching the seller's settings.
 */
import { Workbook } from "exceljs";
import type { OutputTable } from "../../../../src/engine/plan/outputTable";
import type { OutputWrite } from "../../../../src/excel/workbookPort";
import { XlsxWorkbook } from "../../../../src/excel/xlsxWorkbook";
import { headWithFitToPage, tailWithPageSetup, withAttributes } from "../../../../src/excel/xlsx/printSetupXml";
import { printTitlesFormula, withPrintTitles } from "../../../../src/excel/xlsx/printTitlesXml";
import { partText, rezip } from "../../../helpers/zipBytes";

const PLAN: OutputTable = {
  kind: "Plan",
  columns: [{ key: "SKU", zh: "SKU", format: "text" }, { key: "Qty", zh: "数量", format: "integer" }, { key: "Why", zh: "说明", format: "text", wrapWidth: 30 }],
  rows: [["A-1", 40, "base covers demand up to its P62: $0.26/unit by base vs $1.32 fast, a leftover $0.38"], ["B-2", 10, "short"]],
};
const ALERTS: OutputTable = { kind: "Alerts", columns: [{ key: "Severity", zh: "级别", format: "text" }], rows: [["high"]] };

const write = (table: OutputTable, mode: "create" | "replace", sheet: string = table.kind): OutputWrite =>
  ({ table, target: { kind: table.kind, sheet, tableName: `PeakStock_${table.kind}`, mode } });

async function sellersBook(): Promise<Buffer> {
  const book = new Workbook();
  book.addWorksheet("Sales").getCell("A1").value = "Date";
  book.addWorksheet("Seller's notes").getCell("A1").value = "x";
  book.definedNames.add("'Seller''s notes'!$A$1", "MyCell");
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function written(writes: OutputWrite[], bytes?: Buffer): Promise<Buffer> {
  const book = await XlsxWorkbook.fromBuffer(bytes ?? (await sellersBook()));
  await book.writeOutputs(writes, "en", '{"version":1,"tables":[]}');
  return book.toBuffer();
}

/** The part name of a sheet, through workbook.xml and its relationships. */
function sheetPath(zip: Buffer, sheet: string): string {
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="(rId\\d+)"`).exec(partText(zip, "xl/workbook.xml"))?.[1];
  const rel = partText(zip, "xl/_rels/workbook.xml.rels").split("<Relationship ").find((r) => r.includes(`Id="${id}"`)) ?? "";
  return `xl/${(/Target="([^"]+)"/.exec(rel)?.[1] ?? "").replace(/^\/?xl\//, "")}`;
}
const sheetPart = (zip: Buffer, sheet: string): string => partText(zip, sheetPath(zip, sheet));
const definedNames = (zip: Buffer): string[] => partText(zip, "xl/workbook.xml").match(/<definedName [^>]*>[^<]*<\/definedName>/g) ?? [];

describe("a new output sheet prints landscape, one page wide, header on every page", () => {
  it("writes the page setup, narrow margins and a footer in schema order", async () => {
    const xml = sheetPart(await written([write(PLAN, "create")]), "Plan");
    expect(xml).toMatch(/<worksheet [^>]*><sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr><dimension /);
    expect(xml).toContain('<pageMargins left="0.25" right="0.25" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toContain("<headerFooter><oddFooter>&amp;L&amp;A&amp;R&amp;P / &amp;N</oddFooter></headerFooter><tableParts");
  });

  it("repeats the header row by a print-titles name scoped to the sheet, leaving the seller's names as written", async () => {
    const source = await sellersBook();
    const zip = await written([write(PLAN, "create"), write(ALERTS, "create")], source);
    // hand: Sales is sheet 0, "Seller's notes" 1, then Plan 2 and Alerts 3
    expect(definedNames(source)).toHaveLength(1);
    expect(definedNames(zip)).toEqual([
      definedNames(source)[0],
      "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"2\">'Plan'!$1:$1</definedName>",
      "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"3\">'Alerts'!$1:$1</definedName>",
    ]);
  });

  it("wraps the long-text column at its width, and no other", async () => {
    const zip = await written([write(PLAN, "create")]);
    const xml = sheetPart(zip, "Plan");
    expect(xml).toContain('<col min="3" max="3" width="30" customWidth="1"/>'); // hand: the Why is 84 characters + 2, capped at 30
    const style = (ref: string): number => Number(new RegExp(`<c r="${ref}"[^>]* s="(\\d+)"`).exec(xml)?.[1]);
    const xfs = (/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(partText(zip, "xl/styles.xml"))?.[1] ?? "").match(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g) ?? [];
    expect(xfs[style("C2")]).toContain('<alignment wrapText="1"/>');
    expect(style("C3")).toBe(style("C2"));
    expect(xfs[style("A2")]).not.toContain("wrapText");
    expect(xml).toContain('<c r="C1" t="inlineStr"><is><t>Why</t></is></c>'); // the header keeps the default style, not wrapped
  });

  it("reads back in exceljs with the same settings (an independent reader)", async () => {
    const book = new Workbook();
    await book.xlsx.load(new Uint8Array(await written([write(PLAN, "create")])).buffer as ArrayBuffer);
    const plan = book.getWorksheet("Plan");
    expect(plan?.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(plan?.getCell("C2").alignment).toMatchObject({ wrapText: true });
  });
});

describe("a replaced output sheet keeps the seller's print choices and gets PeakStock's", () => {
  it("sets landscape and fit on the seller's page setup, keeping paper size and repeated columns, and never doubles the name", async () => {
    const first = await written([write(PLAN, "create")]);
    const edited = rezip(first, {
      // the seller picks A3 portrait, two pages wide, a header of their own, and repeats column A
      [sheetPath(first, "Plan")]: sheetPart(first, "Plan")
        .replace('<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>', '<pageSetup paperSize="8" orientation="portrait" fitToWidth="2" fitToHeight="0"/>')
        .replace("<headerFooter><oddFooter>&amp;L&amp;A&amp;R&amp;P / &amp;N</oddFooter></headerFooter>", "<headerFooter><oddHeader>Seller</oddHeader></headerFooter>"),
      "xl/workbook.xml": partText(first, "xl/workbook.xml").replace("'Plan'!$1:$1", "Plan!$A:$A,Plan!$1:$1"),
    });
    const again = await written([write(PLAN, "replace")], edited);
    const xml = sheetPart(again, "Plan");
    expect(xml).toContain('<pageSetup paperSize="8" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'); // A3 kept
    expect(xml).toContain("<headerFooter><oddHeader>Seller</oddHeader></headerFooter>"); // the seller's header, no footer forced on it
    expect(xml.match(/<pageSetup /g)).toHaveLength(1);
    expect(definedNames(again).filter((n) => n.includes("_xlnm.Print_Titles"))).toEqual([
      "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"2\">Plan!$A:$A,'Plan'!$1:$1</definedName>",
    ]);
  });
});

describe("print setup text surgery", () => {
  it("sets attributes, keeping the others as written", () => {
    expect(withAttributes('<pageSetup paperSize="9" orientation="portrait" r:id="rId1"/>', { orientation: "landscape", fitToWidth: "1" }))
      .toBe('<pageSetup paperSize="9" orientation="landscape" r:id="rId1" fitToWidth="1"/>');
    expect(withAttributes("<x:pageSetUpPr>", { fitToPage: "1" })).toBe('<x:pageSetUpPr fitToPage="1">');
  });

  it.each([
    ["no sheetPr", '<worksheet xmlns="m"><dimension ref="A1"/>', '<worksheet xmlns="m"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1"/>'],
    ["a self-closing sheetPr", '<worksheet xmlns="m"><sheetPr codeName="Sheet1"/><dimension ref="A1"/>', '<worksheet xmlns="m"><sheetPr codeName="Sheet1"><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1"/>'],
    ["a tab colour", '<worksheet><sheetPr><tabColor rgb="FFFF0000"/></sheetPr>', '<worksheet><sheetPr><tabColor rgb="FFFF0000"/><pageSetUpPr fitToPage="1"/></sheetPr>'],
    ["a pageSetUpPr without fit", '<worksheet><sheetPr><pageSetUpPr autoPageBreaks="0"/></sheetPr>', '<worksheet><sheetPr><pageSetUpPr autoPageBreaks="0" fitToPage="1"/></sheetPr>'],
    ["a prefixed root", '<x:worksheet xmlns:x="m"><x:dimension ref="A1"/>', '<x:worksheet xmlns:x="m"><x:sheetPr><x:pageSetUpPr fitToPage="1"/></x:sheetPr><x:dimension ref="A1"/>'],
  ])("turns fit-to-page on in a head with %s", (_case, head, expected) => {
    const prefix = head.startsWith("<x:") ? "x:" : "";
    expect(headWithFitToPage(head, prefix)).toBe(expected);
  });

  it("inserts a page setup and footer where the schema puts them: after margins, before drawings and table parts", () => {
    const tail = '<pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/><drawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>';
    expect(tailWithPageSetup(tail, "")).toBe(
      '<pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/><pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
      "<headerFooter><oddFooter>&amp;L&amp;A&amp;R&amp;P / &amp;N</oddFooter></headerFooter>" +
      '<drawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>');
  });

  it("keeps a printer-settings page setup's children and link", () => {
    const tail = '<pageSetup orientation="portrait" r:id="rId3"></pageSetup><headerFooter/></worksheet>';
    expect(tailWithPageSetup(tail, "")).toBe('<pageSetup orientation="landscape" r:id="rId3" fitToWidth="1" fitToHeight="0"></pageSetup><headerFooter/></worksheet>');
  });

  it("writes print titles into a workbook without defined names, before calcPr", () => {
    const xml = '<workbook xmlns="m"><sheets><sheet name="A&amp;B" sheetId="1" r:id="rId1"/></sheets><calcPr/></workbook>';
    expect(withPrintTitles(xml, [{ sheetIndex: 0, sheetName: "A&B", titleRow: 2 }]))
      .toBe('<workbook xmlns="m"><sheets><sheet name="A&amp;B" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">\'A&amp;B\'!$3:$3</definedName></definedNames><calcPr/></workbook>');
  });

  it("replaces only the rows of an existing print title, across quoted names with commas", () => {
    expect(printTitlesFormula("'a,b'!$B:$C,'a,b'!$4:$5", "a,b", "$1:$1")).toBe("'a,b'!$B:$C,'a,b'!$1:$1");
    expect(printTitlesFormula("Plan!$2:$2", "Plan", "$1:$1")).toBe("'Plan'!$1:$1");
  });

  it("leaves a print title of another sheet, and other names, alone", () => {
    const xml = '<workbook><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">Sales!$1:$1</definedName><definedName name="_xlnm.Print_Area" localSheetId="1">Plan!$A$1:$B$9</definedName></definedNames></workbook>';
    expect(withPrintTitles(xml, [{ sheetIndex: 1, sheetName: "Plan", titleRow: 0 }])).toBe(
      '<workbook><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">Sales!$1:$1</definedName><definedName name="_xlnm.Print_Area" localSheetId="1">Plan!$A$1:$B$9</definedName>' +
      '<definedName name="_xlnm.Print_Titles" localSheetId="1">\'Plan\'!$1:$1</definedName></definedNames></workbook>');
  });
});
