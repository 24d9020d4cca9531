/**
 * The preview's data without a browser: the demo converted at build time is the
 * workbook XlsxWorkbook reads (with its formats), the scenarios edit it as
 * documented, the synthetic seller is seeded and plans, cells show as the
 * table formats say.
 */
import fc from "fast-check";
import { serialFromYmd } from "../../src/engine/dates";
import { planFromSheets } from "../../src/engine/plan/planFromSheets";
import { formatCell } from "../../src/preview/formatCell";
import { formatLookup } from "../../src/preview/previewData";
import { applyScenario, BAD_UNITS_ROW, parseScenario } from "../../src/preview/scenario";
import { syntheticData } from "../../src/preview/syntheticData";
import { presetEdition } from "../../src/taskpane/eventPresets";
import { cellFormatOf, previewDataFromXlsx } from "../../scripts/previewDemoData";
import { DEMO_PATH, demoGrids } from "./expectedPlan";

describe("preview-demo.json (scripts/previewDemoData.ts)", () => {
  it("holds every sheet of the demo as XlsxWorkbook reads it, with dates, money and percents marked", async () => {
    const [data, grids] = await Promise.all([previewDataFromXlsx(DEMO_PATH), demoGrids()]);
    expect(data.sheets.map((s) => s.name)).toEqual(grids.sheetNames);
    for (const sheet of data.sheets) expect(sheet.rows).toEqual(grids.grids[sheet.name]);
    const sales = formatLookup(data.sheets.find((s) => s.name === "Sales")?.formats ?? { columns: [], cells: [] });
    expect([sales(1, 1), sales(2, 1), sales(2, 3), sales(2, 5)]).toEqual([null, "date", "integer", "currency"]);
    const event = data.sheets.find((s) => s.name === "Event");
    const eventFormat = formatLookup(event?.formats ?? { columns: [], cells: [] });
    const startRow = (event?.rows.findIndex((row) => row[0] === "Start") ?? -1) + 1;
    expect(eventFormat(startRow, 2)).toBe("date");
    expect(formatCell(event?.rows[startRow - 1][1], eventFormat(startRow, 2))).toBe("2026-11-27");
  });

  it("reads Excel number formats as the preview's cell formats", () => {
    expect(cellFormatOf("yyyy-mm-dd")).toBe("date");
    expect(cellFormatOf("$#,##0.00")).toBe("currency");
    expect(cellFormatOf("0.0%")).toBe("percent");
    expect(cellFormatOf("#,##0")).toBe("integer");
    expect(cellFormatOf("0.0")).toBe("decimal");
    expect(cellFormatOf("General")).toBeNull();
    expect(cellFormatOf('"USD "0')).toBe("integer"); // quoted text says nothing about the number
  });
});

