/**
 * Files a seller may hand PeakStock that are not readable workbooks, each
 * generated here, and the plain message each gets (English and Chinese),
 * never zip jargon: a CSV renamed .xlsx, text, an empty file, a cut-short or
 * damaged zip, a zip holding no workbook, a password-protected workbook, an
 * old .xls, decompression bombs, a part larger than it declares.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { fileProblemMessage } from "../../../../src/excel/xlsx/fileMessages";
import { WorkbookFileError } from "../../../../src/excel/xlsx/fileProblem";
import { XlsxWorkbook } from "../../../../src/excel/xlsxWorkbook";
import { oleFile } from "../../../helpers/oleFile";
import { minimalXlsxEntries, worksheet, zipBytes } from "../../../helpers/zipBytes";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "peakstock-hostile-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Opens `bytes` saved as book.xlsx and reads every sheet; the error it ends with. */
async function failure(bytes: Uint8Array): Promise<WorkbookFileError> {
  const path = join(dir, "book.xlsx");
  writeFileSync(path, bytes);
  try {
    const book = await XlsxWorkbook.open(path);
    for (const name of await book.sheetNames()) await book.readSheet(name);
  } catch (error) {
    if (error instanceof WorkbookFileError) return error;
    throw error;
  }
  throw new Error("no error");
}

const SALES = worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>SKU</t></is></c></row>');
const withSheet = (sheet: Partial<Parameters<typeof zipBytes>[0][number]>): Uint8Array =>
  zipBytes(minimalXlsxEntries(SALES).map((e) => (e.name === "xl/worksheets/sheet1.xml" ? { ...e, ...sheet } : e)));

