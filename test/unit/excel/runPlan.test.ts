import { serialFromYmd } from "../../../src/engine/dates";
import { createMemoryWorkbook } from "../../../src/excel/memoryWorkbook";
import { runPlan } from "../../../src/excel/runPlan";

const PLAN_DATE = serialFromYmd(2026, 9, 15);
const START = serialFromYmd(2026, 11, 27);

function salesSheet(days: number, unitsOf: (sku: number, day: number) => unknown): unknown[][] {
  const rows: unknown[][] = [["Date", "SKU", "Units"]];
  for (let d = 0; d < days; d++) for (let k = 0; k < 2; k++) rows.push([PLAN_DATE - days + d, `SKU-${k}`, unitsOf(k, d)]);
  return rows;
}

const SKUS = [
  ["SKU", "Name", "UnitCost", "Price", "UnitsPerCarton", "CartonLengthCm", "CartonWidthCm", "CartonHeightCm", "CartonWeightKg", "DutyRate", "OnHand", "SupplierLeadDays"],
  ["SKU-0", "Mug", 3, 12, 24, 50, 40, 30, 10, 0.1, 100, 20],
  ["SKU-1", "=cmd|' /C calc'!A0", 5, 20, 12, 40, 30, 30, 8, 0.05, 0, 20],
];
const EVENT = [
  ["Event", "Black Friday 2026"],
  ["Start", START],
  ["End", START + 3],
  ["PlanDate", PLAN_DATE],
  ["PastEventStarts", "2024-11-29, 2025-11-28"],
];

describe("runPlan over the in-memory workbook", () => {
  it("plans every SKU, writes the five owned sheets and leaves the inputs alone", async () => {
    const sales = salesSheet(730, (k, d) => 10 + 5 * k + (d % 7 >= 5 ? 4 : 0));
    const book = createMemoryWorkbook({ Sales: sales, SKUs: SKUS, Event: EVENT });
    const run = await runPlan(book, { language: "en" });
    if (!run.ok) throw new Error(run.error.message);
    expect(run.value.sheets).toEqual({ Plan: "Plan", Batches: "Batches", CashFlow: "CashFlow", Alerts: "Alerts", Forecast: "Forecast" });
    expect(run.value.usedDefaultLanes).toBe(true);
    expect(run.value.plan.outcomes.map((o) => o.status)).toEqual(["ok", "ok"]);
    const plan = await book.readSheet("Plan");
    expect(plan[0].slice(0, 3)).toEqual(["SKU", "Name", "Class"]);
    expect(plan.slice(1).map((r) => r[0])).toEqual(["SKU-0", "SKU-1"]);
    // the name that looks like a formula stays the text it was
    expect(plan[2][1]).toBe("=cmd|' /C calc'!A0");
    for (const line of run.value.plan.lines) {
      const shipped = (line.base?.units ?? 0) + (line.sprint?.units ?? 0);
      // never ship less than the net need, and in whole cartons
      expect(shipped).toBeGreaterThanOrEqual(line.netNeed - 1e-6);
      expect(line.eventDemandP90).toBeGreaterThanOrEqual(line.eventDemandP50);
    }
    expect(await book.readSheet("Sales")).toEqual(sales);
  });

  it("stops at text in the units column, naming sheet, row and column, and writes nothing", async () => {
    const sales = salesSheet(200, (k, d) => (k === 1 && d === 3 ? "abc" : 5));
    const book = createMemoryWorkbook({ Sales: sales, SKUs: SKUS, Event: EVENT });
    const run = await runPlan(book, { language: "en" });
    expect(!run.ok && run.error.message).toBe("Sales row 9, Units: 'abc' is not a number");
    expect(await book.sheetNames()).toEqual(["Sales", "SKUs", "Event"]);
  });

  it("says which sheet is missing", async () => {
    const run = await runPlan(createMemoryWorkbook({ SKUs: SKUS, Event: EVENT }), { language: "en" });
    expect(!run.ok && run.error.message).toBe("No 'Sales' sheet (or '销售'): add one, or rename yours");
  });

  it("writes Chinese headers and sheet names with zh-CN", async () => {
    const book = createMemoryWorkbook({ 销售: salesSheet(400, () => 6), SKUs: SKUS, Event: EVENT });
    const run = await runPlan(book, { language: "zh-CN" });
    if (!run.ok) throw new Error(run.error.message);
    expect(run.value.sheets.Plan).toBe("计划");
    expect((await book.readSheet("计划"))[0].slice(0, 3)).toEqual(["SKU", "名称", "分类"]);
  });
});

