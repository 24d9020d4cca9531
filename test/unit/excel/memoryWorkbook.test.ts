import { createMemoryWorkbook, MemoryWorkbook } from "../../../src/excel/memoryWorkbook";
import { describeWorkbookContract, EVERY_FORMAT } from "./workbookContract";

describeWorkbookContract<MemoryWorkbook>("MemoryWorkbook", {
  create: async (sheets) => createMemoryWorkbook(sheets),
  reopen: async (book) => book,
  propertyRuns: 200,
});

describe("MemoryWorkbook read access for the preview", () => {
  it("gives a written sheet's values, headers, formats and frozen rows", async () => {
    const book = createMemoryWorkbook({ Sales: [["SKU"], ["A-1"]] });
    await book.writeTable("计划", EVERY_FORMAT, "zh-CN");
    const sheet = book.getSheet("计划");
    expect(sheet?.values[0]).toEqual(["SKU", "基础批次数量", "基线日销量", "单位到岸成本", "基础批次最晚发货日", "活动提升", "说明"]);
    expect(sheet?.table).toMatchObject({
      sheet: "计划",
      name: "PeakStock_Plan",
      kind: "Plan",
      language: "zh-CN",
      formats: ["text", "integer", "decimal", "currency", "date", "percent", "text"],
      rows: EVERY_FORMAT.rows,
      frozenRows: 1,
    });
    expect(book.getSheet("Sales")).toEqual({ name: "Sales", values: [["SKU"], ["A-1"]], table: null });
    expect(book.getSheet("Nope")).toBeUndefined();
  });

  it("lists PeakStock tables in tab order", async () => {
    const book = createMemoryWorkbook({ Sales: [["SKU"]] });
    await book.writeTable("Batches", { ...EVERY_FORMAT, kind: "Batches" }, "en");
    await book.writeTable("Plan", EVERY_FORMAT, "en");
    expect(book.tables().map((t) => [t.sheet, t.name])).toEqual([["Batches", "PeakStock_Batches"], ["Plan", "PeakStock_Plan"]]);
  });

  it("keeps what it holds apart from the caller's arrays", async () => {
    const grid: unknown[][] = [["SKU"], ["A-1"]];
    const book = createMemoryWorkbook({ SKUs: grid });
    grid[1][0] = "changed";
    const read = await book.readSheet("SKUs");
    (read[1] as unknown[])[0] = "changed too";
    expect(await book.readSheet("SKUs")).toEqual([["SKU"], ["A-1"]]);
    const rows = [["A-1", 1]];
    await book.writeTable("Plan", { kind: "Plan", columns: [{ key: "SKU", zh: "SKU", format: "text" }, { key: "Qty", zh: "数量", format: "integer" }], rows }, "en");
    rows[0][1] = 99;
    expect(book.tables()[0].rows).toEqual([["A-1", 1]]);
    expect(Object.isFrozen(book.tables()[0].rows[0])).toBe(true);
  });

  it("refuses sheet names Excel refuses, and two names equal ignoring case", () => {
    expect(() => createMemoryWorkbook({ "a*b": [] })).toThrow('sheet name "a*b" contains');
    expect(() => createMemoryWorkbook({ Sales: [], SALES: [] })).toThrow('two sheets are named "SALES"');
  });

  it("starts with no sheets and no settings", async () => {
    const book = new MemoryWorkbook();
    expect(await book.sheetNames()).toEqual([]);
    expect(await book.loadSettings()).toBeNull();
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

  it.each(["memoryWorkbook.ts", "outputSheetName.ts"])("%s imports no Node module and no exceljs (the preview bundles it)", (file) => {
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
    expect(calls).toBe(2);
    expect(await book.readSheet("Sales")).toEqual([["Date", "SKU", "Units"], [46000, "A", 3]]);
    book.removeSheet("Sales");
    expect(await book.sheetNames()).toEqual([]);
    stop();
    await book.saveSettings("{}");
    expect(calls).toBe(3);
  });
});
