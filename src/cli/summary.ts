/**
 * The command line's summary of a plan run, in English or Simplified Chinese
 * (`--lang zh-CN`): what a seller reads in the terminal.
 */
import { errorText } from "../engine/errorText";
import { isoFromSerial } from "../engine/dates";
import { supplierLabel } from "../engine/orders/orderLabels";
import { supplierTotals } from "../engine/orders/supplierTotals";
import { renderNote } from "../engine/plan/planNotes";
import type { PlanRun } from "../excel/runPlan";
import { scenarioLines } from "./scenarioSummary";
import { seasonLines } from "./seasonSummary";

const usd = (x: number): string => `$${Math.round(x).toLocaleString("en-US")}`;
const n = (x: number): string => Math.round(x).toLocaleString("en-US");

interface SummaryText {
  planned(ok: number, skipped: number, failed: number, event: string): string;
  lane(lane: string, units: string, cost: string, shipBy: string): string;
  earliest(date: string, lane: string): string;
  alerts(total: number, high: number): string;
  orders(orders: number, suppliers: number, amount: string, deposit: string): string;
  supplier(name: string, orders: number, skus: number, units: string, amount: string, deposit: string, first: string, last: string): string;
  moreSuppliers(count: number, amount: string): string;
  shipmentFiles(count: number, folder: string): string;
  defaultLanes: string;
  warnings(count: number, first: string): string;
  wrote(sheets: string): string;
  /** The output saved; `input` when it is another file (left unchanged), null when written in place. */
  saved(file: string, input: string | null): string;
}

const EN: SummaryText = {
  planned: (ok, skipped, failed, event) => `Planned ${ok} SKUs (${skipped} skipped, ${failed} failed) for ${event}`,
  lane: (lane, units, cost, shipBy) => `  ${lane}: ${units} units, ${cost} landed, ship by ${shipBy}`,
  earliest: (date, lane) => `Earliest ship-by: ${date} (${lane})`,
  alerts: (total, high) => `Alerts: ${total} (${high} high)`,
  orders: (orders, suppliers, amount, deposit) => `Purchase orders: ${orders} to ${suppliers} suppliers, ${amount} (deposits ${deposit})`,
  supplier: (name, orders, skus, units, amount, deposit, first, last) =>
    `  ${name}: ${orders} order${orders === 1 ? "" : "s"}, ${skus} SKU${skus === 1 ? "" : "s"}, ${units} units, ${amount} (deposit ${deposit} on ${first}, balances to ${last})`,
  moreSuppliers: (count, amount) => `  … and ${count} more suppliers, ${amount}`,
  shipmentFiles: (count, folder) => `Wrote ${count} Send to Amazon file${count === 1 ? "" : "s"} to ${folder}`,
  defaultLanes: "No Lanes sheet: used the default China → US West lanes",
  warnings: (count, first) => `Warnings: ${count} (first: ${first})`,
  wrote: (sheets) => `Wrote sheets: ${sheets}`,
  saved: (file, input) => (input === null ? `Saved ${file} (in place)` : `Saved the plan to ${file}; ${input} is unchanged`),
};

const ZH: SummaryText = {
  planned: (ok, skipped, failed, event) => `已规划 ${ok} 个 SKU（跳过 ${skipped} 个，失败 ${failed} 个）：${event}`,
  lane: (lane, units, cost, shipBy) => `  ${lane}：${units} 件，到岸 ${cost}，最晚 ${shipBy} 发货`,
  earliest: (date, lane) => `最早的最晚发货日：${date}（${lane}）`,
  alerts: (total, high) => `预警：${total} 条（高 ${high} 条）`,
  orders: (orders, suppliers, amount, deposit) => `采购单：${orders} 张，${suppliers} 家供应商，${amount}（定金 ${deposit}）`,
  supplier: (name, orders, skus, units, amount, deposit, first, last) => `  ${name}：${orders} 张采购单，${skus} 个 SKU，${units} 件，${amount}（${first} 付定金 ${deposit}，尾款付到 ${last}）`,
  moreSuppliers: (count, amount) => `  …… 另有 ${count} 家供应商，${amount}`,
  shipmentFiles: (count, folder) => `已写出 ${count} 个亚马逊入库上传文件到 ${folder}`,
  defaultLanes: "没有物流渠道表：使用默认的中国 → 美西渠道",
  warnings: (count, first) => `提醒：${count} 条（第一条：${first}）`,
  wrote: (sheets) => `已写入工作表：${sheets}`,
  saved: (file, input) => (input === null ? `已保存 ${file}（覆盖原文件）` : `计划已保存到 ${file}；${input} 没有改动`),
};

