/**
 * The rules of re-running a plan over a seller's workbook (issue 10), as one
 * `describe` factory that every workbook replacing outputs in place runs
 * (memoryWorkbook.test.ts, officeWorkbook.test.ts): the seller's references
 * read the new values, a renamed plan sheet keeps the old plan, a table that
 * only has PeakStock's name is never taken over, notes beside a table survive
 * or stop the run with the cells named, a failure part-way leaves every
 * previous result whole, and switching language keeps the sheets. The
 * expected numbers are worked out by hand beside each table.
 */
import type { OutputTable } from "../../../src/engine/plan/outputTable";
import { isNotesInTheWay, parseOwnership, writeOwnedOutputs } from "../../../src/excel/ownership";
import type { TableInfo, WorkbookPort } from "../../../src/excel/workbookPort";
import { evaluateSheet } from "../../helpers/referenceEvaluator";
import { smallTable, writeTables } from "./workbookContract";

/** What a seller does to a workbook between runs, and a fault to inject, for one implementation. */
export interface InPlaceSubject<B extends WorkbookPort> {
  /** A workbook holding these sheets (plain values), in this order. */
  create(sheets: Record<string, unknown[][]>): Promise<B>;
  /** The seller types into cells from zero-based (top, left): notes, or formulas (kept as their text). */
  type(book: B, sheet: string, top: number, left: number, rows: unknown[][]): void;
  /** The seller renames a sheet. */
  renameSheet(book: B, from: string, to: string): void;
  /** The seller makes an Excel table of their own over a range (header row included). */
  addUserTable(book: B, sheet: string, name: string, box: Omit<TableInfo, "name" | "sheet">): void;
  /** The next writeOutputs fails while writing its output number `index` (0-based). */
  failWhileWriting(book: B, index: number): void;
}

const COLUMNS: OutputTable["columns"] = [
  { key: "SKU", zh: "SKU", format: "text" },
  { key: "Name", zh: "名称", format: "text" },
  { key: "BaseQty", zh: "基础批次数量", format: "integer" },
];
// hand: SUM(BaseQty) = 120 + 80 = 200; Plan!B2 = "Mug"
const PLAN_1: OutputTable = { kind: "Plan", columns: COLUMNS, rows: [["A-1", "Mug", 120], ["B-2", "Bottle", 80]] };
// hand: SUM(BaseQty) = 50 + 30 + 20 = 100; Plan!B2 = "Mug v2"
const PLAN_2: OutputTable = { kind: "Plan", columns: COLUMNS, rows: [["A-1", "Mug v2", 50], ["B-2", "Bottle", 30], ["C-3", "Cup", 20]] };
// hand: SUM(BaseQty) = 7; Plan!B2 = "Zed"
const PLAN_3: OutputTable = { kind: "Plan", columns: COLUMNS, rows: [["Z-9", "Zed", 7]] };

const REFERENCES = [["=SUM(PeakStock_Plan[BaseQty])", "=Plan!B2"]];

