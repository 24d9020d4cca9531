/**
 * The task pane's Replay step in headless Chromium on the demo workbook: it replays the most recent
 * past Black Friday with the pane's settings, shows the five policies' profit, and writes the owned
 * Replay sheet into the page's workbook — in English and in Chinese.
 */
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../scripts/chromium";
import { byTestId, clickTestId, openPreview, replayAndWait, screenshot, sheetNamesOf, sheetOf, tablesOf } from "./previewPage";

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

/** The step's result table, row by row (header first). */
async function replayTable(p: Page): Promise<string[][]> {
  const table = p.locator("[role=tabpanel] table").first();
  await table.waitFor({ state: "visible", timeout: 60_000 });
  return table.evaluate((t) => [...t.querySelectorAll("tr")].map((tr) => [...tr.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").trim())));
}

/** True when the step's table ends inside the pane (no sideways scrolling needed). */
function tableFits(p: Page): Promise<boolean> {
  return p.locator("[role=tabpanel]").evaluate((panel) => {
    const table = panel.querySelector("table");
    return table !== null && table.getBoundingClientRect().right <= panel.getBoundingClientRect().right + 1;
  });
}

describe("the Replay step", () => {
  it("replays the most recent past edition, shows each policy's profit and writes the Replay sheet", async () => {
    await clickTestId(page, "tab-replay");
    // the button waits for the workbook to be read (its Event sheet sets the event replayed)
    await page.locator(`${byTestId("replay-run")}:not([aria-disabled=true])`).waitFor({ timeout: 60_000 });
    expect(await page.locator(byTestId("replay-run")).innerText()).toBe("Replay");
    expect(await replayAndWait(page)).toBe("done");
    const rows = await replayTable(page);
    expect(rows[0]).toEqual(["Policy", "Profit", "Fill rate", "Left over"]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(["PeakStock", "Last year + 20 %", "30-day average", "Seller's rule", "Perfect foresight"]);
    for (const r of rows.slice(1)) expect(r[1]).toMatch(/^-?\$[\d,]+$/);
    const panel = await page.locator("[role=tabpanel]").innerText();
    expect(panel).toMatch(/edition starting 2025-11-28: planned 2025-09-16 \(73 days ahead\)/);
    expect(panel).toMatch(/PeakStock made \d+(\.\d)?% of the perfect-foresight reference's profit\./);
    expect(panel).toContain("Last year + 20 %: Last year's window + 20 %, cheapest lane in time");
    // nothing spills out of its cell at the pane's width: every figure fits its column
    const spill = await page.locator("[role=tabpanel] table td").evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent));
    expect(spill).toEqual([]);
    expect(await tableFits(page)).toBe(true);
    expect(await sheetNamesOf(page)).toContain("Replay");
    expect((await tablesOf(page)).filter((t) => t.kind === "Replay").map((t) => t.name)).toEqual(["PeakStock_Replay"]);
    const sheet = await sheetOf(page, "Replay");
    expect(sheet?.values[0].slice(0, 4)).toEqual(["Policy", "SKU", "Name", "Destination"]);
    // the sheet's PeakStock total is the profit the step shows
    const profit = Math.round(Number(sheet?.values[1][19]));
    expect(rows[1][1]).toBe(`$${profit.toLocaleString("en-US")}`);
    await screenshot(page, "replay-step");
    expect(errors).toEqual([]);
  });

  it("speaks Chinese and replays an earlier edition as many days ahead as typed", async () => {
    await clickTestId(page, "lang-switch");
    await page.waitForFunction(() => /复盘/.test(document.querySelector("[role=tabpanel]")?.textContent ?? ""), null, { timeout: 10_000 });
    await page.locator(byTestId("replay-edition")).selectOption("2024-11-29");
    await page.locator(byTestId("replay-days")).fill("60");
    expect(await page.locator(byTestId("replay-run")).innerText()).toBe("复盘");
    expect(await replayAndWait(page)).toBe("done");
    expect(await page.locator(byTestId("replay-result")).innerText()).toMatch(/2024-11-29 开始的一届/);
    const rows = await replayTable(page);
    expect(rows[0]).toEqual(["策略", "利润", "满足率", "剩余"]);
    expect(await tableFits(page)).toBe(true);
    expect(await page.locator("[role=tabpanel]").innerText()).toContain("2024-09-30 规划（提前 60 天）");
    // the second run replaces PeakStock's own Replay table in place, its headers now in Chinese
    expect((await tablesOf(page)).filter((t) => t.kind === "Replay").map((t) => [t.sheet, t.name])).toEqual([["Replay", "PeakStock_Replay"]]);
    expect((await sheetOf(page, "Replay"))?.values[0].slice(0, 3)).toEqual(["策略", "SKU", "名称"]);
    await screenshot(page, "replay-step-chinese");
  });
});
