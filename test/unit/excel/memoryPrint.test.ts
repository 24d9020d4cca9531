import { CHART_COLUMNS } from "../../../src/engine/plan/chartTable";
import type { OutputTable } from "../../../src/engine/plan/outputTable";
import { createMemoryWorkbook } from "../../../src/excel/memoryWorkbook";
import { writeTables } from "./workbookContract";

const ALERTS: OutputTable = {
  kind: "Alerts",
  columns: [{ key: "Severity", zh: "级别", format: "text" }, { key: "SKU", zh: "SKU", format: "text" }, { key: "Message", zh: "说明", format: "text", wrapWidth: 80 }],
  rows: [["high", "A-1", "no lane arrives in time"]],
};

describe("MemoryWorkbook records how an output prints", () => {
  it("as the .xlsx and Office.js writers set it: landscape, one page wide, header row repeated, long text wrapped", async () => {
    const book = createMemoryWorkbook({ Sales: [["Date"]] });
    await writeTables(book, [ALERTS]);
    expect(book.getSheet("Alerts")?.table?.print).toEqual({ orientation: "landscape", fitToWidth: 1, fitToHeight: 0, titleRow: 0, wrappedColumns: [2] });
  });
});

describe("MemoryWorkbook records the charts drawn", () => {
  it("one per block of a Charts table, and the pane's one over its whole table", async () => {
    const book = createMemoryWorkbook({});
    const rows = [[46350, "A", 1, null, null, null, null], [46350, "B", 2, null, null, null, null]];
    const charts = [{ title: "A", firstRow: 0, rows: 1 }, { title: "B", firstRow: 1, rows: 1 }];
    await writeTables(book, [{ kind: "Charts", columns: CHART_COLUMNS, rows, charts }]);
    expect(book.getSheet("Charts")?.table?.charts).toEqual(charts);
  });
});
