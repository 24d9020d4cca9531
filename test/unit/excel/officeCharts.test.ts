/**
 * A Charts sheet through Office.js (the fake Excel): one chart per block of
 * rows, named "PeakStock chart k", replaced on a re-run while a chart of the
 * seller's on the same sheet stays.
 */
import { CHART_COLUMNS } from "../../../src/engine/plan/chartTable";
import type { OutputTable } from "../../../src/engine/plan/outputTable";
import { OfficeWorkbook } from "../../../src/excel/officeWorkbook";
import { FakeExcel } from "../../shims/fakeExcel/state";
import { writeTables } from "./workbookContract";

const officeOver = (excel: FakeExcel): OfficeWorkbook => new OfficeWorkbook({ run: excel.run, isSetSupported: () => true, retry: { sleep: async () => undefined } });

function charts(skus: readonly string[], days = 2): OutputTable {
  const rows = skus.flatMap((sku) => Array.from({ length: days }, (_, d) => [46350 + d, sku, d, null, null, null, null]));
  return { kind: "Charts", columns: CHART_COLUMNS, rows, charts: skus.map((sku, k) => ({ title: `${sku}: history, forecast and BF`, firstRow: k * days, rows: days })) };
}

describe("OfficeWorkbook draws a Charts sheet", () => {
  it("draws one chart per block of rows, one under another right of the table", async () => {
    const excel = new FakeExcel({});
    await writeTables(officeOver(excel), [charts(["A", "B"])]);
    expect(excel.sheetOrThrow("Charts").charts.map((c) => [c.name, c.title, c.source, c.categoryNames, c.position.join(":")])).toEqual([
      ["PeakStock chart 1", "A: history, forecast and BF", "C2:C3", "A2:A3", "I2:R22"],
      // hand: B's rows are data rows 2–3 → sheet rows 4–5; the second chart 22 rows lower
      ["PeakStock chart 2", "B: history, forecast and BF", "C4:C5", "A4:A5", "I24:R44"],
    ]);
  });

  it("replaces its charts on a re-run, however many, and keeps the seller's", async () => {
    const excel = new FakeExcel({});
    const book = officeOver(excel);
    await writeTables(book, [charts(["A", "B"])]);
    excel.sheetOrThrow("Charts").charts.push({ name: "Seller's chart", type: "Bar", source: "A1:A2", seriesBy: "Auto", title: "mine", categoryNames: null, series: [], position: [] });
    await writeTables(book, [charts(["C", "D", "E"], 3)]);
    expect(excel.sheetOrThrow("Charts").charts.map((c) => [c.name, c.title])).toEqual([
      ["Seller's chart", "mine"],
      ["PeakStock chart 1", "C: history, forecast and BF"],
      ["PeakStock chart 2", "D: history, forecast and BF"],
      ["PeakStock chart 3", "E: history, forecast and BF"],
    ]);
  });
});
