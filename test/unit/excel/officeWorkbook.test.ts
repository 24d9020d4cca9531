import { Workbook } from "exceljs";
import { CHART_COLUMNS } from "../../../src/engine/plan/chartTable";
import type { OutputTable } from "../../../src/engine/plan/outputTable";
import { serialFromDate } from "../../../src/excel/dateSerial";
import { OfficeWorkbook } from "../../../src/excel/officeWorkbook";
import { writeOwnedOutputs } from "../../../src/excel/ownership";
import { XlsxWorkbook } from "../../../src/excel/xlsxWorkbook";
import { addressOf, FakeExcel } from "../../shims/fakeExcel/state";
import { describeInPlaceReplace } from "./inPlaceContract";
import { describeWorkbookContract, writeTables } from "./workbookContract";

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

function excelOf(book: OfficeWorkbook): FakeExcel {
  return books.get(book) as FakeExcel;
}

describeWorkbookContract<OfficeWorkbook>("OfficeWorkbook over a fake Excel", {
  create: async (sheets) => officeOver(new FakeExcel(asExcelHolds(sheets))),
  reopen: async (book) => officeOver(excelOf(book)), // a new OfficeWorkbook: nothing cached between them
  propertyRuns: 40,
});

describeInPlaceReplace<OfficeWorkbook>("OfficeWorkbook over a fake Excel", {
  create: async (sheets) => officeOver(new FakeExcel(sheets)),
  // The fake keeps a formula as its text (it does not calculate): what the evaluator reads.
  type: (book, sheet, top, left, rows) => {
    const record = excelOf(book).sheetOrThrow(sheet);
    rows.forEach((row, r) => row.forEach((value, c) => { (record.values[top + r] ??= [])[left + c] = value; }));
  },
  renameSheet: (book, from, to) => excelOf(book).renameSheet(excelOf(book).sheetOrThrow(from), to),
  addUserTable: (book, sheet, name, box) => {
    const excel = excelOf(book);
    excel.renameTable(excel.addTable(excel.sheetOrThrow(sheet), addressOf({ row: box.top, column: box.left, rows: box.rows, columns: box.columns })), name);
  },
  // Each output's last step adds its table (a new sheet) or resizes it (in place).
  failWhileWriting: (book, index) => excelOf(book).failOn(/^(tables\.add|table\.resize)$/, "GeneralException", "Excel said no", index + 1),
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

/** Everything a seller could see of the fake workbook, to compare before and after. */
function snapshot(excel: FakeExcel): unknown {
  const trim = <T>(row: (T | undefined)[] | undefined): (T | null)[] => {
    const out = Array.from(row ?? [], (v) => (v === undefined || v === "" ? null : v));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  };
  return {
    sheets: excel.sheets.map((sheet) => {
      const formats = Array.from(sheet.formats, (row) => trim(row));
      while (formats.length > 0 && formats[formats.length - 1].length === 0) formats.pop();
      return {
        name: sheet.name, visibility: sheet.visibility, values: excel.grid(sheet.name), formats, frozenRows: sheet.frozenRows,
        widths: [...sheet.widths.entries()], conditionalFormats: sheet.conditionalFormats.map((cf) => ({ ...cf })), charts: sheet.charts.map((c) => ({ ...c, series: [...c.series] })),
      };
    }),
    tables: excel.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, address: t.address, style: t.style })),
    active: excel.active?.name ?? null,
  };
}

const KINDS = ["Plan", "Batches", "CashFlow", "Alerts", "Forecast"] as const;

/** A first plan's five outputs; `grow` rows more on the second. */
function fiveOutputs(grow: number): OutputTable[] {
  return KINDS.map((kind, k) => ({
    ...ALERTS,
    kind,
    rows: Array.from({ length: 2 + k + grow }, (_, i) => [`${kind}-${i}`, 10 * k + i + grow, i % 2 === 0 ? "high" : "low", 46353 + i]),
  }));
}

