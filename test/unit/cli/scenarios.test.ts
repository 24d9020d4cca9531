/**
 * `peakstock plan` on a book with a Scenarios sheet of two scenarios: the ScenarioResults sheet
 * holds exactly what the engine computes on the same grids, the summary lists the scenarios, a
 * bad cell stops the run with exit code 2 and the cell named, and --help says so.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { helpText } from "../../../src/cli/help";
import { serialFromYmd } from "../../../src/engine/dates";
import { planFromSheets } from "../../../src/engine/plan/planFromSheets";
import { dateFromSerial } from "../../../src/excel/dateSerial";
import { XlsxWorkbook } from "../../../src/excel/xlsxWorkbook";
import { runCli as run, useTempDir, writeXlsx, type Sheets } from "../../helpers/cliHarness";

const PLAN_DATE = serialFromYmd(2026, 9, 15);
const START = serialFromYmd(2026, 11, 27);

function book(scenarios: unknown[][]): Sheets {
  const sales: unknown[][] = [["Date", "SKU", "Units"]];
  for (let d = 0; d < 400; d++) for (let k = 0; k < 2; k++) sales.push([dateFromSerial(PLAN_DATE - 400 + d), `SKU-${k}`, 4 + 3 * k + (d % 3)]);
  return {
    Sales: sales,
    SKUs: [
      ["SKU", "UnitCost", "Price", "UnitsPerCarton", "CartonLengthCm", "CartonWidthCm", "CartonHeightCm", "CartonWeightKg", "SupplierLeadDays"],
      ["SKU-0", 3, 12, 24, 50, 40, 30, 10, 10],
      ["SKU-1", 2, 9, 50, 60, 40, 30, 12, 10],
    ],
    Lanes: [
      ["Lane", "Mode", "TransitDays", "TransitDaysWorst", "HandlingDays", "RatePerKg", "RatePerCbm", "MinCharge"],
      ["Sea LCL", "sea", 30, 40, 7, 0, 150, 300],
      ["Air", "air", 6, 10, 2, 5.5, 0, 100],
    ],
    Event: [["Event", "Black Friday 2026"], ["Start", dateFromSerial(START)], ["End", dateFromSerial(START + 3)], ["PlanDate", dateFromSerial(PLAN_DATE)]],
    Scenarios: scenarios,
  };
}

let dir = "";
useTempDir("peakstock-scenarios-", (made) => (dir = made));

async function write(sheets: Sheets): Promise<string> {
  return writeXlsx(join(dir, "in.xlsx"), sheets);
}

describe("peakstock plan with scenarios", () => {
  it("writes ScenarioResults as the engine computes it and lists the scenarios in the summary", async () => {
    const input = await write(book([["Scenario", "TransitSlipDays", "DisableModes"], ["ocean slips 14 days", "sea: 14", ""], ["no air", "", "air"]]));
    const output = join(dir, "out.xlsx");
    const result = await run(["plan", input, "--out", output, "--charts", "0"]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toContain("Wrote sheets: Plan, Batches, CashFlow, Alerts, Forecast, PurchaseOrders, Shipments, SendToAmazon, CartonLabels, ScenarioResults");
    expect(result.out).toMatch(/\nScenarios: 2 beside the base plan \(expected profit \$[\d,]+, fill rate [\d.]+ %/);
    expect(result.out).toMatch(/\n {2}ocean slips 14 days: expected profit -?[−$\d,]+, .*the base plan if it happens earns/);
    expect(result.out).toMatch(/\n {2}no air: expected profit/);

    // Expected: the engine's pure step on the grids as the file holds them.
    const source = await XlsxWorkbook.open(input);
    const names = await source.sheetNames();
    const grids = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await source.readSheet(n)] as const)));
    const planned = planFromSheets({ sheetNames: names, grids });
    if (!planned.ok) throw new Error(planned.error.message);
    const table = planned.value.tables.find((t) => t.kind === "ScenarioResults");
    const written = await (await XlsxWorkbook.open(output)).readSheet("ScenarioResults");
    expect(written[0]).toEqual(table?.columns.map((c) => c.key));
    expect(written.slice(1)).toEqual(table?.rows.map((r) => r.map((v) => (v === "" ? null : v))));
    expect(written.slice(1).map((r) => r[0])).toEqual(["Base plan", "ocean slips 14 days", "no air"]);
    // The inputs, Scenarios included, are left as they were.
    expect(await (await XlsxWorkbook.open(output)).readSheet("Scenarios")).toEqual(await source.readSheet("Scenarios"));
  }, 60_000);

  it("stops with exit code 2, the cell named in the seller's language, and writes nothing", async () => {
    const input = await write(book([["Scenario", "DisableModes"], ["no trucks", "truck"]]));
    const en = await run(["plan", input]);
    expect(en.code).toBe(2);
    expect(en.err).toContain("Scenarios row 2, DisableModes: 'truck' is neither a lane mode");
    const zh = await run(["plan", input, "--lang", "zh-CN"]);
    expect(zh.code).toBe(2);
    expect(zh.err).toContain("表 Scenarios 第 2 行，DisableModes 列：“truck” 既不是运输方式");
    expect(readdirSync(dir)).toEqual(["in.xlsx"]);
  }, 60_000);

  it("says in --help, in English and Chinese, that a Scenarios sheet is planned too", () => {
    expect(helpText("en")).toContain("When the book has a Scenarios sheet");
    expect(helpText("en")).toContain("ScenarioResults");
    expect(helpText("zh-CN")).toContain("Scenarios（情景）工作表");
  });
});
