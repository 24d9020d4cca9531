/**
 * Bad workbooks in the preview, in headless Chromium: the task pane shows the
 * engine's own message (computed here in Node on the same grids) under the Sales
 * field, Generate batches fails with it and writes nothing.
 * Screenshot: preview-6-bad-data.png.
 */
import type { Browser, Page } from "playwright-core";
import { planFromSheets } from "../../src/engine/plan/planFromSheets";
import { readSalesSheet } from "../../src/engine/workbook/readSalesSheet";
import { applyScenario } from "../../src/preview/scenario";
import { launchChromium } from "../../scripts/chromium";
import { previewDataFromXlsx } from "../../scripts/previewDemoData";
import { DEMO_PATH } from "./expectedPlan";
import { byTestId, clickTestId, generateAndWait, need, openPreview, screenshot, tablesOf, textOf, waitForEnabled } from "./previewPage";

let browser: Browser;
let badUnitsMessage: string;
let noSalesMessage: string;

beforeAll(async () => {
  browser = await launchChromium();
  const demo = await previewDataFromXlsx(DEMO_PATH);
  // The engine's messages for the very grids the scenarios load.
  const bad = applyScenario(demo, "bad-units").sheets.find((s) => s.name === "Sales");
  const read = readSalesSheet(bad?.rows ?? [], { sheet: "Sales" });
  if (read.ok) throw new Error("bad-units should not read");
  badUnitsMessage = read.error.message;
  const noSales = applyScenario(demo, "no-sales");
  const planned = planFromSheets({
    sheetNames: noSales.sheets.map((s) => s.name),
    grids: Object.fromEntries(noSales.sheets.map((s) => [s.name, s.rows])),
  });
  if (planned.ok) throw new Error("no-sales should not plan");
  noSalesMessage = planned.error.message;
});

afterAll(async () => {
  await browser?.close();
});

/** Goes to the Data step and reads the workbook, as a seller would. */
async function detect(page: Page): Promise<void> {
  await clickTestId(page, "tab-data");
  await clickTestId(page, "data-detect");
  await waitForEnabled(page, "data-detect"); // done reading
}

describe("bad data", () => {
  it("names the row and column of a Units cell that is not a number", async () => {
    expect(badUnitsMessage).toBe("Sales row 5, Units: 'abc' is not a number"); // the contract's example
    const { page } = await openPreview(browser, "?scenario=bad-units");
    await detect(page);
    await need(page, "error-sales");
    expect(await textOf(page, "error-sales")).toContain(badUnitsMessage);
    await screenshot(page, "preview-6-bad-data");

    // Generate either refuses (disabled while the Sales field has an error) or fails with the message.
    if (await page.locator(byTestId("generate")).isEnabled()) {
      const run = await generateAndWait(page);
      expect(run.state).toBe("error");
      expect(await textOf(page, "run-error")).toContain(badUnitsMessage);
    }
    expect(await tablesOf(page)).toEqual([]); // nothing written
    await page.close();
  });

  it("says there is no Sales sheet and how to fix it", async () => {
    expect(noSalesMessage).toContain("No 'Sales' sheet (or '销售')");
    const { page } = await openPreview(browser, "?scenario=no-sales");
    await detect(page);
    await need(page, "error-sales");
    expect(await textOf(page, "error-sales")).toContain(noSalesMessage);
    expect(await page.locator(byTestId("grid-tab-Sales")).count()).toBe(0);
    await page.close();
  });
});
