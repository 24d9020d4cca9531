import { Workbook } from "exceljs";
import { CHART_COLUMNS } from "../../../src/engine/plan/chartTable";
import type { OutputTable } from "../../../src/engine/plan/outputTable";
import { serialFromDate } from "../../../src/excel/dateSerial";
import { OfficeWorkbook } from "../../../src/excel/officeWorkbook";
import { XlsxWorkbook } from "../../../src/excel/xlsxWorkbook";
import { FakeExcel } from "../../shims/fakeExcel/state";
import { describeWorkbookContract } from "./workbookContract";

/** Excel holds dates as serial days: the fake's sheets get what Excel would. */
function asExcelHolds(sheets: Record<string, unknown[][]>): Record<string, unknown[][]> {
  return Object.fromEntries(Object.entries(sheets).map(([name, rows]) => [name, rows.map((row) => row.map((v) => (v instanceof Date ? serialFromDate(v) : v)))]));
}

const books = new WeakMap<OfficeWorkbook, FakeExcel>();

function officeOver(excel: FakeExcel): OfficeWorkbook {
  const book = new OfficeWorkbook({ run: excel.run, isSetSupported: () => true, retry: { sleep: async () => undefined } });
  books.set(book, excel);
  return book;
}

describeWorkbookContract<OfficeWorkbook>("OfficeWorkbook over a fake Excel", {
  create: async (sheets) => officeOver(new FakeExcel(asExcelHolds(sheets))),
  reopen: async (book) => officeOver(books.get(book) as FakeExcel), // a new OfficeWorkbook: nothing cached between them
  propertyRuns: 40,
});

const ALERTS: OutputTable = {
  kind: "Alerts",
  columns: [
    { key: "SKU", zh: "SKU", format: "text" },
    { key: "Qty", zh: "数量", format: "integer" },
    { key: "Severity", zh: "严重度", format: "text" },
    { key: "ShipBy", zh: "最晚发货日", format: "date" },
  ],
  rows: [
    ["A-1", 120, "high", 46353], // 46353 = 2026-11-27
    ["B-2", 5, "low", 46354],
    ["=cmd|' /C calc'!A0", 7, "high", null], // a formula injection stays text
  ],
  highlights: [{ column: "Severity", equals: "high", tone: "danger" }, { column: "Severity", equals: "low", tone: "warning" }],
};

/** The names of the commands of every sync, in order, one string per sync. */
function syncOps(excel: FakeExcel): string[] {
  return excel.syncs.map((s) => s.ops.join(" "));
}

