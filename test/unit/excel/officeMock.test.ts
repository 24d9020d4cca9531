/**
 * OfficeWorkbook against office-addin-mock's Excel and Office objects (the
 * mocking library Microsoft documents for add-ins): what it can model — a fixed
 * tree of objects whose properties read as an error text until loaded and
 * synced — checks that PeakStock loads what it reads. The stateful parts
 * (adding, deleting, renaming sheets; collections; the order of commands) are
 * beyond it and are tested against the hand-made fake (test/shims/fakeExcel).
 */
import { OfficeMockObject } from "office-addin-mock";
import { OfficeWorkbook } from "../../../src/excel/officeWorkbook";
import { ExcelSteps, type ExcelRun } from "../../../src/excel/office/excelSteps";
import { backupBox, restoreBackup } from "../../../src/excel/office/outputBackup";
import { planOutput } from "../../../src/excel/office/outputWrite";
import { checkRequirements } from "../../../src/excel/office/requirements";

const globals = globalThis as { Excel?: unknown; Office?: unknown };

afterEach(() => {
  delete globals.Excel;
  delete globals.Office;
});

/** An Office global whose requirement sets stop at ExcelApi 1.`newest`. */
function officeSupporting(newest: number): OfficeMockObject {
  return new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => name === "ExcelApi" && Number(version.slice(2)) <= newest,
      },
    },
  });
}

describe("OfficeWorkbook.readSheet with office-addin-mock", () => {
  it("loads the used range's place and size, then its values, and puts them from A1", async () => {
    const asked: number[][] = [];
    globals.Excel = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            sales: {
              name: "Sales",
              used: { rowIndex: 1, columnIndex: 1, rowCount: 2, columnCount: 2 }, // B2:C3
              chunk: { values: [["SKU", "Units"], ["A-1", ""]] },
              getUsedRangeOrNullObject() {
                return this.used;
              },
              getRangeByIndexes(row: number, column: number, rows: number, columns: number) {
                asked.push([row, column, rows, columns]);
                return this.chunk;
              },
            },
            getItem() {
              return this.sales;
            },
          },
        },
      },
      run: async function (batch: (context: unknown) => Promise<unknown>) {
        return batch(this.context);
      },
    });
    const book = new OfficeWorkbook({ isSetSupported: () => true });
    // Had PeakStock read rowCount or values without loading them, it would see the mock's "Error, property was not loaded".
    expect(await book.readSheet("Sales")).toEqual([[null, null, null], [null, "SKU", "Units"], [null, "A-1", null]]);
    expect(asked).toEqual([[1, 1, 2, 2]]);
    expect(book.stats.syncs).toBe(2); // one to find the used range, one for its values
  });
});

describe("putting a replaced table back, with office-addin-mock", () => {
  it("resizes the table to its old range and copies the kept values and formats back over the cells the write changed", async () => {
    const calls: string[] = [];
    const rangeOn = (sheet: string) => (address: string) => ({
      address: `${sheet}!${address}`,
      conditionalFormats: { clearAll: () => calls.push(`${sheet}!${address} clearAll`) },
      copyFrom(from: { address: string }, type: string) {
        calls.push(`${this.address} copyFrom ${from.address} ${type}`);
      },
    });
    const excel = new OfficeMockObject({
      context: {
        application: { suspendApiCalculationUntilNextSync: () => undefined, suspendScreenUpdatingUntilNextSync: () => undefined },
        workbook: {
          worksheets: {
            getItem: (name: string) => ({
              getRange: rangeOn(name),
              tables: { getItem: (table: string) => ({ resize: (address: string) => calls.push(`${table} resize ${address}`) }) },
            }),
          },
        },
      },
      run: async function (batch: (context: unknown) => Promise<unknown>) {
        return batch(this.context);
      },
    });
    const run: ExcelRun = (batch) => (excel as unknown as { run: ExcelRun }).run(batch);
    const steps = new ExcelSteps(run, { canSuspendScreen: true });
    const old = { name: "PeakStock_Alerts", sheet: "Alerts", top: 0, left: 0, rows: 4, columns: 4 };
    const table = { kind: "Alerts" as const, columns: [{ key: "SKU", zh: "SKU", format: "text" as const }], rows: [["A"], ["B"], ["C"], ["D"], ["E"]] };
    const plan = planOutput({ target: { kind: "Alerts", sheet: "Alerts", tableName: "PeakStock_Alerts", mode: "replace" }, table }, ["SKU"], [old]);
    const box = backupBox(plan); // hand: old A1:D4 and new A1:A6 → A1:D6
    expect(box).toEqual({ top: 0, left: 0, rows: 6, columns: 4 });
    await restoreBackup(steps, { plan, sheet: "_PeakStock_backup", box });
    expect(calls).toEqual([
      "PeakStock_Alerts resize A1:D4",
      "Alerts!A1:D6 clearAll",
      "Alerts!A1:D6 copyFrom _PeakStock_backup!A1:D6 Values",
      "Alerts!A1:D6 copyFrom _PeakStock_backup!A1:D6 Formats",
    ]);
    expect(steps.stats.syncs).toBe(1);
  });
});

