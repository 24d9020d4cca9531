/**
 * The command line's summary of a Watch, in English or Simplified Chinese: the days
 * watched, how many SKUs have each status, every re-order with its lane, units, dates and
 * cost, the SKUs out of stock now, and why a watch had nothing to say.
 */
import { isoFromSerial } from "../engine/dates";
import { errorText } from "../engine/errorText";
import type { WatchOutcome, WatchReport } from "../engine/watch/watchFromSheets";
import { renderWatchNotes } from "../engine/watch/watchNotes";
import type { WatchStatus } from "../engine/watch/watchSku";
import type { WatchRun } from "../excel/runWatch";

const usd = (x: number): string => `$${Math.round(x).toLocaleString("en-US")}`;
const n = (x: number): string => Math.round(x).toLocaleString("en-US");

/** Most SKUs named on one line; the rest are counted. */
const LISTED = 10;

/** The statuses in the order the summary counts them: what needs doing first. */
const STATUSES: readonly WatchStatus[] = ["STOCKOUT", "REORDER", "SHORT", "SLOW", "HOT", "OK"];

/** Advice notes that say why a short SKU gets no re-order. */
const NO_REORDER_KEYS: ReadonlySet<string> = new Set(["noLaneInTime", "nothingSaves", "noLaneForGoods"]);

const TEXT = {
  en: {
    watched: (event: string, count: number, from: string, to: string, sheet: string) =>
      `Watched ${count} SKU${count === 1 ? "" : "s"} of ${event}: sales ${from} … ${to} from the ${sheet} sheet`,
    status: { STOCKOUT: "out of stock", REORDER: "re-order", SHORT: "short (no lane helps)", SLOW: "slow", HOT: "selling fast", OK: "on track" } as Record<WatchStatus, string>,
    counts: (parts: string) => `SKUs by status: ${parts}`,
    sep: ", ",
    reorders: (count: number) => `Re-orders (${count}):`,
    noReorder: "No re-order needed",
    inTime: (sku: string, units: string, lane: string, ready: string, sellable: string, deadline: string, freight: string, goods: string) =>
      `  ${sku}: ${units} units by ${lane}, ready ${ready}, sellable by ${sellable} (in time for ${deadline}); freight ${freight}, goods ${goods}`,
    late: (sku: string, units: string, lane: string, sellable: string, days: number, deadline: string, saves: string, freight: string, goods: string) =>
      `  ${sku}: ${units} units by ${lane}, sellable ${sellable} (${days} days after ${deadline}, still saves ${saves}); freight ${freight}, goods ${goods}`,
    short: "Short with no re-order:",
    shortRow: (sku: string, why: string) => `  ${sku}: ${why}`,
    outOfStock: (list: string) => `Out of stock now: ${list}`,
    noSales: (count: number, list: string) => `No sales on the sheet for ${count} planned SKU${count === 1 ? "" : "s"}: ${list}`,
    more: (count: number) => ` and ${count} more`,
    errors: (count: number, first: string) => `Could not advise on ${count} (first: ${first})`,
    wrote: (sheet: string) => `Wrote sheet: ${sheet}`,
    saved: (file: string, input: string | null) => (input === null ? `Saved ${file} (in place)` : `Saved the watch to ${file}; ${input} is unchanged`),
    noDays: (sheet: string, planDate: string) =>
      `The ${sheet} sheet has no sales on or after the plan date ${planDate}: paste the days since then on a SalesToDate sheet (至今销量: Date, SKU, Units and, if you have it, OnHand) or name their sheet with --sales-sheet. Nothing was written.`,
    eventOver: (end: string) =>
      `The sales to date reach the event's last day (${end}): nothing is left to re-order. To see how the plan did, run peakstock replay. Nothing was written.`,
  },
  zh: {
    watched: (event: string, count: number, from: string, to: string, sheet: string) => `已监控 ${event} 的 ${count} 个 SKU：销量 ${from} … ${to}，来自工作表 ${sheet}`,
    status: { STOCKOUT: "断货", REORDER: "补货", SHORT: "缺货（无渠道可补）", SLOW: "滞销", HOT: "热销", OK: "正常" } as Record<WatchStatus, string>,
    counts: (parts: string) => `各状态 SKU 数：${parts}`,
    sep: "，",
    reorders: (count: number) => `补货建议（${count} 条）：`,
    noReorder: "无需补货",
    inTime: (sku: string, units: string, lane: string, ready: string, sellable: string, deadline: string, freight: string, goods: string) =>
      `  ${sku}：${units} 件走 ${lane}，${ready} 生产完成，最晚 ${sellable} 可售（赶得上 ${deadline}）；运费 ${freight}，货值 ${goods}`,
    late: (sku: string, units: string, lane: string, sellable: string, days: number, deadline: string, saves: string, freight: string, goods: string) =>
      `  ${sku}：${units} 件走 ${lane}，${sellable} 可售（比 ${deadline} 晚 ${days} 天，仍可挽回 ${saves}）；运费 ${freight}，货值 ${goods}`,
    short: "缺货但不建议补货：",
    shortRow: (sku: string, why: string) => `  ${sku}：${why}`,
    outOfStock: (list: string) => `当前断货：${list}`,
    noSales: (count: number, list: string) => `表中没有 ${count} 个已规划 SKU 的销量：${list}`,
    more: (count: number) => ` 等，另有 ${count} 个`,
    errors: (count: number, first: string) => `${count} 个问题无法给出建议（第一条：${first}）`,
    wrote: (sheet: string) => `已写入工作表：${sheet}`,
    saved: (file: string, input: string | null) => (input === null ? `已保存 ${file}（覆盖原文件）` : `监控结果已保存到 ${file}；${input} 没有改动`),
    noDays: (sheet: string, planDate: string) =>
      `工作表 ${sheet} 中没有计划日期 ${planDate} 当天或之后的销量：请把此后每天的销量粘贴到 SalesToDate（至今销量）工作表（日期、SKU、销量，如有库存也请填写），或用 --sales-sheet 指定所在的工作表。没有写入任何内容。`,
    eventOver: (end: string) => `至今销量已到活动最后一天（${end}）：已没有需要补货的时间。想看计划的效果，请运行 peakstock replay。没有写入任何内容。`,
  },
} as const;

