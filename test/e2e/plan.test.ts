/**
 * The seller's path through the task pane in the preview, in headless Chromium:
 * read the demo workbook (Data), look at the event and the policy, Generate
 * batches, and check every cell of the written sheets against the engine run in
 * Node on the same workbook with the same event, policy, lanes and sources the
 * pane stored; then switch to Chinese and plan again. The steps share one page
 * and run in order. Screenshots: preview-1-data … preview-5-chinese.png.
 */
import type { Browser, Page } from "playwright-core";
import type { CellFormat } from "../../src/engine/plan/outputTable";
import { columnHeader } from "../../src/engine/plan/outputTable";
import type { SheetsPlan } from "../../src/engine/plan/planFromSheets";
import { isoFromSerial } from "../../src/engine/dates";
import { formatCell } from "../../src/preview/formatCell";
import { launchChromium } from "../../scripts/chromium";
import { cellDifferences } from "./compareCells";
import { demoGrids, expectedPlan, tableValues, type WorkbookGrids } from "./expectedPlan";
import {
  byTestId, chineseShare, clickTestId, fieldValue, generateAndWait, missingTestIds, need, openPreview, screenshot,
  settingsOf, sheetOf, tablesOf, textAndValues, textOf, waitForEnabled, waitForGridSheet,
} from "./previewPage";

const OUTPUT_KINDS = ["Plan", "Batches", "CashFlow", "Alerts", "Forecast", "PurchaseOrders", "Shipments", "SendToAmazon", "CartonLabels", "ScenarioResults"] as const;

let browser: Browser;
let page: Page;
let errors: string[];
let demo: WorkbookGrids;
/** The plan Node expects, from the settings the pane stored on the English run. */
let expected: SheetsPlan | undefined;

beforeAll(async () => {
  [browser, demo] = await Promise.all([launchChromium(), demoGrids()]);
  ({ page, errors } = await openPreview(browser, "?scenario=demo"));
});

afterAll(async () => {
  await browser?.close();
});

/** The sheet of the page's workbook holding PeakStock's table of `kind`. */
async function sheetOfKind(kind: string) {
  const table = (await tablesOf(page)).find((t) => t.kind === kind);
  if (!table) throw new Error(`The preview's workbook has no PeakStock table of kind ${kind}`);
  return sheetOf(page, table.sheet);
}

