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
