import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ValueType, Workbook, type Worksheet } from "exceljs";
import { XlsxWorkbook } from "../../../src/excel/xlsxWorkbook";
import { describeWorkbookContract, EVERY_FORMAT, writeTables } from "./workbookContract";

/** An .xlsx workbook made by plain exceljs, cell values as given (Dates, formulas, rich text …). */
async function xlsxOf(sheets: Record<string, unknown[][]>, build?: (book: Workbook) => void): Promise<XlsxWorkbook> {
  const book = new Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    rows.forEach((row, r) => row.forEach((value, c) => {
      if (value !== null && value !== undefined) sheet.getCell(r + 1, c + 1).value = value as never;
    }));
  }
  build?.(book);
  return XlsxWorkbook.fromBuffer(await book.xlsx.writeBuffer());
}

describeWorkbookContract<XlsxWorkbook>("XlsxWorkbook", {
  create: (sheets) => xlsxOf(sheets),
  reopen: async (book) => XlsxWorkbook.fromBuffer(await book.toBuffer()),
  propertyRuns: 40,
});

/** exceljs's typings give getTables() a wrong element type; at run time each has its model in `table`. */
interface LoadedTable {
  readonly table: { name: string; tableRef: string; headerRow: boolean; columns: { name: string }[]; style: { theme: string; showRowStripes: boolean } };
}
function loadedTables(sheet: Worksheet): LoadedTable["table"][] {
  return (sheet.getTables() as unknown as LoadedTable[]).map((t) => t.table);
}