/** Runs the in-place rules against one implementation. */
export function describeInPlaceReplace<B extends WorkbookPort>(name: string, subject: InPlaceSubject<B>): void {
  describe(`${name}: re-running a plan in place`, () => {
    it("gives the seller's =SUM(PeakStock_Plan[BaseQty]) and =Plan!B2 the new values, growing and shrinking", async () => {
      const book = await subject.create({ Sales: [["Date", "SKU", "Units"]], Mine: [] });
      await writeTables(book, [PLAN_1]);
      subject.type(book, "Mine", 0, 0, REFERENCES);
      expect(await evaluateSheet(book, "Mine")).toEqual({ A1: 200, B1: "Mug" });
      await writeTables(book, [PLAN_2]);
      expect(await evaluateSheet(book, "Mine")).toEqual({ A1: 100, B1: "Mug v2" });
      await writeTables(book, [PLAN_3]);
      expect(await evaluateSheet(book, "Mine")).toEqual({ A1: 7, B1: "Zed" });
      expect(await book.readSheet("Plan")).toEqual([["SKU", "Name", "BaseQty"], ["Z-9", "Zed", 7]]); // the longer plan's rows are gone
      expect(await book.sheetNames()).toEqual(["Sales", "Mine", "Plan"]);
      expect(await book.listTables()).toEqual([{ name: "PeakStock_Plan", sheet: "Plan", top: 0, left: 0, rows: 2, columns: 3 }]);
    });

    it("keeps a plan sheet the seller renamed (Plan → Plan Sept) and writes the new plan on a new Plan sheet as PeakStock_Plan_2", async () => {
      const book = await subject.create({ Sales: [["Date", "SKU", "Units"]], Mine: [] });
      await writeTables(book, [PLAN_1]);
      subject.renameSheet(book, "Plan", "Plan Sept");
      expect(await writeTables(book, [PLAN_2])).toEqual({ Plan: "Plan" });
      expect(await book.sheetNames()).toEqual(["Sales", "Mine", "Plan Sept", "Plan"]);
      expect(await book.readSheet("Plan Sept")).toEqual([["SKU", "Name", "BaseQty"], ...PLAN_1.rows]);
      expect((await book.listTables()).map((t) => [t.name, t.sheet])).toEqual([["PeakStock_Plan", "Plan Sept"], ["PeakStock_Plan_2", "Plan"]]);
      expect(parseOwnership(await book.loadOwnership()).tables).toEqual([{ kind: "Plan", sheet: "Plan", table: "PeakStock_Plan_2" }]);
      subject.type(book, "Mine", 0, 0, [["=SUM(PeakStock_Plan[BaseQty])", "='Plan Sept'!B2", "=SUM(PeakStock_Plan_2[BaseQty])", "=Plan!B2"]]);
      expect(await evaluateSheet(book, "Mine")).toEqual({ A1: 200, B1: "Mug", C1: 100, D1: "Mug v2" });
      // The next run replaces the new plan; the kept one stays as it is.
      await writeTables(book, [PLAN_3]);
      expect(await evaluateSheet(book, "Mine")).toEqual({ A1: 200, B1: "Mug", C1: 7, D1: "Zed" });
    });

    it("never takes over a table that only has PeakStock's name: the seller's, or one in a workbook without a registry", async () => {
      const book = await subject.create({ Data: [["SKU", "BaseQty"], ["X", 1]], Plan: [["SKU", "BaseQty"], ["Y", 2]] });
      subject.addUserTable(book, "Data", "PeakStock_Plan", { top: 0, left: 0, rows: 2, columns: 2 });
      subject.addUserTable(book, "Plan", "PeakStock_Batches", { top: 0, left: 0, rows: 2, columns: 2 });
      expect(await writeTables(book, [PLAN_1, smallTable("Batches", [["A-1", 5]])])).toEqual({ Plan: "Plan (PeakStock)", Batches: "Batches" });
      expect((await book.listTables()).map((t) => [t.name, t.sheet])).toEqual([
        ["PeakStock_Plan", "Data"], ["PeakStock_Batches", "Plan"], ["PeakStock_Plan_2", "Plan (PeakStock)"], ["PeakStock_Batches_2", "Batches"],
      ]);
      expect(await writeTables(book, [PLAN_2])).toEqual({ Plan: "Plan (PeakStock)" }); // found again through the registry
      expect(await book.readSheet("Data")).toEqual([["SKU", "BaseQty"], ["X", 1]]);
      expect(await book.readSheet("Plan")).toEqual([["SKU", "BaseQty"], ["Y", 2]]);
      subject.type(book, "Data", 4, 0, [["=SUM(PeakStock_Plan[BaseQty])", "=SUM(PeakStock_Plan_2[BaseQty])"]]);
      expect(await evaluateSheet(book, "Data")).toEqual({ A5: 1, B5: 100 });
    });

    it("keeps notes beside and below a table it does not grow into, and stops, naming the cells, before one it would", async () => {
      const book = await subject.create({ Sales: [["Date", "SKU", "Units"]] });
      await writeTables(book, [PLAN_1]); // A1:C3
      subject.type(book, "Plan", 0, 4, [["call the forwarder"]]); // E1
      subject.type(book, "Plan", 5, 0, [["Q4 budget"]]); // A6
      await writeTables(book, [PLAN_2]); // A1:C4: neither E1 nor A6
      let grid = await book.readSheet("Plan");
      expect([grid[0][4], grid[5][0], grid[3][2]]).toEqual(["call the forwarder", "Q4 budget", 20]);

      // Five data rows and five columns: A1:E6 would cover E1 and A6.
      const wide: OutputTable = {
        kind: "Plan",
        columns: [...COLUMNS, { key: "SprintQty", zh: "冲刺批次数量", format: "integer" }, { key: "Why", zh: "说明", format: "text" }],
        rows: Array.from({ length: 5 }, (_, i) => [`S-${i}`, `Item ${i}`, i, i, "ok"]),
      };
      const before = await book.readSheet("Plan");
      const registry = await book.loadOwnership();
      const stopped = await writeOwnedOutputs(book, [{ table: wide }], "en");
      if (stopped.ok) throw new Error("the run should have stopped at the notes");
      expect(stopped.error.message).toBe("Plan!E1 and Plan!A6 hold notes the new plan would overwrite: the tables grow into them. Move them out of the way, or allow PeakStock to overwrite them, and run again. Nothing was written.");
      expect(isNotesInTheWay(stopped.error) && stopped.error.notes).toEqual([{ sheet: "Plan", cells: ["E1", "A6"] }]);
      const zh = await writeOwnedOutputs(book, [{ table: wide }], "zh-CN");
      expect(!zh.ok && zh.error.message.startsWith("Plan!E1、Plan!A6 有内容（备注），新的规划会覆盖它们")).toBe(true);
      expect(await book.readSheet("Plan")).toEqual(before);
      expect(await book.loadOwnership()).toBe(registry);

      const forced = await writeOwnedOutputs(book, [{ table: wide }], "en", { overwriteNotes: true });
      expect(forced.ok).toBe(true);
      grid = await book.readSheet("Plan");
      expect([grid[0][4], grid[5][0]]).toEqual(["Why", "S-4"]); // the seller allowed it
    });

    it("leaves every previous result whole when writing fails part-way, and adds no sheet", async () => {
      const book = await subject.create({ Sales: [["Date", "SKU", "Units"]], Mine: [] });
      await writeTables(book, [PLAN_1, smallTable("Batches", [["A-1", 5], ["B-2", 6]]), smallTable("CashFlow", [["wk 1", 100]])]);
      subject.type(book, "Mine", 0, 0, REFERENCES);
      const names = await book.sheetNames();
      const grids = await Promise.all(names.map((n) => book.readSheet(n)));
      const tables = await book.listTables();
      const registry = await book.loadOwnership();
      subject.failWhileWriting(book, 2);
      const next = [PLAN_2, smallTable("Batches", [["Z-9", 1]]), smallTable("CashFlow", [["wk 1", 1], ["wk 2", 2], ["wk 3", 3]]), smallTable("Alerts", [["A-1", 1]])];
      await expect(writeOwnedOutputs(book, next.map((table) => ({ table })), "en")).rejects.toThrow();
      expect(await book.sheetNames()).toEqual(names);
      expect(await Promise.all(names.map((n) => book.readSheet(n)))).toEqual(grids);
      expect(await book.listTables()).toEqual(tables);
      expect(await book.loadOwnership()).toBe(registry);
      expect(await evaluateSheet(book, "Mine")).toEqual({ A1: 200, B1: "Mug" });
      // And the next run goes through as if nothing had happened.
      await writeTables(book, next);
      expect(await evaluateSheet(book, "Mine")).toEqual({ A1: 100, B1: "Mug v2" });
    });

    it("keeps the sheets when the language switches: headers change, sheet names and references stay", async () => {
      const book = await subject.create({ Sales: [["Date", "SKU", "Units"]], Mine: [] });
      await writeTables(book, [PLAN_1]);
      subject.type(book, "Mine", 0, 0, [["=Plan!B2", "=SUM(PeakStock_Plan[SKU])"]]);
      expect(await writeTables(book, [PLAN_2], "zh-CN")).toEqual({ Plan: "Plan" });
      expect(await book.sheetNames()).toEqual(["Sales", "Mine", "Plan"]);
      expect((await book.readSheet("Plan"))[0]).toEqual(["SKU", "名称", "基础批次数量"]);
      // A structured reference names the column by its header; Excel renames it in the seller's formulas
      // when the header changes. The evaluator looks the column up by the header now there.
      subject.type(book, "Mine", 1, 0, [["=SUM(PeakStock_Plan[基础批次数量])"]]);
      expect(await evaluateSheet(book, "Mine")).toEqual({ A1: "Mug v2", B1: 0, A2: 100 }); // hand: SKU column is text, so its SUM is 0
      expect((await book.listTables()).map((t) => t.name)).toEqual(["PeakStock_Plan"]);
    });
  });
}
