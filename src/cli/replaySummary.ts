/**
 * The command line's summary of a replay, in English or Simplified Chinese: the edition and
 * its dates, each policy's profit side by side, and PeakStock's share of the reference's.
 */
import { isoFromSerial } from "../engine/dates";
import { errorText } from "../engine/errorText";
import { replayPolicyLabel } from "../engine/replay/replayPolicies";
import type { ReplayRun } from "../excel/runReplay";

const usd = (x: number): string => `${x < 0 ? "−" : ""}$${Math.round(Math.abs(x)).toLocaleString("en-US")}`;
const n = (x: number): string => Math.round(x).toLocaleString("en-US");
const pct = (x: number | null): string => (x === null ? "–" : `${(x * 100).toFixed(1)} %`);

/** Width of text in a terminal: CJK and full-width characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return w;
}

const skus = (count: number): string => `${count} SKU${count === 1 ? "" : "s"}`;

const pad = (text: string, to: number): string => text + " ".repeat(Math.max(0, to - width(text)));

const TEXT = {
  en: {
    replayed: (event: string, start: string, plan: string, days: number, from: string, end: string, count: number, where: string) =>
      `Replayed ${event}, edition starting ${start}: planned ${plan} (${days} days ahead, ${from}), window ${start} … ${end}, ${skus(count)}${where}`,
    at: (d: string) => ` at ${d}`,
    asked: "as asked",
    event: "the Event's PlanDate to Start",
    default: "the default",
    header: "Profit per policy (fill rate; units short, left over):",
    row: (profit: string, fill: string, short: string, left: string) => `${profit}  ${fill}  ${short} short, ${left} left over`,
    share: (share: string) => `PeakStock made ${share} of the perfect-foresight reference's profit`,
    noShare: "The perfect-foresight reference makes no profit on this edition: no share to give",
    stockAll: "Stock on the plan date: from the Sales sheet's OnHand",
    stockNone: "Stock on the plan date: the Sales sheet has no OnHand then; the replay assumes regular stock covered the days before the window",
    stockSome: (a: number, b: number) => `Stock on the plan date: from the Sales sheet's OnHand for ${skus(a)}; assumed for the ${skus(b)} without it (regular stock covered the days before the window)`,
    warnings: (count: number, first: string) => `Warnings: ${count} (first: ${first})`,
    defaultLanes: "No Lanes sheet: used the default China → US West lanes",
    wrote: (sheets: string) => `Wrote sheet: ${sheets}`,
    saved: (file: string, input: string | null) => (input === null ? `Saved ${file} (in place)` : `Saved the replay to ${file}; ${input} is unchanged`),
  },
  zh: {
    replayed: (event: string, start: string, plan: string, days: number, from: string, end: string, skus: number, where: string) =>
      `已复盘 ${event}，${start} 开始的一届：${plan} 规划（提前 ${days} 天，${from}），窗口 ${start} … ${end}，${skus} 个 SKU${where}`,
    at: (d: string) => `，目的地 ${d}`,
    asked: "按指定",
    event: "活动表的计划日期到开始日期",
    default: "默认值",
    header: "各策略利润（满足率；缺货、剩余件数）：",
    row: (profit: string, fill: string, short: string, left: string) => `${profit}  ${fill}  缺货 ${short}，剩余 ${left}`,
    share: (share: string) => `PeakStock 的利润是完美预知参照的 ${share}`,
    noShare: "完美预知参照在这一届没有利润，无法给出比例",
    stockAll: "计划日期的库存：取自销售表的库存列",
    stockNone: "计划日期的库存：销售表当时没有库存数据；复盘假设窗口之前由常规库存供货",
    stockSome: (a: number, b: number) => `计划日期的库存：${a} 个 SKU 取自销售表的库存列；其余 ${b} 个按假设（窗口之前由常规库存供货）`,
    warnings: (count: number, first: string) => `提醒：${count} 条（第一条：${first}）`,
    defaultLanes: "没有物流渠道表：使用默认的中国 → 美西渠道",
    wrote: (sheets: string) => `已写入工作表：${sheets}`,
    saved: (file: string, input: string | null) => (input === null ? `已保存 ${file}（覆盖原文件）` : `复盘已保存到 ${file}；${input} 没有改动`),
  },
} as const;

/** The replay summary's fixed texts in `language` ("zh…" → Chinese). */
export function replaySummaryText(language: string): (typeof TEXT)["en"] | (typeof TEXT)["zh"] {
  return language.toLowerCase().startsWith("zh") ? TEXT.zh : TEXT.en;
}

/**
 * Lines of text: the edition replayed and its dates, one line per policy (profit, fill rate, units
 * short and left over), PeakStock's share of the reference's profit, the stock assumption, warnings
 * and the sheet written.
 * @example replaySummaryLines(run, "en")[2] // "  PeakStock   $488,388  95.8 %  2,963 short, 12,403 left over"
 */
export function replaySummaryLines(run: ReplayRun, language = "en"): string[] {
  const t = replaySummaryText(language);
  const { replay } = run;
  const e = replay.edition;
  const skuCount = replay.destinations.reduce((sum, d) => sum + (d.results[0]?.skus.length ?? 0), 0);
  const named = replay.destinations.map((d) => d.destination).filter((d) => d !== "");
  const lines = [
    t.replayed(replay.policy.name, isoFromSerial(e.start), isoFromSerial(e.planDate), e.daysAhead, t[e.daysAheadFrom], isoFromSerial(e.windowEnd), skuCount, named.length > 0 ? t.at(named.join(", ")) : ""),
    t.header,
  ];
  const labels = replay.totals.map((p) => replayPolicyLabel(p.policy, language));
  const labelWidth = Math.max(...labels.map(width));
  const profits = replay.totals.map((p) => usd(p.total.profitUsd));
  const profitWidth = Math.max(...profits.map((p) => p.length));
  replay.totals.forEach((p, i) => {
    const fill = pct(p.total.fillRate).padStart(7);
    lines.push(`  ${pad(labels[i], labelWidth)}  ${t.row(profits[i].padStart(profitWidth), fill, n(p.total.shortUnits), n(p.total.leftoverUnits))}`);
  });
  const peak = replay.totals.find((p) => p.policy === "peakstock")?.total.profitUsd ?? 0;
  const reference = replay.totals.find((p) => p.policy === "perfect-foresight")?.total.profitUsd ?? 0;
  lines.push(reference > 0 ? t.share(pct(peak / reference)) : t.noShare);
  const fromSales = replay.destinations.reduce((sum, d) => sum + d.stockFromSales.length, 0);
  const assumed = replay.destinations.reduce((sum, d) => sum + d.stockAssumed.length, 0);
  lines.push(assumed === 0 ? t.stockAll : fromSales === 0 ? t.stockNone : t.stockSome(fromSales, assumed));
  if (replay.usedDefaultLanes) lines.push(t.defaultLanes);
  if (replay.warnings.length > 0) lines.push(t.warnings(replay.warnings.length, errorText(replay.warnings[0], language)));
  lines.push(t.wrote(Object.values(run.sheets).join(", ")));
  return lines;
}