describe("XlsxWorkbook files", () => {
  jest.setTimeout(60_000);
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "peakstock-xlsx-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("saves a file plain exceljs reads: table name and style, number formats, frozen header, text kept as text", async () => {
    const book = await xlsxOf({ Sales: [["SKU"], ["A-1"]] });
    await writeTables(book, [EVERY_FORMAT]);
    await book.saveSettings("x".repeat(70_000));
    const path = join(dir, "plan.xlsx");
    await book.save(path);
    expect(await readdir(dir)).toEqual(["plan.xlsx"]); // no temporary file left

    const plain = new Workbook();
    await plain.xlsx.readFile(path);
    const sheet = plain.getWorksheet("Plan") as Worksheet;
    const [table] = loadedTables(sheet);
    expect(table).toMatchObject({ name: "PeakStock_Plan", tableRef: "A1:G4", headerRow: true, style: { theme: "TableStyleMedium2", showRowStripes: true } });
    expect(table.columns.map((c) => c.name)).toEqual(["SKU", "BaseQty", "BaselinePerDay", "LandedCostPerUnit", "BaseShipBy", "Uplift", "Why"]);
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => sheet.getCell(2, c).numFmt)).toEqual(["@", "#,##0", "#,##0.00", "$#,##0.00", "yyyy-mm-dd", "0.0%", "@"]);
    expect(sheet.getCell(4, 2).numFmt).toBe("#,##0"); // a blank cell of the last row is formatted too
    expect(sheet.getCell("E2").value).toEqual(new Date(Date.UTC(2026, 10, 27))); // written as a date, not a number
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const formulaLike = sheet.getCell("G3");
    expect(formulaLike.type).toBe(ValueType.String);
    expect(formulaLike.value).toBe("=SUM(A1:A2)");
    expect(formulaLike.formula).toBeUndefined();
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(8);
    expect(sheet.getColumn(7).width).toBeGreaterThan("base covers 30 days".length); // hand: 19 characters + 2
    const settings = plain.getWorksheet("_PeakStock") as Worksheet;
    expect(settings.state).toBe("veryHidden");
    expect([1, 2, 3].map((r) => String(settings.getCell(r, 1).value ?? "").length)).toEqual([32_767, 32_767, 4_466]); // hand: 70,000 − 2 × 32,767
  });

  it("replaces the file it saves over, and a failed save leaves the old file and no temporary file", async () => {
    const path = join(dir, "book.xlsx");
    await writeFile(path, "old");
    const book = await xlsxOf({ Sales: [["SKU"]] });
    await book.save(path);
    expect(await (await XlsxWorkbook.open(path)).sheetNames()).toEqual(["Sales"]);

    const folder = join(dir, "a-folder.xlsx"); // renaming a file over a folder fails
    await mkdir(folder);
    await expect(book.save(folder)).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(["a-folder.xlsx", "book.xlsx"]);
    await expect(book.save(join(dir, "missing", "book.xlsx"))).rejects.toThrow();
    expect((await readFile(path)).subarray(0, 2).toString()).toBe("PK"); // still the saved zip
  });

  it("reads formulas, rich text, hyperlinks, errors, merged and blank cells as plain values", async () => {
    const book = await xlsxOf({}, (b) => {
      const s = b.addWorksheet("Mixed");
      s.getCell("A1").value = { formula: "B1*2", result: 8 };
      s.getCell("B1").value = 4;
      s.getCell("C1").value = { richText: [{ text: "SKU-", font: { bold: true } }, { text: "1" }] };
      s.getCell("D1").value = { text: "Amazon", hyperlink: "https://sellercentral.amazon.com" };
      s.getCell("E1").value = { error: "#N/A" };
      s.getCell("F1").value = { formula: "TODAY()", result: new Date(Date.UTC(2026, 0, 1, 18)) }; // hand: 46023 + 18/24
      s.getCell("A2").value = "merged";
      s.mergeCells("A2:B3");
      s.getCell("C3").value = true;
      s.getCell("D3").value = { formula: "NA()" }; // no cached result
    });
    expect(await book.readSheet("Mixed")).toEqual([
      [8, 4, "SKU-1", "Amazon", "#N/A", 46023.75],
      ["merged", null, null, null, null, null],
      [null, null, true, null, null, null],
    ]);
  });

  it("keeps every input sheet's values identical after writing outputs, save and reopen, awkward text included", async () => {
    // Text as Excel stores it in the file (OOXML escapes: _x000D_ is CR, _x005F_ is "_"); plain exceljs writes it verbatim.
    const inputs = {
      Sales: [["Date", "SKU", "Units"], [new Date(Date.UTC(2026, 10, 27, 6)), "A-1", 3], [46354, "B-2", 0.5]],
      Notes: [["a_x000D_\nb", "_x005F_x0041_", "tab\there", "_x0001_bell", "=not a formula"], [{ formula: "1+1", result: 2 }, { richText: [{ text: "r_x000D_t" }] }]],
    };
    const book = await xlsxOf(inputs, (b) => b.getWorksheet("Notes")?.mergeCells("A3:B4"));
    const names = await book.sheetNames();
    const before = await Promise.all(names.map((n) => book.readSheet(n)));
    expect(before[1]).toEqual([["a\r\nb", "_x0041_", "tab\there", "\u0001bell", "=not a formula"], [2, "r\rt", null, null, null]]);
    await writeTables(book, [EVERY_FORMAT]);
    await book.saveSettings('{"plan":1}');
    const path = join(dir, "book.xlsx");
    await book.save(path);
    const again = await XlsxWorkbook.open(path);
    expect(await again.sheetNames()).toEqual([...names, "Plan"]);
    expect(await Promise.all(names.map((n) => again.readSheet(n)))).toEqual(before);
  });

  it("keeps a user's own table on another sheet when it replaces its own", async () => {
    const book = await xlsxOf({}, (b) => {
      const s = b.addWorksheet("Mine");
      s.addTable({ name: "MyTable", ref: "A1", columns: [{ name: "X" }], rows: [[1]] });
    });
    await writeTables(book, [EVERY_FORMAT]);
    await writeTables(book, [EVERY_FORMAT], "zh-CN");
    const plain = new Workbook();
    await plain.xlsx.load(new Uint8Array(await book.toBuffer()).buffer); // exceljs types want an ArrayBuffer
    expect(plain.worksheets.map((s) => [s.name, loadedTables(s).map((t) => t.name)])).toEqual([["Mine", ["MyTable"]], ["Plan", ["PeakStock_Plan"]], ["_PeakStock", []]]);
    expect((await book.listTables()).map((t) => [t.name, t.sheet, t.rows, t.columns])).toEqual([["MyTable", "Mine", 2, 1], ["PeakStock_Plan", "Plan", 4, 7]]);
  });

  it("names the file it cannot read, and refuses bytes that are not .xlsx", async () => {
    const path = join(dir, "sales.csv");
    await writeFile(path, "Date,SKU,Units\n");
    await expect(XlsxWorkbook.open(path)).rejects.toThrow(`Cannot read "${path}" as an .xlsx workbook`);
    await expect(XlsxWorkbook.fromBuffer(new TextEncoder().encode("not a zip"))).rejects.toThrow("Cannot read the data as an .xlsx workbook");
  });
});