describe("OfficeWorkbook.writeTable in Excel", () => {
  it("writes the values with their number formats, the table, a frozen header, column widths and highlights", async () => {
    const excel = new FakeExcel({ Sales: [["Date", "SKU", "Units"]] });
    await officeOver(excel).writeTable("Alerts", ALERTS, "en");
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sales", "Alerts"]);
    expect(excel.grid("Alerts")).toEqual([["SKU", "Qty", "Severity", "ShipBy"], ...ALERTS.rows]);
    const sheet = excel.sheetOrThrow("Alerts");
    expect(sheet.formats[0]).toEqual(["@", "@", "@", "@"]); // headers are text
    expect(sheet.formats[1]).toEqual(["@", "#,##0", "@", "yyyy-mm-dd"]); // NUMBER_FORMATS; dates stay serials
    expect(sheet.formats[3]).toEqual(["@", "#,##0", "@", "yyyy-mm-dd"]); // a blank date cell keeps its column's format
    expect(excel.tables).toEqual([{ name: "PeakStock_Alerts", sheet, address: "A1:D4", style: "TableStyleMedium2" }]);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.conditionalFormats).toEqual([
      { address: "A2:D4", type: "Custom", formula: '=$C2="high"', fill: "#FFC7CE" },
      { address: "A2:D4", type: "Custom", formula: '=$C2="low"', fill: "#FFEB9C" },
    ]);
    // hand: SKU column fits "=cmd|' /C calc'!A0" (18 characters + 2 = 20) → ⌊20 × 7 + 5⌋ × 0.75 = 108.75 points
    expect(sheet.widths.get(0)).toBe(108.75);
    expect([...sheet.widths.keys()]).toEqual([0, 1, 2, 3]);
    expect(excel.active?.name).toBe("Sales"); // a new sheet is not brought to the front
  });

  it("keeps text in a number column as text, and a header that looks like a number", async () => {
    const excel = new FakeExcel({});
    const table: OutputTable = { kind: "Plan", columns: [{ key: "2026", zh: "2026", format: "integer" }], rows: [["+5"], ["00123"], [7]] };
    await officeOver(excel).writeTable("Plan", table, "en");
    expect(excel.grid("Plan")).toEqual([["2026"], ["+5"], ["00123"], [7]]); // in General or #,##0 Excel would make numbers of all four
    expect(excel.sheetOrThrow("Plan").formats.map((row) => row[0])).toEqual(["@", "@", "@", "#,##0"]);
  });

  it("pauses calculation on every writing sync and the screen only where sheets are added or swapped", async () => {
    const excel = new FakeExcel({});
    await officeOver(excel).writeTable("Alerts", ALERTS, "en");
    const writes = excel.syncs.filter((s) => s.ops.some((op) => !op.endsWith(".load")));
    expect(writes.length).toBeGreaterThanOrEqual(4); // add sheet, rows, table, swap
    expect(writes.every((s) => s.calcSuspended)).toBe(true);
    const screenPaused = excel.syncs.filter((s) => s.screenSuspended).map((s) => s.ops.filter((op) => op.startsWith("worksheet")).join(" "));
    expect(screenPaused).toEqual(["worksheets.add worksheet.freezeRows", "worksheet.name"]); // not the chunks: repeated pauses flicker
  });

  it("refuses a sheet the user made, after one look at the workbook and without writing", async () => {
    const excel = new FakeExcel({ Alerts: [["my notes"]] });
    await expect(officeOver(excel).writeTable("alerts", ALERTS, "en")).rejects.toThrow('Sheet "Alerts" belongs to the user');
    expect(syncOps(excel)).toEqual(["worksheets.load tables.load worksheet.load"]);
    expect(excel.grid("Alerts")).toEqual([["my notes"]]);
  });

  it("builds the new sheet whole before it deletes the old one", async () => {
    const excel = new FakeExcel({ Sales: [["x"]] });
    const book = officeOver(excel);
    await book.writeTable("Alerts", ALERTS, "en");
    await book.writeTable("Other", { ...ALERTS, kind: "Plan" }, "en");
    excel.syncs.length = 0;
    await book.writeTable("Alerts", { ...ALERTS, rows: [["Z-9", 1, "low", 46400]] }, "en");
    expect(syncOps(excel)).toEqual([
      "worksheets.load tables.load worksheet.load", // look: Alerts is PeakStock's
      "application.suspendApiCalculationUntilNextSync application.suspendScreenUpdatingUntilNextSync worksheets.add range.format.columnWidth range.format.columnWidth range.format.columnWidth range.format.columnWidth worksheet.freezeRows",
      "application.suspendApiCalculationUntilNextSync range.numberFormat range.values",
      "application.suspendApiCalculationUntilNextSync tables.add table.name table.style conditionalFormats.add conditionalFormat.rule.formula conditionalFormat.fill.color conditionalFormats.add conditionalFormat.rule.formula conditionalFormat.fill.color",
      // only now, in one step: the old sheet goes, the new table and sheet take their names and the old tab position
      "application.suspendApiCalculationUntilNextSync application.suspendScreenUpdatingUntilNextSync worksheet.delete table.name worksheet.name worksheet.position",
    ]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sales", "Alerts", "Other"]);
    expect(excel.grid("Alerts")).toEqual([["SKU", "Qty", "Severity", "ShipBy"], ["Z-9", 1, "low", 46400]]);
    expect(excel.tables.map((t) => [t.name, t.sheet.name])).toEqual([["PeakStock_Plan", "Other"], ["PeakStock_Alerts", "Alerts"]]);
  });

  it.each([
    ["adding the sheet", "worksheets.add"],
    ["writing rows", "range.values"],
    ["adding the table", "tables.add"],
    ["adding a conditional format", "conditionalFormats.add"],
    ["deleting the old sheet", "worksheet.delete"],
  ])("leaves the old sheet whole when %s fails, and no half-built sheet behind", async (_, op) => {
    const excel = new FakeExcel({ Sales: [["x"]] });
    const book = officeOver(excel);
    await book.writeTable("Alerts", ALERTS, "en");
    excel.failOn(op, "GeneralException", "Excel said no");
    await expect(book.writeTable("Alerts", { ...ALERTS, rows: [["Z-9", 1, "low", 46400]] }, "en")).rejects.toThrow("Excel said no");
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sales", "Alerts"]);
    expect(excel.grid("Alerts")).toEqual([["SKU", "Qty", "Severity", "ShipBy"], ...ALERTS.rows]);
    expect(excel.tables.map((t) => [t.name, t.sheet.name])).toEqual([["PeakStock_Alerts", "Alerts"]]);
  });

  it("says where the new table is when the swap fails after the old sheet is gone", async () => {
    const excel = new FakeExcel({});
    const book = officeOver(excel);
    await book.writeTable("Alerts", ALERTS, "en");
    excel.failOn("worksheet.name", "GeneralException", "Rename refused");
    await expect(book.writeTable("Alerts", ALERTS, "en")).rejects.toThrow(
      'Rename refused. PeakStock could not finish replacing "Alerts": the old sheet "Alerts" is deleted and the new one is on sheet "_PeakStock_new"; rename it to "Alerts".',
    );
    expect(excel.sheets.map((s) => s.name)).toEqual(["_PeakStock_new"]); // the data is kept
  });

  it("brings the new sheet to the front when the old one was the active sheet", async () => {
    const excel = new FakeExcel({ Sales: [["x"]] });
    const book = officeOver(excel);
    await book.writeTable("Alerts", ALERTS, "en");
    await book.activateSheet("Alerts");
    await book.writeTable("Alerts", ALERTS, "zh-CN");
    expect(excel.active?.name).toBe("Alerts");
    expect(excel.grid("Alerts")[0]).toEqual(["SKU", "数量", "严重度", "最晚发货日"]);
  });

  it("builds under a free temporary name when _PeakStock_new is taken", async () => {
    const excel = new FakeExcel({ _PeakStock_new: [["left over"]] });
    await officeOver(excel).writeTable("Alerts", ALERTS, "en");
    expect(excel.syncs.flatMap((s) => s.ops).filter((op) => op === "worksheets.add")).toHaveLength(1);
    expect(excel.sheets.map((s) => s.name)).toEqual(["_PeakStock_new", "Alerts"]);
  });
});

