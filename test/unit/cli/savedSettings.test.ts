/**
 * The command line plans with the settings the task pane stored in the workbook, says so, and
 * lets the seller override them; an event that has already started is not "planned" with every
 * SKU failing, but refused with a message pointing at the replay.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { serialFromYmd } from "../../../src/engine/dates";
import { readEventSheet } from "../../../src/engine/workbook/readEventSheet";
import { dateFromSerial } from "../../../src/excel/dateSerial";
import { serializeSettings } from "../../../src/excel/planSettings";
import { XlsxWorkbook } from "../../../src/excel/xlsxWorkbook";
import { runCli as run, useTempDir, writeXlsx, type Sheets } from "../../helpers/cliHarness";

const PLAN_DATE = serialFromYmd(2026, 9, 15);
const START = serialFromYmd(2026, 11, 27);
const DAYS = 400;

/** Three SKUs with a weekly pattern, a Black Friday a year ago twice as busy, sea and air lanes. */
function inputSheets(): Sheets {
  const sales: unknown[][] = [["Date", "SKU", "Units"]];
  const lastYear = START - 364;
  for (let d = 0; d < DAYS; d++) {
    const day = PLAN_DATE - DAYS + d;
    const event = day >= lastYear && day <= lastYear + 3 ? 2 : 1;
    for (let k = 0; k < 3; k++) sales.push([dateFromSerial(day), `SKU-${k}`, event * (4 + 3 * k + (d % 7 >= 5 ? 2 : 0))]);
  }
  return {
    Sales: sales,
    SKUs: [
      ["SKU", "UnitCost", "Price", "UnitsPerCarton", "CartonLengthCm", "CartonWidthCm", "CartonHeightCm", "CartonWeightKg", "DutyRate", "OnHand", "SupplierLeadDays", "MOQ"],
      ["SKU-0", 3, 12, 1, 20, 20, 20, 1, 0.1, 0, 10, 0],
      ["SKU-1", 2, 9, 1, 20, 20, 20, 1, 0.05, 0, 10, 0],
      ["SKU-2", 8, 30, 1, 20, 20, 20, 1, 0.25, 0, 10, 0],
    ],
    Lanes: [
      ["Lane", "Mode", "TransitDays", "TransitDaysWorst", "HandlingDays", "RatePerKg", "RatePerCbm", "MinCharge", "VolumetricDivisor", "AllowsSensitive"],
      ["Sea LCL", "sea", 30, 40, 7, 0, 150, 0, 1000, "no"],
      ["Air", "air", 6, 10, 2, 5.5, 0, 0, 6000, "no"],
    ],
    Event: [
      ["Event", "Black Friday 2026"],
      ["Start", dateFromSerial(START)],
      ["End", dateFromSerial(START + 3)],
      ["PlanDate", dateFromSerial(PLAN_DATE)],
      ["PastEventStarts", dateFromSerial(START - 364)],
    ],
  };
}

let dir = "";
useTempDir("peakstock-settings-", (made) => (dir = made));

async function writeBook(sheets: Sheets, name = "in.xlsx"): Promise<string> {
  return writeXlsx(join(dir, name), sheets);
}

/** The book with the pane's settings stored: the Event sheet's event with `growth`, saved at a fixed time. */
async function withStoredSettings(file: string, growth: number, savedAt?: string): Promise<void> {
  const book = await XlsxWorkbook.open(file);
  const event = readEventSheet(await book.readSheet("Event"), { sheet: "Event" });
  if (!event.ok) throw new Error(event.error.message);
  await book.saveSettings(serializeSettings({ preset: "custom", sources: {}, policy: { ...event.value.policy, growth }, lanes: null, watchSheet: null, ...(savedAt ? { savedAt } : {}) }));
  await book.save(file);
}

