/**
 * The command line end to end on a small .xlsx: output sheets checked cell by
 * cell against the engine, inputs untouched, one test per kind of bad input,
 * where it writes (beside the input, --out, --in-place), output problems, and
 * a re-run that keeps the seller's formulas.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook, type Worksheet } from "exceljs";
import { parseArgs } from "../../../src/cli/peakstock";
import { dateFromSerial } from "../../../src/excel/dateSerial";
import { XlsxWorkbook } from "../../../src/excel/xlsxWorkbook";
import { serialFromYmd } from "../../../src/engine/dates";
import { planEvent, planTables, readEventSheet, readLanesSheet, readSalesSheet, readSkuSheet } from "../../../src/engine";
import { partText, unzipParts } from "../../helpers/zipBytes";
import { runCli as run, useTempDir, writeXlsx, type Sheets } from "../../helpers/cliHarness";

const PLAN_DATE = serialFromYmd(2026, 9, 15);
const START = serialFromYmd(2026, 11, 27);
const DAYS = 400;

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

let dir = "";
useTempDir("peakstock-cli-", (made) => (dir = made));

async function writeBook(sheets: Sheets): Promise<string> {
  return writeXlsx(join(dir, "in.xlsx"), sheets);
}

describe("peakstock plan", () => {
  it("writes the five output sheets exactly as the engine plans them, and keeps the inputs", async () => {
    const input = await writeBook(inputSheets());
    const output = join(dir, "out.xlsx");
    const result = await run(["plan", input, "--out", output]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Planned 3 SKUs \(0 skipped, 0 failed\) for Black Friday 2026\n/);
    expect(result.out).toContain("Wrote sheets: Plan, Batches, CashFlow, Alerts, Forecast, PurchaseOrders, Shipments, SendToAmazon, CartonLabels, Charts");

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
      // An empty table keeps one blank row, which the file holds as styled cells without values: none read.
      const expected = table.rows.map((r) => r.map((v) => (v === "" ? null : v)));
      expect(grid.slice(1)).toEqual(expected);
    }
    for (const name of ["Sales", "SKUs", "Lanes", "Event"]) expect(await written.readSheet(name)).toEqual(await source.readSheet(name));
  }, 60_000);

  it("writes Chinese headers and sheet names with --lang zh-CN", async () => {
    const input = await writeBook(inputSheets());
    const result = await run(["plan", input, "--lang", "zh-CN"]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^已规划 3 个 SKU（跳过 0 个，失败 0 个）：Black Friday 2026\n/);
    expect(result.out).toContain(`计划已保存到 ${join(dir, "in-plan.xlsx")}；${input} 没有改动`);
    const written = await XlsxWorkbook.open(join(dir, "in-plan.xlsx"));
    expect(await written.sheetNames()).toEqual(["Sales", "SKUs", "Lanes", "Event", "计划", "批次", "现金流", "预警", "预测", "采购单", "货件", "亚马逊入库上传", "箱唛", "重点SKU图表"]);
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
    expect(parseArgs(["plan", "a.xlsx", "--lang", "zh-cn"])).toEqual({ command: "plan", input: "a.xlsx", output: "a-plan.xlsx", inPlace: false, language: "zh-CN", overwriteNotes: false, ignoreSavedSettings: false, chartSkus: 10 });
    expect(parseArgs(["plan", "data/a.xlsx", "--in-place"])).toEqual({ command: "plan", input: "data/a.xlsx", output: "data/a.xlsx", inPlace: true, language: "en", overwriteNotes: false, ignoreSavedSettings: false, chartSkus: 10 });
    expect(parseArgs(["plan", "exports/sales", "--lang", "zh"])).toEqual({ command: "plan", input: "exports/sales", output: "exports/sales-plan.xlsx", inPlace: false, language: "zh-CN", overwriteNotes: false, ignoreSavedSettings: false, chartSkus: 10 });
    expect(parseArgs(["replay", "a.xlsx", "--event", "2025-11-28", "--days-ahead", "60", "--growth", "1.5", "--ignore-saved-settings", "--overwrite-notes"])).toEqual({
      command: "replay", input: "a.xlsx", output: "a-replay.xlsx", inPlace: false, language: "en", overwriteNotes: true, ignoreSavedSettings: true, growth: 1.5, edition: "2025-11-28", daysAhead: 60,
    });
    // --charts draws the plan's Charts sheet: a replay writes none, so it is refused there, in the seller's language
    expect(parseArgs(["replay", "a.xlsx", "--charts", "5"])).toMatch(/^--charts is an option of peakstock plan, not of replay\n/);
    expect(parseArgs(["replay", "a.xlsx", "--charts", "5", "--lang", "zh-CN"])).toMatch(/^--charts 是 peakstock plan 的选项，不能用于 replay\n/);
    expect(parseArgs(["watch", "data/a.xlsx", "--sales-sheet", "Sales Oct", "--growth", "2", "--lang", "zh-CN"])).toEqual({
      command: "watch", input: "data/a.xlsx", output: "data/a-watch.xlsx", inPlace: false, language: "zh-CN", overwriteNotes: false, ignoreSavedSettings: false, growth: 2, salesSheet: "Sales Oct",
    });
    expect(parseArgs(["watch", "a.xlsx", "--in-place"])).toMatchObject({ command: "watch", output: "a.xlsx", inPlace: true });
    expect(parseArgs(["watch", "a.xlsx", "--sales-sheet"])).toMatch(/^--sales-sheet needs the name of the sheet with the sales since the plan date/);
    expect(parseArgs(["watch", "a.xlsx", "--sales-sheet", "--lang", "zh-CN"])).toMatch(/^--sales-sheet 后面需要工作表名称/);
    expect(parseArgs(["plan", "a.xlsx", "--sales-sheet", "X"])).toMatch(/^--sales-sheet is an option of peakstock watch, not of plan\n/);
    expect(parseArgs(["watch", "a.xlsx", "--event", "2025", "--lang", "zh-CN"])).toMatch(/^--event 是 peakstock replay 的选项，不能用于 watch\n/);
    expect(parseArgs(["watch", "a.xlsx", "--charts", "3"])).toMatch(/^--charts is an option of peakstock plan, not of watch\n/);
    expect(parseArgs(["forecast", "a.xlsx"])).toMatch(/^usage: peakstock plan/);
    expect(parseArgs(["plan", "a.xlsm"])).toMatchObject({ output: "a-plan.xlsm" }); // a macro workbook stays one
    expect(parseArgs(["plan", "a.xlsx", "--charts", "0"])).toMatchObject({ chartSkus: 0 });
    expect(parseArgs(["plan", "a.xlsx", "--charts", "25"])).toMatchObject({ chartSkus: 25 });
    for (const bad of ["101", "-1", "2.5", "ten"]) expect(parseArgs(["plan", "a.xlsx", "--charts", bad])).toMatch(/^--charts needs a whole number of SKUs from 0 to 100/);
    expect(parseArgs(["plan", "a.xlsx", "--charts", "x", "--lang", "zh-CN"])).toMatch(/^--charts 需要 0 到 100 之间的整数/);
    expect(parseArgs(["plan", "a.xlsx", "--out", "b.xlsx", "--in-place"])).toBe("--out and --in-place ask for different files; give one of them.");
    const missing = await run(["plan", join(dir, "nope.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(`${join(dir, "nope.xlsx")} does not exist; check the name and the folder.\n`);
  });
});

describe("peakstock plan speaks the seller's language about bad input", () => {
  it("names the Sales cell in Chinese with --lang zh-CN, exit 2, nothing written", async () => {
    const sheets = inputSheets();
    sheets.Sales[5][2] = "abc"; // Sales row 6 (header = row 1), Units column C
    const input = await writeBook(sheets);
    const zh = await run(["plan", input, "--lang", "zh-CN"]);
    expect(zh.code).toBe(2);
    expect(zh.err).toContain("第 6 行");
    expect(zh.err).toContain("不是数字");
    expect(existsSync(join(dir, "in-plan.xlsx"))).toBe(false);
    const en = await run(["plan", input]);
    expect(en.err).toContain("row 6");
    expect(en.err).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("peakstock plan never damages the input", () => {
  const sha = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");

  it("writes book-plan.xlsx beside the input by default, says so, and leaves the input byte for byte", async () => {
    const input = await writeBook(inputSheets());
    const before = sha(input);
    const result = await run(["plan", input]);
    expect(result.code).toBe(0);
    expect(result.out.trimEnd().split("\n").pop()).toBe(`Saved the plan to ${join(dir, "in-plan.xlsx")}; ${input} is unchanged`);
    expect(sha(input)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(["in-plan.xlsx", "in.xlsx"]);
    expect((await (await XlsxWorkbook.open(join(dir, "in-plan.xlsx"))).sheetNames()).slice(4)).toEqual(["Plan", "Batches", "CashFlow", "Alerts", "Forecast", "PurchaseOrders", "Shipments", "SendToAmazon", "CartonLabels", "Charts"]);
  }, 60_000);

  it("writes over the input only with --in-place", async () => {
    const input = await writeBook(inputSheets());
    const result = await run(["plan", input, "--in-place"]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`Saved ${input} (in place)`);
    expect(readdirSync(dir)).toEqual(["in.xlsx"]);
    expect(await (await XlsxWorkbook.open(input)).sheetNames()).toContain("Plan");
  }, 60_000);

  it("refuses --out naming the input (however spelled) without --in-place, and writes nothing", async () => {
    const input = await writeBook(inputSheets());
    const before = sha(input);
    for (const out of [input, join(dir, ".", "sub", "..", "in.xlsx")]) {
      const result = await run(["plan", input, "--out", out]);
      expect(result.code).toBe(2);
      expect(result.err).toBe(`--out names the input file ${input}; PeakStock does not write over its input unless you ask: add --in-place (or leave out --out to write beside it).\n`);
    }
    expect(sha(input)).toBe(before);
    expect(readdirSync(dir)).toEqual(["in.xlsx"]);
  });

  it("names the output path and the cause for a missing folder, a folder as output and a read-only folder; no stack trace", async () => {
    const input = await writeBook(inputSheets());
    const missing = join(dir, "nowhere", "out.xlsx");
    let result = await run(["plan", input, "--out", missing]);
    expect([result.code, result.err]).toEqual([2, `Cannot save ${missing}: the folder ${join(dir, "nowhere")} does not exist. Create it or choose another place with --out.\n`]);
    mkdirSync(join(dir, "folder.xlsx"));
    result = await run(["plan", input, "--out", join(dir, "folder.xlsx"), "--lang", "zh-CN"]);
    expect([result.code, result.err]).toEqual([2, `无法保存 ${join(dir, "folder.xlsx")}：这是一个文件夹。请给出以 .xlsx 结尾的文件名。\n`]);
    if (process.platform === "linux") {
      result = await run(["plan", input, "--out", "/sys/out.xlsx"]);
      expect([result.code, result.err]).toEqual([2, "Cannot save /sys/out.xlsx: the folder /sys is read-only (no permission to write there). Choose another place with --out.\n"]);
    }
    expect(result.err).not.toMatch(/\bat \S+:\d+/);
    expect(readdirSync(dir).sort()).toEqual(["folder.xlsx", "in.xlsx"]);
  }, 60_000);

  it("removes a temporary file left by a run that was killed mid-save", async () => {
    const input = await writeBook(inputSheets());
    const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
    const stale = `.in-plan.xlsx.peakstock-${child.stdout.toString()}-deadbeef.tmp`;
    writeFileSync(join(dir, stale), "half a workbook");
    expect((await run(["plan", input])).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["in-plan.xlsx", "in.xlsx"]);
  }, 60_000);

  it("explains a file it cannot read in the seller's language", async () => {
    const csv = join(dir, "sales.xlsx");
    writeFileSync(csv, "Date,SKU,Units\n2026-09-01,A-1,3\n");
    const result = await run(["plan", csv, "--lang", "zh-CN"]);
    expect([result.code, result.err]).toEqual([2, `${csv} 看起来是 CSV 文件，不是 Excel 工作簿；请在 Excel 中打开并另存为 .xlsx（Excel 工作簿）。\n`]);
  });
});

describe("re-running a plan keeps the seller's references", () => {
  it("leaves =SUM(PeakStock_Plan[BaseQty]) and =Plan!B2 as written, the table keeps its name and sheet, its ref follows the new rows", async () => {
    const input = await writeBook(inputSheets());
    const first = join(dir, "in-plan.xlsx");
    expect((await run(["plan", input])).code).toBe(0);

    // The seller adds a sheet with formulas over the plan, and a fourth SKU, in Excel (here exceljs), and saves.
    const edited = new Workbook();
    await edited.xlsx.readFile(first);
    const mine = edited.addWorksheet("Mine");
    mine.getCell("A1").value = { formula: "SUM(PeakStock_Plan[BaseQty])", result: 0 };
    mine.getCell("B1").value = { formula: "Plan!B2", result: "" };
    const sales = edited.getWorksheet("Sales") as Worksheet;
    for (let d = 0; d < DAYS; d++) sales.addRow([dateFromSerial(PLAN_DATE - DAYS + d), "SKU-3", 20 + (d % 5)]);
    (edited.getWorksheet("SKUs") as Worksheet).addRow(["SKU-3", "Kettle", 6, 25, 12, 50, 40, 30, 12, 0.1, 0, 10, 0]);
    await edited.xlsx.writeFile(first);
    const sellerFile = readFileSync(first);
    const minePart = (zip: Buffer): { raw: Buffer; data: Buffer } => {
      const parts = unzipParts(zip);
      const sheetOf = (name: string): string => {
        const rel = /<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]+)"/g;
        const rels = parts.get("xl/_rels/workbook.xml.rels")?.data.toString("utf8") ?? "";
        for (const m of (parts.get("xl/workbook.xml")?.data.toString("utf8") ?? "").matchAll(rel)) {
          if (m[1] === name) return `xl/${new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? ""}`;
        }
        return "";
      };
      return parts.get(sheetOf("Mine")) ?? { raw: Buffer.alloc(0), data: Buffer.alloc(0) };
    };
    const before = await XlsxWorkbook.open(first);
    const tableBefore = (await before.listTables()).find((t) => t.name === "PeakStock_Plan");
    expect(tableBefore).toEqual({ name: "PeakStock_Plan", sheet: "Plan", top: 0, left: 0, rows: 4, columns: tableBefore?.columns });

    const result = await run(["plan", first, "--in-place"]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Planned 4 SKUs/);
    const after = readFileSync(first);
    expect(minePart(after).raw.equals(minePart(sellerFile).raw)).toBe(true); // the seller's sheet, formulas included, packed bytes as they were
    expect(minePart(after).data.toString("utf8")).toContain("<f>SUM(PeakStock_Plan[BaseQty])</f><v>0</v>");
    expect(minePart(after).data.toString("utf8")).toContain("<f>Plan!B2</f>");
    const book = await XlsxWorkbook.open(first);
    expect((await book.listTables()).find((t) => t.name === "PeakStock_Plan")).toEqual({ ...tableBefore, rows: 5 }); // hand: header + 4 SKUs
    expect((await book.sheetNames()).filter((n) => n.startsWith("Plan"))).toEqual(["Plan"]);
    expect(partText(after, "xl/workbook.xml")).toMatch(/fullCalcOnLoad="1"/);
  }, 60_000);
});

describe("peakstock plan draws the costliest SKUs' charts on a Charts sheet", () => {
  const chartParts = (file: string): string[] => [...unzipParts(readFileSync(file)).keys()].filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));

  it("charts every SKU that ships, costliest first, each over its own rows; a re-run replaces them", async () => {
    const input = await writeBook(inputSheets());
    expect((await run(["plan", input, "--in-place", "--charts", "2"])).code).toBe(0);
    const book = await XlsxWorkbook.open(input);
    const grid = await book.readSheet("Charts");
    expect(grid[0]).toEqual(["Date", "SKU", "History", "Forecast", "Lower80", "Upper80", "Event"]);
    const skus = [...new Set(grid.slice(1).map((row) => row[1]))];
    expect(skus).toHaveLength(2); // --charts 2 of the 3 SKUs
    expect(chartParts(input)).toHaveLength(2);
    // each chart's dates are its own SKU's rows: the first chart starts on row 2 and ends where the next SKU starts
    const zip = readFileSync(input);
    const lastOfFirst = grid.findIndex((row, i) => i > 0 && row[1] === skus[1]); // zero-based grid row of the second SKU's first day = sheet row lastOfFirst + 1
    const refs = [1, 2].map((k) => /<c:cat><c:numRef><c:f>'Charts'!\$A\$(\d+):\$A\$(\d+)<\/c:f>/.exec(partText(zip, `xl/charts/chart${k}.xml`))?.slice(1).map(Number));
    expect(refs).toEqual([[2, lastOfFirst], [lastOfFirst + 1, grid.length]]);
    expect(partText(zip, "xl/charts/chart1.xml")).toContain(`<a:t>${skus[0]}`);

    expect((await run(["plan", input, "--in-place", "--charts", "3"])).code).toBe(0);
    expect(chartParts(input)).toHaveLength(3); // the two old charts removed, three drawn
    expect((await (await XlsxWorkbook.open(input)).sheetNames()).filter((name) => name.startsWith("Charts"))).toEqual(["Charts"]); // replaced, not a second sheet
  }, 60_000);

  it("writes no Charts sheet with --charts 0", async () => {
    const input = await writeBook(inputSheets());
    expect((await run(["plan", input, "--charts", "0"])).code).toBe(0);
    expect(await (await XlsxWorkbook.open(join(dir, "in-plan.xlsx"))).sheetNames()).not.toContain("Charts");
    expect(chartParts(join(dir, "in-plan.xlsx"))).toEqual([]);
  }, 60_000);
});