describe("OfficeWorkbook.writeChart", () => {
  it("writes the table and a titled line chart of the numeric columns against the dates", async () => {
    const excel = new FakeExcel({});
    const table: OutputTable = { kind: "Chart", columns: CHART_COLUMNS, rows: [[46353, "A-1", 3, null, null, null, null], [46354, "A-1", null, 4.5, 3, 6, 9]] };
    await officeOver(excel).writeChart("Chart", { title: "A-1: history, forecast and Prime Day", table }, "en");
    expect(excel.grid("Chart")).toHaveLength(3);
    expect(excel.tables.map((t) => t.name)).toEqual(["PeakStock_Chart"]);
    expect(excel.sheetOrThrow("Chart").charts).toEqual([{
      type: "Line",
      source: "C1:G3", // History … Event, header row as series names
      seriesBy: "Columns",
      title: "A-1: history, forecast and Prime Day",
      categoryNames: "A2:A3", // the Date column
      series: [],
      position: ["I2", "R22"], // hand: one empty column after G, then columns 9 to 18 (I to R), rows 2 to 22
    }]);
  });

  it("adds numeric columns that are not beside the first ones as further series", async () => {
    const excel = new FakeExcel({});
    const table: OutputTable = {
      kind: "Chart",
      columns: [{ key: "Units", zh: "销量", format: "integer" }, { key: "Date", zh: "日期", format: "date" }, { key: "Note", zh: "备注", format: "text" }, { key: "Cost", zh: "成本", format: "currency" }],
      rows: [[1, 46353, "a", 2.5]],
    };
    await officeOver(excel).writeChart("Chart", { title: "t", table }, "en");
    expect(excel.sheetOrThrow("Chart").charts[0]).toMatchObject({ source: "A1:A2", categoryNames: "B2:B2", series: [{ name: "Cost", values: "D2:D2" }] });
  });

  it("draws no chart for a table without rows", async () => {
    const excel = new FakeExcel({});
    await officeOver(excel).writeChart("Chart", { title: "t", table: { kind: "Chart", columns: CHART_COLUMNS, rows: [] } }, "en");
    expect(excel.sheetOrThrow("Chart").charts).toEqual([]);
    expect(excel.tables[0].address).toBe("A1:G2"); // Excel's blank data row under the header
  });
});

