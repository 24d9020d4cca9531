import { serialFromYmd } from "../../../src/engine/dates";
import { planLineKey } from "../../../src/engine/plan/planEvent";
import { createMemoryWorkbook, MemoryWorkbook } from "../../../src/excel/memoryWorkbook";
import { isNotesInTheWay, parseOwnership, writeOwnedOutputs } from "../../../src/excel/ownership";
import { runPlan, type PlanRun } from "../../../src/excel/runPlan";
import type { OutputWrite } from "../../../src/excel/workbookPort";
import { evaluateSheet } from "../../helpers/referenceEvaluator";

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
    expect(run.value.sheets).toEqual({ Plan: "Plan", Batches: "Batches", CashFlow: "CashFlow", Alerts: "Alerts", Forecast: "Forecast", PurchaseOrders: "PurchaseOrders", Shipments: "Shipments", SendToAmazon: "SendToAmazon", CartonLabels: "CartonLabels" });
    expect(run.value.usedDefaultLanes).toBe(true);
    expect(run.value.plan.outcomes.map((o) => o.status)).toEqual(["ok", "ok"]);
    const plan = await book.readSheet("Plan");
    expect(plan[0].slice(0, 4)).toEqual(["SKU", "Name", "Destination", "Class"]);
    // no Lanes sheet: the default lanes deliver to Amazon US
    expect(plan.slice(1).map((r) => r[2])).toEqual(["Amazon US", "Amazon US"]);
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
    expect((await book.readSheet("计划"))[0].slice(0, 4)).toEqual(["SKU", "名称", "目的地", "分类"]);
  });
});

/** The plan run's value, or the test fails with its message. */
function planned(run: Awaited<ReturnType<typeof runPlan>>): PlanRun {
  if (!run.ok) throw new Error(run.error.message);
  return run.value;
}

/** The units of the base batches the plan wrote: what =SUM(PeakStock_Plan[BaseQty]) must read. */
function baseUnits(run: PlanRun): number {
  return run.plan.lines.reduce((sum, line) => sum + (line.base?.units ?? 0), 0);
}

/** SKUs whose first name is `name` (the Plan's B2). */
function skusNamed(name: string): unknown[][] {
  return [SKUS[0], [SKUS[1][0], name, ...SKUS[1].slice(2)], SKUS[2]];
}

