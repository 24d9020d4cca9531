/**
 * `peakstock replay` end to end on a generated book whose replay is worked by hand: two SKUs
 * selling a flat 10 units a day, one sea lane, a March event. SKU A had 1,100 on hand the day
 * before the replayed plan date (the Sales sheet's OnHand), so no policy ships it; SKU B has no
 * OnHand, so the replay assumes regular stock served the days before the window.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serialFromYmd } from "../../../src/engine/dates";
import { REPLAY_COLUMNS } from "../../../src/engine/replay/replayTable";
import { replayPolicyLabel } from "../../../src/engine/replay/replayPolicies";
import type { ReplayPolicyId } from "../../../src/engine/replay/types";
import { dateFromSerial } from "../../../src/excel/dateSerial";
import { XlsxWorkbook } from "../../../src/excel/xlsxWorkbook";
import { runCli as run, useTempDir, writeXlsx, type Sheets } from "../../helpers/cliHarness";

/** The replayed edition: Tuesday 2026-03-10 … Friday 03-13, + 14 cover days → window 03-10 … 03-27 (18 days, all in March). */
const S = serialFromYmd(2026, 3, 10);
/** The upcoming edition on the Event sheet, 70 days after its PlanDate. */
const NEXT = serialFromYmd(2027, 3, 9);
const PLAN_DATE = NEXT - 70; // 2026-12-29
const FIRST = serialFromYmd(2024, 1, 1);
/** The replayed plan date: S − 70 = 2025-12-30; A's OnHand is read on the day before. */
const P = S - 70;

function bookSheets(): Sheets {
  const sales: unknown[][] = [["Date", "SKU", "Units", "OnHand"]];
  for (let d = FIRST; d < PLAN_DATE; d++) {
    sales.push([dateFromSerial(d), "A", 10, d === P - 1 ? 1100 : null]);
    sales.push([dateFromSerial(d), "B", 10, null]);
  }
  // One unit per 1 ft³ carton (30.48 cm cube) of 10 kg: Sea at $0.10/kg with divisor 100,000 charges 10 kg = $1 per unit.
  const sku = (id: string, name: string) => [id, name, 6, 20, 1, 30.48, 30.48, 30.48, 10, 0, 0, 0, 0];
  return {
    Sales: sales,
    SKUs: [["SKU", "Name", "UnitCost", "Price", "UnitsPerCarton", "CartonLengthCm", "CartonWidthCm", "CartonHeightCm", "CartonWeightKg", "DutyRate", "OnHand", "SupplierLeadDays", "MOQ"], sku("A", "Mug"), sku("B", "Lamp")],
    Lanes: [
      ["Lane", "Mode", "TransitDays", "TransitDaysWorst", "HandlingDays", "RatePerKg", "RatePerCbm", "MinCharge", "VolumetricDivisor", "AllowsSensitive"],
      ["Sea", "sea", 28, 30, 5, 0.1, 0, 0, 100_000, "no"],
    ],
    Event: [
      ["Event", "Spring Sale"],
      ["Start", dateFromSerial(NEXT)],
      ["End", dateFromSerial(NEXT + 3)],
      ["PlanDate", dateFromSerial(PLAN_DATE)],
      ["PastEventStarts", "2025-03-11, 2026-03-10"],
      ["ReceivingDays", 14],
      ["SafetyDays", 7],
      ["CoverDaysAfter", 14],
      // $3.10 per ft³ a month in every month: $0.10 per unit per day in March (31 days).
      ["StorageRateOffPeak", 3.1],
      ["StorageRatePeak", 3.1],
      ["InsuranceRate", 0],
    ],
  };
}

let dir = "";
useTempDir("peakstock-replay-", (made) => (dir = made));

async function writeBook(sheets: Sheets = bookSheets()): Promise<string> {
  return writeXlsx(join(dir, "book.xlsx"), sheets);
}

type Row = Record<string, unknown>;

async function replayRows(file: string, sheet: string): Promise<Row[]> {
  const grid = await (await XlsxWorkbook.open(file)).readSheet(sheet);
  return grid.slice(1).map((r) => Object.fromEntries(REPLAY_COLUMNS.map((c, i) => [c.key, r[i]])));
}