describe("OfficeWorkbook writing new outputs", () => {
  it("writes the values with their number formats, the table, a frozen header, column widths and highlights", async () => {
    const excel = new FakeExcel({ Sales: [["Date", "SKU", "Units"]] });
    expect(await writeTables(officeOver(excel), [ALERTS])).toEqual({ Alerts: "Alerts" });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sales", "Alerts", "_PeakStock"]);
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
    const store = excel.sheetOrThrow("_PeakStock");
    expect(store.visibility).toBe("VeryHidden");
    expect(JSON.parse(excel.grid("_PeakStock")[0][1] as string)).toEqual({ version: 1, tables: [{ kind: "Alerts", sheet: "Alerts", table: "PeakStock_Alerts" }] }); // column B
  });

  it("keeps text in a number column as text, and a header that looks like a number", async () => {
    const excel = new FakeExcel({});
    await writeTables(officeOver(excel), [{ kind: "Plan", columns: [{ key: "2026", zh: "2026", format: "integer" }], rows: [["+5"], ["00123"], [7]] }]);
    expect(excel.grid("Plan")).toEqual([["2026"], ["+5"], ["00123"], [7]]); // in General or #,##0 Excel would make numbers of all four
    expect(excel.sheetOrThrow("Plan").formats.map((row) => row[0])).toEqual(["@", "@", "@", "#,##0"]);
  });

  it("removes the new sheets again when a later output fails, and refuses a row no sync can carry before writing", async () => {
    const excel = new FakeExcel({ Sales: [["x"]] });
    excel.failOn("tables.add", "GeneralException", "Excel said no", 2);
    await expect(writeTables(officeOver(excel), [ALERTS, { ...ALERTS, kind: "Plan" }])).rejects.toThrow("Excel said no");
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sales"]);
    expect(excel.tables).toEqual([]);
    const small = new OfficeWorkbook({ run: excel.run, isSetSupported: () => true, limitBytes: 10_000 });
    excel.syncs.length = 0;
    const huge: OutputTable = { kind: "Alerts", columns: [{ key: "Why", zh: "说明", format: "text" }], rows: [["short"], ["x".repeat(20_000)]] };
    await expect(writeTables(small, [huge])).rejects.toThrow("Row 3 holds 20 kB, more than one request to Excel can carry (9 kB)"); // hand: 20,000 + 11 bytes; 10,000 − 1,024
    expect(excel.syncs.filter((s) => s.ops.some((op) => !op.endsWith(".load")))).toEqual([]); // only looked
  });
});

