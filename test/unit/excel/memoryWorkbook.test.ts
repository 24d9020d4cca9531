import { createMemoryWorkbook, MemoryWorkbook } from "../../../src/excel/memoryWorkbook";
import type { OutputWrite } from "../../../src/excel/workbookPort";
import { describeInPlaceReplace } from "./inPlaceContract";
import { describeWorkbookContract, EVERY_FORMAT, writeTables } from "./workbookContract";

describeWorkbookContract<MemoryWorkbook>("MemoryWorkbook", {
  create: async (sheets) => createMemoryWorkbook(sheets),
  reopen: async (book) => book,
  propertyRuns: 200,
});

/** The memory workbook with a fault to inject: writing output number `failAt` throws. */
class FaultyMemoryWorkbook extends MemoryWorkbook {
  failAt: number | null = null;

  protected override beforeStage(_write: OutputWrite, index: number): void {
    if (index === this.failAt) {
      this.failAt = null;
      throw new Error(`Injected failure at output ${index + 1}`);
    }
  }
}

describeInPlaceReplace<FaultyMemoryWorkbook>("MemoryWorkbook", {
  create: async (sheets) => new FaultyMemoryWorkbook(sheets),
  type: (book, sheet, top, left, rows) => book.setCells(sheet, top, left, rows),
  renameSheet: (book, from, to) => book.renameSheet(from, to),
  addUserTable: (book, sheet, name, box) => book.addTable(sheet, name, box),
  failWhileWriting: (book, index) => {
    book.failAt = index;
  },
});

describe("MemoryWorkbook read access for the preview", () => {
  it("gives a written sheet's values, headers, formats, place and frozen rows", async () => {
    const book = createMemoryWorkbook({ Sales: [["SKU"], ["A-1"]] });
    await writeTables(book, [EVERY_FORMAT], "zh-CN");
    const sheet = book.getSheet("计划");
    expect(sheet?.values[0]).toEqual(["SKU", "基础批次数量", "基线日销量", "单位到岸成本", "基础批次最晚发货日", "活动提升", "说明"]);
    expect(sheet?.table).toMatchObject({
      sheet: "计划",
      name: "PeakStock_Plan",
      kind: "Plan",
      language: "zh-CN",
      top: 0,
      left: 0,
      formats: ["text", "integer", "decimal", "currency", "date", "percent", "text"],
      rows: EVERY_FORMAT.rows,
      frozenRows: 1,
    });
    expect(sheet?.tables).toEqual([{ name: "PeakStock_Plan", sheet: "计划", top: 0, left: 0, rows: 4, columns: 7 }]);
    expect(book.getSheet("Sales")).toEqual({ name: "Sales", values: [["SKU"], ["A-1"]], table: null, tables: [] });
    expect(book.getSheet("Nope")).toBeUndefined();
  });

  it("lists the tables PeakStock owns in tab order, and not a seller's table of the same kind of name", async () => {
    const book = createMemoryWorkbook({ Sales: [["SKU"]], Mine: [["SKU"], ["x"]] });
    book.addTable("Mine", "PeakStock_Alerts", { top: 0, left: 0, rows: 2, columns: 1 });
    await writeTables(book, [{ ...EVERY_FORMAT, kind: "Batches" }, EVERY_FORMAT]);
    expect(book.tables().map((t) => [t.sheet, t.name])).toEqual([["Batches", "PeakStock_Batches"], ["Plan", "PeakStock_Plan"]]);
    book.renameSheet("Plan", "Plan Sept"); // still PeakStock's until the next run writes a new plan
    expect(book.tables().map((t) => [t.sheet, t.name])).toEqual([["Batches", "PeakStock_Batches"], ["Plan Sept", "PeakStock_Plan"]]);
    await writeTables(book, [EVERY_FORMAT]);
    expect(book.tables().map((t) => [t.sheet, t.name])).toEqual([["Batches", "PeakStock_Batches"], ["Plan", "PeakStock_Plan_2"]]);
    expect(book.getSheet("Plan Sept")?.table?.name).toBe("PeakStock_Plan"); // the kept plan keeps its formats for the grid
  });

  it("keeps what it holds apart from the caller's arrays", async () => {
    const grid: unknown[][] = [["SKU"], ["A-1"]];
    const book = createMemoryWorkbook({ SKUs: grid });
    grid[1][0] = "changed";
    const read = await book.readSheet("SKUs");
    (read[1] as unknown[])[0] = "changed too";
    expect(await book.readSheet("SKUs")).toEqual([["SKU"], ["A-1"]]);
    const rows = [["A-1", 1]];
    await writeTables(book, [{ kind: "Plan", columns: [{ key: "SKU", zh: "SKU", format: "text" }, { key: "Qty", zh: "数量", format: "integer" }], rows }]);
    rows[0][1] = 99;
    expect(book.tables()[0].rows).toEqual([["A-1", 1]]);
    expect(Object.isFrozen(book.tables()[0].rows[0])).toBe(true);
  });

  it("refuses sheet names Excel refuses, two names equal ignoring case, and user edits that break the workbook", async () => {
    expect(() => createMemoryWorkbook({ "a*b": [] })).toThrow('sheet name "a*b" contains');
    expect(() => createMemoryWorkbook({ Sales: [], SALES: [] })).toThrow('two sheets are named "SALES"');
    const book = createMemoryWorkbook({ Sales: [["x"]], Data: [["a", "b"]] });
    book.addTable("Data", "T1", { top: 0, left: 0, rows: 2, columns: 2 });
    expect(() => book.addTable("Sales", "t1", { top: 0, left: 0, rows: 2, columns: 1 })).toThrow("A table named t1 already exists");
    expect(() => book.addTable("Data", "T2", { top: 1, left: 1, rows: 2, columns: 2 })).toThrow('overlaps a table on sheet "Data"');
    expect(() => book.renameSheet("Sales", "DATA")).toThrow('A sheet named "Data" already exists');
    expect(() => book.setSheet("Data", [])).toThrow('Sheet "Data" holds tables');
  });

  it("starts with no sheets, settings or registry", async () => {
    const book = new MemoryWorkbook();
    expect(await book.sheetNames()).toEqual([]);
    expect(await book.loadSettings()).toBeNull();
    expect(await book.loadOwnership()).toBeNull();
    await book.saveSettings("");
    expect(await book.loadSettings()).toBe("");
  });
});

