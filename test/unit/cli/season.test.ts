/**
 * The command line end to end on a two-event season (issue 12 §1): a small .xlsx with an Events sheet,
 * `peakstock plan` on it, every output sheet checked cell by cell against the engine's plan of the same
 * sheets, the Event column on each line, the season in the summary, and a bad Events cell named on stderr.
 */
import { join } from "node:path";
import { seasonLines } from "../../../src/cli/seasonSummary";
import { dateFromSerial } from "../../../src/excel/dateSerial";
import { XlsxWorkbook } from "../../../src/excel/xlsxWorkbook";
import { serialFromYmd } from "../../../src/engine/dates";
import { planFromSheets } from "../../../src/engine/plan/planFromSheets";
import { runCli as run, useTempDir, writeXlsx, type Sheets } from "../../helpers/cliHarness";

const PLAN_DATE = serialFromYmd(2026, 9, 15);
const BF = serialFromYmd(2026, 11, 27);
const CM_WEEK = serialFromYmd(2026, 12, 7);
const DAYS = 400;

function seasonSheets(): Sheets {
  const sales: unknown[][] = [["Date", "SKU", "Units"]];
  for (let d = 0; d < DAYS; d++) for (let k = 0; k < 2; k++) sales.push([dateFromSerial(PLAN_DATE - DAYS + d), `SKU-${k}`, 6 + 4 * k + (d % 7 >= 5 ? 2 : 0)]);
  return {
    Sales: sales,
    SKUs: [
      ["SKU", "Name", "UnitCost", "Price", "UnitsPerCarton", "CartonLengthCm", "CartonWidthCm", "CartonHeightCm", "CartonWeightKg", "OnHand", "SupplierLeadDays"],
      ["SKU-0", "Mug", 3, 12, 24, 50, 40, 30, 10, 100, 10],
      ["SKU-1", "Lamp", 8, 30, 10, 60, 50, 40, 14, 800, 20],
    ],
    Lanes: [
      ["Lane", "Mode", "TransitDays", "TransitDaysWorst", "HandlingDays", "RatePerKg", "RatePerCbm", "MinCharge", "VolumetricDivisor"],
      ["Sea LCL", "sea", 30, 40, 7, 0, 150, 300, 1000],
      ["Air", "air", 6, 10, 2, 5.5, 0, 100, 6000],
    ],
    Event: [["Event", "Black Friday 2026"], ["Start", dateFromSerial(BF)], ["End", dateFromSerial(BF + 3)], ["PlanDate", dateFromSerial(PLAN_DATE)]],
    // The Events sheet in Chinese, its one row a week after Cyber Monday's window would have ended
    活动日程: [["活动", "开始日期", "结束日期", "增长系数"], ["Holiday week", dateFromSerial(CM_WEEK), dateFromSerial(CM_WEEK + 6), 1.2]],
  };
}

let dir = "";
useTempDir("peakstock-season-", (made) => (dir = made));

async function writeBook(sheets: Sheets): Promise<string> {
  return writeXlsx(join(dir, "season.xlsx"), sheets);
}

