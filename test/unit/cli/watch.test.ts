/**
 * `peakstock watch` end to end on a generated book worked by hand: three SKUs that sold a flat
 * 10 units a day until the plan date, 2,000 on hand each (the plan ships nothing), three lanes and
 * Black Friday 2026. Ten days of sales to date on a SalesToDate sheet: HOT sells 90 a day, CALM 10,
 * DEAD nothing with no stock left.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serialFromYmd } from "../../../src/engine/dates";
import { WATCH_COLUMNS } from "../../../src/engine/watch/watchTable";
import { readEventSheet } from "../../../src/engine/workbook/readEventSheet";
import { dateFromSerial } from "../../../src/excel/dateSerial";
import { serializeSettings } from "../../../src/excel/planSettings";
import { XlsxWorkbook } from "../../../src/excel/xlsxWorkbook";
import { runCli as run, useTempDir, writeXlsx, type Sheets } from "../../helpers/cliHarness";

const PLAN_DATE = serialFromYmd(2026, 9, 14);
const START = serialFromYmd(2026, 11, 27);
const FIRST = serialFromYmd(2025, 1, 1);
/** Ten days of sales to date: 2026-09-14 … 09-23. */
const WATCHED = 10;

/** Sales to date: HOT 90 a day with its OnHand (2,000 − 90 a day), CALM 10 a day, DEAD none with OnHand 0. */
function salesToDate(): unknown[][] {
  const rows: unknown[][] = [["Date", "SKU", "Units", "OnHand"]];
  for (let i = 0; i < WATCHED; i++) {
    const day = dateFromSerial(PLAN_DATE + i);
    rows.push([day, "HOT", 90, 2000 - 90 * (i + 1)], [day, "CALM", 10, null], [day, "DEAD", 0, 0]);
  }
  return rows;
}

function bookSheets(): Sheets {
  const sales: unknown[][] = [["Date", "SKU", "Units"]];
  for (let d = FIRST; d < PLAN_DATE; d++) for (const sku of ["HOT", "CALM", "DEAD"]) sales.push([dateFromSerial(d), sku, 10]);
  // Ten units in a 10 kg carton of 1 ft³: each lane charges by the 10 kg (volumetric 28,317 cm³ ÷ 100,000 = 0.28 kg).
  const sku = (id: string, name: string) => [id, name, 6, 20, 10, 30.48, 30.48, 30.48, 10, 0, 2000, 20, 0];
  return {
    Sales: sales,
    SKUs: [["SKU", "Name", "UnitCost", "Price", "UnitsPerCarton", "CartonLengthCm", "CartonWidthCm", "CartonHeightCm", "CartonWeightKg", "DutyRate", "OnHand", "SupplierLeadDays", "MOQ"], sku("HOT", "Mug"), sku("CALM", "Lamp"), sku("DEAD", "Vase")],
    Lanes: [
      ["Lane", "Mode", "TransitDays", "TransitDaysWorst", "HandlingDays", "RatePerKg", "RatePerCbm", "MinCharge", "VolumetricDivisor", "AllowsSensitive"],
      ["Sea", "sea", 30, 40, 5, 0.1, 0, 0, 100_000, "no"],
      ["Fast boat", "fast sea", 18, 20, 3, 0.3, 0, 0, 100_000, "no"],
      ["Air", "air", 5, 7, 2, 1, 0, 0, 100_000, "no"],
    ],
    Event: [
      ["Event", "Black Friday 2026"],
      ["Start", dateFromSerial(START)],
      ["End", dateFromSerial(START + 3)],
      ["PlanDate", dateFromSerial(PLAN_DATE)],
      ["PastEventStarts", "2025-11-28"],
      ["ReceivingDays", 7],
    ],
    SalesToDate: salesToDate(),
  };
}

let dir = "";
useTempDir("peakstock-watch-", (made) => (dir = made));

async function writeBook(sheets: Sheets = bookSheets(), name = "book.xlsx"): Promise<string> {
  return writeXlsx(join(dir, name), sheets);
}

type Row = Record<string, unknown>;

async function watchRows(file: string, sheet: string): Promise<Row[]> {
  const grid = await (await XlsxWorkbook.open(file)).readSheet(sheet);
  return grid.slice(1).map((r) => Object.fromEntries(WATCH_COLUMNS.map((c, i) => [c.key, r[i]])));
}

