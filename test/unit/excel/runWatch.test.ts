import { serialFromYmd } from "../../../src/engine/dates";
import { WATCH_COLUMNS } from "../../../src/engine/watch/watchTable";
import { createMemoryWorkbook } from "../../../src/excel/memoryWorkbook";
import { isNotesInTheWay, parseOwnership } from "../../../src/excel/ownership";
import { runPlan } from "../../../src/excel/runPlan";
import { runWatch, type WatchRun } from "../../../src/excel/runWatch";

const PLAN_DATE = serialFromYmd(2026, 9, 15);
const START = serialFromYmd(2026, 11, 27);

function sales(days: number): unknown[][] {
  const rows: unknown[][] = [["Date", "SKU", "Units"]];
  for (let d = 0; d < days; d++) for (let k = 0; k < 2; k++) rows.push([PLAN_DATE - days + d, `SKU-${k}`, 10 + 5 * k]);
  return rows;
}
const SKUS = [
  ["SKU", "Name", "UnitCost", "Price", "UnitsPerCarton", "CartonLengthCm", "CartonWidthCm", "CartonHeightCm", "CartonWeightKg", "DutyRate", "OnHand", "SupplierLeadDays"],
  ["SKU-0", "Mug", 3, 12, 24, 50, 40, 30, 10, 0.1, 300, 20],
  ["SKU-1", "Lamp", 5, 20, 12, 40, 30, 30, 8, 0.05, 0, 20],
];
const EVENT = [["Event", "Black Friday 2026"], ["Start", START], ["End", START + 3], ["PlanDate", PLAN_DATE], ["PastEventStarts", "2024-11-29, 2025-11-28"]];

/** Ten days since the plan date: SKU-0 at three times its 10 a day; SKU-1 out of stock (OnHand 0), selling nothing. */
function salesToDate(header = ["Date", "SKU", "Units", "OnHand"]): unknown[][] {
  const rows: unknown[][] = [header];
  for (let d = 0; d < 10; d++) rows.push([PLAN_DATE + d, "SKU-0", 30, 200], [PLAN_DATE + d, "SKU-1", 0, 0]);
  return rows;
}

function watched(run: Awaited<ReturnType<typeof runWatch>>): WatchRun {
  if (!run.ok) throw new Error(run.error.message);
  return run.value;
}

