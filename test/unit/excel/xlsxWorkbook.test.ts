/**
 * XlsxWorkbook: the shared WorkbookPort contract, and what only a file shows —
 * the parts written (checked with exceljs as an independent reader and by
 * reading the XML), tables replaced in place, styles appended once, all or
 * nothing, and the `_PeakStock` sheet.
 */
import { Workbook, ValueType, type Worksheet } from "exceljs";
import type { OutputTable } from "../../../src/engine/plan/outputTable";
import type { OutputTarget, OutputWrite } from "../../../src/excel/workbookPort";
import { XlsxWorkbook } from "../../../src/excel/xlsxWorkbook";
import { partText, rezip, unzipParts } from "../../helpers/zipBytes";
import { describeWorkbookContract, EVERY_FORMAT } from "./workbookContract";

/** An .xlsx workbook made by plain exceljs, cell values as given (Dates, formulas, rich text …). */
async function xlsxOf(sheets: Record<string, unknown[][]>, build?: (book: Workbook) => void): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await exceljsBytes(sheets, build));
}

async function exceljsBytes(sheets: Record<string, unknown[][]>, build?: (book: Workbook) => void): Promise<Uint8Array> {
  const book = new Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    rows.forEach((row, r) => row.forEach((value, c) => {
      if (value !== null && value !== undefined) sheet.getCell(r + 1, c + 1).value = value as never;
    }));
  }
  build?.(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describeWorkbookContract<XlsxWorkbook>("XlsxWorkbook", {
  create: (sheets) => xlsxOf(sheets),
  reopen: async (book) => XlsxWorkbook.fromBuffer(await book.toBuffer()),
  propertyRuns: 40,
});

function target(kind: OutputTable["kind"], sheet: string, tableName: string, mode: OutputTarget["mode"]): OutputTarget {
  return { kind, sheet, tableName, mode };
}
const create = (table: OutputTable, sheet = table.kind, tableName = `PeakStock_${table.kind}`): OutputWrite => ({ table, target: target(table.kind, sheet, tableName, "create") });
const replace = (table: OutputTable, sheet = table.kind, tableName = `PeakStock_${table.kind}`): OutputWrite => ({ table, target: target(table.kind, sheet, tableName, "replace") });

function table(kind: OutputTable["kind"], rows: (string | number | null)[][]): OutputTable {
  return { kind, columns: [{ key: "SKU", zh: "SKU", format: "text" }, { key: "Qty", zh: "数量", format: "integer" }], rows };
}

/** exceljs's typings give getTables() a wrong element type; at run time each has its model in `table`. */
interface LoadedTable {
  readonly table: { name: string; tableRef: string; headerRow: boolean; columns: { name: string }[]; style: { theme: string; showRowStripes: boolean } };
}
function loadedTables(sheet: Worksheet): LoadedTable["table"][] {
  return (sheet.getTables() as unknown as LoadedTable[]).map((t) => t.table);
}

async function exceljsOf(book: XlsxWorkbook): Promise<Workbook> {
  const plain = new Workbook();
  await plain.xlsx.load(new Uint8Array(await book.toBuffer()).buffer as ArrayBuffer);
  return plain;
}

describe("XlsxWorkbook parts", () => {
  jest.setTimeout(60_000);

  it("writes a table plain exceljs reads: name and style, number formats, frozen header, text kept as text, dates as dates", async () => {
    const book = await xlsxOf({ Sales: [["SKU"], ["A-1"]] });
    await book.writeOutputs([create(EVERY_FORMAT)], "en", '{"version":1}');
    await book.saveSettings("x".repeat(70_000));
    const plain = await exceljsOf(book);
    const sheet = plain.getWorksheet("Plan") as Worksheet;
    const [t] = loadedTables(sheet);
    expect(t).toMatchObject({ name: "PeakStock_Plan", tableRef: "A1:G4", headerRow: true, style: { theme: "TableStyleMedium2", showRowStripes: true } });
    expect(t.columns.map((c) => c.name)).toEqual(["SKU", "BaseQty", "BaselinePerDay", "LandedCostPerUnit", "BaseShipBy", "Uplift", "Why"]);
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => sheet.getCell(2, c).numFmt)).toEqual(["@", "#,##0", "#,##0.00", "$#,##0.00", "yyyy-mm-dd", "0.0%", "@"]);
    expect(sheet.getCell(4, 2).numFmt).toBe("#,##0"); // a blank cell of the last row is formatted too
    expect(sheet.getCell("E2").value).toEqual(new Date(Date.UTC(2026, 10, 27))); // a date, not a number
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const formulaLike = sheet.getCell("G3");
    expect(formulaLike.type).toBe(ValueType.String);
    expect(formulaLike.value).toBe("=SUM(A1:A2)");
    expect(sheet.getColumn(7).width).toBeGreaterThan("base covers 30 days".length); // hand: 19 characters + 2
    const settings = plain.getWorksheet("_PeakStock") as Worksheet;
    expect(settings.state).toBe("veryHidden");
    expect([1, 2, 3].map((r) => String(settings.getCell(r, 1).value ?? "").length)).toEqual([32_767, 32_767, 4_466]); // hand: 70,000 − 2 × 32,767
    expect(settings.getCell(1, 2).value).toBe('{"version":1}');
    expect(await book.loadSettings()).toBe("x".repeat(70_000));
    expect(await book.loadOwnership()).toBe('{"version":1}');
    expect(await book.sheetNames()).toEqual(["Sales", "Plan"]);
  });

  it("stores text as inline strings, never formulas, and leaves the shared string table alone", async () => {
    const source = await exceljsBytes({ Notes: [["shared"]] });
    const book = await XlsxWorkbook.fromBuffer(source);
    const texts = ["=cmd|' /c calc'!A1", "+1", "@SUM(A1)", "<b>&amp;</b>", "a\r\nb"];
    await book.writeOutputs([create({ kind: "Alerts", columns: [{ key: "Why", zh: "说明", format: "text" }], rows: texts.map((t) => [t]) })], "en", "{}");
    const out = await book.toBuffer();
    const parts = unzipParts(out);
    const sheetXml = [...parts].find(([name, p]) => name.startsWith("xl/worksheets/sheet") && p.data.includes("cmd|"))?.[1].data.toString("utf8") ?? "";
    expect(sheetXml).not.toMatch(/<f[\s>]/);
    expect(sheetXml).toContain('t="inlineStr"><is><t>=cmd|\' /c calc\'!A1</t></is>');
    expect(sheetXml).toContain("&lt;b&gt;&amp;amp;&lt;/b&gt;");
    expect(sheetXml).toContain("a_x000D_\nb");
    expect(parts.get("xl/sharedStrings.xml")?.raw.equals(unzipParts(Buffer.from(source)).get("xl/sharedStrings.xml")?.raw ?? Buffer.alloc(0))).toBe(true);
    expect(await (await XlsxWorkbook.fromBuffer(out)).readSheet("Alerts")).toEqual([["Why"], ...texts.map((t) => [t])]);
  });

  it("replaces a table in place: same sheet part, id and name; cells beside and below kept; dimension and ref follow the new rows", async () => {
    const book = await xlsxOf({ Sales: [["SKU"]] });
    await book.writeOutputs([create(table("Plan", [["A-1", 1], ["B-2", 2], ["C-3", 3]]))], "en", "{}");
    // The seller types notes beside (D2) and below (A8) PeakStock's table, through exceljs.
    const edited = await exceljsOf(book);
    const planSheet = edited.getWorksheet("Plan") as Worksheet;
    planSheet.getCell("D2").value = "note beside";
    planSheet.getCell("A8").value = "note below";
    const sellerBytes = Buffer.from(await edited.xlsx.writeBuffer());
    const seller = await XlsxWorkbook.fromBuffer(sellerBytes);
    const before = await seller.listTables();
    expect(before).toEqual([{ name: "PeakStock_Plan", sheet: "Plan", top: 0, left: 0, rows: 4, columns: 2 }]);

    await seller.writeOutputs([replace(table("Plan", [["Z-9", 9], ["Y-8", 8], ["X-7", 7], ["W-6", 6], ["V-5", 5]]))], "en", "{}");
    expect(await seller.listTables()).toEqual([{ name: "PeakStock_Plan", sheet: "Plan", top: 0, left: 0, rows: 6, columns: 2 }]);
    expect(await seller.readSheet("Plan")).toEqual([
      ["SKU", "Qty", null, null],
      ["Z-9", 9, null, "note beside"],
      ["Y-8", 8, null, null],
      ["X-7", 7, null, null],
      ["W-6", 6, null, null],
      ["V-5", 5, null, null],
      [null, null, null, null],
      ["note below", null, null, null],
    ]);
    await seller.writeOutputs([replace(table("Plan", [["Q-1", 1]]))], "en", "{}");
    expect(await seller.readSheet("Plan")).toEqual([
      ["SKU", "Qty", null, null],
      ["Q-1", 1, null, "note beside"],
      [null, null, null, null], [null, null, null, null], [null, null, null, null], [null, null, null, null], [null, null, null, null],
      ["note below", null, null, null],
    ]);
    const out = await seller.toBuffer();
    const sheetPart = partText(out, "xl/worksheets/sheet2.xml");
    expect(sheetPart).toContain('<dimension ref="A1:D8"/>');
    const tablePart = [...unzipParts(out)].find(([name]) => /^xl\/tables\/.+\.xml$/.test(name))?.[1].data.toString("utf8") ?? "";
    expect(tablePart).toMatch(/ id="1" name="PeakStock_Plan" displayName="PeakStock_Plan" ref="A1:B2"/);
    const planElement = (zip: Buffer): string | undefined => /<sheet [^>]*name="Plan"[^>]*\/>/.exec(partText(zip, "xl/workbook.xml"))?.[0];
    expect(planElement(out)).toBe(planElement(sellerBytes)); // same sheetId, relationship id, position
    expect(planElement(out)).toContain('sheetId="2"');
  });

  it("re-running the same write changes no byte, and appends PeakStock's styles only once", async () => {
    const book = await xlsxOf({ Sales: [["SKU"]] });
    const alerts: OutputTable = { ...table("Alerts", [["A-1", 1]]), highlights: [{ column: "SKU", equals: "A-1", tone: "danger" }] };
    await book.writeOutputs([create(EVERY_FORMAT), create(alerts)], "en", "{}");
    const first = await book.toBuffer();
    const again = await XlsxWorkbook.fromBuffer(first);
    await again.writeOutputs([replace(EVERY_FORMAT), replace(alerts)], "en", "{}");
    const second = await again.toBuffer();
    expect(second.equals(first)).toBe(true);
    const styles = partText(second, "xl/styles.xml");
    expect(styles.match(/formatCode="\$#,##0\.00"/g)).toHaveLength(1);
    expect(styles.match(/<dxf>/g)).toHaveLength(3); // one per tone: danger, warning, success
    expect(partText(second, "xl/worksheets/sheet3.xml").match(/<conditionalFormatting/g)).toHaveLength(1);
  });

  it("asks Excel to recalculate on open, and keeps the user's own table and sheet order", async () => {
    const book = await xlsxOf({}, (b) => {
      const s = b.addWorksheet("Mine");
      s.addTable({ name: "MyTable", ref: "B2", columns: [{ name: "X" }, { name: "Y" }], rows: [[1, 2], [3, 4]] });
    });
    await book.writeOutputs([create(table("Plan", [["A", 1]]))], "zh-CN", "{}");
    expect(await book.listTables()).toEqual([
      { name: "MyTable", sheet: "Mine", top: 1, left: 1, rows: 3, columns: 2 },
      { name: "PeakStock_Plan", sheet: "Plan", top: 0, left: 0, rows: 2, columns: 2 },
    ]);
    const out = await book.toBuffer();
    expect(partText(out, "xl/workbook.xml")).toMatch(/<calcPr[^>]* fullCalcOnLoad="1"\/>/);
    expect((await book.readSheet("Plan"))[0]).toEqual(["SKU", "数量"]);
    const plain = await exceljsOf(book);
    expect(plain.worksheets.map((s) => [s.name, loadedTables(s).map((t) => t.name)])).toEqual([["Mine", ["MyTable"]], ["Plan", ["PeakStock_Plan"]], ["_PeakStock", []]]);
  });

  it("refuses a bad write before changing anything, and a failure part-way leaves the workbook as it was", async () => {
    const book = await xlsxOf({ Sales: [["SKU"]], Plan: [["user notes"]] });
    await book.writeOutputs([create(table("Batches", [["A", 1]]))], "en", '{"v":1}');
    const before = await book.toBuffer();
    await expect(book.writeOutputs([create(table("Plan", []))], "en", "{}")).rejects.toThrow('Cannot create sheet "Plan": the workbook already has a sheet of that name');
    await expect(book.writeOutputs([replace(table("Plan", []))], "en", "{}")).rejects.toThrow('Cannot replace PeakStock_Plan: sheet "Plan" holds no table of that name');
    await expect(book.writeOutputs([create(table("Forecast", [])), create(table("Alerts", []), "Alerts", "peakstock_batches")], "en", "{}")).rejects.toThrow('Cannot create table peakstock_batches: sheet "Batches" already holds a table of that name');
    // The second write is bad only in its cells: the first (valid) one must not land either.
    await expect(book.writeOutputs([create(table("Forecast", [["A", 1]])), replace(table("Batches", [["A", Number.NaN]]))], "en", "{}")).rejects.toThrow("Batches row 2, Qty: NaN is not a number Excel can store");
    expect((await book.toBuffer()).equals(before)).toBe(true);
    expect(await book.loadOwnership()).toBe('{"v":1}');
  });

  it("never touches custom document properties (sensitivity labels) or the add-in's auto-open setting", async () => {
    const saved = Buffer.from(await exceljsBytes({ Sales: [["SKU"]] }));
    const withExtras = rezip(saved, {
      "docProps/custom.xml": '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_1_Enabled"><vt:lpwstr xmlns:vt="x">true</vt:lpwstr></property></Properties>',
      "xl/webextensions/webextension1.xml": '<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{1}"><we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/></we:properties></we:webextension>',
      "xl/webextensions/taskpanes.xml": '<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"/>',
    });
    const book = await XlsxWorkbook.fromBuffer(withExtras);
    await book.writeOutputs([create(table("Plan", [["A", 1]]))], "en", "{}");
    const before = unzipParts(withExtras);
    const after = unzipParts(await book.toBuffer());
    for (const name of ["docProps/custom.xml", "xl/webextensions/webextension1.xml", "xl/webextensions/taskpanes.xml", "docProps/app.xml", "xl/theme/theme1.xml"]) {
      expect(after.get(name)?.raw.equals(before.get(name)?.raw ?? Buffer.alloc(0))).toBe(true);
    }
  });

  it("drops the calculation chain when a replaced table's cells held formulas (Excel rebuilds it)", async () => {
    const book = await xlsxOf({ Sales: [["SKU"]] });
    await book.writeOutputs([create(table("Plan", [["A", 1], ["B", 2]]))], "en", "{}");
    const edited = await exceljsOf(book);
    (edited.getWorksheet("Plan") as Worksheet).getCell("B3").value = { formula: "B2*2", result: 2 }; // typed into PeakStock's table
    // Excel lists formula cells in xl/calcChain.xml; exceljs writes none, so add one as Excel would.
    const saved = Buffer.from(await edited.xlsx.writeBuffer());
    const rels = partText(saved, "xl/_rels/workbook.xml.rels").replace("</Relationships>", '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>');
    const types = partText(saved, "[Content_Types].xml").replace("</Types>", '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>');
    const withChain = rezip(saved, {
      "xl/_rels/workbook.xml.rels": rels,
      "[Content_Types].xml": types,
      "xl/calcChain.xml": '<?xml version="1.0"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B3" i="2"/></calcChain>',
    });
    const withFormula = await XlsxWorkbook.fromBuffer(withChain);
    await withFormula.writeOutputs([replace(table("Plan", [["C", 3]]))], "en", "{}");
    const out = await withFormula.toBuffer();
    expect(unzipParts(out).has("xl/calcChain.xml")).toBe(false);
    expect(partText(out, "[Content_Types].xml")).not.toContain("calcChain");
    expect(partText(out, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(await (await XlsxWorkbook.fromBuffer(out)).readSheet("Plan")).toEqual([["SKU", "Qty"], ["C", 3]]);
  });

  it("keeps the calculation chain when no formula was in the way", async () => {
    const book = await xlsxOf({ Sales: [["SKU"]] });
    await book.writeOutputs([create(table("Plan", [["A", 1]]))], "en", "{}");
    const saved = await book.toBuffer();
    const rels = partText(saved, "xl/_rels/workbook.xml.rels").replace("</Relationships>", '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>');
    const chained = await XlsxWorkbook.fromBuffer(rezip(saved, { "xl/_rels/workbook.xml.rels": rels, "xl/calcChain.xml": "<calcChain/>" }));
    await chained.writeOutputs([replace(table("Plan", [["B", 2]]))], "en", "{}");
    expect(unzipParts(await chained.toBuffer()).has("xl/calcChain.xml")).toBe(true);
  });
});
