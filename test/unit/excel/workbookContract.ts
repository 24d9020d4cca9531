/**
 * The behaviour every WorkbookPort implementation shares, as one `describe`
 * factory: memoryWorkbook.test.ts and xlsxWorkbook.test.ts both run it. Values
 * are read back after `reopen` (a save and reload for a file), so what is
 * checked is what a colleague opening the workbook would see.
 */
import fc from "fast-check";
import type { OutputTable } from "../../../src/engine/plan/outputTable";
import { chooseOutputSheetName } from "../../../src/excel/outputSheetName";
import type { WorkbookPort } from "../../../src/excel/workbookPort";

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

const HEADERS_EN = ["SKU", "BaseQty", "BaselinePerDay", "LandedCostPerUnit", "BaseShipBy", "Uplift", "Why"];
const HEADERS_ZH = ["SKU", "基础批次数量", "基线日销量", "单位到岸成本", "基础批次最晚发货日", "活动提升", "说明"];

function smallTable(kind: OutputTable["kind"], rows: (string | number | null)[][]): OutputTable {
  return { kind, columns: [{ key: "SKU", zh: "SKU", format: "text" }, { key: "Qty", zh: "数量", format: "integer" }], rows };
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
      expect(await book.isOwnedSheet("Sales")).toBe(false);
      expect(await book.isOwnedSheet("Nope")).toBe(false);
    });

    it("refuses to read a sheet that does not exist, naming it", async () => {
      const book = await subject.create(INPUTS);
      await expect(book.readSheet("Nope")).rejects.toThrow('no sheet named "Nope"');
    });

    it("writes a table with every format and reads the same values back", async () => {
      const book = await subject.create(INPUTS);
      await book.writeTable("Plan", EVERY_FORMAT, "en");
      const again = await subject.reopen(book);
      expect(await again.sheetNames()).toEqual(["Sales", "SKUs", "Plan"]);
      expect(await again.readSheet("Plan")).toEqual([HEADERS_EN, ...EVERY_FORMAT.rows]);
      expect(await again.isOwnedSheet("Plan")).toBe(true);
      expect(await again.isOwnedSheet("PLAN")).toBe(true);
    });

    it("writes Chinese headers and names with zh-CN", async () => {
      const book = await subject.create(INPUTS);
      const sheet = await chooseOutputSheetName(book, "Plan", "zh-CN");
      expect(sheet).toBe("计划");
      await book.writeTable(sheet, EVERY_FORMAT, "zh-CN");
      const again = await subject.reopen(book);
      expect((await again.readSheet("计划"))[0]).toEqual(HEADERS_ZH);
      expect(await chooseOutputSheetName(again, "Plan", "zh-CN")).toBe("计划"); // owned, so reused
    });

    it("re-writing replaces the owned sheet whole, in the same tab position", async () => {
      const book = await subject.create(INPUTS);
      await book.writeTable("Plan", EVERY_FORMAT, "en");
      await book.writeTable("Batches", smallTable("Batches", [["A-1", 5]]), "en");
      await book.writeTable("Plan", smallTable("Plan", [["Z-9", 7]]), "en");
      const again = await subject.reopen(book);
      expect(await again.sheetNames()).toEqual(["Sales", "SKUs", "Plan", "Batches"]);
      expect(await again.readSheet("Plan")).toEqual([["SKU", "Qty"], ["Z-9", 7]]); // no row or column of the old table left
      expect(await again.readSheet("Batches")).toEqual([["SKU", "Qty"], ["A-1", 5]]);
    });

    it("refuses a user's sheet named Plan, and chooseOutputSheetName moves the output to Plan (PeakStock)", async () => {
      const book = await subject.create({ ...INPUTS, Plan: [["my own notes"]] });
      await expect(book.writeTable("Plan", EVERY_FORMAT, "en")).rejects.toThrow('Sheet "Plan" belongs to the user');
      await expect(book.writeTable("PLAN", EVERY_FORMAT, "en")).rejects.toThrow("belongs to the user");
      expect(await book.readSheet("Plan")).toEqual([["my own notes"]]);
      const sheet = await chooseOutputSheetName(book, "Plan", "en");
      expect(sheet).toBe("Plan (PeakStock)");
      await book.writeTable(sheet, EVERY_FORMAT, "en");
      const again = await subject.reopen(book);
      expect(await chooseOutputSheetName(again, "Plan", "en")).toBe("Plan (PeakStock)"); // the next run finds it again
      expect(await again.readSheet("Plan")).toEqual([["my own notes"]]);
      expect(await again.isOwnedSheet("Plan")).toBe(false);
    });

    it("counts on past taken names: Plan (PeakStock 2), and Chinese base names", async () => {
      const book = await subject.create({ plan: [["x"]], "Plan (PeakStock)": [["y"]], 计划: [["z"]] });
      expect(await chooseOutputSheetName(book, "Plan", "en")).toBe("Plan (PeakStock 2)");
      expect(await chooseOutputSheetName(book, "Plan", "zh-CN")).toBe("计划 (PeakStock)");
      expect(await chooseOutputSheetName(book, "CashFlow", "en")).toBe("CashFlow");
    });

    it("keeps text that looks like a formula as text", async () => {
      const texts = ["=1+1", "+1", "-1", "@A1", "=SUM(A1:A3)", "-", "="];
      const book = await subject.create({});
      await book.writeTable("Alerts", { kind: "Alerts", columns: [{ key: "Why", zh: "说明", format: "text" }], rows: texts.map((t) => [t]) }, "en");
      const again = await subject.reopen(book);
      expect(await again.readSheet("Alerts")).toEqual([["Why"], ...texts.map((t) => [t])]);
    });

    it("round-trips settings, including 100 kB of JSON, and keeps them off the sheet list", async () => {
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
      await again.saveSettings('{"v":1}'); // shorter: nothing of the long one may remain
      again = await subject.reopen(again);
      expect(await again.loadSettings()).toBe('{"v":1}');
    });

    it("refuses bad writes before changing anything", async () => {
      const book = await subject.create(INPUTS);
      await book.writeTable("Plan", smallTable("Plan", [["A-1", 1]]), "en");
      await expect(book.writeTable("Plan", smallTable("Plan", [["A-1"]]), "en")).rejects.toThrow("Plan row 2 has 1 cells; the header has 2");
      await expect(book.writeTable("Plan", smallTable("Plan", [["A-1", Number.NaN]]), "en")).rejects.toThrow("Plan row 2, Qty: NaN is not a number Excel can store");
      await expect(book.writeTable("Q1/Q2", smallTable("Plan", []), "en")).rejects.toThrow('sheet name "Q1/Q2" contains');
      await expect(book.writeTable("_PeakStock", smallTable("Plan", []), "en")).rejects.toThrow("reserved for PeakStock's settings");
      await expect(book.writeTable("A very long sheet name over 31 chars", smallTable("Plan", []), "en")).rejects.toThrow("31 characters");
      const twins: OutputTable = { kind: "Plan", columns: [{ key: "SKU", zh: "SKU", format: "text" }, { key: "sku", zh: "sku", format: "text" }], rows: [] };
      await expect(book.writeTable("Plan", twins, "en")).rejects.toThrow('columns 1 and 2 have the same header "sku"');
      const again = await subject.reopen(book);
      expect(await again.sheetNames()).toEqual(["Sales", "SKUs", "Plan"]);
      expect(await again.readSheet("Plan")).toEqual([["SKU", "Qty"], ["A-1", 1]]);
    });

    it("refuses a second PeakStock_<Kind> table on another sheet (Excel's table names are unique)", async () => {
      const book = await subject.create({});
      await book.writeTable("Plan", smallTable("Plan", [["A-1", 1]]), "en");
      await expect(book.writeTable("计划", smallTable("Plan", [["A-1", 1]]), "zh-CN")).rejects.toThrow('sheet "Plan" already holds it');
      expect(await book.sheetNames()).toEqual(["Plan"]);
    });

    it("writes an empty table as its header row", async () => {
      const book = await subject.create({});
      await book.writeTable("Alerts", smallTable("Alerts", []), "en");
      const again = await subject.reopen(book);
      expect(await again.readSheet("Alerts")).toEqual([["SKU", "Qty"]]);
      expect(await again.isOwnedSheet("Alerts")).toBe(true);
    });

    it("never changes an input sheet's values", async () => {
      const book = await subject.create(INPUTS);
      const before = await Promise.all(["Sales", "SKUs"].map((s) => book.readSheet(s)));
      await book.writeTable("Plan", EVERY_FORMAT, "en");
      await book.writeTable("Plan", EVERY_FORMAT, "zh-CN");
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
          await book.writeTable("Alerts", table, "en");
          const grid = await (await subject.reopen(book)).readSheet("Alerts");
          // Every row has non-empty text first and the header fills all three columns, so nothing is trimmed.
          expect(grid).toEqual([["Text", "Number", "Maybe"], ...data.map((r) => [...r])]);
        }),
        { numRuns: subject.propertyRuns },
      );
    });
  });
}