/** The summary's fixed texts in `language` ("zh…" → Chinese). */
export function summaryText(language: string): SummaryText {
  return language.toLowerCase().startsWith("zh") ? ZH : EN;
}

/** Suppliers listed by name in the summary; the rest are added up on one line. */
const SUPPLIERS_LISTED = 8;

/**
 * The purchase orders block: orders, suppliers, amount and deposits, then per supplier (largest
 * first, the first eight) its orders, SKUs, units, amount, deposit and its day, and the last balance day.
 * @example supplierLines(run, "en") // ["Purchase orders: 19 to 17 suppliers, $160,212 (deposits $48,064)", "  Shenzhen Voltcore …: 1 order, 3 SKUs, …", …]
 */
export function supplierLines(run: PlanRun, language = "en"): string[] {
  const t = summaryText(language);
  const { orders } = run.plan;
  if (orders.length === 0) return [];
  const totals = supplierTotals(orders);
  const sum = (pick: (x: (typeof totals)[number]) => number, list = totals): number => list.reduce((s, x) => s + pick(x), 0);
  const lines = [t.orders(orders.length, totals.length, usd(sum((x) => x.amountUsd)), usd(sum((x) => x.depositUsd)))];
  for (const s of totals.slice(0, SUPPLIERS_LISTED)) {
    lines.push(t.supplier(supplierLabel(s.supplier, language), s.orders, s.skus, n(s.units), usd(s.amountUsd), usd(s.depositUsd), isoFromSerial(s.firstPaymentSerial), isoFromSerial(s.lastPaymentSerial)));
  }
  const rest = totals.slice(SUPPLIERS_LISTED);
  if (rest.length > 0) lines.push(t.moreSuppliers(rest.length, usd(sum((x) => x.amountUsd, rest))));
  return lines;
}

/**
 * Lines of text: SKUs planned / skipped / failed, a season's events ({@link seasonLines}), units and cost per lane, the
 * earliest ship-by date, the purchase orders per supplier ({@link supplierLines}), the scenarios
 * beside the base plan when the book has them ({@link scenarioLines}), alert counts (the high ones listed) and the sheets written.
 * @example summaryLines(run, "Black Friday 2026")[0] // "Planned 58 SKUs (2 skipped, 0 failed) for Black Friday 2026"
 */
export function summaryLines(run: PlanRun, eventName: string, language = "en"): string[] {
  const t = summaryText(language);
  const { plan } = run;
  // A season's SKUs are counted once, at its first event (each event plans the same SKUs).
  const first = plan.events[0]?.name;
  const outcomes = plan.events.length > 1 ? plan.outcomes.filter((o) => o.event === first) : plan.outcomes;
  const count = (status: string): number => outcomes.filter((o) => o.status === status).length;
  const lines = [t.planned(count("ok"), count("skipped"), count("error"), plan.events.length > 1 ? plan.events.map((e) => e.name).join(" + ") : eventName)];
  lines.push(...seasonLines(plan.events, language));
  const byLane = new Map<string, { units: number; cost: number; shipBy: number }>();
  for (const s of plan.shipments) {
    const entry = byLane.get(s.lane) ?? { units: 0, cost: 0, shipBy: s.shipBy };
    byLane.set(s.lane, { units: entry.units + s.units, cost: entry.cost + s.totalUsd, shipBy: Math.min(entry.shipBy, s.shipBy) });
  }
  for (const [lane, e] of byLane) lines.push(t.lane(lane, n(e.units), usd(e.cost), isoFromSerial(e.shipBy)));
  if (plan.shipments.length > 0) {
    const first = plan.shipments.reduce((a, b) => (b.shipBy < a.shipBy ? b : a));
    lines.push(t.earliest(isoFromSerial(first.shipBy), first.lane));
  }
  lines.push(...supplierLines(run, language));
  lines.push(...scenarioLines(run, language));
  const high = plan.alerts.filter((a) => a.severity === "high");
  lines.push(t.alerts(plan.alerts.length, high.length));
  for (const a of high.slice(0, 5)) lines.push(`  ! ${a.sku ? `${a.sku}: ` : ""}${renderNote(a.note, language)}`);
  if (run.usedDefaultLanes) lines.push(t.defaultLanes);
  if (run.warnings.length > 0) lines.push(t.warnings(run.warnings.length, errorText(run.warnings[0], language)));
  lines.push(t.wrote(Object.values(run.sheets).join(", ")));
  return lines;
}