describe("OfficeWorkbook in cell-edit mode", () => {
  it("tries a refused step again after 250 and 500 ms", async () => {
    const excel = new FakeExcel({});
    const waits: number[] = [];
    const book = new OfficeWorkbook({ run: excel.run, isSetSupported: () => true, retry: { sleep: async (ms) => { waits.push(ms); } } });
    excel.cellEditSyncs = 2;
    await book.writeTable("Alerts", ALERTS, "en");
    expect(waits).toEqual([250, 500]);
    expect(book.stats.retries).toBe(2);
    expect(excel.grid("Alerts")).toHaveLength(4);
  });

  it("gives up after three retries with a plain message, changing nothing", async () => {
    const excel = new FakeExcel({ Sales: [["x"]] });
    const waits: number[] = [];
    const book = new OfficeWorkbook({ run: excel.run, isSetSupported: () => true, retry: { sleep: async (ms) => { waits.push(ms); } } });
    excel.cellEditSyncs = 99;
    await expect(book.writeTable("Alerts", ALERTS, "en")).rejects.toThrow("Excel is busy: a cell is being edited. Press Enter or Esc to finish editing the cell, then try again.");
    expect(waits).toEqual([250, 500, 1000]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sales"]);
  });
});

describe("OfficeWorkbook settings", () => {
  const json = JSON.stringify({ event: "Prime Day", note: "-1 = '+@", skus: Array.from({ length: 3000 }, (_, i) => `SKU-${i}-'x`) });

  it("stores them in column A of a veryHidden _PeakStock sheet, as Text, 32,767 characters a cell", async () => {
    const excel = new FakeExcel({ Sales: [["x"]] });
    await officeOver(excel).saveSettings(json);
    const sheet = excel.sheetOrThrow("_PeakStock");
    expect(sheet.visibility).toBe("VeryHidden");
    const cells = excel.grid("_PeakStock").map((row) => row[0] as string);
    expect(cells.join("")).toBe(json);
    expect(cells.every((cell) => cell.length <= 32_767)).toBe(true);
    expect(cells.length).toBe(Math.ceil(json.length / 32_767)); // hand: 3,000 × ~13 characters ≈ 40 k → 2 cells
    expect(sheet.formats.map((row) => row[0])).toEqual(cells.map(() => "@"));
    expect(excel.active?.name).toBe("Sales");
  });

  it("are read by the command line's XlsxWorkbook, and read what it wrote", async () => {
    const excel = new FakeExcel({});
    await officeOver(excel).saveSettings(json);
    const file = new Workbook();
    const sheet = file.addWorksheet("_PeakStock", { state: "veryHidden" });
    excel.grid("_PeakStock").forEach((row, i) => { sheet.getCell(i + 1, 1).value = row[0] as string; });
    const cli = await XlsxWorkbook.fromBuffer(await file.xlsx.writeBuffer() as ArrayBuffer);
    expect(await cli.loadSettings()).toBe(json);

    await cli.saveSettings('{"from":"cli"}');
    const back = new Workbook();
    await back.xlsx.load(await cli.toBuffer() as unknown as ArrayBuffer);
    const column: unknown[][] = [];
    back.getWorksheet("_PeakStock")?.eachRow((row) => column.push([row.getCell(1).value]));
    const office = officeOver(new FakeExcel({ _PeakStock: column }));
    expect(await office.loadSettings()).toBe('{"from":"cli"}');
  });

  it("keeps the old settings when writing the new ones fails", async () => {
    const excel = new FakeExcel({});
    const book = officeOver(excel);
    await book.saveSettings('{"v":1}');
    excel.failOn("range.values");
    await expect(book.saveSettings('{"v":2}')).rejects.toThrow("Injected failure");
    expect(await book.loadSettings()).toBe('{"v":1}');
    expect(excel.sheets.map((s) => s.name)).toEqual(["_PeakStock"]);
  });
});

describe("OfficeWorkbook on an old Excel", () => {
  it("refuses every call with the requirement message, before touching the workbook", async () => {
    const excel = new FakeExcel({ Sales: [["x"]] });
    const book = new OfficeWorkbook({ run: excel.run, isSetSupported: (_, v) => Number(v.slice(2)) <= 4 });
    expect(book.checkRequirements()).toEqual({ ok: false, message: expect.stringContaining("this Excel supports ExcelApi 1.4") });
    await expect(book.sheetNames()).rejects.toThrow("PeakStock needs Excel 2019 or later, or Microsoft 365 (ExcelApi 1.7)");
    await expect(book.writeTable("Alerts", ALERTS, "en")).rejects.toThrow("ExcelApi 1.7");
    await expect(book.saveSettings("{}")).rejects.toThrow("ExcelApi 1.7");
    expect(excel.runs).toBe(0);
  });
});