describe("Generate batches on the demo workbook", () => {
  it("Data: reads the workbook and sums it up (60 SKUs, two years of days)", async () => {
    await clickTestId(page, "tab-data");
    await clickTestId(page, "data-detect");
    await waitForEnabled(page, "data-detect"); // done reading
    await need(page, "data-summary");
    const summary = await textOf(page, "data-summary");
    expect(summary).toMatch(/\b60\b/); // 60 SKUs
    expect(summary).toMatch(/\b730\b/); // 730 days, 2024-09-15 … 2026-09-14
    expect(summary).toContain("2024-09-15");
    expect(summary).toContain("2026-09-14");
    expect(await fieldValue(page, "field-sales")).toContain("Sales");
    expect(await fieldValue(page, "field-skus")).toContain("SKUs");
    expect(await fieldValue(page, "field-lanes")).toContain("Lanes");
    expect(await fieldValue(page, "field-event")).toContain("Event");
    await screenshot(page, "preview-1-data");
  });

  it("Event: shows the demo's Black Friday / Cyber Monday 2026 from its Event sheet", async () => {
    await clickTestId(page, "tab-event");
    expect(await fieldValue(page, "field-start")).toBe("2026-11-27");
    expect(await fieldValue(page, "field-end")).toBe("2026-11-30");
    expect(await fieldValue(page, "field-plan-date")).toBe("2026-09-15");
    expect(await fieldValue(page, "field-marketplace")).toBe("Amazon US");
    expect(await fieldValue(page, "field-past-starts")).toContain("2025-11-28");
    expect(await missingTestIds(page, ["field-preset"])).toEqual([]);
    await screenshot(page, "preview-2-event");
  });

  it("Policy: service levels, buffer, method and the five demo lanes", async () => {
    await clickTestId(page, "tab-policy");
    expect(await missingTestIds(page, [
      "field-service-a", "field-service-b", "field-service-c", "field-buffer", "field-contingency", "field-threshold", "field-method", "lanes-table",
    ])).toEqual([]);
    const lanes = await textAndValues(page, "lanes-table");
    for (const row of demo.grids.Lanes.slice(1)) expect(lanes).toContain(String(row[0]));
    await screenshot(page, "preview-3-policy");
  });

  it("writes Plan and Batches (and the other sheets) exactly as the engine plans them in Node", async () => {
    const run = await generateAndWait(page);
    expect(run.state).toBe("done");
    const tables = await tablesOf(page);
    for (const kind of OUTPUT_KINDS) expect(tables.map((t) => t.kind)).toContain(kind);

    const settings = await settingsOf(page);
    expect(settings).not.toBeNull();
    expected = expectedPlan(demo, settings as string);
    const language = tables.find((t) => t.kind === "Plan")?.language ?? "en";
    expect(language).toBe("en");
    for (const kind of OUTPUT_KINDS) {
      const table = expected.tables.find((t) => t.kind === kind);
      if (!table) throw new Error(`The engine made no ${kind} table`);
      const written = await sheetOfKind(kind);
      const problems = cellDifferences(written?.name ?? kind, written?.values ?? [], tableValues(table, language));
      expect(problems).toEqual([]);
    }
    expect(errors).toEqual([]);
  });

  it("shows the written Plan in the grid, formatted by its column formats", async () => {
    const plan = expected?.tables.find((t) => t.kind === "Plan");
    if (!plan) throw new Error("no expected plan (the previous test failed)");
    const written = await sheetOfKind("Plan");
    await waitForGridSheet(page, written?.name);
    const formats: readonly CellFormat[] = plan.columns.map((c) => c.format);
    for (let c = 1; c <= plan.columns.length; c++) {
      expect(await page.textContent(byTestId(`grid-cell-1-${c}`))).toBe(plan.columns[c - 1].key);
    }
    for (let r = 0; r < Math.min(12, plan.rows.length); r++) {
      for (let c = 0; c < plan.columns.length; c++) {
        const shown = await page.textContent(byTestId(`grid-cell-${r + 2}-${c + 1}`));
        expect({ cell: `${r + 2},${c + 1}`, shown }).toEqual({ cell: `${r + 2},${c + 1}`, shown: formatCell(plan.rows[r][c] ?? null, formats[c]) });
      }
    }
    const dateColumn = plan.columns.findIndex((c) => c.format === "date");
    const firstDate = plan.rows.find((row) => typeof row[dateColumn] === "number")?.[dateColumn];
    if (typeof firstDate === "number") expect(formatCell(firstDate, "date")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("Results: lane totals, the earliest ship-by, total cost and alerts match the written sheets", async () => {
    await need(page, "results");
    await need(page, "lane-totals");
    const batches = expected?.tables.find((t) => t.kind === "Batches");
    const alerts = expected?.tables.find((t) => t.kind === "Alerts");
    if (!batches || !alerts) throw new Error("no expected plan (an earlier test failed)");
    const shipByColumn = batches.columns.findIndex((c) => c.key === "ShipBy");
    const shipBys = batches.rows.map((row) => row[shipByColumn]).filter((v): v is number => typeof v === "number");
    expect(await textOf(page, "earliest-shipby")).toContain(isoFromSerial(Math.min(...shipBys)));
    expect(await textOf(page, "alerts-count")).toContain(String(alerts.rows.length));
    expect(await textOf(page, "total-cost")).toMatch(/\$\s?[\d,]+/);
    expect(await missingTestIds(page, ["top-skus", "sheet-link-Plan", "sheet-link-Batches", "sheet-link-CashFlow", "sheet-link-Alerts", "sheet-link-Forecast"])).toEqual([]);
    await screenshot(page, "preview-4-results");
    // Purchase orders per supplier: one row per supplier of the written PurchaseOrders sheet, largest amount first.
    const orders = expected?.tables.find((t) => t.kind === "PurchaseOrders");
    if (!orders) throw new Error("no expected purchase orders");
    const supplierColumn = orders.columns.findIndex((c) => c.key === "Supplier");
    const amountColumn = orders.columns.findIndex((c) => c.key === "Amount");
    const bySupplier = new Map<string, number>();
    for (const row of orders.rows) bySupplier.set(String(row[supplierColumn]), (bySupplier.get(String(row[supplierColumn])) ?? 0) + Number(row[amountColumn]));
    await page.locator(byTestId("supplier-totals")).scrollIntoViewIfNeeded();
    const shown = await page.locator(byTestId("supplier-total")).allInnerTexts();
    const largest = [...bySupplier].sort((a, b) => b[1] - a[1])[0];
    expect(shown).toHaveLength(bySupplier.size);
    expect(shown[0]).toContain(largest[0]);
    expect(shown[0].replace(/\s+/g, " ")).toContain(`$${Math.round(largest[1]).toLocaleString("en-US")}`);
    await screenshot(page, "preview-8-suppliers");
    // The pane's sheet links bring the sheet to the front, in the preview as in Excel.
    const batchesSheet = (await tablesOf(page)).find((t) => t.kind === "Batches")?.sheet;
    await clickTestId(page, "sheet-link-Batches");
    await waitForGridSheet(page, batchesSheet);
    await clickTestId(page, "sheet-link-Plan");
  });

  it("Results: the demo's two scenarios beside the base plan, as the written ScenarioResults sheet says", async () => {
    const results = expected?.tables.find((t) => t.kind === "ScenarioResults");
    if (!results) throw new Error("no expected ScenarioResults (an earlier test failed)");
    const column = (key: string) => results.columns.findIndex((c) => c.key === key);
    expect(results.rows.map((row) => row[0])).toEqual(["Base plan", "ocean slips 14 days", "no air"]);
    // The slip takes the fast boat away from SKUs whose goods are ready too late for its earlier ship-by: more by air.
    expect(Number(results.rows[1][column("UnitsAir")])).toBeGreaterThan(Number(results.rows[0][column("UnitsAir")]));
    expect(Number(results.rows[2][column("UnitsAir")]) + Number(results.rows[2][column("UnitsExpress")])).toBe(0);
    await page.locator(byTestId("scenario-table")).scrollIntoViewIfNeeded();
    const shown = await page.locator(byTestId("scenario-row")).allInnerTexts();
    expect(shown).toHaveLength(3);
    results.rows.forEach((row, i) => {
      const text = shown[i].replace(/\s+/g, " ");
      expect(text).toContain(`$${Math.round(Number(row[column("ExpectedProfit")])).toLocaleString("en-US")}`);
      if (i > 0) {
        expect(text).toContain(String(row[0]));
        expect(text).toContain(`Base plan if it happens: $${Math.round(Number(row[column("BasePlanProfitIfItHappens")])).toLocaleString("en-US")}`);
      }
    });
    expect(shown[1]).toContain("sea +14 days; fast sea +14 days");
    await screenshot(page, "preview-9-scenarios");
    expect(await missingTestIds(page, ["sheet-link-ScenarioResults"])).toEqual([]);
  });

  it("charts a top SKU in the workbook: a Chart sheet with its history, forecast and event window", async () => {
    const top = await page.locator('[data-testid^="chart-to-sheet-"]').first().getAttribute("data-testid");
    const sku = (top ?? "").replace("chart-to-sheet-", "");
    expect(sku).not.toBe("");
    await clickTestId(page, `chart-to-sheet-${sku}`);
    await page.waitForFunction(() => document.body.innerText.includes("Chart written on the"), undefined, { timeout: 10_000 });
    const chart = (await tablesOf(page)).find((t) => t.kind === "Chart");
    expect(chart?.chartTitle).toContain(sku);
    const sheet = await sheetOf(page, chart?.sheet ?? "Chart");
    expect(sheet?.values[0]).toEqual(["Date", "SKU", "History", "Forecast", "Lower80", "Upper80", "Event"]);
    expect(sheet?.values.slice(1).every((row) => row[1] === sku)).toBe(true);
  });

  it("Watch: sales to date well above the plan ask for a re-order, none at all flag a slow mover; the Watch sheet is written", async () => {
    const plan = expected?.tables.find((t) => t.kind === "Plan");
    if (!plan || !expected) throw new Error("no expected plan (an earlier test failed)");
    const baseline = plan.columns.findIndex((c) => c.key === "BaselinePerDay");
    const planDate = expected.policy.planDate;
    // A week of sales after the plan date, as a seller would paste them: every SKU at its baseline,
    // except KIT-01 at ten times it and KIT-02 selling nothing.
    const rows: unknown[][] = [["Date", "SKU", "Units"]];
    for (let d = 0; d < 7; d++) {
      for (const row of plan.rows) {
        const sku = row[0] as string;
        const level = row[baseline] as number;
        rows.push([planDate + d, sku, sku === "KIT-01" ? Math.round(level * 10) : sku === "KIT-02" ? 0 : Math.round(level)]);
      }
    }
    await page.evaluate((grid) => {
      (globalThis as { __PEAKSTOCK_PREVIEW_WORKBOOK__?: { setSheet(name: string, rows: unknown[][]): void } }).__PEAKSTOCK_PREVIEW_WORKBOOK__?.setSheet("Sales to date", grid);
    }, rows);
    await need(page, "grid-tab-Sales to date");
    await clickTestId(page, "tab-data");
    await clickTestId(page, "data-detect");
    await waitForEnabled(page, "data-detect");
    await clickTestId(page, "tab-watch");
    await need(page, "field-watch-sheet");
    await page.locator(byTestId("field-watch-sheet")).selectOption({ label: "Sales to date" });
    await clickTestId(page, "watch-run");
    await need(page, "watch-alerts", 30_000);
    await need(page, "watch-row-KIT-01");
    // KIT-01 sells ten times its plan: it runs short of the event and gets a re-order (or is out of stock already);
    // KIT-02 sells nothing while it has stock: slow. The badge says the advice.
    expect(["REORDER", "STOCKOUT"]).toContain(await page.locator(byTestId("watch-row-KIT-01")).getAttribute("data-status"));
    expect(await textOf(page, "watch-reorder-KIT-01")).toMatch(/re-order [\d,]+ units|still saves \$[\d,]+/);
    expect(await page.locator(byTestId("watch-row-KIT-02")).getAttribute("data-status")).toBe("SLOW");
    // …and it is written to PeakStock's Watch sheet, shown in the grid
    await need(page, "grid-tab-Watch");
    expect((await tablesOf(page)).find((t) => t.kind === "Watch")?.sheet).toBe("Watch");
    await screenshot(page, "preview-7-watch");
    await clickTestId(page, "tab-results");
  });

  it("switches to Chinese: the pane speaks Chinese and a new plan has Chinese headers, same numbers", async () => {
    const english = (await page.locator("#container").innerText()).trim();
    expect(chineseShare(english)).toBeLessThan(0.05);
    await clickTestId(page, "lang-switch");
    // A switch toggles; a menu needs its Chinese entry picked.
    const option = page.getByRole("option", { name: /中文/ });
    if (await option.count() > 0) await option.first().click();
    // The pane's own words are Chinese: every step tab and button; what stays Latin is the data
    // (sheet names, SKUs, lane names, "Amazon US") and the product's name.
    await page.waitForFunction(() => /\p{Script=Han}/u.test(document.querySelector('[data-testid="generate"]')?.textContent ?? ""), null, { timeout: 10_000 });
    for (const id of ["tab-data", "tab-event", "tab-policy", "tab-results", "tab-watch", "generate"]) {
      expect({ id, chinese: chineseShare(await textOf(page, id)) > 0.5 }).toEqual({ id, chinese: true });
    }
    expect(chineseShare((await page.locator("#container").innerText()).trim())).toBeGreaterThan(0.25);

    const run = await generateAndWait(page);
    expect(run.state).toBe("done");
    // The pane's settings after the switch (the language is not part of them, so the plan is the same;
    // only its texts, the Why column, are now Chinese).
    const plan = expectedPlan(demo, (await settingsOf(page)) as string, "zh-CN").tables.find((t) => t.kind === "Plan");
    if (!plan) throw new Error("The engine made no Plan table");
    const why = plan.columns.findIndex((c) => c.key === "Why");
    const numbers = (rows: readonly (readonly unknown[])[] | undefined) => (rows ?? []).map((r) => r.filter((_, j) => j !== why));
    expect(numbers(plan.rows)).toEqual(numbers(expected?.tables.find((t) => t.kind === "Plan")?.rows));
    expect(chineseShare(String(plan.rows[0][why]))).toBeGreaterThan(0.3);
    const table = (await tablesOf(page)).find((t) => t.kind === "Plan");
    expect(table?.language).toBe("zh-CN");
    expect(table?.headers).toEqual(plan.columns.map((c) => columnHeader(c, "zh-CN")));
    const written = await sheetOfKind("Plan");
    expect(written?.name).toBe(table?.sheet);
    expect(cellDifferences(written?.name ?? "Plan", written?.values ?? [], tableValues(plan, "zh-CN"))).toEqual([]);
    await waitForGridSheet(page, written?.name);
    const header = columnHeader(plan.columns[1], "zh-CN"); // 分类
    await page.waitForFunction((h) => document.querySelector('[data-testid="grid-cell-1-2"]')?.textContent === h, header, { timeout: 5_000 });
    await screenshot(page, "preview-5-chinese");
    expect(errors).toEqual([]);
  });
});