describe("scenarios", () => {
  it("reads the query string, with limits on the synthetic size", () => {
    expect(parseScenario("")).toEqual({ kind: "demo" });
    expect(parseScenario("?scenario=BAD-UNITS")).toEqual({ kind: "bad-units" });
    expect(parseScenario("?scenario=synthetic&skus=1000&days=365")).toEqual({ kind: "synthetic", skus: 1000, days: 365, seed: 1 });
    expect(parseScenario("?scenario=synthetic&skus=0")).toBe("skus must be a whole number from 1 to 20000 (got '0')");
    expect(parseScenario("?scenario=synthetic&days=1.5")).toBe("days must be a whole number from 60 to 1460 (got '1.5')");
    expect(parseScenario("?scenario=other")).toBe("Unknown scenario 'other': use demo, bad-units, no-sales, season, synthetic");
  });

  it("breaks exactly one cell for bad-units and drops only Sales for no-sales", async () => {
    const demo = await previewDataFromXlsx(DEMO_PATH);
    const bad = applyScenario(demo, "bad-units");
    const before = demo.sheets.find((s) => s.name === "Sales")?.rows ?? [];
    const after = bad.sheets.find((s) => s.name === "Sales")?.rows ?? [];
    let changed = 0;
    before.forEach((row, r) => row.forEach((v, c) => { if (after[r][c] !== v) changed++; }));
    expect(changed).toBe(1);
    expect(after[BAD_UNITS_ROW - 1][2]).toBe("abc"); // column C is Units
    expect(applyScenario(demo, "no-sales").sheets.map((s) => s.name)).toEqual(["About", "SKUs", "Lanes", "Event", "Scenarios"]);
    expect(applyScenario(demo, "demo")).toBe(demo);
  });

  it("adds an Events sheet for season that the engine reads as Prime Big Deal Days 2026 at the preset's dates", async () => {
    const demo = await previewDataFromXlsx(DEMO_PATH);
    const season = applyScenario(demo, "season");
    expect(season.sheets.map((s) => s.name)).toEqual([...demo.sheets.map((s) => s.name), "Events"]);
    expect(parseScenario("?scenario=Season")).toEqual({ kind: "season" });
    const grids = Object.fromEntries(season.sheets.map((s) => [s.name, s.rows]));
    const planned = planFromSheets({ sheetNames: season.sheets.map((s) => s.name), grids });
    if (!planned.ok) throw new Error(planned.error.message);
    const pbdd = presetEdition("prime-big-deal-days", 2026);
    expect(planned.value.plan.events.map((e) => [e.name, e.start, e.end])).toEqual([
      ["Prime Big Deal Days 2026", pbdd?.start, pbdd?.end],
      ["Black Friday / Cyber Monday 2026", serialFromYmd(2026, 11, 27), serialFromYmd(2026, 11, 30)],
    ]);
  });
});

describe("synthetic seller (src/preview/syntheticData.ts)", () => {
  it("is the same for the same seed, and has skus × days sales rows ending the day before the plan date", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 60, max: 120 }), fc.integer({ min: 0, max: 1000 }), (skus, days, seed) => {
      const a = syntheticData(skus, days, seed);
      expect(syntheticData(skus, days, seed)).toEqual(a);
      const sales = a.sheets.find((s) => s.name === "Sales")?.rows ?? [];
      expect(sales.length).toBe(1 + skus * days);
      expect(sales[sales.length - 1][0]).toBe(serialFromYmd(2026, 9, 14));
      expect(sales.slice(1).every((row) => Number.isInteger(row[2]) && (row[2] as number) >= 0)).toBe(true);
    }), { numRuns: 25 });
  });

  it("plans with the engine: every SKU planned, Black Friday uplift measured from the past editions", () => {
    const data = syntheticData(24, 730, 3);
    const planned = planFromSheets({ sheetNames: data.sheets.map((s) => s.name), grids: Object.fromEntries(data.sheets.map((s) => [s.name, s.rows])) });
    if (!planned.ok) throw new Error(planned.error.message);
    expect(planned.value.plan.outcomes.filter((o) => o.status === "ok")).toHaveLength(24);
    expect(planned.value.usedDefaultLanes).toBe(true);
    expect(planned.value.policy.pastEventStarts).toEqual([serialFromYmd(2024, 11, 29), serialFromYmd(2025, 11, 28)]);
  });
});

describe("cell text (src/preview/formatCell.ts)", () => {
  it("shows each table format as the written workbook does", () => {
    expect(formatCell(46353, "date")).toBe("2026-11-27"); // hand: serial 46353 = 2026-11-27
    expect(formatCell(1234.5, "currency")).toBe("$1,234.50");
    expect(formatCell(-3, "currency")).toBe("-$3.00");
    expect(formatCell(12345.6, "integer")).toBe("12,346");
    expect(formatCell(0.153, "percent")).toBe("15.3%");
    expect(formatCell(2.346, "decimal")).toBe("2.35");
    expect(formatCell(0.1 + 0.2, null)).toBe("0.3"); // General: 10 significant digits
    expect(formatCell(null, "date")).toBe("");
    expect(formatCell(false, null)).toBe("FALSE");
    expect(formatCell("=SUM(A1)", "text")).toBe("=SUM(A1)");
  });
});
