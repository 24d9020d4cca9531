/**
 * The task pane alone (`?layout=pane`, the grid hidden) at Excel's width — 350 px, Excel on the
 * web's default (Office.TaskPane.setWidth: 350–500 px there; Windows opens it at 320) — and wide
 * (800 px), in headless Chromium. Every step, results, Watch and Replay included: nothing wider than the
 * pane, nothing covering a control or a badge (the footer with Generate batches included), no date
 * broken over two lines, every control reached by Tab and named, and no serious or critical axe-core
 * violation. Screenshots at 350 px: docs/pane-*.png (E2E_SCREENSHOTS_DIR=docs).
 */
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../scripts/chromium";
import { axeViolations, coveredElements, horizontalOverflow, unnamedControls, unreachableByKeyboard, wrappedDates } from "./paneChecks";
import { byTestId, clickTestId, generateAndWait, need, openPreview, replayAndWait, screenshot, tablesOf, textOf, waitForEnabled } from "./previewPage";

type PageGlobal = { __PEAKSTOCK_PREVIEW_WORKBOOK__?: { setSheet(name: string, rows: unknown[][]): void; getSheet(name: string): { values: unknown[][] } | undefined } };

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** All the checks of one step; `name` in the failure message. */
async function checkStep(page: Page, name: string): Promise<void> {
  expect({ name, overflow: await horizontalOverflow(page) }).toEqual({ name, overflow: [] });
  expect({ name, covered: await coveredElements(page) }).toEqual({ name, covered: [] });
  expect({ name, wrappedDates: await wrappedDates(page) }).toEqual({ name, wrappedDates: [] });
  expect({ name, unnamed: await unnamedControls(page) }).toEqual({ name, unnamed: [] });
  expect({ name, unreachable: await unreachableByKeyboard(page) }).toEqual({ name, unreachable: [] });
  expect({ name, axe: await axeViolations(page) }).toEqual({ name, axe: [] });
}

/**
 * Sales for the ten days after the plan date, as a seller would paste them on a SalesToDate sheet:
 * every planned SKU at its baseline, KIT-01 at ten times it, KIT-02 out of stock (OnHand 0, nothing sold).
 */
async function pasteSalesToDate(page: Page): Promise<void> {
  await page.evaluate(() => {
    const book = (globalThis as unknown as PageGlobal).__PEAKSTOCK_PREVIEW_WORKBOOK__;
    const plan = book?.getSheet("Plan")?.values ?? [];
    const event = book?.getSheet("Event")?.values ?? [];
    const planDate = Number(event.find((row) => row[0] === "PlanDate")?.[1]);
    const baseline = plan[0].indexOf("BaselinePerDay");
    const rows: unknown[][] = [["Date", "SKU", "Units", "OnHand"]];
    for (let d = 0; d < 10; d++) {
      for (const row of plan.slice(1)) {
        const sku = String(row[0]);
        const level = Number(row[baseline]);
        if (sku === "KIT-02") rows.push([planDate + d, sku, 0, 0]);
        else rows.push([planDate + d, sku, Math.round(sku === "KIT-01" ? level * 10 : level), ""]);
      }
    }
    book?.setSheet("SalesToDate", rows);
  });
}

