/**
 * The package-level reader against the reference reader (exceljs, which
 * PeakStock used before, test/helpers/exceljsGrid.ts): every sheet of the demo
 * workbook and of random workbooks exceljs writes — numbers, awkward text,
 * booleans, dates, formulas with results, rich text, hyperlinks, errors,
 * merges, a 1904 workbook — reads to the same grid.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { Workbook } from "exceljs";
import { XlsxWorkbook } from "../../../../src/excel/xlsxWorkbook";
import { exceljsGrids } from "../../../helpers/exceljsGrid";
import { partText } from "../../../helpers/zipBytes";
import type { Grid } from "../../../../src/excel/workbookPort";

async function ourGrids(bytes: Uint8Array): Promise<Record<string, Grid>> {
  const book = await XlsxWorkbook.fromBuffer(bytes);
  const grids: Record<string, Grid> = {};
  for (const name of await book.sheetNames()) grids[name] = await book.readSheet(name);
  return grids;
}

const DEMO = join(__dirname, "..", "..", "..", "..", "examples", "peakstock-demo.xlsx");

describe("the .xlsx reader matches exceljs", () => {
  jest.setTimeout(120_000);

  it("on every sheet of the demo workbook", async () => {
    const bytes = readFileSync(DEMO);
    expect(await ourGrids(bytes)).toEqual(await exceljsGrids(bytes));
  });

  it("on formulas, rich text, hyperlinks, errors, merges and dates", async () => {
    const book = new Workbook();
    const s = book.addWorksheet("Mixed");
    s.getCell("A1").value = { formula: "B1*2", result: 8 };
    s.getCell("B1").value = 4;
    s.getCell("C1").value = { richText: [{ text: "SKU-", font: { bold: true } }, { text: "1" }] };
    s.getCell("D1").value = { text: "Amazon", hyperlink: "https://sellercentral.amazon.com" };
    s.getCell("E1").value = { error: "#N/A" };
    s.getCell("F1").value = { formula: "TODAY()", result: new Date(Date.UTC(2026, 0, 1, 18)) }; // hand: 46023 + 18/24
    s.getCell("A2").value = "merged";
    s.mergeCells("A2:B3");
    s.getCell("C3").value = true;
    s.getCell("D3").value = { formula: "NA()" };
    s.getCell("E3").value = new Date(Date.UTC(2026, 10, 27, 6));
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const ours = await ourGrids(bytes);
    expect(ours.Mixed).toEqual([
      [8, 4, "SKU-1", "Amazon", "#N/A", 46023.75],
      ["merged", null, null, null, null, null],
      [null, null, true, null, 46353.25, null],
    ]);
    expect(ours).toEqual(await exceljsGrids(bytes));
  });

  it("on a 1904-date-system workbook: dates land on the same 1900 serials", async () => {
    const book = new Workbook();
    book.properties.date1904 = true;
    const s = book.addWorksheet("Sales");
    s.addRows([["Date", "Units"], [new Date(Date.UTC(2026, 10, 27)), 3], [new Date(Date.UTC(2025, 0, 1)), 44888]]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    expect(partText(bytes, "xl/workbook.xml")).toMatch(/<workbookPr[^>]*date1904="1"/); // the file really is a 1904 workbook
    const ours = await ourGrids(bytes);
    expect(ours.Sales).toEqual([["Date", "Units"], [46353, 3], [45658, 44888]]); // hand: 2025-01-01 = 45658; a plain number stays as it is
    expect(ours).toEqual(await exceljsGrids(bytes));
  });

  it("on random sheets of numbers, text with awkward characters, booleans and blanks (property)", async () => {
    const awkward = fc.constantFrom("\r\n", "\t", "_x0041_", "&<>\"'", "计划", "😀", " lead", "trail ", "=1+1", "@A1");
    const text = fc.string({ unit: fc.oneof(awkward, fc.constantFrom("a", "B", "1", " ")), minLength: 1, maxLength: 6 });
    const cell = fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), fc.boolean(), fc.constant(null));
    const sheets = fc.array(fc.array(fc.array(cell, { maxLength: 6 }), { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 3 });
    await fc.assert(fc.asyncProperty(sheets, async (data) => {
      const book = new Workbook();
      data.forEach((rows, i) => {
        const sheet = book.addWorksheet(`S${i}`);
        rows.forEach((row, r) => row.forEach((v, c) => {
          if (v !== null) sheet.getCell(r + 1, c + 1).value = Object.is(v, -0) ? 0 : v;
        }));
      });
      const bytes = new Uint8Array(await book.xlsx.writeBuffer());
      expect(await ourGrids(bytes)).toEqual(await exceljsGrids(bytes));
    }), { numRuns: 40 });
  });
});
