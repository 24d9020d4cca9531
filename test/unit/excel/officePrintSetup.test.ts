/**
 * The Office.js writer's layout and print setup, through the fake Excel: the
 * same landscape, one-page-wide, header-on-every-page setup and wrapped long
 * text as the .xlsx file (printSetup.test.ts), in the calls Excel takes.
 */
import type { OutputTable } from "../../../src/engine/plan/outputTable";
import { PLAN_COLUMNS } from "../../../src/engine/plan/planTables";
import { OfficeWorkbook } from "../../../src/excel/officeWorkbook";
import { FakeExcel } from "../../shims/fakeExcel/state";
import { writeTables } from "./workbookContract";

const officeOver = (excel: FakeExcel): OfficeWorkbook => new OfficeWorkbook({ run: excel.run, isSetSupported: () => true, retry: { sleep: async () => undefined } });

const ALERTS: OutputTable = {
  kind: "Alerts",
  columns: [{ key: "Severity", zh: "级别", format: "text" }, { key: "Message", zh: "说明", format: "text", wrapWidth: 40 }],
  rows: [["high", "no lane arrives in time: goods ready 2026-10-15, Fast boat → US West needed them by 2026-10-10"], ["low", "ok"]],
};

describe("OfficeWorkbook print setup", () => {
  it("sets landscape, one page wide, the header row on every page, narrow margins and a footer on a new sheet", async () => {
    const excel = new FakeExcel({ Sales: [["Date"]] });
    await writeTables(officeOver(excel), [ALERTS]);
    expect(excel.sheetOrThrow("Alerts").pageLayout).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$1",
      leftMargin: 18, rightMargin: 18, topMargin: 54, bottomMargin: 54, headerMargin: 21.6, footerMargin: 21.6, // hand: inches × 72
      "defaultForAllPages.leftFooter": "&A",
      "defaultForAllPages.rightFooter": "&P / &N",
    });
  });

  it("wraps the long-text column's data cells and fits the rows to them", async () => {
    const excel = new FakeExcel({});
    await writeTables(officeOver(excel), [ALERTS]);
    const sheet = excel.sheetOrThrow("Alerts");
    expect(sheet.cellFormatting).toEqual(["wrapText B2:B3 true", "autofitRows A1:B3"]);
    // hand: the message wraps at 40 → ⌊40 × 7 + 5⌋ × 0.75 = 213.75 points
    expect(sheet.widths.get(1)).toBe(213.75);
  });

  it("turns the Plan's header upward in English (stacked in Chinese) so 30 columns fit a page across", async () => {
    const plan: OutputTable = { kind: "Plan", columns: PLAN_COLUMNS, rows: [PLAN_COLUMNS.map((c) => (c.format === "text" ? "A" : 1))] };
    const excel = new FakeExcel({});
    await writeTables(officeOver(excel), [plan]);
    expect(excel.sheetOrThrow("Plan").cellFormatting).toContain("textOrientation A1:AD1 90");
    const zh = new FakeExcel({});
    await writeTables(officeOver(zh), [plan], "zh-CN");
    expect(zh.sheetOrThrow("计划").cellFormatting).toContain("textOrientation A1:AD1 180");
  });

  it("keeps a replaced sheet's margins and footer, and sets landscape, fit and the header row again", async () => {
    const excel = new FakeExcel({});
    const book = officeOver(excel);
    await writeTables(book, [ALERTS]);
    excel.sheetOrThrow("Alerts").pageLayout = {};
    await writeTables(book, [{ ...ALERTS, rows: [...ALERTS.rows, ["medium", "x"]] }]);
    expect(excel.sheetOrThrow("Alerts").pageLayout).toEqual({ orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: "$1:$1" });
  });
});