describe("runWatch over the in-memory workbook", () => {
  it("plans again from the sheets, reads SalesToDate, writes an owned Watch sheet and leaves the inputs alone", async () => {
    const todate = salesToDate();
    const book = createMemoryWorkbook({ Sales: sales(400), SKUs: SKUS, Event: EVENT, SalesToDate: todate });
    const run = watched(await runWatch(book, { language: "en" }));
    expect(run).toMatchObject({ salesSheet: "SalesToDate", sheet: "Watch" });
    if (run.outcome.kind !== "report") throw new Error(run.outcome.kind);
    expect(run.outcome.report).toMatchObject({ fromSerial: PLAN_DATE, toSerial: PLAN_DATE + 9 });
    const grid = await book.readSheet("Watch");
    expect(grid[0]).toEqual(WATCH_COLUMNS.map((c) => c.key));
    const row = (sku: string) => grid.find((r) => r[0] === sku) as unknown[];
    const at = (key: string) => WATCH_COLUMNS.findIndex((c) => c.key === key);
    // SKU-1: zero on hand and zero sold on all ten days → a stock-out (first), never a slow mover
    expect(grid[1][0]).toBe("SKU-1");
    expect([row("SKU-1")[at("Status")], row("SKU-1")[at("Sold")], row("SKU-1")[at("StockOutDays")], row("SKU-1")[at("StockNow")]]).toEqual(["STOCKOUT", 0, 10, 0]);
    // SKU-0: 10 × 30 = 300 sold; OnHand 200 at the end of the last day
    expect([row("SKU-0")[at("Sold")], row("SKU-0")[at("StockNow")], row("SKU-0")[at("AsOf")]]).toEqual([300, 200, PLAN_DATE + 9]);
    expect(String(row("SKU-0")[at("Advice")])).toMatch(/^Sold 300 against \d+ forecast/);
    expect(parseOwnership(await book.loadOwnership()).tables.map((t) => t.kind)).toEqual(["Watch"]);
    expect(await book.readSheet("SalesToDate")).toEqual(todate);
  });

  it("watches the pane's plan as given, writes Chinese headers, and replaces its Watch table in place on the next run", async () => {
    const book = createMemoryWorkbook({ 销售: sales(400), 产品: SKUS, 活动: EVENT, 至今销量: salesToDate(["日期", "SKU", "销量", "库存"]) });
    const planned = await runPlan(book, { language: "zh-CN" });
    if (!planned.ok) throw new Error(planned.error.message);
    const lanes = (await import("../../../src/engine/plan/defaultLanes")).DEFAULT_LANES;
    const plan = { lines: planned.value.plan.lines, policy: planned.value.policy, lanes, sources: planned.value.sources };
    const first = watched(await runWatch(book, { language: "zh-CN", plan }));
    expect(first).toMatchObject({ salesSheet: "至今销量", sheet: "监控" });
    const grid = await book.readSheet("监控");
    expect(grid[0]).toEqual(WATCH_COLUMNS.map((c) => c.zh));
    expect(grid[1].slice(2, 4)).toEqual(["Amazon US", "断货"]); // the default lanes' destination, then the status
    const second = watched(await runWatch(book, { language: "zh-CN", plan }));
    expect(second.sheet).toBe("监控");
    expect((await book.sheetNames()).filter((n) => n.startsWith("监控"))).toEqual(["监控"]);
  });

  it("reads a Destination column as the marketplace and keeps only the event's", async () => {
    const rows: unknown[][] = [["Date", "SKU", "Units", "Destination"]];
    for (let d = 0; d < 5; d++) rows.push([PLAN_DATE + d, "SKU-0", 10, "Amazon US"], [PLAN_DATE + d, "SKU-0", 99, "Walmart"]);
    const event = [...EVENT, ["Marketplace", "Amazon US"]];
    const book = createMemoryWorkbook({ Sales: sales(400), SKUs: SKUS, Event: event, SalesToDate: rows });
    const run = watched(await runWatch(book, { language: "en" }));
    if (run.outcome.kind !== "report") throw new Error(run.outcome.kind);
    expect(run.outcome.report.rows.find((r) => r.sku === "SKU-0")?.actualUnits).toBe(50); // hand: 5 days × 10 at Amazon US
  });

  it("writes nothing when the sales end before the plan date, and names a missing SKUs sheet", async () => {
    const book = createMemoryWorkbook({ Sales: sales(400), SKUs: SKUS, Event: EVENT });
    const run = watched(await runWatch(book, { language: "en" }));
    expect(run).toMatchObject({ salesSheet: "Sales", sheet: null, outcome: { kind: "noDays", sheet: "Sales", planDate: PLAN_DATE } });
    expect(await book.sheetNames()).toEqual(["Sales", "SKUs", "Event"]);
    const bad = await runWatch(createMemoryWorkbook({ Sales: sales(400), SKUs: SKUS, Event: EVENT }), { language: "en", salesSheet: "Recent" });
    expect(!bad.ok && bad.error.message).toBe("The sheet 'Recent' chosen for SalesToDate is not in the workbook");
  });

  it("stops at a seller's notes in the way of a growing Watch table, and writes over them when told", async () => {
    // first a day of SKU-0 only: a one-row Watch table (A1:T2); the seller types a note in A3, right below it
    const book = createMemoryWorkbook({ Sales: sales(400), SKUs: SKUS, Event: EVENT, SalesToDate: salesToDate().slice(0, 2) });
    watched(await runWatch(book, { language: "en" }));
    expect(await book.readSheet("Watch")).toHaveLength(2);
    book.setCells("Watch", 2, 0, [["call the forwarder"]]);
    book.setSheet("SalesToDate", salesToDate()); // both SKUs now: the table would grow over A3
    const stopped = await runWatch(book, { language: "en" });
    expect(!stopped.ok && isNotesInTheWay(stopped.error) && stopped.error.message).toContain("A3");
    expect((await book.readSheet("Watch"))[2][0]).toBe("call the forwarder");
    expect(watched(await runWatch(book, { language: "en", overwriteNotes: true })).sheet).toBe("Watch");
    expect(await book.readSheet("Watch")).toHaveLength(3);
  });
});