describe("OfficeWorkbook re-running in place", () => {
  it("deletes and renames no sheet, keeps the table's name and tab, and writes the new range and values", async () => {
    const excel = new FakeExcel({ Sales: [["x"]] });
    const book = officeOver(excel);
    await writeTables(book, [ALERTS, { ...ALERTS, kind: "Plan" }]);
    excel.syncs.length = 0;
    const rows = [["Z-9", 1, "low", 46400], ["Y-8", 2, "high", 46401], ["X-7", 3, "low", 46402], ["W-6", 4, "high", 46403]];
    await writeTables(book, [{ ...ALERTS, rows }]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sales", "Alerts", "Plan", "_PeakStock"]);
    expect(excel.deleted).toEqual(["_PeakStock_backup"]); // only PeakStock's own copy, once the write is done
    expect(excel.renamed).toEqual([]);
    expect(excel.grid("Alerts")).toEqual([["SKU", "Qty", "Severity", "ShipBy"], ...rows]);
    expect(excel.tables.map((t) => [t.name, t.sheet.name, t.address])).toEqual([["PeakStock_Alerts", "Alerts", "A1:D5"], ["PeakStock_Plan", "Plan", "A1:D4"]]);
    expect(excel.sheetOrThrow("Alerts").conditionalFormats.map((cf) => cf.address)).toEqual(["A2:D5", "A2:D5"]); // the old rules gone, new ones over the new rows
    const ops = syncOps(excel);
    // writeOwnedOutputs looks (sheets; tables and their ranges; the registry; the Alerts sheet, as its table grows, for
    // notes in the way), and so does writeOutputs before it writes (sheets and tables, the registry): 11 syncs, reading only.
    const looking = ops.findIndex((op) => op.includes("worksheets.add"));
    expect(looking).toBe(11);
    expect(ops.slice(0, looking).filter((op) => op.split(" ").some((name) => !name.endsWith(".load")))).toEqual([]);
    expect(ops.slice(looking)).toEqual([
      "application.suspendApiCalculationUntilNextSync application.suspendScreenUpdatingUntilNextSync worksheets.add worksheet.visibility range.copyFrom range.copyFrom", // the copy, inside Excel
      "application.suspendApiCalculationUntilNextSync range.clear conditionalFormats.clearAll", // the old cells, nothing outside them
      "application.suspendApiCalculationUntilNextSync range.numberFormat range.values", // header and rows, from the old top-left
      "application.suspendApiCalculationUntilNextSync table.resize conditionalFormats.add conditionalFormat.rule.formula conditionalFormat.fill.color conditionalFormats.add conditionalFormat.rule.formula conditionalFormat.fill.color pageLayout.orientation pageLayout.zoom pageLayout.printTitleRows",
      "application.suspendApiCalculationUntilNextSync range.numberFormat range.values", // the registry, column B
      "application.suspendApiCalculationUntilNextSync application.suspendScreenUpdatingUntilNextSync worksheet.load", "worksheet.delete", // drop the copy
    ]);
  });

  it("grows and shrinks from the table's top-left cell when the seller moved the table, keeping cells around it", async () => {
    const excel = new FakeExcel({ Sales: [["x"]] });
    const book = officeOver(excel);
    await writeTables(book, [ALERTS]);
    // The seller inserted two rows and a column above and left of the table, and typed beside it.
    const sheet = excel.sheetOrThrow("Alerts");
    sheet.values = [[], ["my header"], ...sheet.values.map((row) => [null, ...row])];
    sheet.formats = [[], [], ...sheet.formats.map((row) => [undefined as unknown as string, ...row])];
    sheet.values[2][6] = "note";
    excel.tables[0].address = "B3:E6";
    sheet.conditionalFormats = [];
    await writeTables(book, [{ ...ALERTS, rows: [["Z-9", 1, "low", 46400]] }]);
    expect(excel.tables[0].address).toBe("B3:E4");
    const grid = excel.grid("Alerts");
    expect(grid[1][0]).toBe("my header");
    expect(grid[2]).toEqual([null, "SKU", "Qty", "Severity", "ShipBy", null, "note"]);
    expect(grid[3]).toEqual([null, "Z-9", 1, "low", 46400, null, null]);
    expect(grid).toHaveLength(4); // the old rows 5 and 6 are blank now
    expect(sheet.conditionalFormats.map((cf) => [cf.address, cf.formula])).toEqual([["B4:E4", '=$D4="high"'], ["B4:E4", '=$D4="low"']]);
  });

  it("replaces the chart of a chart sheet: one chart, over the new rows, under PeakStock's name", async () => {
    const excel = new FakeExcel({});
    const book = officeOver(excel);
    const table = (n: number): OutputTable => ({ kind: "Chart", columns: CHART_COLUMNS, rows: Array.from({ length: n }, (_, i) => [46353 + i, "A-1", i, null, null, null, null]) });
    const chart = async (n: number) => {
      const written = await writeOwnedOutputs(book, [{ table: table(n), chartTitle: `A-1 (${n} days)` }], "en");
      if (!written.ok) throw new Error(written.error.message);
    };
    await chart(3);
    excel.sheetOrThrow("Chart").charts.push({ name: "Seller's chart", type: "Bar", source: "A1:A2", seriesBy: "Auto", title: "mine", categoryNames: null, series: [], position: [] });
    await chart(5);
    expect(excel.sheetOrThrow("Chart").charts.map((c) => [c.name, c.title, c.source, c.categoryNames])).toEqual([
      ["Seller's chart", "mine", "A1:A2", null],
      ["PeakStock chart", "A-1 (5 days)", "C2:C6", "A2:A6"], // hand: the 5 rows under the header
    ]);
  });

  it("puts every previous result back, and leaves no copy or new sheet, whichever sync fails", async () => {
    jest.setTimeout(60_000);
    const chartTable = (n: number): OutputTable => ({ kind: "Chart", columns: CHART_COLUMNS, rows: Array.from({ length: n }, (_, i) => [46353 + i, "A-1", i, null, null, null, null]) });
    // Four tables and a chart sheet; the next run grows them all and adds a Forecast sheet before the chart.
    const outputs = (grow: number, forecast: boolean) => [
      ...fiveOutputs(grow).filter((t) => forecast || t.kind !== "Forecast").map((table) => ({ table })),
      { table: chartTable(3 + grow), chartTitle: `A-1, ${3 + grow} days` },
    ];
    const write = async (book: OfficeWorkbook, outs: ReturnType<typeof outputs>): Promise<void> => {
      const written = await writeOwnedOutputs(book, outs, "en");
      if (!written.ok) throw new Error(written.error.message);
    };
    const setup = async (): Promise<{ excel: FakeExcel; book: OfficeWorkbook }> => {
      const excel = new FakeExcel({ Sales: [["x"]], Mine: [["=Plan!B2"]] });
      const book = officeOver(excel);
      await write(book, outputs(0, false));
      excel.sheetOrThrow("Plan").values[0][6] = "a note beside"; // G1: outside every table
      return { excel, book };
    };
    const next = outputs(3, true);
    const probe = await setup();
    const before = snapshot(probe.excel);
    const start = probe.excel.syncs.length;
    await write(probe.book, next);
    const after = snapshot(probe.excel);
    const syncs = probe.excel.syncs.length - start;
    // hand: writeOwnedOutputs looks in 5 (sheets 1, tables 2, registry 2) and reads the 5 growing sheets for notes (5 × 2);
    // writeOutputs looks in 4, notes the chart sheet's charts and copies in 2, writes 6 outputs in 3 steps each, the registry
    // in 1, then names the new chart (2) and drops the copies (2): 5 + 10 + 4 + 2 + 18 + 1 + 2 + 2 = 44
    expect(syncs).toBe(44);
    expect(probe.excel.sheetOrThrow("Chart").charts.map((c) => [c.name, c.title, c.source])).toEqual([["PeakStock chart", "A-1, 6 days", "C2:C7"]]);
    const resolvedAt: number[] = [];
    for (let n = 1; n <= syncs; n++) {
      const { excel, book } = await setup();
      excel.failAtSync(n);
      const outcome = await write(book, next).then(() => "resolved", (error: Error) => error.message);
      if (outcome === "resolved") {
        resolvedAt.push(n);
        expect({ n, state: snapshot(excel) }).toEqual({ n, state: after });
      } else {
        expect({ n, outcome }).toEqual({ n, outcome: expect.stringMatching(/^Injected failure at sync \d+$/) });
        expect({ n, state: snapshot(excel) }).toEqual({ n, state: before });
      }
    }
    // Only once everything is written — naming the new chart, dropping the copies — does a failure not undo the run (it is tried again).
    expect(resolvedAt).toEqual([syncs - 3, syncs - 2, syncs - 1, syncs]);
  });

  it("says where the previous table is kept when putting it back fails too", async () => {
    const excel = new FakeExcel({ Sales: [["x"]] });
    const book = officeOver(excel);
    await writeTables(book, [ALERTS]);
    excel.failOn("table.resize", "GeneralException", "Excel said no");
    excel.failOn("range.copyFrom", "GeneralException", "Excel said no again", 3); // the 3rd copy: the first one back
    await expect(writeTables(book, [{ ...ALERTS, rows: [["Z-9", 1, "low", 46400]] }])).rejects.toThrow(
      'Excel said no. PeakStock could not put back "Alerts" as it was; the previous table is kept on the hidden sheet "_PeakStock_backup" (Unhide to see it).',
    );
    const backup = excel.sheetOrThrow("_PeakStock_backup");
    expect(backup.visibility).toBe("Hidden");
    expect(excel.grid("_PeakStock_backup")).toEqual([["SKU", "Qty", "Severity", "ShipBy"], ...ALERTS.rows]);
  });

  it("keeps every sync under 4 MB when a 100,000-row table is replaced in place", async () => {
    jest.setTimeout(60_000);
    const excel = new FakeExcel({});
    const book = officeOver(excel);
    const big = (offset: number): OutputTable => ({ ...ALERTS, highlights: [], rows: Array.from({ length: 100_000 }, (_, i) => [`SKU-${i}`, i + offset, "low", 46353 + (i % 60)]) });
    await writeTables(book, [big(0)]);
    await writeTables(book, [big(1)]);
    expect(Math.max(...excel.syncs.map((s) => s.sentBytes))).toBeLessThanOrEqual(4_000_000);
    expect(book.stats.largestSyncBytes).toBeLessThanOrEqual(4_000_000);
    expect(excel.tables[0].address).toBe("A1:D100001");
    expect(excel.grid("Alerts")[100_000]).toEqual(["SKU-99999", 100_000, "low", 46353 + (99_999 % 60)]);
  });
});

describe("OfficeWorkbook.writeOutputs with a chart", () => {
  it("writes the table and a titled line chart of the numeric columns against the dates", async () => {
    const excel = new FakeExcel({});
    const table: OutputTable = { kind: "Chart", columns: CHART_COLUMNS, rows: [[46353, "A-1", 3, null, null, null, null], [46354, "A-1", null, 4.5, 3, 6, 9]] };
    await writeOwnedOutputs(officeOver(excel), [{ table, chartTitle: "A-1: history, forecast and Prime Day" }], "en");
    expect(excel.grid("Chart")).toHaveLength(3);
    expect(excel.tables.map((t) => t.name)).toEqual(["PeakStock_Chart"]);
    expect(excel.sheetOrThrow("Chart").charts).toEqual([{
      name: "PeakStock chart",
      type: "Line",
      source: "C2:C3", // History, the first series, over the data rows
      seriesBy: "Columns",
      title: "A-1: history, forecast and Prime Day",
      categoryNames: "A2:A3", // the Date column
      series: ["Forecast", "Lower80", "Upper80", "Event"].map((name, i) => ({ name, values: `${"DEFG"[i]}2:${"DEFG"[i]}3` })),
      position: ["I2", "R22"], // hand: one empty column after G, then columns 9 to 18 (I to R), rows 2 to 22
      // the same look as the .xlsx file's chart (chartLayout.ts): lines, the 80 % band dashed, the event as gap-less columns
      seriesSettings: [
        "0 name History",
        "0 markerStyle None", "0 line.color #1F4E79", "0 line.weight 1.5", "0 line.lineStyle Continuous",
        "1 markerStyle None", "1 line.color #C55A11", "1 line.weight 1.5", "1 line.lineStyle Continuous",
        "2 markerStyle None", "2 line.color #F4B183", "2 line.weight 1", "2 line.lineStyle Dash",
        "3 markerStyle None", "3 line.color #F4B183", "3 line.weight 1", "3 line.lineStyle Dash",
        "4 chartType ColumnClustered", "4 gapWidth 0", "4 fill #FFE699",
      ],
    }]);
  });

  it("adds numeric columns that are not beside the first ones as further series", async () => {
    const excel = new FakeExcel({});
    const table: OutputTable = {
      kind: "Chart",
      columns: [{ key: "Units", zh: "销量", format: "integer" }, { key: "Date", zh: "日期", format: "date" }, { key: "Note", zh: "备注", format: "text" }, { key: "Cost", zh: "成本", format: "currency" }],
      rows: [[1, 46353, "a", 2.5]],
    };
    await writeOwnedOutputs(officeOver(excel), [{ table, chartTitle: "t" }], "en");
    expect(excel.sheetOrThrow("Chart").charts[0]).toMatchObject({ source: "A2:A2", categoryNames: "B2:B2", series: [{ name: "Cost", values: "D2:D2" }] });
  });

  it("draws no chart for a table without rows", async () => {
    const excel = new FakeExcel({});
    await writeOwnedOutputs(officeOver(excel), [{ table: { kind: "Chart", columns: CHART_COLUMNS, rows: [] }, chartTitle: "t" }], "en");
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
    await writeTables(book, [ALERTS]);
    expect(waits).toEqual([250, 500]);
    expect(book.stats.retries).toBe(2);
    expect(excel.grid("Alerts")).toHaveLength(4);
  });

  it("gives up after three retries with a plain message, changing nothing", async () => {
    const excel = new FakeExcel({ Sales: [["x"]] });
    const waits: number[] = [];
    const book = new OfficeWorkbook({ run: excel.run, isSetSupported: () => true, retry: { sleep: async (ms) => { waits.push(ms); } } });
    excel.cellEditSyncs = 99;
    await expect(writeTables(book, [ALERTS])).rejects.toThrow("Excel is busy: a cell is being edited. Press Enter or Esc to finish editing the cell, then try again.");
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

  it("keep the ownership registry in column B when saved, in place (no sheet deleted or renamed)", async () => {
    const excel = new FakeExcel({});
    const book = officeOver(excel);
    await writeTables(book, [ALERTS]);
    const registry = await book.loadOwnership();
    await book.saveSettings(json);
    await book.saveSettings('{"v":1}');
    expect(await book.loadOwnership()).toBe(registry);
    expect(await book.loadSettings()).toBe('{"v":1}');
    expect(excel.grid("_PeakStock").map((row) => row[0])).toEqual(['{"v":1}']); // the longer settings' second cell is blank again
    expect(excel.deleted).toEqual([]);
    expect(excel.renamed).toEqual([]);
  });
});

describe("OfficeWorkbook on an old Excel", () => {
  it("refuses every call with the requirement message, before touching the workbook", async () => {
    const excel = new FakeExcel({ Sales: [["x"]] });
    const book = new OfficeWorkbook({ run: excel.run, isSetSupported: (_, v) => Number(v.slice(2)) <= 12 });
    expect(book.checkRequirements()).toEqual({ ok: false, message: expect.stringContaining("this Excel supports ExcelApi 1.12, without resizing a table in place") });
    await expect(book.sheetNames()).rejects.toThrow("PeakStock needs Excel 2021 or later, Microsoft 365 or Excel on the web (ExcelApi 1.13)");
    await expect(book.listTables()).rejects.toThrow("ExcelApi 1.13");
    await expect(book.writeOutputs([], "en", "{}")).rejects.toThrow("ExcelApi 1.13");
    await expect(book.loadOwnership()).rejects.toThrow("ExcelApi 1.13");
    await expect(book.saveSettings("{}")).rejects.toThrow("ExcelApi 1.13");
    expect(excel.runs).toBe(0);
  });
});
