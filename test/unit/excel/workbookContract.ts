/**
 * The behaviour every WorkbookPort implementation shares, as one `describe`
 * factory: memoryWorkbook.test.ts, xlsxWorkbook.test.ts and
 * officeWorkbook.test.ts run it. Outputs go through writeOwnedOutputs (the
 * ownership registry), as runPlan writes them. Values are read back after
 * `reopen` (a save and reload for a file), so what is checked is what a
 * colleague opening the workbook would see.
 */
import fc from "fast-check";
import type { OutputTable } from "../../../src/engine/plan/outputTable";
import { parseOwnership, writeOwnedOutputs } from "../../../src/excel/ownership";
import type { OutputLanguage, OutputWrite, WorkbookPort } from "../../../src/excel/workbookPort";

/** How the contract makes and reloads workbooks of one implementation. */
export interface ContractSubject<B extends WorkbookPort> {
  /** A workbook holding these sheets (plain values and Dates), in this order. */
  create(sheets: Record<string, unknown[][]>): Promise<B>;
  /** The workbook as it would be opened again (saved and loaded; the memory workbook is itself). */
  reopen(book: B): Promise<B>;
  /** fast-check runs for the round-trip property (a file round trip is slower). */
  propertyRuns: number;
}

/** A table with one column of every format; dates are serials. */
export const EVERY_FORMAT = Object.freeze<OutputTable>({
  kind: "Plan",
  columns: [
    { key: "SKU", zh: "SKU", format: "text" },
    { key: "BaseQty", zh: "基础批次数量", format: "integer" },
    { key: "BaselinePerDay", zh: "基线日销量", format: "decimal" },
    { key: "LandedCostPerUnit", zh: "单位到岸成本", format: "currency" },
    { key: "BaseShipBy", zh: "基础批次最晚发货日", format: "date" },
    { key: "Uplift", zh: "活动提升", format: "percent" },
    { key: "Why", zh: "说明", format: "text" },
  ],
  rows: [
    ["A-1", 1200, 2.5, 1234.5, 46353, 0.153, "base covers 30 days"], // 46353 = 2026-11-27
    ["B-2", -3, 0.125, 0, 46353.5, 1, "=SUM(A1:A2)"], // hand: 46353.5 = 2026-11-27 12:00
    ["中文 SKU", null, null, null, null, null, "+1"],
  ],
});

export const HEADERS_EN = ["SKU", "BaseQty", "BaselinePerDay", "LandedCostPerUnit", "BaseShipBy", "Uplift", "Why"];
const HEADERS_ZH = ["SKU", "基础批次数量", "基线日销量", "单位到岸成本", "基础批次最晚发货日", "活动提升", "说明"];

/** A two-column table (SKU, Qty) of a kind. */
export function smallTable(kind: OutputTable["kind"], rows: (string | number | null)[][]): OutputTable {
  return { kind, columns: [{ key: "SKU", zh: "SKU", format: "text" }, { key: "Qty", zh: "数量", format: "integer" }], rows };
}

/** Writes tables through the ownership registry, as runPlan does; fails the test on a refusal. */
export async function writeTables(book: WorkbookPort, tables: readonly OutputTable[], language: OutputLanguage = "en"): Promise<Partial<Record<string, string>>> {
  const written = await writeOwnedOutputs(book, tables.map((table) => ({ table })), language);
  if (!written.ok) throw new Error(written.error.message);
  return written.value;
}

const INPUTS = {
  Sales: [
    ["Date", "SKU", "Units"],
    [new Date(Date.UTC(2026, 10, 27)), "A-1", 3], // 46353
    [new Date(Date.UTC(2026, 10, 28, 6)), "A-1", 4], // hand: 46354 + 6/24 = 46354.25
    [null, "B-2"], // short row, padded with null
    [null, null, null], // trailing blank row, dropped
  ],
  SKUs: [["SKU", "UnitCost"], ["A-1", 2.75], ["B-2", 0.5]],
};

