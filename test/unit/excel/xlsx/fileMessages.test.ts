/**
 * Every file problem has a message in English and in Chinese that names the
 * file, says what to do, and carries no zip or library jargon.
 */
import { fileProblemMessage, sizeText } from "../../../../src/excel/xlsx/fileMessages";
import type { FileProblem } from "../../../../src/excel/xlsx/fileProblem";

const SHEET = { kind: "sheet", sheet: "Sales" } as const;
const EVERY_PROBLEM: FileProblem[] = [
  { kind: "notFound" }, { kind: "isFolder" }, { kind: "noReadPermission" }, { kind: "empty" },
  { kind: "text", looksLike: "csv" }, { kind: "text", looksLike: "text" }, { kind: "passwordProtected" }, { kind: "oldXls" },
  { kind: "unknownFormat" }, { kind: "damaged" }, { kind: "notWorkbook" }, { kind: "hugeFile", bytes: 5e9 }, { kind: "encryptedParts" },
  { kind: "unusualCompression" }, { kind: "partTooLarge", part: SHEET, bytes: 9.8e9 },
  { kind: "suspiciousCompression", part: { kind: "sharedText" }, bytes: 3e8, packedBytes: 1e5 }, { kind: "totalTooLarge", bytes: 5e9 },
  { kind: "partDamaged", part: { kind: "other", part: "xl/tables/table1.xml" } }, { kind: "sheetTooWide", sheet: "Sales", rows: 1_048_576, columns: 16_384 },
  { kind: "folderMissing", folder: "/data/out" }, { kind: "readOnly", folder: "/data/out" }, { kind: "diskFull" }, { kind: "outputIsFolder" },
  { kind: "fileBusy" }, { kind: "otherOutput", code: "EIO" },
];

describe("file problem messages", () => {
  it.each(EVERY_PROBLEM.map((p) => [p.kind, p] as const))("%s: English and Chinese, naming the file, no jargon", (_kind, problem) => {
    const en = fileProblemMessage("book.xlsx", problem, "en");
    const zh = fileProblemMessage("book.xlsx", problem, "zh-CN");
    for (const text of [en, zh]) {
      expect(text).toContain("book.xlsx");
      expect(text).not.toMatch(/zip64|EOCD|central directory|inflate|deflate|ERR_|undefined|\[object/i);
    }
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(zh).not.toBe(en);
  });

  it("words the size of the issue's example as a seller reads it", () => {
    expect(fileProblemMessage("book.xlsx", { kind: "partTooLarge", part: SHEET, bytes: 9_800_000_000 }, "en"))
      .toBe("book.xlsx: the sheet 'Sales' would unpack to 9.8 GB, far larger than any real workbook; PeakStock stops here.");
    expect([sizeText(512), sizeText(1_500), sizeText(28_315_461)]).toEqual(["512 bytes", "1.5 kB", "28.3 MB"]);
  });
});