describe.each([350, 800])("the task pane alone at %i px", (width) => {
  let page: Page;
  let errors: string[];
  const shot = (name: string) => (width === 350 ? screenshot(page, name) : Promise.resolve(""));

  beforeAll(async () => {
    ({ page, errors } = await openPreview(browser, "?scenario=demo&layout=pane", { width, height: 800 }));
  });

  afterAll(async () => {
    await page?.close();
  });

  it("shows the pane alone, filling the window, with the grid hidden", async () => {
    expect(await page.locator(byTestId("grid")).count()).toBe(0);
    const box = await page.locator("#container").boundingBox();
    expect(box?.width).toBe(width);
    await waitForEnabled(page, "generate"); // the first read of the workbook is over
  });

  it("Data", async () => {
    await clickTestId(page, "tab-data");
    await need(page, "data-summary");
    expect(await textOf(page, "data-summary")).toMatch(/\b60\b/);
    await checkStep(page, "data");
    await shot("pane-1-data");
  });

  it("Event", async () => {
    await clickTestId(page, "tab-event");
    await checkStep(page, "event");
    await shot("pane-2-event");
  });

  it("Policy, with a lane card open", async () => {
    await clickTestId(page, "tab-policy");
    await page.locator(`${byTestId("lane-row-1")} button`).first().click();
    await need(page, "lanes-table");
    await checkStep(page, "policy");
    await shot("pane-3-policy");
  });

  it("Results: totals, ship-by dates on one line, badges clear of the footer, charts with the event's spike", async () => {
    expect((await generateAndWait(page)).state).toBe("done");
    await need(page, "results");
    await checkStep(page, "results");
    // The chart draws the expected sales: the forecast line's highest point lies in the event window.
    const peak = await page.locator('[data-testid^="chart-"] svg').first().evaluate((svg) => {
      const event = svg.querySelectorAll("rect")[1];
      const paths = svg.querySelectorAll("path");
      const points = [...(paths[paths.length - 1].getAttribute("d") ?? "").matchAll(/[ML] ([\d.]+) ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      const top = points.reduce((a, b) => (b[1] < a[1] ? b : a));
      return { x: top[0], from: Number(event.getAttribute("x")), to: Number(event.getAttribute("x")) + Number(event.getAttribute("width")) };
    });
    expect(peak.x).toBeGreaterThanOrEqual(peak.from);
    expect(peak.x).toBeLessThanOrEqual(peak.to);
    await page.locator(byTestId("top-skus")).scrollIntoViewIfNeeded();
    await shot("pane-4-results");
  });

  it("Results: the scenarios beside the base plan, their figures on one line, names wrapping", async () => {
    await need(page, "scenario-table");
    expect(await page.locator(byTestId("scenario-row")).count()).toBe(3); // the base plan and the demo's two scenarios
    await checkStep(page, "scenarios");
    // every figure stays inside its cell at the pane's width
    const spill = await page.locator(`${byTestId("scenario-table")} td`).evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent));
    expect(spill).toEqual([]);
    await page.locator(byTestId("scenarios")).scrollIntoViewIfNeeded();
    await shot("pane-9-scenarios");
  });

  it("Watch: advice per SKU with badges that match it, written to the Watch sheet; re-plan shows what changed", async () => {
    await pasteSalesToDate(page);
    await clickTestId(page, "tab-watch");
    await clickTestId(page, "watch-run");
    await need(page, "watch-alerts", 30_000);
    await need(page, "watch-row-KIT-02");
    expect(await page.locator(byTestId("watch-row-KIT-02")).getAttribute("data-status")).toBe("STOCKOUT");
    expect(["REORDER", "STOCKOUT", "SHORT"]).toContain(await page.locator(byTestId("watch-row-KIT-01")).getAttribute("data-status"));
    expect((await tablesOf(page)).map((t) => t.kind)).toContain("Watch");
    await checkStep(page, "watch");
    await page.locator(byTestId("watch-alerts")).scrollIntoViewIfNeeded();
    await shot("pane-5-watch");
    await clickTestId(page, "replan-run");
    await page.waitForFunction(() => (document.querySelector('[data-testid="replan-result"]')?.textContent ?? "").includes("Re-planned on"), null, { timeout: 60_000 });
    await need(page, "replan-KIT-01");
    expect(await textOf(page, "replan-KIT-01")).toContain("→");
    await checkStep(page, "re-plan");
    await page.locator(byTestId("replan-result")).scrollIntoViewIfNeeded();
    await shot("pane-6-replan");
    expect(errors).toEqual([]);
  });

  it("Replay: the last past edition replayed, each policy's profit side by side, the Replay sheet written", async () => {
    await clickTestId(page, "tab-replay");
    expect(await replayAndWait(page)).toBe("done");
    await need(page, "replay-result");
    expect(await page.locator(`${byTestId("replay-result")} tbody tr`).count()).toBe(5); // PeakStock, three sellers' policies, perfect foresight
    expect((await tablesOf(page)).map((t) => t.kind)).toContain("Replay");
    await checkStep(page, "replay");
    await page.locator(byTestId("replay-result")).scrollIntoViewIfNeeded();
    await shot("pane-8-replay");
    expect(errors).toEqual([]);
  });

  it("the checks themselves catch what they look for: an overlay, a too-wide box, a broken date", async () => {
    if (width !== 350) return;
    await page.evaluate(() => {
      const container = document.getElementById("container") as HTMLElement;
      const wide = Object.assign(document.createElement("div"), { id: "probe-wide", textContent: "wide" });
      wide.style.width = "600px";
      const date = Object.assign(document.createElement("p"), { id: "probe-date", textContent: "ship by 2027-05-22" });
      date.style.width = "70px";
      const cover = Object.assign(document.createElement("div"), { id: "probe-cover" });
      cover.style.cssText = "position:fixed;left:0;top:0;width:100vw;height:100vh;background:transparent;z-index:10";
      const cell = Object.assign(document.createElement("div"), { id: "probe-spill" });
      cell.style.width = "40px";
      cell.append(Object.assign(document.createElement("span"), { textContent: "2027-05-22 2027-05-22" }));
      (cell.firstChild as HTMLElement).style.whiteSpace = "nowrap";
      container.querySelector("main")?.prepend(wide, date, cell);
      container.append(cover);
    });
    expect((await horizontalOverflow(page)).some((p) => p.includes("probe-wide"))).toBe(true);
    expect((await horizontalOverflow(page)).some((p) => p.includes("spills out of its box: div#probe-spill"))).toBe(true);
    expect((await wrappedDates(page)).some((p) => p.includes("2027-05-22"))).toBe(true);
    expect((await coveredElements(page)).length).toBeGreaterThan(0);
    await page.evaluate(() => ["probe-wide", "probe-date", "probe-spill", "probe-cover"].forEach((id) => document.getElementById(id)?.remove()));
    expect(await coveredElements(page)).toEqual([]);
  });

  it("in Chinese too", async () => {
    await clickTestId(page, "lang-switch");
    await page.waitForFunction(() => /\p{Script=Han}/u.test(document.querySelector('[data-testid="generate"]')?.textContent ?? ""), null, { timeout: 10_000 });
    await clickTestId(page, "tab-results");
    await checkStep(page, "results in Chinese");
    await shot("pane-7-chinese");
    expect(await textOf(page, "scenarios")).toContain("情景对比");
    await page.locator(byTestId("scenarios")).scrollIntoViewIfNeeded();
    await shot("pane-9-scenarios-chinese");
    if (width === 350) {
      // Fluent's tables are fixed-layout by default: equal columns let the Chinese headers and the dates spill into each other.
      await page.locator(byTestId("lane-totals")).evaluate((table) => { (table as HTMLElement).style.tableLayout = "fixed"; });
      expect((await horizontalOverflow(page)).some((p) => p.startsWith("spills out of its box: t"))).toBe(true);
      await page.locator(byTestId("lane-totals")).evaluate((table) => { (table as HTMLElement).style.tableLayout = ""; });
    }
    // the replay's result stays with the pane while the seller visits other steps, now in Chinese
    await clickTestId(page, "tab-replay");
    await need(page, "replay-result");
    expect(await textOf(page, "replay-result")).toMatch(/策略/);
    await checkStep(page, "replay in Chinese");
    await clickTestId(page, "lang-switch");
  });
});