/** The Watch summary's texts in `language` ("zh…" → Chinese). */
export function watchSummaryText(language: string): (typeof TEXT)["en"] | (typeof TEXT)["zh"] {
  return language.toLowerCase().startsWith("zh") ? TEXT.zh : TEXT.en;
}

/** Up to {@link LISTED} names, then how many more. */
function listed(names: readonly string[], language: string): string {
  const t = watchSummaryText(language);
  const shown = names.slice(0, LISTED).join(t.sep);
  return names.length > LISTED ? shown + t.more(names.length - LISTED) : shown;
}

/**
 * Why a watch wrote nothing, in `language`: the sheet has no day since the plan date, or the
 * sales reach the event's end. Null for a report.
 * @example watchStopText({ kind: "noDays", sheet: "Sales", planDate: 46279 }, "en") // "The Sales sheet has no sales on or after the plan date 2026-09-14: paste …"
 */
export function watchStopText(outcome: WatchOutcome, language: string): string | null {
  const t = watchSummaryText(language);
  if (outcome.kind === "noDays") return t.noDays(outcome.sheet, isoFromSerial(outcome.planDate));
  if (outcome.kind === "eventOver") return t.eventOver(isoFromSerial(outcome.end));
  return null;
}

/**
 * Lines of text for a Watch's report: the days watched and the sheet read, the SKUs per status,
 * each re-order (SKU, units, lane, ready and sellable days, the deadline, freight and goods in USD;
 * a late one with what it still saves), short SKUs no lane helps and why, the SKUs out of stock now,
 * planned SKUs without sales on the sheet, problems, and the sheet written.
 * @example watchSummaryLines(run, report, "en")[1] // "SKUs by status: 1 out of stock, 1 re-order, 1 on track"
 */
export function watchSummaryLines(run: WatchRun, report: WatchReport, language = "en"): string[] {
  const t = watchSummaryText(language);
  const lines = [t.watched(run.plan.policy.name, report.rows.length, isoFromSerial(report.fromSerial), isoFromSerial(report.toSerial), run.salesSheet)];
  const counts = STATUSES.filter((s) => report.counts[s] > 0).map((s) => `${report.counts[s]} ${t.status[s]}`);
  lines.push(t.counts(counts.join(t.sep)));
  const reorders = report.rows.filter((r) => r.reorder.kind === "inTime" || r.reorder.kind === "late");
  lines.push(reorders.length > 0 ? t.reorders(reorders.length) : t.noReorder);
  for (const r of reorders) {
    const c = r.reorder;
    if (c.kind === "inTime") {
      const o = c.option;
      lines.push(t.inTime(r.sku, n(o.units), o.lane.name, isoFromSerial(o.readyDay), isoFromSerial(o.sellableDay), isoFromSerial(c.deadline), usd(o.freightUsd), usd(o.purchaseUsd)));
    } else if (c.kind === "late") {
      const o = c.option;
      lines.push(t.late(r.sku, n(o.units), o.lane.name, isoFromSerial(o.sellableDay), o.sellableDay - c.deadline, isoFromSerial(c.deadline), usd(o.savesUsd), usd(o.freightUsd), usd(o.purchaseUsd)));
    }
  }
  const short = report.rows.filter((r) => r.status === "SHORT");
  if (short.length > 0) {
    lines.push(t.short);
    for (const r of short.slice(0, LISTED)) lines.push(t.shortRow(r.sku, renderWatchNotes(r.notes.filter((note) => NO_REORDER_KEYS.has(note.key)), language)));
  }
  const out = report.rows.filter((r) => r.status === "STOCKOUT").map((r) => r.sku);
  if (out.length > 0) lines.push(t.outOfStock(listed(out, language)));
  if (report.unmatched.length > 0) lines.push(t.noSales(report.unmatched.length, listed(report.unmatched, language)));
  if (report.errors.length > 0) lines.push(t.errors(report.errors.length, errorText(report.errors[0], language)));
  if (run.sheet !== null) lines.push(t.wrote(run.sheet));
  return lines;
}