/** A direct write with a target of our own (for the refusals). */
function direct(table: OutputTable, sheet: string, tableName: string, mode: "replace" | "create"): OutputWrite {
  return { target: { kind: table.kind, sheet, tableName, mode }, table };
}

/** Runs the WorkbookPort contract against one implementation. */
export function describeWorkbookContract<B extends WorkbookPort>(name: string, subject: ContractSubject<B>): void {
  describe(`${name}: WorkbookPort contract`, () => {
    jest.setTimeout(60_000);

    it("lists sheets in tab order and reads values from A1, dates as serials, blanks as null", async () => {
      const book = await subject.reopen(await subject.create(INPUTS));
      expect(await book.sheetNames()).toEqual(["Sales", "SKUs"]);
      expect(await book.readSheet("Sales")).toEqual([
        ["Date", "SKU", "Units"],
        [46353, "A-1", 3],
        [46354.25, "A-1", 4],
        [null, "B-2", null],
      ]);
      expect(await book.readSheet("skus")).toEqual([["SKU", "UnitCost"], ["A-1", 2.75], ["B-2", 0.5]]); // names ignore case
      expect(await book.listTables()).toEqual([]);
      expect(await book.loadOwnership()).toBeNull();
    });

    it("refuses to read a sheet that does not exist, naming it", async () => {
      const book = await subject.create(INPUTS);
      await expect(book.readSheet("Nope")).rejects.toThrow('no sheet named "Nope"');
    });

    it("writes a table with every format, lists it, records it as PeakStock's and reads the same values back", async () => {
      const book = await subject.create(INPUTS);
      expect(await writeTables(book, [EVERY_FORMAT])).toEqual({ Plan: "Plan" });
      const again = await subject.reopen(book);
      expect(await again.sheetNames()).toEqual(["Sales", "SKUs", "Plan"]);
      expect(await again.readSheet("Plan")).toEqual([HEADERS_EN, ...EVERY_FORMAT.rows]);
      // hand: header + 3 rows = 4 rows, 7 columns, from A1
      expect(await again.listTables()).toEqual([{ name: "PeakStock_Plan", sheet: "Plan", top: 0, left: 0, rows: 4, columns: 7 }]);
      expect(parseOwnership(await again.loadOwnership()).tables).toEqual([{ kind: "Plan", sheet: "Plan", table: "PeakStock_Plan" }]);
    });

    it("writes Chinese headers and sheet names with zh-CN, and finds them again", async () => {
      const book = await subject.create(INPUTS);
      expect(await writeTables(book, [EVERY_FORMAT], "zh-CN")).toEqual({ Plan: "计划" });
      const again = await subject.reopen(book);
      expect((await again.readSheet("计划"))[0]).toEqual(HEADERS_ZH);
      expect(await writeTables(again, [EVERY_FORMAT], "zh-CN")).toEqual({ Plan: "计划" }); // owned, so replaced
      expect(await again.sheetNames()).toEqual(["Sales", "SKUs", "计划"]);
    });

    it("re-writing replaces PeakStock's table, in the same tab position, with nothing of the old table left", async () => {
      const book = await subject.create(INPUTS);
      await writeTables(book, [EVERY_FORMAT, smallTable("Batches", [["A-1", 5]])]);
      const second = await subject.reopen(book);
      await writeTables(second, [smallTable("Plan", [["Z-9", 7]])]);
      const again = await subject.reopen(second);
      expect(await again.sheetNames()).toEqual(["Sales", "SKUs", "Plan", "Batches"]);
      expect(await again.readSheet("Plan")).toEqual([["SKU", "Qty"], ["Z-9", 7]]);
      expect(await again.readSheet("Batches")).toEqual([["SKU", "Qty"], ["A-1", 5]]);
      const tables = await again.listTables();
      expect(tables.map((t) => [t.name, t.sheet, t.rows, t.columns])).toEqual([["PeakStock_Plan", "Plan", 2, 2], ["PeakStock_Batches", "Batches", 2, 2]]);
    });

    it("leaves a user's sheet named Plan alone and writes to Plan (PeakStock), found again on the next run", async () => {
      const book = await subject.create({ ...INPUTS, Plan: [["my own notes"]] });
      expect(await writeTables(book, [EVERY_FORMAT])).toEqual({ Plan: "Plan (PeakStock)" });
      const again = await subject.reopen(book);
      expect(await writeTables(again, [EVERY_FORMAT])).toEqual({ Plan: "Plan (PeakStock)" });
      expect(await again.readSheet("Plan")).toEqual([["my own notes"]]);
      expect(await again.sheetNames()).toEqual(["Sales", "SKUs", "Plan", "Plan (PeakStock)"]);
    });

    it("keeps text that looks like a formula as text", async () => {
      const texts = ["=1+1", "+1", "-1", "@A1", "=SUM(A1:A3)", "-", "="];
      const book = await subject.create({});
      await writeTables(book, [{ kind: "Alerts", columns: [{ key: "Why", zh: "说明", format: "text" }], rows: texts.map((t) => [t]) }]);
      const again = await subject.reopen(book);
      expect(await again.readSheet("Alerts")).toEqual([["Why"], ...texts.map((t) => [t])]);
    });

    it("round-trips settings, including 100 kB of JSON, keeps them off the sheet list and apart from the ownership registry", async () => {
      const book = await subject.create(INPUTS);
      expect(await book.loadSettings()).toBeNull();
      const big = JSON.stringify({
        event: "Prime Day 2026 🛒",
        skus: Array.from({ length: 2000 }, (_, i) => ({ sku: `SKU-${i}`, name: `商品 ${i} 😀`, serviceLevel: 0.95 })),
      });
      expect(big.length).toBeGreaterThan(100_000); // hand: 2,000 entries × ~57 characters ≈ 115 k, 4 cells of 32,767
      await book.saveSettings(big);
      let again = await subject.reopen(book);
      expect(await again.loadSettings()).toBe(big);
      expect(await again.sheetNames()).toEqual(["Sales", "SKUs"]);
      await writeTables(again, [smallTable("Plan", [["A-1", 1]])]); // the registry goes beside the settings
      again = await subject.reopen(again);
      expect(await again.loadSettings()).toBe(big);
      const registry = await again.loadOwnership();
      await again.saveSettings('{"v":1}'); // shorter: nothing of the long one may remain, and the registry stays
      again = await subject.reopen(again);
      expect(await again.loadSettings()).toBe('{"v":1}');
      expect(await again.loadOwnership()).toBe(registry);
      expect(await again.sheetNames()).toEqual(["Sales", "SKUs", "Plan"]);
    });

    it("refuses bad writes and targets that do not fit, before changing anything", async () => {
      const book = await subject.create(INPUTS);
      await writeTables(book, [smallTable("Plan", [["A-1", 1]])]);
      const registry = await book.loadOwnership();
      const refusals: [OutputWrite, string][] = [
        [direct(smallTable("Plan", [["A-1"]]), "Plan", "PeakStock_Plan", "replace"), "Plan row 2 has 1 cells; the header has 2"],
        [direct(smallTable("Plan", [["A-1", Number.NaN]]), "Plan", "PeakStock_Plan", "replace"), "Plan row 2, Qty: NaN is not a number Excel can store"],
        [direct(smallTable("Plan", []), "Q1/Q2", "T1", "create"), 'sheet name "Q1/Q2" contains'],
        [direct(smallTable("Plan", []), "_PeakStock", "T1", "create"), "reserved for PeakStock's settings"],
        [direct(smallTable("Plan", []), "A very long sheet name over 31 chars", "T1", "create"), "31 characters"],
        [direct({ kind: "Plan", columns: [{ key: "SKU", zh: "SKU", format: "text" }, { key: "sku", zh: "sku", format: "text" }], rows: [] }, "Plan", "PeakStock_Plan", "replace"), 'columns 1 and 2 have the same header "sku"'],
        [direct(smallTable("Plan", []), "Sales", "PeakStock_Plan", "replace"), 'sheet "Sales" holds no table of that name'],
        [direct(smallTable("Plan", []), "Nope", "PeakStock_Plan", "replace"), 'no sheet named "Nope"'],
        [direct(smallTable("Plan", []), "sales", "T1", "create"), 'already has a sheet of that name'],
        [direct(smallTable("Plan", []), "Plan 2", "peakstock_plan", "create"), 'sheet "Plan" already holds a table of that name'],
        [{ target: { kind: "Plan", sheet: "Plan 2", tableName: "T1", mode: "create" }, table: smallTable("Batches", []) }, "Cannot write Batches to the target of Plan"],
      ];
      for (const [write, message] of refusals) await expect(book.writeOutputs([write], "en", "{}")).rejects.toThrow(message);
      const twice = [direct(smallTable("Plan", []), "X", "T1", "create"), direct(smallTable("Plan", []), "x", "T2", "create")];
      await expect(book.writeOutputs(twice, "en", "{}")).rejects.toThrow('Two outputs would be written on sheet "x"');
      const again = await subject.reopen(book);
      expect(await again.sheetNames()).toEqual(["Sales", "SKUs", "Plan"]);
      expect(await again.readSheet("Plan")).toEqual([["SKU", "Qty"], ["A-1", 1]]);
      expect(await again.loadOwnership()).toBe(registry);
    });

    it("writes an empty table as its header row over one blank data row", async () => {
      const book = await subject.create({});
      await writeTables(book, [smallTable("Alerts", [])]);
      const again = await subject.reopen(book);
      expect(await again.readSheet("Alerts")).toEqual([["SKU", "Qty"]]);
      expect(await again.listTables()).toEqual([{ name: "PeakStock_Alerts", sheet: "Alerts", top: 0, left: 0, rows: 2, columns: 2 }]); // Excel keeps a data row
    });

    it("never changes an input sheet's values", async () => {
      const book = await subject.create(INPUTS);
      const before = await Promise.all(["Sales", "SKUs"].map((s) => book.readSheet(s)));
      await writeTables(book, [EVERY_FORMAT]);
      await writeTables(book, [EVERY_FORMAT], "zh-CN");
      await book.saveSettings('{"v":2}');
      const again = await subject.reopen(book);
      expect(await Promise.all(["Sales", "SKUs"].map((s) => again.readSheet(s)))).toEqual(before);
    });

    it("reads back any text and numbers it wrote (property)", async () => {
      // Text mixes plain characters with the awkward ones: CR, control characters, OOXML escapes, lone surrogates, CJK, emoji.
      const awkward = fc.constantFrom("\r", "\r\n", "\u0001", "\u001f", "_x0041_", "_x005F_", "_x000d_", "\uD800", "\uDFFF", "\uFFFF", "计", "😀", "=", "'", " ");
      const text = fc.string({ unit: fc.oneof(fc.string({ unit: "binary", minLength: 1, maxLength: 1 }), awkward), minLength: 1, maxLength: 12 });
      const num = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));
      const rows = fc.array(fc.tuple(text, num, fc.option(text, { nil: null })), { minLength: 1, maxLength: 6 });
      await fc.assert(
        fc.asyncProperty(rows, async (data) => {
          const table: OutputTable = {
            kind: "Alerts",
            columns: [{ key: "Text", zh: "文本", format: "text" }, { key: "Number", zh: "数", format: "decimal" }, { key: "Maybe", zh: "或", format: "text" }],
            rows: data,
          };
          const book = await subject.create({});
          await writeTables(book, [table]);
          const grid = await (await subject.reopen(book)).readSheet("Alerts");
          // Every row has non-empty text first and the header fills all three columns, so nothing is trimmed.
          expect(grid).toEqual([["Text", "Number", "Maybe"], ...data.map((r) => [...r])]);
        }),
        { numRuns: subject.propertyRuns },
      );
    });
  });
}