describe("runPlan run again over the seller's workbook", () => {
  it("gives the seller's =SUM(PeakStock_Plan[BaseQty]) and =Plan!B2 the new plan's values", async () => {
    const book = createMemoryWorkbook({ Sales: salesSheet(400, () => 6), SKUs: skusNamed("Mug"), Event: EVENT, Mine: [] });
    const first = planned(await runPlan(book, { language: "en" }));
    book.setCells("Mine", 0, 0, [["=SUM(PeakStock_Plan[BaseQty])", "=Plan!B2"]]);
    expect(await evaluateSheet(book, "Mine")).toEqual({ A1: baseUnits(first), B1: "Mug" });
    // Twice the sales and a new name: a bigger plan, read through the same references.
    book.setSheet("Sales", salesSheet(400, () => 12));
    book.setSheet("SKUs", skusNamed("Mug v2"));
    const second = planned(await runPlan(book, { language: "en" }));
    expect(baseUnits(second)).toBeGreaterThan(baseUnits(first));
    expect(await evaluateSheet(book, "Mine")).toEqual({ A1: baseUnits(second), B1: "Mug v2" });
    expect(await book.sheetNames()).toEqual(["Sales", "SKUs", "Event", "Mine", "Plan", "Batches", "CashFlow", "Alerts", "Forecast", "PurchaseOrders", "Shipments", "SendToAmazon", "CartonLabels"]);
  });

  it("keeps a plan the seller renamed to keep (Plan → Plan Sept) and writes the new one on a new Plan sheet", async () => {
    const book = createMemoryWorkbook({ Sales: salesSheet(400, () => 6), SKUs: SKUS, Event: EVENT });
    planned(await runPlan(book, { language: "en" }));
    const kept = await book.readSheet("Plan");
    book.renameSheet("Plan", "Plan Sept");
    book.setSheet("Sales", salesSheet(400, () => 9));
    const second = planned(await runPlan(book, { language: "en" }));
    expect(second.sheets.Plan).toBe("Plan");
    expect(await book.readSheet("Plan Sept")).toEqual(kept);
    const owned = parseOwnership(await book.loadOwnership()).tables.find((t) => t.kind === "Plan");
    expect(owned).toEqual({ kind: "Plan", sheet: "Plan", table: "PeakStock_Plan_2" });
  });

  it("stops before writing over a note below the plan, naming the cell, and writes it when the seller says so", async () => {
    const book = createMemoryWorkbook({ Sales: salesSheet(400, () => 6), SKUs: SKUS, Event: EVENT });
    planned(await runPlan(book, { language: "en" })); // Plan: a header and 2 SKUs, A1 to row 3
    book.setCells("Plan", 4, 0, [["order boxes"]]); // A5
    const withMore = [...SKUS, ["SKU-2", "Cup", 2, 8, 24, 50, 40, 30, 10, 0.1, 0, 20], ["SKU-3", "Lid", 1, 4, 48, 50, 40, 30, 10, 0.1, 0, 20]];
    const sales = salesSheet(400, () => 6).concat(Array.from({ length: 400 }, (_, d) => [PLAN_DATE - 400 + d, d % 2 === 0 ? "SKU-2" : "SKU-3", 5]));
    book.setSheet("Sales", sales);
    book.setSheet("SKUs", withMore);
    const before = await book.readSheet("Plan");
    const stopped = await runPlan(book, { language: "en" }); // 4 SKUs: rows 1 to 5
    expect(!stopped.ok && stopped.error.message).toBe("Plan!A5 holds a note the new plan would overwrite: the tables grow into it. Move it out of the way, or allow PeakStock to overwrite it, and run again. Nothing was written.");
    expect(!stopped.ok && isNotesInTheWay(stopped.error)).toBe(true);
    expect(await book.readSheet("Plan")).toEqual(before);
    const zh = await runPlan(book, { language: "zh-CN" });
    expect(!zh.ok && zh.error.message).toMatch(/^Plan!A5 有内容（备注），新的规划会覆盖它们/);
    const forced = planned(await runPlan(book, { language: "en", overwriteNotes: true }));
    expect(forced.plan.lines).toHaveLength(4);
    expect((await book.readSheet("Plan"))[4][0]).toBe(forced.plan.lines[3].sku);
  });

  it("leaves the previous plan whole when writing its third output fails", async () => {
    class FailingThird extends MemoryWorkbook {
      fail = false;
      protected override beforeStage(_write: OutputWrite, index: number): void {
        if (this.fail && index === 2) throw new Error("disk full");
      }
    }
    const book = new FailingThird({ Sales: salesSheet(400, () => 6), SKUs: SKUS, Event: EVENT });
    planned(await runPlan(book, { language: "en" }));
    const names = await book.sheetNames();
    const before = await Promise.all(names.map((n) => book.readSheet(n)));
    book.fail = true;
    book.setSheet("Sales", salesSheet(400, () => 11));
    await expect(runPlan(book, { language: "en" })).rejects.toThrow("disk full");
    expect(await book.sheetNames()).toEqual(names);
    // Sales is the seller's edit; every output is the previous plan's.
    expect((await Promise.all(names.map((n) => book.readSheet(n)))).slice(3)).toEqual(before.slice(3));
  });

  it("keeps the sheets and the seller's references when the language switches, and only the headers change", async () => {
    const book = createMemoryWorkbook({ Sales: salesSheet(400, () => 6), SKUs: skusNamed("Mug"), Event: EVENT, Mine: [] });
    planned(await runPlan(book, { language: "en" }));
    book.setCells("Mine", 0, 0, [["=Plan!B2"]]);
    const second = planned(await runPlan(book, { language: "zh-CN" }));
    expect(second.sheets).toEqual({ Plan: "Plan", Batches: "Batches", CashFlow: "CashFlow", Alerts: "Alerts", Forecast: "Forecast", PurchaseOrders: "PurchaseOrders", Shipments: "Shipments", SendToAmazon: "SendToAmazon", CartonLabels: "CartonLabels" });
    expect((await book.readSheet("Plan"))[0].slice(0, 4)).toEqual(["SKU", "名称", "目的地", "分类"]);
    expect((await book.sheetNames()).filter((n) => n === "计划")).toEqual([]);
    expect(await evaluateSheet(book, "Mine")).toEqual({ A1: "Mug" });
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
    // The default lanes go to Amazon US only, so Walmart sells from that one destination too: the stock is shared.
    const book = createMemoryWorkbook({ Sales: twoMarkets(), SKUs: SKUS, Event: EVENT });
    const run = await runPlan(book, { language: "en" });
    if (!run.ok) throw new Error(run.error.message);
    expect(run.value.plan.alerts.filter((a) => a.kind === "MARKETPLACE").map((a) => a.message)).toEqual([
      "Sales marketplace 'Walmart' is planned with Amazon US, the only destination of the lanes",
    ]);
    for (const line of run.value.plan.lines) {
      const [us, walmart] = run.value.plan.allocations.get(planLineKey(line.sku, line.destination)) ?? [];
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
    await writeOwnedOutputs(book, [{ chartTitle: "SKU-0", table: { kind: "Chart", columns: [{ key: "Date", zh: "日期", format: "date" }], rows: [[PLAN_DATE]] } }], "en");
    expect(book.getSheet("Chart")?.table?.chartTitle).toBe("SKU-0");
    expect(await book.readSheet("Chart")).toEqual([["Date"], [PLAN_DATE]]);
  });
});