/** Units the written Plan sends (BaseQty + SprintQty over every row). */
async function plannedUnits(file: string): Promise<number> {
  const grid = await (await XlsxWorkbook.open(file)).readSheet("Plan");
  const base = grid[0].indexOf("BaseQty");
  const sprint = grid[0].indexOf("SprintQty");
  return grid.slice(1).reduce((s, r) => s + Number(r[base] ?? 0) + Number(r[sprint] ?? 0), 0);
}

describe("the command line and the task pane's stored settings", () => {
  it("plans more with stored growth 2.0 than the Event sheet's growth 1, and says the settings came from the pane", async () => {
    const plain = await writeBook(inputSheets(), "plain.xlsx");
    const stored = await writeBook(inputSheets(), "stored.xlsx");
    await withStoredSettings(stored, 2, "2026-09-14T08:30:00.000Z");
    const without = await run(["plan", plain, "--out", join(dir, "plain-out.xlsx")]);
    const withSettings = await run(["plan", stored, "--out", join(dir, "stored-out.xlsx")]);
    expect([without.code, withSettings.code]).toEqual([0, 0]);
    expect(without.out).not.toContain("task pane");
    expect(withSettings.out).toContain("Settings from the task pane, saved 2026-09-14 08:30 UTC: event and policy (--ignore-saved-settings uses the Event and Lanes sheets instead)");
    const base = await plannedUnits(join(dir, "plain-out.xlsx"));
    const doubled = await plannedUnits(join(dir, "stored-out.xlsx"));
    // Growth multiplies last year's event in the event forecast: with growth 2 the event demand, hence the need, is larger.
    expect(base).toBeGreaterThan(0);
    expect(doubled).toBeGreaterThan(base);

    // --ignore-saved-settings plans from the sheets (the same as the book without settings), and says so.
    const ignored = await run(["plan", stored, "--out", join(dir, "ignored.xlsx"), "--ignore-saved-settings"]);
    expect(ignored.out).toContain("Settings stored by the task pane ignored (--ignore-saved-settings): the Event and Lanes sheets are used");
    expect(await plannedUnits(join(dir, "ignored.xlsx"))).toBe(base);
    // --growth wins over both: growth 2 from the command line on the plain book plans what the stored growth 2 plans.
    const option = await run(["plan", plain, "--out", join(dir, "option.xlsx"), "--growth", "2"]);
    expect(option.out).toContain("Growth 2 from --growth");
    expect(await plannedUnits(join(dir, "option.xlsx"))).toBe(doubled);
    const overridden = await run(["plan", stored, "--out", join(dir, "overridden.xlsx"), "--growth", "1"]);
    expect(overridden.out).toContain("Growth 1 from --growth");
    expect(await plannedUnits(join(dir, "overridden.xlsx"))).toBe(base);
  }, 120_000);

  it("says so in Chinese, and without a time when an older pane stored none", async () => {
    const stored = await writeBook(inputSheets());
    await withStoredSettings(stored, 2);
    const result = await run(["plan", stored, "--lang", "zh-CN"]);
    expect(result.code).toBe(0);
    expect(result.out).toContain("使用任务窗格保存的设置：活动与策略（加 --ignore-saved-settings 则改用活动表和物流渠道表）");
  }, 120_000);

  it("stops with exit code 2 and writes nothing when the stored settings cannot be read, naming the way out", async () => {
    const input = await writeBook(inputSheets());
    const book = await XlsxWorkbook.open(input);
    await book.saveSettings('{"app":"PeakStock","version":9,"event":{"start":"2026-11-27","end":"2026-11-30","planDate":"2026-09-15"}}');
    await book.save(input);
    const result = await run(["plan", input]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("The plan settings the task pane stored in this workbook cannot be read: PeakStock settings, version: 9 was written by a newer PeakStock");
    expect(result.err).toContain("or add --ignore-saved-settings to plan from the Event and Lanes sheets");
    expect(existsSync(join(dir, "in-plan.xlsx"))).toBe(false);
    const zh = await run(["plan", input, "--lang", "zh-CN"]);
    expect(zh.err).toContain("无法读取任务窗格保存在此工作簿中的规划设置");
    expect((await run(["plan", input, "--ignore-saved-settings"])).code).toBe(0);
  }, 120_000);
});

describe("an event that has started by the plan date", () => {
  it("is not planned: exit code 2, the Event's Start named, why it cannot be replayed either (its window is after the sales), in English and Chinese, nothing written", async () => {
    const sheets = inputSheets();
    sheets.Event[3][1] = dateFromSerial(START + 1); // PlanDate the day after Black Friday
    const input = await writeBook(sheets);
    const en = await run(["plan", input]);
    expect(en.code).toBe(2);
    expect(en.err).toBe(
      `${input}: Event, Start (开始日期): 'Black Friday 2026' starts on 2026-11-27, on or before the plan date 2026-11-28, so nothing shipped from the plan date can be sold in it and there is nothing to plan. To see how a plan made before it would have done against what sold, replay it (peakstock replay, or the task pane's Replay step); to plan the next edition, move Start, End and PlanDate to it. It cannot be replayed either: Replay: the window of 'Black Friday 2026' starting 2026-11-27 runs to 2026-12-14 (the event and 14 cover days), after the last day of sales 2026-09-14; replay an earlier edition, or add the sales up to 2026-12-14\n`,
    );
    const zh = await run(["plan", input, "--lang", "zh-CN"]);
    expect(zh.code).toBe(2);
    expect(zh.err).toContain("表 Event，Start (开始日期) 列：“Black Friday 2026” 在 2026-11-27 开始，不晚于计划日期 2026-11-28");
    expect(zh.err).toContain("请做复盘（peakstock replay");
    expect(zh.err).toContain("也无法复盘：");
    expect(existsSync(join(dir, "in-plan.xlsx"))).toBe(false);
  });

  it("is replayed instead when the sales cover it (last year's Black Friday typed as the event): exit 0, the Replay sheet, no Plan", async () => {
    const sheets = inputSheets();
    // The Start and End typed a year early: 2025-11-28 … 12-01, inside the 400 days of sales; PlanDate 2026-09-15 stays.
    sheets.Event[1][1] = dateFromSerial(START - 364);
    sheets.Event[2][1] = dateFromSerial(START - 364 + 3);
    sheets.Event[4][1] = dateFromSerial(START - 728);
    const input = await writeBook(sheets);
    const en = await run(["plan", input]);
    expect(en.err).toBe("");
    expect(en.code).toBe(0);
    const lines = en.out.split("\n");
    expect(lines[0]).toBe(
      "'Black Friday 2026' started on 2025-11-28, on or before the plan date 2026-09-15: nothing shipped now can be sold in it, so no Plan was written. It was replayed instead: how a plan made before it would have done against what sold (to plan its next edition, move Start, End and PlanDate to it).",
    );
    expect(en.out).toMatch(/edition starting 2025-11-28/);
    const written = await XlsxWorkbook.open(join(dir, "in-plan.xlsx"));
    const names = await written.sheetNames();
    expect(names).toContain("Replay");
    expect(names).not.toContain("Plan");
    const zh = await run(["plan", input, "--lang", "zh-CN"]);
    expect(zh.code).toBe(0);
    expect(zh.out.split("\n")[0]).toBe(
      "“Black Friday 2026” 已于 2025-11-28 开始，不晚于计划日期 2026-09-15：现在发出的货赶不上这次活动，因此没有写出计划。已改为复盘：看看活动前做的计划对照实际销量会怎样（如要规划下一届，请把开始日期、结束日期和计划日期改到下一届）。",
    );
  }, 120_000);

  it("is refused the same way when the start is the plan date itself", async () => {
    const sheets = inputSheets();
    sheets.Event[3][1] = dateFromSerial(START);
    const result = await run(["plan", await writeBook(sheets)]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("starts on 2026-11-27, on or before the plan date 2026-11-27");
  });
});