describe("OfficeWorkbook in cell-edit mode, with office-addin-mock", () => {
  function excelRefusing(refusals: number, activations: string[]): OfficeMockObject {
    let left = refusals;
    return new OfficeMockObject({
      context: {
        sync: async () => {
          if (left-- > 0) throw Object.assign(new Error("The operation is not allowed while a cell is being edited."), { code: "InvalidOperationInCellEditMode" });
        },
        workbook: {
          worksheets: {
            plan: {
              activate: () => activations.push("Plan"),
            },
            getItem() {
              return this.plan;
            },
          },
        },
      },
      run: async function (batch: (context: unknown) => Promise<unknown>) {
        return batch(this.context);
      },
    });
  }

  it("runs the step again after 250 and 500 ms", async () => {
    const activations: string[] = [];
    globals.Excel = excelRefusing(2, activations);
    const waits: number[] = [];
    const book = new OfficeWorkbook({ isSetSupported: () => true, retry: { sleep: async (ms) => { waits.push(ms); } } });
    await book.activateSheet("Plan");
    expect(waits).toEqual([250, 500]);
    expect(activations).toHaveLength(3); // queued 3 times; Excel ran it once, the refused batches change nothing
    expect(book.stats).toMatchObject({ retries: 2, syncs: 1 });
  });

  it("stops after 3 retries with a message that says what to do", async () => {
    globals.Excel = excelRefusing(4, []);
    const book = new OfficeWorkbook({ isSetSupported: () => true, retry: { sleep: async () => undefined } });
    await expect(book.activateSheet("Plan")).rejects.toThrow("Excel is busy: a cell is being edited. Press Enter or Esc to finish editing the cell, then try again.");
  });
});

describe("checkRequirements with office-addin-mock's Office", () => {
  it("names the Excel needed, the API this one has and what it lacks", () => {
    globals.Office = officeSupporting(4);
    expect(checkRequirements()).toEqual({
      ok: false,
      message:
        "PeakStock needs Excel 2021 or later, Microsoft 365 or Excel on the web (ExcelApi 1.13); this Excel supports ExcelApi 1.4, without conditional formats (1.6), " +
        "pausing calculation while writing (1.6), freezing the header row (1.7), writing rows by position (1.7), dates on a chart's axis (1.7), " +
        "keeping a copy of the previous results while writing (1.9), print setup: landscape, one page wide, the header on every page (1.9), resizing a table in place, so formulas that use it keep working (1.13). " +
        "Update Office or use Excel on the web.",
    });
  });

  it("accepts ExcelApi 1.13 (Excel 2021 has 1.14) and anything newer, and refuses Excel 2019's 1.8", () => {
    globals.Office = officeSupporting(8);
    expect(checkRequirements()).toMatchObject({ ok: false, message: expect.stringContaining("this Excel supports ExcelApi 1.8, without keeping a copy of the previous results while writing (1.9)") });
    globals.Office = officeSupporting(13);
    expect(checkRequirements()).toEqual({ ok: true });
    globals.Office = officeSupporting(20);
    expect(new OfficeWorkbook().checkRequirements()).toEqual({ ok: true });
  });

  it("says so for an Excel with no Excel JavaScript API (Excel 2013) and outside Office", () => {
    globals.Office = officeSupporting(0);
    expect(checkRequirements()).toMatchObject({ ok: false, message: expect.stringContaining("this Excel supports no Excel JavaScript API, without tables (1.2)") });
    delete globals.Office;
    expect(checkRequirements()).toEqual({
      ok: false,
      message: "PeakStock needs Excel 2021 or later, Microsoft 365 or Excel on the web (ExcelApi 1.13); Office.js is not loaded here, so this is not Excel.",
    });
  });
});