describe("browser safety", () => {
  /** Every module `file` imports, following relative imports through the source tree. */
  function importsOf(file: string, seen = new Set<string>()): Set<string> {
    const { readFileSync, existsSync } = jest.requireActual<typeof import("node:fs")>("node:fs");
    const { dirname, resolve } = jest.requireActual<typeof import("node:path")>("node:path");
    for (const [, spec] of readFileSync(file, "utf8").matchAll(/from\s+"([^"]+)"/g)) {
      if (!spec.startsWith(".")) {
        seen.add(spec);
        continue;
      }
      const target = [".ts", ".tsx", "/index.ts"].map((ext) => resolve(dirname(file), spec) + ext).find((p) => existsSync(p));
      if (target && !seen.has(target)) {
        seen.add(target);
        importsOf(target, seen);
      }
    }
    return seen;
  }

  it.each(["memoryWorkbook.ts", "ownership.ts"])("%s imports no Node module and no exceljs (the preview bundles it)", (file) => {
    const packages = [...importsOf(`${__dirname}/../../../src/excel/${file}`)].filter((spec) => !spec.startsWith("/"));
    expect(packages).toEqual([]);
  });
});

describe("MemoryWorkbook as the preview uses it", () => {
  it("tells subscribers about every write and lets the user edit or remove input sheets", async () => {
    const book = createMemoryWorkbook({ Sales: [["Date", "SKU", "Units"]] });
    let calls = 0;
    const stop = book.subscribe(() => calls++);
    book.setSheet("Sales", [["Date", "SKU", "Units"], [46000, "A", 3]]);
    await book.saveSettings("{}");
    await writeTables(book, [EVERY_FORMAT]); // one call, one notification for all its outputs
    expect(calls).toBe(3);
    expect(await book.readSheet("Sales")).toEqual([["Date", "SKU", "Units"], [46000, "A", 3]]);
    book.removeSheet("Sales");
    expect(await book.sheetNames()).toEqual(["Plan"]);
    stop();
    await book.saveSettings("{}");
    expect(calls).toBe(4);
  });
});