describe.each([350, 800])("a two-event season in the task pane alone at %i px (issue 12 §1)", (width) => {
  let page: Page;
  let errors: string[];
  const shot = (name: string) => (width === 350 ? screenshot(page, name) : Promise.resolve(""));

  beforeAll(async () => {
    ({ page, errors } = await openPreview(browser, "?scenario=season&layout=pane", { width, height: 800 }));
    await waitForEnabled(page, "generate");
  });

  afterAll(async () => {
    await page?.close();
  });

  it("Event: the hint on the season's other events", async () => {
    await clickTestId(page, "tab-event");
    await need(page, "season-hint");
    await checkStep(page, "season event"); // (its Tab walk scrolls: the screenshot's scroll comes after)
    // one further event typed in the step, with a message at its last day
    await clickTestId(page, "season-add");
    await page.locator(`${byTestId("field-season-1-name")} input, input${byTestId("field-season-1-name")}`).first().fill("Holiday week 2026");
    await page.locator(`${byTestId("field-season-1-start")} input, input${byTestId("field-season-1-start")}`).first().fill("2026-12-07");
    await page.locator(`${byTestId("field-season-1-end")} input, input${byTestId("field-season-1-end")}`).first().fill("2026-12-01");
    await need(page, "error-season-1-end");
    await checkStep(page, "season event, one typed");
    await page.locator(byTestId("season-row-1")).evaluate((el) => el.scrollIntoView({ block: "end" }));
    await shot("pane-9-season-event");
    await clickTestId(page, "season-remove-1"); // the Results below plan the Events sheet's season
    expect(await page.locator(byTestId("season-row-1")).count()).toBe(0);
  });

  it("Results: the season's events, in English and Chinese", async () => {
    expect((await generateAndWait(page)).state).toBe("done");
    await need(page, "season-events");
    expect(await page.locator(byTestId("season-event")).count()).toBe(2);
    expect(await textOf(page, "run-done")).toContain("60 SKUs planned"); // each SKU once, not once per event
    await checkStep(page, "season results");
    await page.locator(byTestId("season-events")).evaluate((el) => el.scrollIntoView({ block: "center" }));
    await shot("pane-9-season");
    await clickTestId(page, "lang-switch");
    await page.waitForFunction(() => /\p{Script=Han}/u.test(document.querySelector('[data-testid="generate"]')?.textContent ?? ""), null, { timeout: 10_000 });
    await clickTestId(page, "tab-results");
    expect(await textOf(page, "season-events")).toMatch(/活动/);
    await checkStep(page, "season results in Chinese");
    await page.locator(byTestId("season-events")).evaluate((el) => el.scrollIntoView({ block: "center" }));
    await shot("pane-9-season-zh");
    expect(errors).toEqual([]);
  });
});