const rowOf = (rows: readonly Row[], policy: ReplayPolicyId, sku: string, language = "en"): Row => {
  const found = rows.find((r) => r.Policy === replayPolicyLabel(policy, language) && r.SKU === sku);
  if (!found) throw new Error(`no row for ${policy} ${sku}`);
  return found;
};

// hand, the money of the book: margin = price 20 − cost 6 = $14 a unit sold (no fees, no duty, insurance 0);
// Sea $1 a unit; storage $0.10 a unit a day in March.
// o (a unit left over after 03-27) = storage 03-28 … 06-25 (90 days): 4 × 3.1/31 + 3.1 (April) + 3.1 (May) + 25 × 3.1/30
// = 0.4 + 3.1 + 3.1 + 2.583333 = 9.183333, + 10 % × $6 = 0.6 → 9.783333
const O = 0.4 + 3.1 + 3.1 + (25 * 3.1) / 30 + 0.6;

describe("peakstock replay on a hand-worked book", () => {
  it("replays the most recent edition 70 days ahead and writes every figure of the Replay sheet", async () => {
    const input = await writeBook();
    const before = readFileSync(input);
    const output = join(dir, "out.xlsx");
    const result = await run(["replay", input, "--out", output]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    const lines = result.out.trim().split("\n");
    // hand: the most recent edition the sales cover is 2026-03-10 (window to 03-27; sales run to 2026-12-28);
    // days ahead = the Event's Start 2027-03-09 − PlanDate 2026-12-29 = 70 → plan date 2025-12-30
    expect(lines[0]).toBe("Replayed Spring Sale, edition starting 2026-03-10: planned 2025-12-30 (70 days ahead, the Event's PlanDate to Start), window 2026-03-10 … 2026-03-27, 2 SKUs");
    expect(result.out).toContain("Stock on the plan date: from the Sales sheet's OnHand for 1 SKU; assumed for the 1 SKU without it");
    expect(result.out).toContain("Wrote sheet: Replay");
    expect(result.out).toContain(`Saved the replay to ${output}; ${input} is unchanged`);
    expect(readFileSync(input).equals(before)).toBe(true);

    const written = await XlsxWorkbook.open(output);
    expect(await written.sheetNames()).toEqual(["Sales", "SKUs", "Lanes", "Event", "Replay"]);
    expect((await written.listTables()).map((t) => t.name)).toEqual(["PeakStock_Replay"]);
    const grid = await written.readSheet("Replay");
    expect(grid[0]).toEqual(REPLAY_COLUMNS.map((c) => c.key));
    const rows = await replayRows(output, "Replay");

    // A: 1,100 on hand at the end of 2025-12-29; the 70 days 12-30 … 03-09 sell 700 → 400 open the window.
    // Every policy counts that stock and ships nothing (last year + 20 % = 216, the average rule 250, the seller's
    // rule 200, the reference's missing units 0, PeakStock's need about half of 400). Window: 18 × 10 = 180 sold, 220 left.
    // storage: end-of-day stock 390, 380 … 220 → Σ (400 − 10k), k = 1 … 18 = 7,200 − 1,710 = 5,490 unit-days × 0.10 = 549
    // profit = 180 × 14 − 549 − 220 × o
    for (const policy of ["peakstock", "last-year", "average-sales", "sellers-rule", "perfect-foresight"] as const) {
      const a = rowOf(rows, policy, "A");
      expect([policy, a.Name, a.Demanded, a.Sold, a.Short, a.LeftOver, a.FillRate, a.Shipped, a.Freight]).toEqual([policy, "Mug", 180, 180, 0, 220, 1, 0, 0]);
      expect(a.Storage).toBeCloseTo(549, 2);
      expect(a.LeftoverCost).toBeCloseTo(220 * O, 2);
      expect(a.Profit).toBeCloseTo(180 * 14 - 549 - 220 * O, 2);
    }

    // B: nothing on hand; Sea's ship-by = 03-10 − 7 safety − 14 receiving − 30 worst transit − 5 handling = 2026-01-13,
    // sellable at typical transit 01-13 + 5 + 28 + 14 = 2026-03-01: held 9 days before the window at $0.10.
    // A lot of q units: storage = 0.9 q + 0.10 × Σ max(0, q − 10k) over the 18 days; sold min(q, 180).
    const storageOf = (q: number) => 0.9 * q + 0.1 * Array.from({ length: 18 }, (_, k) => Math.max(0, q - 10 * (k + 1))).reduce((s, x) => s + x, 0);
    // last year's window (2025-03-11 … 03-28) sold 180 → × 1.2 = 216: storage 0.9 × 216 + 0.1 × (18 × 216 − 1,710) = 194.4 + 217.8 = 412.2
    const lastYear = rowOf(rows, "last-year", "B");
    expect([lastYear.Shipped, lastYear.Sold, lastYear.LeftOver, lastYear.Freight]).toEqual([216, 180, 36, 216]);
    expect(lastYear.Shipments).toBe("Sea 216 (ship 2026-01-13, sellable 2026-03-01)");
    expect(lastYear.Storage).toBeCloseTo(412.2, 2);
    expect(lastYear.Profit).toBeCloseTo(2520 - 216 - 412.2 - 36 * O, 2);
    // 30-day average 10 × (18 window + 7 safety days) = 250: storage 225 + 0.1 × (4,500 − 1,710) = 504
    const average = rowOf(rows, "average-sales", "B");
    expect([average.Shipped, average.Sold, average.LeftOver]).toEqual([250, 180, 70]);
    expect(average.Storage).toBeCloseTo(504, 2);
    expect(average.Profit).toBeCloseTo(2520 - 250 - 504 - 70 * O, 2);
    // the seller's rule: P50 of the window 18 × 10 = 180 (a flat history: no trend, uplift 1) + max/avg safety stock
    // 10 × (5 + 30) − 10 × (5 + 28) = 20, all by Sea (no fast lane) = 200: storage 180 + 0.1 × (3,600 − 1,710) = 369
    const sellers = rowOf(rows, "sellers-rule", "B");
    expect([sellers.Shipped, sellers.Sold, sellers.LeftOver]).toEqual([200, 180, 20]);
    expect(sellers.Storage).toBeCloseTo(369, 2);
    expect(sellers.Profit).toBeCloseTo(2520 - 200 - 369 - 20 * O, 2);
    // the reference: exactly the 180 missing: storage 162 + 0.1 × (3,240 − 1,710) = 315; profit 2,520 − 180 − 315 = 2,025
    const reference = rowOf(rows, "perfect-foresight", "B");
    expect([reference.Shipped, reference.Sold, reference.Short, reference.LeftOver]).toEqual([180, 180, 0, 0]);
    expect(reference.Profit).toBeCloseTo(2025, 2);
    // PeakStock: whatever its quantity q, one Sea lot on the ship-by, and the day-by-day arithmetic above holds.
    const peak = rowOf(rows, "peakstock", "B");
    const q = peak.Shipped as number;
    expect(q).toBeGreaterThan(0);
    expect(peak.Shipments).toBe(`Sea ${q} (ship 2026-01-13, sellable 2026-03-01)`);
    expect([peak.Sold, peak.Short, peak.LeftOver, peak.Freight]).toEqual([Math.min(q, 180), Math.max(0, 180 - q), Math.max(0, q - 180), q]);
    expect(peak.Storage).toBeCloseTo(storageOf(q), 2);
    expect(peak.Profit).toBeCloseTo(14 * Math.min(q, 180) - q - storageOf(q) - Math.max(0, q - 180) * O, 2);

    // Totals: one row per policy, the sum of its SKUs; the share of the reference's profit.
    const totals = rows.filter((r) => r.SKU === "All SKUs");
    expect(totals.map((r) => r.Policy)).toEqual((["peakstock", "last-year", "average-sales", "sellers-rule", "perfect-foresight"] as const).map((id) => replayPolicyLabel(id)));
    const refTotal = totals[4].Profit as number;
    for (const t of totals) {
      const skus = rows.filter((r) => r.Policy === t.Policy && r.SKU !== "All SKUs");
      expect(t.Demanded).toBe(360);
      expect(t.Shipped).toBe(skus.reduce((s, r) => s + (r.Shipped as number), 0));
      expect(t.Profit as number).toBeCloseTo(skus.reduce((s, r) => s + (r.Profit as number), 0), 1);
      expect(t.ShareOfReference as number).toBeCloseTo((t.Profit as number) / refTotal, 4);
    }
    expect(totals[0].Note).toContain("Spring Sale, edition starting 2026-03-10: planned on 2025-12-30, 70 days ahead");
    // The summary prints the same profits, PeakStock first and the reference last.
    expect(lines[2]).toMatch(/^ {2}PeakStock +−?\$[\d,]+ /);
    expect(result.out).toMatch(/PeakStock made \d+\.\d % of the perfect-foresight reference's profit/);
  }, 120_000);

  it("writes Chinese headers, sheet name, policy names and summary with --lang zh-CN", async () => {
    const input = await writeBook();
    const result = await run(["replay", input, "--lang", "zh-CN"]);
    expect(result.code).toBe(0);
    expect(result.out.split("\n")[0]).toBe("已复盘 Spring Sale，2026-03-10 开始的一届：2025-12-30 规划（提前 70 天，活动表的计划日期到开始日期），窗口 2026-03-10 … 2026-03-27，2 个 SKU");
    expect(result.out).toContain(`复盘已保存到 ${join(dir, "book-replay.xlsx")}；${input} 没有改动`);
    const written = await XlsxWorkbook.open(join(dir, "book-replay.xlsx"));
    expect(await written.sheetNames()).toEqual(["Sales", "SKUs", "Lanes", "Event", "复盘"]);
    const grid = await written.readSheet("复盘");
    expect(grid[0]).toEqual(REPLAY_COLUMNS.map((c) => c.zh));
    expect(grid[0].slice(0, 6)).toEqual(["策略", "SKU", "名称", "目的地", "分类", "需求"]);
    const rows = await replayRows(join(dir, "book-replay.xlsx"), "复盘");
    expect(rowOf(rows, "last-year", "B", "zh-CN").Shipments).toBe("Sea 216 件（2026-01-13 发货，2026-03-01 可售）");
    expect(rows.filter((r) => r.SKU === "全部 SKU").map((r) => r.Policy)).toEqual(
      (["peakstock", "last-year", "average-sales", "sellers-rule", "perfect-foresight"] as const).map((id) => replayPolicyLabel(id, "zh-CN")),
    );
  }, 120_000);

  it("replays the edition asked for by year or date, and plans as many days ahead as asked", async () => {
    const input = await writeBook();
    const year = await run(["replay", input, "--event", "2025", "--out", join(dir, "y.xlsx")]);
    expect(year.code).toBe(0);
    // hand: 2025-03-11 − 70 = 2024-12-31
    expect(year.out.split("\n")[0]).toBe("Replayed Spring Sale, edition starting 2025-03-11: planned 2024-12-31 (70 days ahead, the Event's PlanDate to Start), window 2025-03-11 … 2025-03-28, 2 SKUs");
    const dated = await run(["replay", input, "--event", "2026-03-10", "--days-ahead", "60", "--out", join(dir, "d.xlsx")]);
    expect(dated.code).toBe(0);
    // hand: 2026-03-10 − 60 = 2026-01-09
    expect(dated.out.split("\n")[0]).toBe("Replayed Spring Sale, edition starting 2026-03-10: planned 2026-01-09 (60 days ahead, as asked), window 2026-03-10 … 2026-03-27, 2 SKUs");
    const named = await run(["replay", input, "--event", "spring sale 2026", "--out", join(dir, "n.xlsx")]);
    expect(named.out.split("\n")[0]).toContain("edition starting 2026-03-10");
  }, 120_000);

  const badEditions: [string, string[], string, string][] = [
    ["another event's name", ["--event", "Prime Day"],
      "Replay: 'Prime Day' is not a start date, a year or the name of 'Spring Sale'; give a past edition's start date (yyyy-mm-dd) or its year: 2025-03-11, 2026-03-10",
      "复盘：“Prime Day” 不是开始日期、年份，也不是 “Spring Sale” 的名称；请给出往届活动的开始日期（yyyy-mm-dd）或年份：2025-03-11、2026-03-10"],
    ["a year without an edition", ["--event", "2023"],
      "Replay: no edition of 'Spring Sale' starts in 2023; its past editions start on 2025-03-11, 2026-03-10",
      "复盘：“Spring Sale” 没有在 2023 年开始的一届；往届开始日期为 2025-03-11、2026-03-10"],
    ["the upcoming edition, not over yet", ["--event", "2027"],
      "Replay: the window of 'Spring Sale' starting 2027-03-09 runs to 2027-03-26 (the event and 14 cover days), after the last day of sales 2026-12-28; replay an earlier edition, or add the sales up to 2027-03-26",
      "复盘：“Spring Sale” 从 2027-03-09 开始的窗口（活动加 14 天覆盖期）到 2027-03-26 结束，晚于最后销售日 2026-12-28；请复盘更早的一届，或补充截至 2027-03-26 的销量"],
    ["a plan date before the first sale", ["--event", "2024-03-12", "--days-ahead", "400"],
      "Replay: no sales before the replayed plan date 2023-02-06 (400 days before 2024-03-12), so there is nothing to plan from; plan fewer days ahead or replay a later edition",
      "复盘：复盘的计划日期 2023-02-06（2024-03-12 前 400 天）之前没有销量，无从规划；请减少提前天数，或复盘更晚的一届"],
    ["an ambiguous date", ["--event", "3/4/2026"], "event: '3/4/2026' could be day/month or month/day", "event：“3/4/2026” 既可能是日/月也可能是月/日"],
  ];
  it.each(badEditions)("stops at %s with exit code 2, the message in English and Chinese, and writes nothing", async (_, options, en, zh) => {
    const input = await writeBook();
    const output = join(dir, "out.xlsx");
    for (const [language, message] of [["en", en], ["zh-CN", zh]] as const) {
      const result = await run(["replay", input, ...options, "--out", output, "--lang", language]);
      expect(result.code).toBe(2);
      expect(result.err).toContain(message);
      expect(result.out).toBe("");
      expect(existsSync(output)).toBe(false);
    }
  }, 120_000);

  it("says which options are wrong, in the seller's language", async () => {
    const input = await writeBook();
    const cases: [string[], string, string][] = [
      [["replay", input, "--days-ahead", "0"], "--days-ahead must be a whole number of days from 1 to 1000, e.g. 70 (got '0')", "--days-ahead 必须是 1 到 1000 之间的整数天数，例如 70（实际为“0”）"],
      [["replay", input, "--days-ahead", "7.5"], "(got '7.5')", "（实际为“7.5”）"],
      [["replay", input, "--event"], "--event needs a past edition", "--event 后面需要指定往届活动"],
      [["plan", input, "--event", "2025"], "--event is an option of peakstock replay, not of plan", "--event 是 peakstock replay 的选项，不能用于 plan"],
      [["replay", input, "--growth", "-1"], "--growth must be a number above 0 and at most 1000", "--growth 必须是大于 0、不超过 1000 的数字"],
    ];
    for (const [args, en, zh] of cases) {
      const english = await run(args);
      expect([args.join(" "), english.code]).toEqual([args.join(" "), 2]);
      expect(english.err).toContain(en);
      const chinese = await run([...args, "--lang", "zh-CN"]);
      expect(chinese.err).toContain(zh);
    }
  });

  it("writes into the input only with --in-place, and a re-run replaces its own Replay table in place", async () => {
    const input = await writeBook();
    expect((await run(["replay", input, "--in-place"])).code).toBe(0);
    expect((await run(["replay", input, "--in-place", "--event", "2025"])).code).toBe(0);
    const book = await XlsxWorkbook.open(input);
    expect(await book.sheetNames()).toEqual(["Sales", "SKUs", "Lanes", "Event", "Replay"]);
    expect((await book.listTables()).map((t) => t.name)).toEqual(["PeakStock_Replay"]);
    expect((await book.readSheet("Replay"))[1][22]).toContain("edition starting 2025-03-11");
  }, 120_000);
});