describe("peakstock plan on a two-event season", () => {
  it("writes every output sheet as the engine plans the season, each line naming its event", async () => {
    const input = await writeBook(seasonSheets());
    const output = join(dir, "out.xlsx");
    const result = await run(["plan", input, "--out", output, "--charts", "0"]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    const lines = result.out.split("\n");
    expect(lines[0]).toBe("Planned 2 SKUs (0 skipped, 0 failed) for Black Friday 2026 + Holiday week");
    expect(lines[1]).toBe("Season: 2 events in date order (Black Friday 2026, Holiday week); what one leaves is stock for the next");
    expect(lines[2]).toMatch(/^ {2}Black Friday 2026 2026-11-27 … 2026-11-30: [\d,]+ units, \$[\d,]+, first ship-by 2026-\d\d-\d\d/);
    expect(lines[3]).toMatch(/^ {2}Holiday week 2026-12-07 … 2026-12-13: [\d,]+ units, \$[\d,]+, [\d,]+ units expected left from before/);

    // Expected: the engine on the same sheets, read the same way.
    const source = await XlsxWorkbook.open(input);
    const names = await source.sheetNames();
    const grids = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await source.readSheet(n)] as const)));
    const planned = planFromSheets({ sheetNames: names, grids });
    if (!planned.ok) throw new Error(planned.error.message);
    expect(planned.value.plan.events.map((e) => e.name)).toEqual(["Black Friday 2026", "Holiday week"]);
    // hand: BF's cover days are cut at the Holiday week: min(14, 2026-12-07 − 1 − 2026-11-30) = 6
    expect(planned.value.plan.events[0].windowEnd).toBe(BF + 3 + 6);
    const written = await XlsxWorkbook.open(output);
    for (const table of planned.value.tables) {
      const grid = await written.readSheet(table.kind);
      expect(grid[0]).toEqual(table.columns.map((c) => c.key));
      expect(grid.slice(1)).toEqual(table.rows.map((r) => r.map((v) => (v === "" ? null : v))));
    }
    const planGrid = await written.readSheet("Plan");
    const event = planGrid[0].indexOf("Event");
    expect(event).toBe(0); // a season's sheets open with the Event column
    const sku = planGrid[0].indexOf("SKU");
    expect(planGrid.slice(1).map((r) => [r[sku], r[event]])).toEqual([
      ["SKU-0", "Black Friday 2026"], ["SKU-1", "Black Friday 2026"], ["SKU-0", "Holiday week"], ["SKU-1", "Holiday week"],
    ]);
    for (const name of names) expect(await written.readSheet(name)).toEqual(await source.readSheet(name));
  }, 60_000);

  it("plans two scenarios of the season: each a full season plan, the same as editing the sheets by hand", async () => {
    const sheets: Sheets = {
      ...seasonSheets(),
      Scenarios: [["Scenario", "DisableModes", "Growth"], ["no air", "air", null], ["growth 1.3", null, 1.3]],
    };
    const input = await writeBook(sheets);
    const output = join(dir, "out.xlsx");
    const result = await run(["plan", input, "--out", output, "--charts", "0"]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    const grid = await (await XlsxWorkbook.open(output)).readSheet("ScenarioResults");
    const col = (key: string) => grid[0].indexOf(key);
    expect(grid.slice(1).map((r) => r[col("Scenario")])).toEqual(["Base plan", "no air", "growth 1.3"]);

    // Independent path: the same scenario written into the sheets by hand (no Air lane; the Event's Growth 1.3),
    // planned as a plain season by planFromSheets — its units must be the scenario row's, both events included.
    const byHand = (edit: (s: Sheets) => void): number => {
      const edited: Sheets = JSON.parse(JSON.stringify(seasonSheets())) as Sheets;
      edit(edited);
      const r = planFromSheets({ sheetNames: Object.keys(edited), grids: edited });
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.plan.events).toHaveLength(2);
      return r.value.plan.shipments.reduce((sum, s) => sum + s.units, 0);
    };
    const noAir = byHand((s) => (s.Lanes = s.Lanes.filter((row) => row[1] !== "air")));
    const grown = byHand((s) => s.Event.push(["Growth", 1.3]));
    expect(grid[2][col("Units")]).toBe(noAir);
    expect(grid[2][col("UnitsAir")]).toBe(0);
    expect(grid[3][col("Units")]).toBe(grown);
    // growth multiplies the first event's demand: more units than the base plan
    expect(Number(grid[3][col("Units")])).toBeGreaterThan(Number(grid[1][col("Units")]));
    expect(result.out).toContain("no air");
  }, 60_000);

  it("stops with exit code 2 naming the Events cell, in English and Chinese", async () => {
    const sheets = seasonSheets();
    sheets.活动日程[1][1] = dateFromSerial(BF + 2); // starts during Black Friday
    const input = await writeBook(sheets);
    const en = await run(["plan", input, "--out", join(dir, "out.xlsx")]);
    expect(en.code).toBe(2);
    expect(en.err).toContain("活动日程 row 2, 开始日期: 'Holiday week' overlaps 'Black Friday 2026' (Event: 2026-11-27 … 2026-11-30)");
    const zh = await run(["plan", input, "--out", join(dir, "out.xlsx"), "--lang", "zh-CN"]);
    expect(zh.code).toBe(2);
    expect(zh.err).toContain("表 活动日程 第 2 行，开始日期 列：“Holiday week” 与 “Black Friday 2026”（表 Event：2026-11-27 … 2026-11-30）日期重叠；同一旺季的活动不能共用日期");
  }, 60_000);
});

describe("seasonLines", () => {
  it("says nothing for one event, and each event's figures in Chinese", () => {
    const e = { name: "BF", marketplace: "Amazon US", start: BF, end: BF + 3, windowEnd: BF + 17, index: 0, lines: 1, units: 1200, costUsd: 4321.4, carryInUnits: 0, earliestShipBy: BF - 48, mergedBatches: 0, mergeSavingUsd: 0 };
    expect(seasonLines([e], "en")).toEqual([]);
    expect(seasonLines([e, { ...e, name: "CM", index: 1, carryInUnits: 77.4, earliestShipBy: null, mergedBatches: 1, mergeSavingUsd: 290.6 }], "zh-CN")).toEqual([
      "旺季：2 个活动，按日期顺序（BF、CM）；前一个活动剩下的库存留给下一个",
      "  BF（Amazon US） 2026-11-27 … 2026-11-30：1,200 件，$4,321，最早 2026-10-10 发货",
      "  CM（Amazon US） 2026-11-27 … 2026-11-30：1,200 件，$4,321，预计承接前一活动剩余 77 件，无需发货；1 个基础批随前一活动的货件发货（扣除仓储费后节省 $291）",
    ]);
  });
});
