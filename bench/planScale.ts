/**
 * `npm run bench:plan`, part 2: plan 10,000 synthetic SKUs × 730 days end to
 * end — Sales (wide), SKUs and Event sheets in the in-memory workbook, through
 * runPlan, to the nine written tables — against a same-run baseline that only
 * reads the Sales sheet into daily series (the least any planner must do). The
 * purchase orders, shipment contents and their four tables (issue 12) are timed
 * again on their own on the same plan, to show their share.
 */
import { performance } from "node:perf_hooks";
import { cartonLabelsTable, purchaseOrders, purchaseOrdersTable, readSalesSheet, readSkuSheet, sendToAmazonTable, serialFromYmd, shipmentPacking, shipmentsTable } from "../src/engine";
import { DEFAULT_LANES } from "../src/engine/plan/defaultLanes";
import { createMemoryWorkbook } from "../src/excel/memoryWorkbook";
import { runPlan } from "../src/excel/runPlan";
import { mulberry32, poisson } from "./prng";

const DAYS = 730;
const PLAN_DATE = serialFromYmd(2026, 9, 15);
const START = serialFromYmd(2026, 11, 27);

/** The synthetic book: `skus` SKUs × 730 days of Poisson sales (wide), their SKUs rows and a Black Friday 2026 Event. */
export function sheets(skus: number): Record<string, unknown[][]> {
  const rand = mulberry32(7);
  const first = PLAN_DATE - DAYS;
  const sales: unknown[][] = [["SKU", ...Array.from({ length: DAYS }, (_, d) => first + d)]];
  const master: unknown[][] = [["SKU", "UnitCost", "Price", "UnitsPerCarton", "CartonLengthCm", "CartonWidthCm", "CartonHeightCm", "CartonWeightKg", "OnHand", "SupplierLeadDays"]];
  for (let k = 0; k < skus; k++) {
    const level = rand() < 0.3 ? 0.3 * rand() : 2 + 40 * rand();
    const row: unknown[] = [`SKU-${k}`];
    for (let d = 0; d < DAYS; d++) {
      const serial = first + d;
      const bf = (serial >= START - 364 && serial < START - 360) || (serial >= START - 728 && serial < START - 724) ? 3 : 1;
      row.push(poisson(rand, level * (d % 7 >= 5 ? 1.3 : 1) * bf));
    }
    sales.push(row);
    const cost = 2 + 20 * rand();
    master.push([`SKU-${k}`, cost, cost * 3, 24, 50, 40, 30, 10, Math.round(level * 30), Math.round(10 + 20 * rand())]);
  }
  const event = [
    ["Event", "Black Friday 2026"],
    ["Start", START],
    ["End", START + 3],
    ["PlanDate", PLAN_DATE],
    ["PastEventStarts", `${START - 364}, ${START - 728}`],
  ];
  return { Sales: sales, SKUs: master, Event: event };
}

/** Runs the end-to-end timing and prints the figures. */
export async function benchPlanScale(): Promise<void> {
  const skus = Number(process.env.BENCH_PLAN_SKUS ?? 10_000);
  const input = sheets(skus);
  const t0 = performance.now();
  const read = readSalesSheet(input.Sales, { sheet: "Sales" });
  const baseline = performance.now() - t0;
  if (!read.ok) throw new Error(read.error.message);

  const book = createMemoryWorkbook(input);
  const t1 = performance.now();
  const run = await runPlan(book, { language: "en" });
  const total = performance.now() - t1;
  if (!run.ok) throw new Error(run.error.message);
  const planned = run.value.plan.outcomes.filter((o) => o.status === "ok").length;
  const forecastRows = (await book.readSheet("Forecast")).length - 1;
  console.log(`\n## Plan ${skus.toLocaleString("en-US")} SKUs × ${DAYS} days end to end (in-memory workbook, one thread)`);
  console.log(`baseline (read the Sales sheet into daily series): ${(baseline / 1000).toFixed(2)} s`);
  console.log(`runPlan (read, forecast, plan, write 9 sheets):     ${(total / 1000).toFixed(2)} s, ${planned} SKUs planned, ${forecastRows.toLocaleString("en-US")} forecast rows, ${(total / baseline).toFixed(1)}× baseline`);
  const skuSheet = readSkuSheet(input.SKUs, { sheet: "SKUs" });
  if (!skuSheet.ok) throw new Error(skuSheet.error.message);
  const plan = run.value.plan;
  const t2 = performance.now();
  const orders = purchaseOrders(plan.lines, skuSheet.value.skus, run.value.policy);
  const packing = shipmentPacking(plan.shipments, plan.lines, skuSheet.value.skus, DEFAULT_LANES, run.value.policy.marketplace);
  const tables = [purchaseOrdersTable(orders), shipmentsTable(packing), sendToAmazonTable(packing), cartonLabelsTable(packing)];
  const ordersMs = performance.now() - t2;
  console.log(
    `of which orders, shipments, Send to Amazon, labels: ${(ordersMs / 1000).toFixed(2)} s (${((100 * ordersMs) / total).toFixed(1)} % of runPlan), rows ${tables.map((t) => `${t.kind} ${t.rows.length.toLocaleString("en-US")}`).join(", ")}`,
  );
  console.log(`goal: under 15 s: ${total < 15_000 ? "MET" : "MISSED"}`);
}