describe("files PeakStock cannot read", () => {
  it("reads the minimal workbook the hostile ones are made from", async () => {
    const book = await XlsxWorkbook.fromBuffer(zipBytes(minimalXlsxEntries(SALES)));
    expect(await book.readSheet("Sales")).toEqual([["SKU"]]);
  });

  it("a CSV export renamed .xlsx: says so and how to convert it", async () => {
    const e = await failure(Buffer.from("Date,SKU,Units\n2026-09-01,A-1,3\n2026-09-02,A-1,4\n"));
    expect(e.problem).toEqual({ kind: "text", looksLike: "csv" });
    expect(e.message).toBe(`${join(dir, "book.xlsx")} looks like a CSV file, not an Excel workbook; open it in Excel and save it as .xlsx (Excel Workbook).`);
    expect(fileProblemMessage("book.xlsx", e.problem, "zh-CN")).toBe("book.xlsx 看起来是 CSV 文件，不是 Excel 工作簿；请在 Excel 中打开并另存为 .xlsx（Excel 工作簿）。");
  });

  it("other text, an empty file, and unknown bytes", async () => {
    expect((await failure(Buffer.from("Sales report\nMonthly totals were fine.\n"))).problem).toEqual({ kind: "text", looksLike: "text" });
    expect((await failure(Buffer.alloc(0))).message).toContain("is empty (0 bytes)");
    expect((await failure(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]))).problem).toEqual({ kind: "unknownFormat" }); // a PNG
  });

  it("a password-protected workbook (OLE file with EncryptionInfo and EncryptedPackage) says it is protected", async () => {
    const e = await failure(oleFile(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]));
    expect(e.message).toBe(`${join(dir, "book.xlsx")} is protected with a password; remove the password (File → Info → Protect Workbook) and try again.`);
    expect(fileProblemMessage("book.xlsx", e.problem, "zh-CN")).toBe("book.xlsx 受密码保护；请先取消密码（文件 → 信息 → 保护工作簿）后再试。");
  });

  it("an old .xls (OLE file without encryption streams) asks for .xlsx", async () => {
    const e = await failure(oleFile(["Workbook", "\u0005SummaryInformation"]));
    expect(e.problem).toEqual({ kind: "oldXls" });
    expect(e.message).toContain("is an old Excel 97–2003 workbook (.xls)");
  });

  it("a zip cut short, or with a damaged directory, is called damaged or incomplete", async () => {
    const good = zipBytes(minimalXlsxEntries(SALES));
    for (const cut of [good.subarray(0, Math.floor(good.length / 2)), good.subarray(0, good.length - 10)]) {
      const e = await failure(cut);
      expect(e.problem).toEqual({ kind: "damaged" });
      expect(e.message).toContain("is damaged or incomplete (it may not have finished copying or downloading)");
      expect(e.message).not.toMatch(/zip|central|EOCD|inflate/i);
    }
  });

  it("a zip without a workbook part says it is not an Excel workbook", async () => {
    const e = await failure(zipBytes([{ name: "word/document.xml", data: "<w:document/>" }, { name: "[Content_Types].xml", data: "<Types/>" }]));
    expect(e.message).toBe(`${join(dir, "book.xlsx")} is a zip file but not an Excel workbook: it holds no workbook. Check that you chose the right file.`);
  });

  it("the form for 4 GB+ files and encrypted parts are refused in plain words", async () => {
    expect((await failure(zipBytes(minimalXlsxEntries(SALES), { zip64Eocd: true }))).problem.kind).toBe("hugeFile");
    expect((await failure(withSheet({ flags: 1 }))).message).toContain("has encrypted parts; remove the password");
  });

  it("a sheet declaring more than any real workbook is refused before anything is unpacked", async () => {
    const e = await failure(withSheet({ data: "0".repeat(100_000), declaredSize: 3_000_000_000 }));
    expect(e.message).toBe(`${join(dir, "book.xlsx")}: the sheet 'Sales' would unpack to 3.0 GB, far larger than any real workbook; PeakStock stops here.`);
    expect(fileProblemMessage("book.xlsx", e.problem, "zh-CN")).toBe("book.xlsx：工作表“Sales”解压后将有 3.0 GB，远大于任何真实的工作簿；PeakStock 已停止。");
  });

  it("a large part that packs better than any real sheet (a bomb) is refused from its sizes alone", async () => {
    // hand: 1 MB of zeros packs to under 1 kB; declared as 200 MiB that is over 200,000 : 1
    const e = await failure(withSheet({ data: "0".repeat(1_000_000), declaredSize: 200 * 1024 * 1024 }));
    expect(e.problem).toMatchObject({ kind: "suspiciousCompression", part: { kind: "sheet", sheet: "Sales" }, bytes: 209_715_200 });
    expect(e.message).toMatch(/the sheet 'Sales' would unpack to 209\.7 MB from \d+ bytes, far more than any real workbook compresses to; PeakStock stops here\.$/);
  });

  it("a sheet that unpacks to more than it declares stops when it passes the declared size", async () => {
    const big = worksheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>${"x".repeat(100_000)}</t></is></c></row>`);
    const e = await failure(withSheet({ data: big, declaredSize: 1000 }));
    expect(e.message).toBe(`${join(dir, "book.xlsx")} is damaged: the sheet 'Sales' does not match what the file says it holds; open it in Excel, save it and try again.`);
  });

  it("shared text declaring more than the limit is refused", async () => {
    const entries = minimalXlsxEntries(SALES, [{ name: "xl/sharedStrings.xml", data: "<sst/>", declaredSize: 600 * 1024 * 1024 }]);
    const rels = entries.find((e) => e.name === "xl/_rels/workbook.xml.rels");
    const withStrings = entries.map((e) => (e === rels ? { ...e, data: String(e.data).replace("</Relationships>", '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>') } : e));
    expect((await failure(zipBytes(withStrings))).message).toContain(": the workbook's shared text would unpack to 629.1 MB, far larger than any real workbook");
  });

  it("a stray value in the last cell of a sheet asks for the stray cells to go, naming the cell", async () => {
    const book = new Workbook();
    const sheet = book.addWorksheet("Sales");
    sheet.getCell("A1").value = "SKU";
    sheet.getCell("XFD1048576").value = 1;
    const e = await failure(new Uint8Array(await book.xlsx.writeBuffer()));
    expect(e.message).toBe(`${join(dir, "book.xlsx")}: the sheet 'Sales' has values as far as XFD1048576, a block of 17,179,869,184 cells; delete the stray values far to the right or below and try again.`);
  });

  it("a missing file and a folder are named with the cause", async () => {
    await expect(XlsxWorkbook.open(join(dir, "nope.xlsx"))).rejects.toThrow(`${join(dir, "nope.xlsx")} does not exist; check the name and the folder.`);
    mkdirSync(join(dir, "folder.xlsx"), { recursive: true });
    await expect(XlsxWorkbook.open(join(dir, "folder.xlsx"))).rejects.toThrow("is a folder, not a workbook");
  });
});
