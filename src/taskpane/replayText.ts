/**
 * The Replay step's texts in English and Simplified Chinese (the same keys), kept beside
 * the step rather than in the pane's main tables. `{name}` marks a value (i18n's `format`).
 */
import type { Language } from "./i18n";

const EN = {
  intro:
    "Replay a past edition of the event on your own sales: PeakStock plans it as if today were that many days before it, with your lanes and settings, plays what really sold day by day and compares its profit with the rules sellers use today and with perfect foresight.",
  needsPolicy: "Fix the Event and Policy steps first: the replay uses their event, lanes and settings.",
  edition: "Past edition",
  editionLatest: "The most recent one your sales cover",
  daysAhead: "Days ahead of its start",
  daysAheadHint: "Empty: {days} days, as far ahead as this event is planned.",
  daysAheadBad: "A whole number of days from 1 to 1000.",
  run: "Replay",
  waiting: "Reading the workbook…",
  running: "Replaying: {done} of {total} policies…",
  edited: "{event}, edition starting {start}: planned {planDate} ({days} days ahead), window {start} … {end}.",
  colPolicy: "Policy",
  colProfit: "Profit",
  colFill: "Fill rate",
  colLeftOver: "Left over",
  share: "PeakStock made {share} of the perfect-foresight reference's profit.",
  noShare: "The perfect-foresight reference makes no profit on this edition.",
  openSheet: "Open the {sheet} sheet",
  cannotOpen: "Open the {sheet} sheet from its tab.",
  noWorkbook: "No workbook is open.",
  notes: "The Replay table would grow over cells you typed: {cells}. Nothing was written.",
  overwrite: "Write over them and replay",
  tableLabel: "Profit per policy",
  "policy-peakstock": "PeakStock",
  "policy-last-year": "Last year + 20 %",
  "policy-average-sales": "30-day average",
  "policy-sellers-rule": "Seller's rule",
  "policy-perfect-foresight": "Perfect foresight",
  "policy-perfect-foresight-bound": "Perfect foresight, loose units",
} as const;

export type ReplayText = { readonly [K in keyof typeof EN]: string };

const ZH: ReplayText = {
  intro: "用你自己的销量复盘往届活动：PeakStock 假设今天是活动开始前若干天，用你的物流渠道和设置规划，再按实际销量逐日演练，把它的利润与卖家常用的做法和完美预知相比较。",
  needsPolicy: "请先改好“活动”和“策略”两步：复盘使用其中的活动、物流渠道和设置。",
  edition: "往届活动",
  editionLatest: "销量覆盖到的最近一届",
  daysAhead: "提前天数",
  daysAheadHint: "留空：{days} 天，与这次活动的规划提前量相同。",
  daysAheadBad: "请输入 1 到 1000 之间的整数天数。",
  run: "复盘",
  waiting: "正在读取工作簿…",
  running: "复盘中：{done}/{total} 个策略…",
  edited: "{event}，{start} 开始的一届：{planDate} 规划（提前 {days} 天），窗口 {start} … {end}。",
  colPolicy: "策略",
  colProfit: "利润",
  colFill: "满足率",
  colLeftOver: "剩余",
  share: "PeakStock 的利润是完美预知参照的 {share}。",
  noShare: "完美预知参照在这一届没有利润。",
  openSheet: "打开 {sheet} 工作表",
  cannotOpen: "请从工作表标签打开 {sheet}。",
  noWorkbook: "没有打开的工作簿。",
  notes: "复盘表格会扩展到你输入的单元格：{cells}。没有写入任何内容。",
  overwrite: "覆盖它们并复盘",
  tableLabel: "各策略利润",
  "policy-peakstock": "PeakStock 方案",
  "policy-last-year": "去年同期 +20%",
  "policy-average-sales": "近 30 天日均",
  "policy-sellers-rule": "卖家经验",
  "policy-perfect-foresight": "完美预知",
  "policy-perfect-foresight-bound": "完美预知（散件）",
};

/** The Replay step's texts in `language`. */
export function replayText(language: Language): ReplayText {
  return language === "zh" ? ZH : EN;
}

/** Both tables, for the parity test. */
export const REPLAY_TEXTS: Readonly<Record<Language, ReplayText>> = { en: EN, zh: ZH };