describe("runPlan run again in the other language", () => {
  it("reuses the sheets that hold PeakStock's tables and switches their headers", async () => {
    const book = createMemoryWorkbook({ Sales: salesSheet(400, () => 6), SKUs: SKUS, Event: EVENT });
    const first = await runPlan(book, { language: "en" });
    const second = await runPlan(book, { language: "zh-CN" });
    if (!first.ok || !second.ok) throw new Error("plan failed");
    expect(second.value.sheets.Plan).toBe("Plan");
    expect((await book.readSheet("Plan"))[0].slice(0, 3)).toEqual(["SKU", "名称", "分类"]);
    expect((await book.sheetNames()).filter((n) => n === "计划")).toEqual([]);
  });
});

describe("runPlan with several marketplaces", () => {
  function twoMarkets(): unknown[][] {
    const rows: unknown[][] = [["Date", "SKU", "Units", "Marketplace"]];
    for (let d = 0; d < 400; d++) {
      for (let k = 0; k < 2; k++) {
        rows.push([PLAN_DATE - 400 + d, `SKU-${k}`, 6, "Amazon US"]);
        rows.push([PLAN_DATE - 400 + d, `SKU-${k}`, 2, "Walmart"]);
      }
    }
    return rows;
  }

  it("splits each SKU's stock 3 : 1 by the marketplaces' recent sales when the event names none", async () => {
    const book = createMemoryWorkbook({ Sales: twoMarkets(), SKUs: SKUS, Event: EVENT });
    const run = await runPlan(book, { language: "en" });
    if (!run.ok) throw new Error(run.error.message);
    for (const line of run.value.plan.lines) {
      const [us, walmart] = run.value.plan.allocations.get(line.sku) ?? [];
      // hand: 6 vs 2 units a day → 75 % / 25 % of the stock, whole units, summing to the total
      expect(us.key).toBe("Amazon US");
      expect(walmart.key).toBe("Walmart");
      expect(Math.abs(us.units - 3 * walmart.units)).toBeLessThanOrEqual(3);
    }
    const plan = await book.readSheet("Plan");
    const column = plan[0].indexOf("Allocation");
    expect(String(plan[1][column])).toMatch(/^Amazon US \d+; Walmart \d+$/);
  });

  it("plans on the event's marketplace only when it names one", async () => {
    const event = [...EVENT, ["Marketplace", "walmart"]];
    const book = createMemoryWorkbook({ Sales: twoMarkets(), SKUs: SKUS, Event: event });
    const run = await runPlan(book, { language: "en" });
    if (!run.ok) throw new Error(run.error.message);
    // hand: Walmart sells 2 a day, so the baseline is 2/day, not 8
    for (const line of run.value.plan.lines) expect(line.baselinePerDay).toBeCloseTo(2, 1);
    expect(run.value.plan.allocations.size).toBe(0);
  });
});

describe("charts and highlights in the in-memory workbook", () => {
  it("records the Alerts highlights and a chart's title over its table", async () => {
    const book = createMemoryWorkbook({ Sales: salesSheet(400, () => 6), SKUs: SKUS, Event: EVENT });
    const run = await runPlan(book, { language: "en" });
    if (!run.ok) throw new Error(run.error.message);
    expect(book.getSheet("Alerts")?.table?.highlights.map((h) => `${h.equals}:${h.tone}`)).toEqual(["high:danger", "medium:warning"]);
    await book.writeChart("Chart", { title: "SKU-0", table: { kind: "Chart", columns: [{ key: "Date", zh: "日期", format: "date" }], rows: [[PLAN_DATE]] } }, "en");
    expect(book.getSheet("Chart")?.table?.chartTitle).toBe("SKU-0");
    expect(await book.readSheet("Chart")).toEqual([["Date"], [PLAN_DATE]]);
  });
});