/** Excel serial of yyyy-mm-dd, for the sheet's date cells. */
const day = (iso: string): number => serialFromYmd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

describe("peakstock watch on a hand-worked book", () => {
  it("re-orders the hot SKU by the cheapest lane in time, says who is out of stock, writes the Watch sheet beside the input", async () => {
    const input = await writeBook();
    const before = readFileSync(input);
    const result = await run(["watch", input]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    const output = join(dir, "book-watch.xlsx");
    expect(readFileSync(input).equals(before)).toBe(true);

    // hand, the days: sales to date 2026-09-14 … 09-23, so the re-order is placed on 09-24 ("today");
    // ready = 09-24 + 20 supplier days = 10-14. Worst case sellable = ready + handling + worst transit + 7 receiving:
    //   Sea       10-14 + 5 + 40 + 7 = 12-05  (after the event: late, though the cheapest at $0.10 a unit)
    //   Fast boat 10-14 + 3 + 20 + 7 = 11-13  (in time)
    //   Air       10-14 + 2 +  7 + 7 = 10-30  (in time, the fastest)
    // The deadline is the first short day of the event: its Start, 11-27 (HOT's stock is gone by 10-06, DEAD has none).
    // Fast boat is the cheapest lane in time: $0.30/kg × 10 kg = $3 a carton of 10 against Air's $10.
    // hand, HOT: plan 10 a day, sold 90 a day for 10 days → 900 against 100 (+800 %), ×9 ahead.
    //   Stock 1,100 at the end of 09-23; 90 a day from 09-24: 1,100 − 12 × 90 = 20 opens 10-06, short from 10-06.
    //   Event 11-27 … 11-30: 4 days × 10 × 9 = 360 expected (the P50 is a count distribution's median, a little under the
    //   mean: 350 … 360) → 36 cartons = 360 units; freight 36 × $3 = $108, goods 360 × $6 = $2,160; Air 36 × $10 = $360.
    // hand, DEAD: nothing sold, nothing on hand every day: out of stock now; the event's 4 × 10 = 40 short → 4 cartons,
    //   freight 4 × $3 = $12, goods 40 × $6 = $240.
    expect(result.out.split("\n")).toEqual([
      "Watched 3 SKUs of Black Friday 2026: sales 2026-09-14 … 2026-09-23 from the SalesToDate sheet",
      "SKUs by status: 1 out of stock, 1 re-order, 1 on track",
      "Re-orders (2):",
      "  DEAD: 40 units by Fast boat, ready 2026-10-14, sellable by 2026-11-13 (in time for 2026-11-27); freight $12, goods $240",
      "  HOT: 360 units by Fast boat, ready 2026-10-14, sellable by 2026-11-13 (in time for 2026-11-27); freight $108, goods $2,160",
      "Out of stock now: DEAD",
      "Wrote sheet: Watch",
      `Saved the watch to ${output}; ${input} is unchanged`,
      "",
    ]);

    const written = await XlsxWorkbook.open(output);
    expect(await written.sheetNames()).toEqual(["Sales", "SKUs", "Lanes", "Event", "SalesToDate", "Watch"]);
    expect((await written.listTables()).map((t) => t.name)).toEqual(["PeakStock_Watch"]);
    expect((await written.readSheet("Watch"))[0]).toEqual(WATCH_COLUMNS.map((c) => c.key));
    const rows = await watchRows(output, "Watch");
    expect(rows.map((r) => [r.SKU, r.Status])).toEqual([["DEAD", "STOCKOUT"], ["HOT", "REORDER"], ["CALM", "OK"]]);
    const hot = rows[1];
    expect([hot.Sold, hot.Forecast, hot.Deviation, hot.StockOutDays, hot.StockNow, hot.RunsOutOn]).toEqual([900, 100, 8, 0, 1100, day("2026-10-06")]);
    expect([hot.ReorderQty, hot.Lane, hot.ReadyOn, hot.SellableBy, hot.InTime, hot.Freight]).toEqual([360, "Fast boat", day("2026-10-14"), day("2026-11-13"), "yes", 108]);
    expect(hot.ShortUnits).toBeGreaterThanOrEqual(351); // 360 × the P50's share of the mean; it still takes 36 cartons
    expect(hot.ShortUnits).toBeLessThanOrEqual(360);
    expect(hot.Advice).toContain("the fastest, Air (sellable 2026-10-30), costs $360 in freight");
    const dead = rows[0];
    expect([dead.Sold, dead.StockOutDays, dead.StockNow, dead.ReorderQty, dead.Lane, dead.SellableBy, dead.Freight]).toEqual([0, 10, 0, 40, "Fast boat", day("2026-11-13"), 12]);
    // hand, CALM: on plan; 2,000 − 100 sold = 1,900, less 64 days × 10 to 11-26 and the event's 40 → 1,220 left
    const calm = rows[2];
    expect([calm.Sold, calm.Forecast, calm.StockNow, calm.ReorderQty, calm.Lane, calm.Leftover]).toEqual([100, 100, 1900, 0, null, 1220]);
  });

  it("speaks Chinese: the summary, the 监控 sheet and its headers", async () => {
    const input = await writeBook();
    const output = join(dir, "watch-zh.xlsx");
    const result = await run(["watch", input, "--out", output, "--lang", "zh-CN"]);
    expect(result.code).toBe(0);
    expect(result.out.split("\n")).toEqual([
      "已监控 Black Friday 2026 的 3 个 SKU：销量 2026-09-14 … 2026-09-23，来自工作表 SalesToDate",
      "各状态 SKU 数：1 断货，1 补货，1 正常",
      "补货建议（2 条）：",
      "  DEAD：40 件走 Fast boat，2026-10-14 生产完成，最晚 2026-11-13 可售（赶得上 2026-11-27）；运费 $12，货值 $240",
      "  HOT：360 件走 Fast boat，2026-10-14 生产完成，最晚 2026-11-13 可售（赶得上 2026-11-27）；运费 $108，货值 $2,160",
      "当前断货：DEAD",
      "已写入工作表：监控",
      `监控结果已保存到 ${output}；${input} 没有改动`,
      "",
    ]);
    const grid = await (await XlsxWorkbook.open(output)).readSheet("监控");
    expect(grid[0]).toEqual(WATCH_COLUMNS.map((c) => c.zh));
    // Destination is blank (the book's lanes name none, as the Plan's), the status beside it
    expect(grid.slice(1).map((r) => [r[2], r[3]])).toEqual([[null, "断货"], [null, "补货"], [null, "正常"]]);
  });

  it("reads the sheet named by --sales-sheet, else the one the task pane chose; --in-place writes into the input", async () => {
    const sheets = bookSheets();
    const { SalesToDate: actuals, ...rest } = sheets;
    const input = await writeBook({ ...rest, "Sales Sept": actuals });
    const named = await run(["watch", input, "--sales-sheet", "Sales Sept", "--out", join(dir, "named.xlsx")]);
    expect(named.code).toBe(0);
    expect(named.out).toContain("from the Sales Sept sheet");
    expect(named.out).toContain("SKUs by status: 1 out of stock, 1 re-order, 1 on track");

    // The pane's Watch step was pointed at "Sales Sept" and stored it with its settings.
    const book = await XlsxWorkbook.open(input);
    const event = readEventSheet(await book.readSheet("Event"), { sheet: "Event" });
    if (!event.ok) throw new Error(event.error.message);
    await book.saveSettings(serializeSettings({ preset: "custom", sources: {}, policy: event.value.policy, lanes: null, watchSheet: "Sales Sept", savedAt: "2026-09-24T07:00:00.000Z" }));
    await book.save(input);
    const stored = await run(["watch", input, "--in-place"]);
    expect(stored.err).toBe("");
    expect(stored.code).toBe(0);
    expect(stored.out).toContain("from the Sales Sept sheet");
    expect(stored.out).toContain("Settings from the task pane, saved 2026-09-24 07:00 UTC: event and policy");
    expect(stored.out).toContain(`Saved ${input} (in place)`);
    expect(await (await XlsxWorkbook.open(input)).sheetNames()).toContain("Watch");
  });
});

describe("peakstock watch plans again with --growth", () => {
  it("plans the event with growth 2 on last year's window, and says so", async () => {
    const input = await writeBook();
    const result = await run(["watch", input, "--growth", "2"]);
    expect(result.code).toBe(0);
    // hand (eventDemand: growth multiplies the whole blend, issue 11 — 0.5 × last year's window + 0.5 × recent trend × uplift):
    // the event's mean = (0.5 × 40 + 0.5 × 40 × 1) × 2 = 80 (was 40).
    // DEAD: 80 short (at most: the P50 is a median) → 8 cartons, freight 8 × $3 = $24, goods 80 × $6 = $480;
    // HOT: 80 × 9 = 720 → 72 cartons, freight $216, goods $4,320.
    expect(result.out).toContain("  DEAD: 80 units by Fast boat, ready 2026-10-14, sellable by 2026-11-13 (in time for 2026-11-27); freight $24, goods $480");
    expect(result.out).toContain("  HOT: 720 units by Fast boat, ready 2026-10-14, sellable by 2026-11-13 (in time for 2026-11-27); freight $216, goods $4,320");
    expect(result.out).toContain("Growth 2 from --growth");
  });
});

describe("peakstock watch refuses, in the seller's language, with nothing written", () => {
  it("a book with no SalesToDate sheet: the Sales sheet has no day since the plan date", async () => {
    const { SalesToDate: _none, ...sheets } = bookSheets();
    const input = await writeBook(sheets);
    const en = await run(["watch", input]);
    expect(en.code).toBe(2);
    expect(en.out).toBe("");
    expect(en.err).toBe(`${input}: The Sales sheet has no sales on or after the plan date 2026-09-14: paste the days since then on a SalesToDate sheet (至今销量: Date, SKU, Units and, if you have it, OnHand) or name their sheet with --sales-sheet. Nothing was written.\n`);
    const zh = await run(["watch", input, "--lang", "zh-CN"]);
    expect(zh.code).toBe(2);
    expect(zh.err).toBe(`${input}: 工作表 Sales 中没有计划日期 2026-09-14 当天或之后的销量：请把此后每天的销量粘贴到 SalesToDate（至今销量）工作表（日期、SKU、销量，如有库存也请填写），或用 --sales-sheet 指定所在的工作表。没有写入任何内容。\n`);
    expect(existsSync(join(dir, "book-watch.xlsx"))).toBe(false);
  });

  it("--sales-sheet naming a sheet the book does not have", async () => {
    const input = await writeBook();
    const en = await run(["watch", input, "--sales-sheet", "October"]);
    expect(en.code).toBe(2);
    expect(en.err).toBe(`${input}: The sheet 'October' chosen for SalesToDate is not in the workbook\n`);
    const zh = await run(["watch", input, "--sales-sheet", "October", "--lang", "zh-CN"]);
    expect(zh.code).toBe(2);
    expect(zh.err).toBe(`${input}: 为 SalesToDate 选择的工作表 “October” 不在工作簿中\n`);
    expect(existsSync(join(dir, "book-watch.xlsx"))).toBe(false);
  });

  it("a SalesToDate cell that is not a number: its row and column named", async () => {
    const sheets = bookSheets();
    sheets.SalesToDate[5][2] = "lots"; // row 6 of the sheet: 2026-09-15, HOT
    const input = await writeBook(sheets);
    const en = await run(["watch", input]);
    expect(en.code).toBe(2);
    expect(en.err).toBe(`${input}: SalesToDate row 6, Units: 'lots' is not a number\n`);
    const zh = await run(["watch", input, "--lang", "zh-CN"]);
    expect(zh.code).toBe(2);
    expect(zh.err).toBe(`${input}: 表 SalesToDate 第 6 行，Units 列：“lots” 不是数字\n`);
    expect(existsSync(join(dir, "book-watch.xlsx"))).toBe(false);
  });

  it("sales that reach the event's last day: nothing left to re-order, try the replay", async () => {
    const sheets = bookSheets();
    sheets.SalesToDate.push([dateFromSerial(START + 3), "CALM", 10, null]);
    const input = await writeBook(sheets);
    const en = await run(["watch", input]);
    expect(en.code).toBe(2);
    expect(en.err).toBe(`${input}: The sales to date reach the event's last day (2026-11-30): nothing is left to re-order. To see how the plan did, run peakstock replay. Nothing was written.\n`);
    const zh = await run(["watch", input, "--lang", "zh-CN"]);
    expect(zh.err).toBe(`${input}: 至今销量已到活动最后一天（2026-11-30）：已没有需要补货的时间。想看计划的效果，请运行 peakstock replay。没有写入任何内容。\n`);
  });
});
