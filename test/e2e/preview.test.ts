/**
 * The preview in headless Chromium: the demo workbook loads into the grid (Sales
 * shown, dates as yyyy-mm-dd, 43,801 rows virtualised), the task pane bundle
 * renders beside it without office.js, the page's MemoryWorkbook is the one on
 * the contract's global, the other scenarios load their data.
 */
import type { Browser } from "playwright-core";
import { isoFromSerial } from "../../src/engine/dates";
import { launchChromium } from "../../scripts/chromium";
import { demoGrids, type WorkbookGrids } from "./expectedPlan";
import { byTestId, openPreview, sheetNamesOf, sheetOf } from "./previewPage";

let browser: Browser;
let demo: WorkbookGrids;

beforeAll(async () => {
  [browser, demo] = await Promise.all([launchChromium(), demoGrids()]);
});

afterAll(async () => {
  await browser?.close();
});

describe("the preview page (demo scenario)", () => {
  it("shows the demo's Sales sheet in the grid and the task pane beside it", async () => {
    const { page, errors } = await openPreview(browser);
    expect(await page.evaluate(() => document.body.dataset.preview)).toBe("ready");

    // The workbook on the contract's global holds the demo, sheet for sheet, as XlsxWorkbook reads it.
    expect(await sheetNamesOf(page)).toEqual(demo.sheetNames);
    const sales = await sheetOf(page, "Sales");
    expect(sales?.values).toEqual(demo.grids.Sales);

    // Grid: Sales active, header frozen, dates shown yyyy-mm-dd, numbers as formatted.
    await expect(page.locator(byTestId("grid-tab-Sales")).getAttribute("aria-selected")).resolves.toBe("true");
    const grid = page.locator(byTestId("grid"));
    expect(await grid.getAttribute("data-sheet")).toBe("Sales");
    expect(await grid.getAttribute("data-rows")).toBe("43801");
    const header = demo.grids.Sales[0] as string[];
    for (let c = 1; c <= header.length; c++) {
      expect(await page.textContent(byTestId(`grid-cell-1-${c}`))).toBe(header[c - 1]);
    }
    const first = demo.grids.Sales[1];
    expect(await page.textContent(byTestId("grid-cell-2-1"))).toBe(isoFromSerial(first[0] as number)); // 2024-09-15
    expect(await page.textContent(byTestId("grid-cell-2-2"))).toBe(first[1]);
    expect(await page.textContent(byTestId("grid-cell-2-3"))).toBe((first[2] as number).toLocaleString("en-US"));

    // Virtualised: a few dozen rows in the DOM, not 43,801; the last row appears after scrolling.
    const rendered = await page.locator(`${byTestId("grid")} tbody tr:has(td[data-testid])`).count();
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(200);
    await grid.evaluate((el) => { el.scrollTop = el.scrollHeight; });
    const lastDate = isoFromSerial(demo.grids.Sales[43800][0] as number);
    await expect(page.locator(byTestId("grid-cell-43801-1")).textContent({ timeout: 5_000 })).resolves.toBe(lastDate);

    // Tabs switch sheets; the task pane bundle rendered into #container.
    await page.locator(byTestId("grid-tab-SKUs")).click();
    expect(await grid.getAttribute("data-sheet")).toBe("SKUs");
    expect(await page.textContent(byTestId("grid-cell-2-1"))).toBe(demo.grids.SKUs[1][0]);
    const pane = (await page.locator("#container").innerText()).trim();
    expect(pane).toContain("PeakStock");
    expect(await page.locator("#container script[src*='office.js'], script[src*='office.js']").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("other scenarios", () => {
  it("loads the synthetic seller made in the browser (skus × days sales rows)", async () => {
    const { page, errors } = await openPreview(browser, "?scenario=synthetic&skus=30&days=120");
    expect(await page.evaluate(() => document.body.dataset.preview)).toBe("ready");
    expect(await sheetNamesOf(page)).toEqual(["About", "SKUs", "Sales", "Event"]);
    expect((await sheetOf(page, "Sales"))?.values.length).toBe(1 + 30 * 120);
    expect((await sheetOf(page, "SKUs"))?.values.length).toBe(1 + 30);
    expect(await page.textContent(byTestId("grid-cell-2-1"))).toBe("2026-05-18"); // hand: 2026-09-15 − 120 days
    expect(errors).toEqual([]);
    await page.close();
  });

  it("drops the Sales sheet for no-sales and breaks one Units cell for bad-units", async () => {
    const noSales = await openPreview(browser, "?scenario=no-sales");
    expect(await sheetNamesOf(noSales.page)).toEqual(demo.sheetNames.filter((n) => n !== "Sales"));
    await noSales.page.close();

    const bad = await openPreview(browser, "?scenario=bad-units");
    const sales = await sheetOf(bad.page, "Sales");
    expect(sales?.values[4][2]).toBe("abc");
    expect(sales?.values[3]).toEqual(demo.grids.Sales[3]);
    expect(await bad.page.textContent(byTestId("grid-cell-5-3"))).toBe("abc");
    await bad.page.close();
  });

  it("says what is wrong with an unknown scenario instead of showing a blank page", async () => {
    const { page } = await openPreview(browser, "?scenario=nope");
    expect(await page.evaluate(() => document.body.dataset.preview)).toBe("error");
    expect(await page.textContent(byTestId("preview-error"))).toContain("Unknown scenario 'nope'");
    await page.close();
  });
});
