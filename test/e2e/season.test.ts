/**
 * A two-event season through the task pane in the preview, in headless Chromium (issue 12 §1): the demo
 * workbook with an Events sheet (`?scenario=season`: Prime Big Deal Days 2026 before the demo's Black Friday),
 * Generate batches, and every written sheet checked cell by cell against the engine's plan in Node of the
 * same grids with the settings the pane stored — the demo's two scenarios' ScenarioResults included, each
 * scenario a whole season plan; the Results view lists the season's events.
 * Screenshot: preview-9-season.png.
 */
import type { Browser, Page } from "playwright-core";
import { isoFromSerial } from "../../src/engine/dates";
import { applyScenario } from "../../src/preview/scenario";
import { launchChromium } from "../../scripts/chromium";
import { cellDifferences } from "./compareCells";
import { demoGrids, expectedPlan, tableValues, type WorkbookGrids } from "./expectedPlan";
import { byTestId, clickTestId, fieldValue, generateAndWait, need, openPreview, screenshot, settingsOf, sheetOf, tablesOf, textOf, waitForEnabled } from "./previewPage";

// ScenarioResults: the demo's two scenarios, each planned as a whole season (issue 12: a season with two scenarios).
const OUTPUT_KINDS = ["Plan", "Batches", "CashFlow", "Alerts", "Forecast", "PurchaseOrders", "Shipments", "SendToAmazon", "CartonLabels", "ScenarioResults"] as const;

let browser: Browser;
let page: Page;
let errors: string[];
let season: WorkbookGrids;

beforeAll(async () => {
  const demo = await demoGrids();
  // The same Events sheet the preview adds, as grids (applyScenario's sheet, shared with the page).
  const events = applyScenario({ source: "", sheets: [] }, "season").sheets.find((s) => s.name === "Events");
  if (!events) throw new Error("the season scenario has no Events sheet");
  season = { sheetNames: [...demo.sheetNames, "Events"], grids: { ...demo.grids, Events: events.rows } };
  browser = await launchChromium();
  ({ page, errors } = await openPreview(browser, "?scenario=season"));
});

afterAll(async () => {
  await browser?.close();
});

describe("a two-event season in the preview", () => {
  it("Event: keeps the Event sheet's Black Friday and says where the season's other events go", async () => {
    await clickTestId(page, "tab-data");
    await clickTestId(page, "data-detect");
    await waitForEnabled(page, "data-detect");
    await clickTestId(page, "tab-event");
    expect(await fieldValue(page, "field-start")).toBe("2026-11-27");
    expect(await textOf(page, "season-hint")).toContain("Events sheet");
  });

  it("writes every sheet as the engine plans the season in Node, each line naming its event", async () => {
    const run = await generateAndWait(page);
    expect(run.state).toBe("done");
    const settings = await settingsOf(page);
    if (settings === null) throw new Error("the pane stored no settings");
    const expected = expectedPlan(season, settings);
    expect(expected.plan.events.map((e) => e.name)).toEqual(["Prime Big Deal Days 2026", "Black Friday / Cyber Monday 2026"]);
    expect(expected.tables.find((t) => t.kind === "ScenarioResults")?.rows.map((r) => r[0])).toEqual(["Base plan", "ocean slips 14 days", "no air"]);
    const tables = await tablesOf(page);
    for (const kind of OUTPUT_KINDS) {
      const table = expected.tables.find((t) => t.kind === kind);
      if (!table) throw new Error(`The engine made no ${kind} table`);
      const name = tables.find((t) => t.kind === kind)?.sheet ?? kind;
      const written = await sheetOf(page, name);
      expect(cellDifferences(name, written?.values ?? [], tableValues(table, "en"))).toEqual([]);
    }
    const plan = await sheetOf(page, tables.find((t) => t.kind === "Plan")?.sheet ?? "Plan");
    const header = plan?.values[0] ?? [];
    expect(header[0]).toBe("Event");
    expect(new Set((plan?.values ?? []).slice(1).map((r) => r[0]))).toEqual(new Set(["Prime Big Deal Days 2026", "Black Friday / Cyber Monday 2026"]));
    expect(errors).toEqual([]);

    // Results: the season's two events in date order, each with its units and its first ship-by.
    await need(page, "season-events");
    const rows = await page.locator(byTestId("season-event")).allInnerTexts();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain("Prime Big Deal Days 2026");
    expect(rows[1]).toContain("Black Friday / Cyber Monday 2026");
    const bf = expected.plan.events[1];
    expect(rows[1].replace(/\s+/g, " ")).toContain(Math.round(bf.units).toLocaleString("en-US"));
    if (bf.earliestShipBy !== null) expect(rows[1]).toContain(isoFromSerial(bf.earliestShipBy));
    await page.locator(byTestId("season-events")).scrollIntoViewIfNeeded();
    await screenshot(page, "preview-9-season");
  });

  it("the pane's own further events replace the Events sheet's: added in the Event step, stored in the settings, planned", async () => {
    await clickTestId(page, "tab-event");
    await clickTestId(page, "season-add");
    await page.locator(`${byTestId("field-season-1-name")} input, input${byTestId("field-season-1-name")}`).first().fill("Holiday week 2026");
    await page.locator(`${byTestId("field-season-1-start")} input, input${byTestId("field-season-1-start")}`).first().fill("2026-12-07");
    await page.locator(`${byTestId("field-season-1-end")} input, input${byTestId("field-season-1-end")}`).first().fill("2026-12-13");
    expect(await fieldValue(page, "field-season-1-end")).toBe("2026-12-13");
    const run = await generateAndWait(page);
    expect(run.state).toBe("done");
    const settings = await settingsOf(page);
    if (settings === null) throw new Error("the pane stored no settings");
    expect(JSON.parse(settings).season).toEqual([{ name: "Holiday week 2026", marketplace: "Amazon US", start: "2026-12-07", end: "2026-12-13", pastStarts: [], inboundCutOff: null, growth: null }]);
    const expected = expectedPlan(season, settings);
    expect(expected.plan.events.map((e) => e.name)).toEqual(["Black Friday / Cyber Monday 2026", "Holiday week 2026"]);
    const tables = await tablesOf(page);
    const name = tables.find((t) => t.kind === "Plan")?.sheet ?? "Plan";
    const table = expected.tables.find((t) => t.kind === "Plan");
    if (!table) throw new Error("no expected Plan");
    expect(cellDifferences(name, (await sheetOf(page, name))?.values ?? [], tableValues(table, "en"))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
