/**
 * Generating twice in the preview, in headless Chromium: the second plan goes
 * into the same Plan sheet, at the same tab, as PeakStock's same table — the
 * grid shows the new values there — and a seller's formula text beside it on
 * their own sheet is left as it was.
 */
import type { Browser, Page } from "playwright-core";
import type { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { launchChromium } from "../../scripts/chromium";
import { byTestId, clickTestId, generateAndWait, need, openPreview, runOf, screenshot, sheetNamesOf, sheetOf, tablesOf, textOf, waitForGridSheet, waitForRunAfter } from "./previewPage";

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openPreview(browser, "?scenario=demo"));
});

afterAll(async () => {
  await browser?.close();
});

type PageGlobal = { __PEAKSTOCK_PREVIEW_WORKBOOK__?: MemoryWorkbook };

/** The tabs of the grid, left to right. */
function tabsOf(p: Page): Promise<string[]> {
  return p.$$eval('[data-testid^="grid-tab-"]', (tabs) => tabs.map((t) => (t.getAttribute("data-testid") ?? "").replace("grid-tab-", "")));
}

describe("Generate batches twice", () => {
  it("writes the second plan into the same Plan sheet and table, at the same tab, and the grid shows its values", async () => {
    expect((await generateAndWait(page)).state).toBe("done");
    const plan = (await tablesOf(page)).find((t) => t.kind === "Plan");
    expect(plan).toMatchObject({ sheet: "Plan", name: "PeakStock_Plan", top: 0, left: 0 });
    const names = await sheetNamesOf(page);
    const tabs = await tabsOf(page);
    const first = await sheetOf(page, "Plan");
    const baseQty = (first?.values[0] ?? []).indexOf("BaseQty");
    expect(baseQty).toBeGreaterThan(0);

    // The seller doubles every day's sales (a bigger event coming) and keeps a note on a sheet of their own.
    await page.evaluate(() => {
      const book = (globalThis as PageGlobal).__PEAKSTOCK_PREVIEW_WORKBOOK__;
      const sales = book?.getSheet("Sales");
      if (!book || !sales) throw new Error("no Sales sheet");
      const units = sales.values[0].indexOf("Units");
      book.setSheet("Sales", sales.values.map((row, r) => (r === 0 ? row : row.map((v, c) => (c === units && typeof v === "number" ? v * 2 : v)))));
      book.setSheet("My notes", [["=Plan!B2", "=SUM(PeakStock_Plan[BaseQty])"]]);
    });
    expect((await generateAndWait(page)).state).toBe("done");

    expect(await sheetNamesOf(page)).toEqual([...names, "My notes"]);
    expect((await tabsOf(page)).filter((t) => t !== "My notes")).toEqual(tabs);
    expect((await tablesOf(page)).filter((t) => t.kind === "Plan").map((t) => [t.sheet, t.name])).toEqual([["Plan", "PeakStock_Plan"]]);
    const second = await sheetOf(page, "Plan");
    const total = (values: readonly (readonly unknown[])[] | undefined) => (values ?? []).slice(1).reduce<number>((s, row) => s + (typeof row[baseQty] === "number" ? (row[baseQty] as number) : 0), 0);
    expect(total(second?.values)).toBeGreaterThan(total(first?.values)); // twice the sales, more to ship
    expect((await sheetOf(page, "My notes"))?.values).toEqual([["=Plan!B2", "=SUM(PeakStock_Plan[BaseQty])"]]);

    // The grid shows the Plan sheet with the new plan's numbers.
    await page.locator(byTestId("grid-tab-Plan")).click();
    await waitForGridSheet(page, "Plan");
    const row = 2;
    const shown = (await page.textContent(byTestId(`grid-cell-${row}-${baseQty + 1}`))) ?? "";
    expect(Number(shown.replace(/,/g, ""))).toBe(second?.values[row - 1][baseQty]);
    expect(errors).toEqual([]);
  });

  it("stops at a note below the plan that a bigger plan would cover, names the cell, and writes over it when asked", async () => {
    const before = await sheetOf(page, "Plan");
    const rows = before?.values.length ?? 0;
    // The seller notes something under the plan, and a new SKU (a copy of the first one's sales) makes the plan a row longer.
    await page.evaluate((below) => {
      const book = (globalThis as PageGlobal).__PEAKSTOCK_PREVIEW_WORKBOOK__;
      const sales = book?.getSheet("Sales");
      const skus = book?.getSheet("SKUs");
      if (!book || !sales || !skus) throw new Error("no Sales or SKUs sheet");
      book.setCells("Plan", below, 0, [["call the supplier"]]);
      const sku = sales.values[0].indexOf("SKU");
      const first = sales.values[1][sku];
      book.setSheet("Sales", [...sales.values, ...sales.values.filter((row) => row[sku] === first).map((row) => row.map((v, c) => (c === sku ? "NEW-01" : v)))]);
      const master = skus.values[0].indexOf("SKU");
      const template = skus.values.find((row) => row[master] === first) ?? skus.values[1];
      book.setSheet("SKUs", [...skus.values, template.map((v, c) => (c === master ? "NEW-01" : v))]);
    }, rows);
    expect((await generateAndWait(page)).state).toBe("error");
    const cell = `Plan!A${rows + 1}`;
    expect(await textOf(page, "run-error")).toContain(`The new plan would overwrite notes in ${cell}: its tables grow into those cells.`);
    expect((await sheetOf(page, "Plan"))?.values[rows][0]).toBe("call the supplier"); // nothing written
    await screenshot(page, "preview-8-notes");

    const lastRun = (await runOf(page)).id;
    await clickTestId(page, "overwrite-notes");
    expect(await waitForRunAfter(page, lastRun)).toBe("done");
    const after = await sheetOf(page, "Plan");
    expect(after?.values).toHaveLength(rows + 1);
    expect(after?.values.slice(1).map((r) => r[0])).toContain("NEW-01");
    await need(page, "results");
    expect(errors).toEqual([]);
  });
});
