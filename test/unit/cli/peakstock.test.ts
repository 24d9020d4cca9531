/**
 * The command line end to end on a small .xlsx: output sheets checked cell by
 * cell against the engine, inputs untouched, and one test per kind of bad input.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { main, parseArgs } from "../../../src/cli/peakstock";
import { dateFromSerial } from "../../../src/excel/dateSerial";
import { XlsxWorkbook } from "../../../src/excel/xlsxWorkbook";
import { serialFromYmd } from "../../../src/engine/dates";
import { planEvent, planTables, readEventSheet, readLanesSheet, readSalesSheet, readSkuSheet } from "../../../src/engine";

const PLAN_DATE = serialFromYmd(2026, 9, 15);
const START = serialFromYmd(2026, 11, 27);
const DAYS = 400;

type Sheets = Record<string, unknown[][]>;

function inputSheets(): Sheets {
  const sales: unknown[][] = [["Date", "SKU", "Units"]];
  for (let d = 0; d < DAYS; d++) {
    for (let k = 0; k < 3; k++) sales.push([dateFromSerial(PLAN_DATE - DAYS + d), `SKU-${k}`, 4 + 3 * k + (d % 7 >= 5 ? 2 : 0) + (d % 3)]);
  }
  return {
    Sales: sales,
    SKUs: [
      ["SKU", "Name", "UnitCost", "Price", "UnitsPerCarton", "CartonLengthCm", "CartonWidthCm", "CartonHeightCm", "CartonWeightKg", "DutyRate", "OnHand", "SupplierLeadDays", "MOQ"],
      ["SKU-0", "Mug", 3, 12, 24, 50, 40, 30, 10, 0.1, 100, 10, 0],
      ["SKU-1", "Spatula", 2, 9, 50, 60, 40, 30, 12, 0.05, 0, 10, 200],
      ["SKU-2", "Lamp", 8, 30, 10, 60, 50, 40, 14, 0.25, 500, 40, 0],
    ],
    Lanes: [
      ["Lane", "Mode", "TransitDays", "TransitDaysWorst", "HandlingDays", "RatePerKg", "RatePerCbm", "MinCharge", "VolumetricDivisor", "AllowsSensitive"],
      ["Sea LCL", "sea", 30, 40, 7, 0, 150, 300, 1000, "no"],
      ["Air", "air", 6, 10, 2, 5.5, 0, 100, 6000, "no"],
    ],
    Event: [
      ["Event", "Black Friday 2026"],
      ["Start", dateFromSerial(START)],
      ["End", dateFromSerial(START + 3)],
      ["PlanDate", dateFromSerial(PLAN_DATE)],
      ["BufferPct", "15%"],
    ],
  };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "peakstock-cli-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function writeBook(sheets: Sheets): Promise<string> {
  const book = new Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  const file = join(dir, "in.xlsx");
  await book.xlsx.writeFile(file);
  return file;
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe("peakstock plan", () => {
  it("writes the five output sheets exactly as the engine plans them, and keeps the inputs", async () => {
    const input = await writeBook(inputSheets());
    const output = join(dir, "out.xlsx");
    const result = await run(["plan", input, "--out", output]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Planned 3 SKUs \(0 skipped, 0 failed\) for Black Friday 2026\n/);
    expect(result.out).toContain("Wrote sheets: Plan, Batches, CashFlow, Alerts, Forecast");

    // Expected: the engine on the same sheets, read the same way.
    const source = await XlsxWorkbook.open(input);
    const sales = readSalesSheet(await source.readSheet("Sales"), { sheet: "Sales" });
    const skus = readSkuSheet(await source.readSheet("SKUs"), { sheet: "SKUs" });
    const lanes = readLanesSheet(await source.readSheet("Lanes"), { sheet: "Lanes" });
    const event = readEventSheet(await source.readSheet("Event"), { sheet: "Event" });
    if (!sales.ok || !skus.ok || !lanes.ok || !event.ok) throw new Error("inputs did not read");
    const tables = planTables(planEvent({ series: sales.value.series, skus: skus.value.skus, lanes: lanes.value, policy: event.value.policy }));

    const written = await XlsxWorkbook.open(output);
    for (const table of tables) {
      const grid = await written.readSheet(table.kind);
      expect(grid[0]).toEqual(table.columns.map((c) => c.key));
      const expected = table.rows.length === 0 ? [table.columns.map(() => null)] : table.rows.map((r) => r.map((v) => (v === "" ? null : v)));
      expect(grid.slice(1)).toEqual(expected);
    }
    for (const name of ["Sales", "SKUs", "Lanes", "Event"]) expect(await written.readSheet(name)).toEqual(await source.readSheet(name));
  }, 60_000);

  it("writes Chinese headers and sheet names with --lang zh-CN", async () => {
    const input = await writeBook(inputSheets());
    const result = await run(["plan", input, "--lang", "zh-CN"]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^已规划 3 个 SKU（跳过 0 个，失败 0 个）：Black Friday 2026\n/);
    const written = await XlsxWorkbook.open(input);
    expect(await written.sheetNames()).toEqual(["Sales", "SKUs", "Lanes", "Event", "计划", "批次", "现金流", "预警", "预测"]);
    expect((await written.readSheet("计划"))[0].slice(0, 4)).toEqual(["SKU", "名称", "目的地", "分类"]);
  }, 60_000);

  const badCases: [string, (s: Sheets) => void, string][] = [
    ["text in the units column", (s) => (s.Sales[5][2] = "abc"), "Sales row 6, Units: 'abc' is not a number"],
    ["a negative unit count", (s) => (s.Sales[7][2] = -4), "Sales row 8, Units: -4 is negative"],
    ["no Sales sheet", (s) => delete s.Sales, "No 'Sales' sheet (or '销售'): add one, or rename yours"],
    ["a lane mode it does not know", (s) => (s.Lanes[1][1] = "truck"), "Lanes row 2, Mode"],
    ["an event that ends before it starts", (s) => (s.Event[2][1] = dateFromSerial(START - 5)), "Event"],
    ["a date that is not a date", (s) => (s.Event[3][1] = "next monday"), "PlanDate"],
  ];
  it.each(badCases)("stops at %s with exit code 2, a message naming the place, and writes nothing", async (_, spoil, message) => {
    const sheets = inputSheets();
    spoil(sheets);
    const input = await writeBook(sheets);
    const output = join(dir, "out.xlsx");
    const result = await run(["plan", input, "--out", output]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(result.out).toBe("");
    expect(existsSync(output)).toBe(false);
  }, 60_000);

  it("says how to call it and cannot open a missing file", async () => {
    expect(parseArgs(["plan"])).toMatch(/^usage: peakstock plan/);
    expect(parseArgs(["plan", "a.xlsx", "--lang", "fr"])).toMatch(/^--lang must be en or zh-CN/);
    expect(parseArgs(["plan", "a.xlsx", "--lang", "zh-cn"])).toEqual({ input: "a.xlsx", output: "a.xlsx", language: "zh-CN" });
    const missing = await run(["plan", join(dir, "nope.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^Cannot open /);
  });
});
