/**
 * The plan's explanations (the Why column, alerts) as structured notes, so every
 * edge can show them in English or Simplified Chinese: a stable key and its
 * numbers, rendered by {@link renderNote}.
 */
import { errorText } from "../errorText";
import type { EngineError } from "../errors";

/** Every kind of note the plan writes. */
export type PlanNoteKey =
  | "stockCovers"
  | "allFast"
  | "noFastLane"
  | "flyingNotWorthIt"
  | "sprintCoversRest"
  | "allBaseCheaper"
  | "baseToQuantile"
  | "transitLate"
  | "transitPartly"
  | "slowLaneGone"
  | "noSlowLane"
  | "raisedToMoq"
  | "noLaneInTime"
  | "noLaneInTimeNoOption"
  | "skuFailed"
  | "noSalesHistory"
  | "notInMaster"
  | "lowSupply"
  | "highSupply"
  | "overCapacity"
  | "shipSoon"
  | "cutOffBinds"
  | "timelineBinds";

/** A note: its key and the values its sentence needs (numbers already rounded where shown). */
export interface PlanNote {
  readonly key: PlanNoteKey;
  readonly params: Readonly<Record<string, string | number>>;
  /** The error a `{message}` names, said in the note's language (`errorText`) rather than as `params.message`. */
  readonly error?: EngineError;
}

const EN: Readonly<Record<PlanNoteKey, string>> = {
  stockCovers: "stock on hand ({units}) covers the need with safety and buffer",
  allFast: "all by the fast lane",
  noFastLane: "no fast lane can still make it: all in the base batch",
  flyingNotWorthIt: "all in the base batch: the fast lane costs ${fast}/unit, more than the ${margin} margin of a sale",
  sprintCoversRest: "sprint covers the uncertain part and the buffer ({units} units)",
  allBaseCheaper: "all in the base batch: ${base}/unit there against ${fast} by the fast lane",
  baseToQuantile: "base covers demand up to its P{percentile}: ${base}/unit by base vs ${fast} fast, a leftover ${leftover}",
  transitLate: "{units} in transit arrive {date}, after the event and its cover days: not counted",
  transitPartly: "{units} in transit arrive {date}, during the event window: {counted} counted, for the days after they arrive",
  slowLaneGone: "{mode} ship-by passed on {shipBy}, goods ready {ready} → all by {fastMode}",
  noSlowLane: "no slow lane takes these goods → all by {fastMode}",
  raisedToMoq: "raised to the MOQ of {moq}",
  noLaneInTime: "no lane arrives in time: goods ready {ready}, {lane} needed them by {shipBy}",
  noLaneInTimeNoOption: "no lane arrives in time: goods ready {ready}, and no lane takes these goods",
  skuFailed: "could not be planned: {message}",
  noSalesHistory: "Skipped: no sales history on the Sales sheet",
  notInMaster: "Skipped: sold but not on the SKUs sheet (no cost or carton data)",
  lowSupply: "{days} days of supply at the baseline rate: below FBA's 28 days (low-inventory fee)",
  highSupply: "{days} days of supply at the baseline rate: above FBA's 22 weeks (storage surcharge)",
  overCapacity:
    "Storage at the event: {cubicFeet} ft³ against a limit of {limit} ({overage} ft³ over, about ${fee} at $10/ft³): move slow movers' base batch to an overseas warehouse or ship part of it after the event",
  shipSoon: "{lane}: {units} units must ship by {shipBy}",
  cutOffBinds: "arrive by {arriveBy}, the marketplace's inbound cut-off ({days} days before {timeline}, what the event's dates allow)",
  timelineBinds: "arrive by {arriveBy}, from the event's dates (start − safety − receiving days), on or before the marketplace's inbound cut-off",
};

const ZH: Readonly<Record<PlanNoteKey, string>> = {
  stockCovers: "现有库存（{units} 件）已覆盖需求、安全库存和机动库存",
  allFast: "全部走快线",
  noFastLane: "已没有来得及的快线：全部放入基础批",
  flyingNotWorthIt: "全部放入基础批：快线每件 ${fast}，高于每件 ${margin} 的毛利",
  sprintCoversRest: "冲刺批覆盖不确定部分和机动库存（{units} 件）",
  allBaseCheaper: "全部放入基础批：基础批每件 ${base}，快线每件 ${fast}",
  baseToQuantile: "基础批覆盖需求的 P{percentile}：基础批每件 ${base}，快线 ${fast}，剩货每件 ${leftover}",
  transitLate: "{units} 件在途货物 {date} 到仓，晚于活动及其后覆盖期：不计入",
  transitPartly: "{units} 件在途货物 {date} 到仓，在活动窗口期内：只按到仓后的天数计入 {counted} 件",
  slowLaneGone: "{mode} 最晚发货日 {shipBy} 已过，货物 {ready} 才备好 → 全部走 {fastMode}",
  noSlowLane: "没有可运这类货物的慢线 → 全部走 {fastMode}",
  raisedToMoq: "已补足到最小起订量 {moq}",
  noLaneInTime: "没有来得及的物流渠道：货物 {ready} 备好，{lane} 需在 {shipBy} 前发货",
  noLaneInTimeNoOption: "没有来得及的物流渠道：货物 {ready} 备好，且没有渠道可运这类货物",
  skuFailed: "无法规划：{message}",
  noSalesHistory: "已跳过：销售表中没有该 SKU 的销量",
  notInMaster: "已跳过：有销量但不在产品表中（缺少成本或箱规）",
  lowSupply: "按基线销量可售 {days} 天：低于 FBA 的 28 天（低库存费）",
  highSupply: "按基线销量可售 {days} 天：高于 FBA 的 22 周（仓储附加费）",
  overCapacity:
    "活动时库存 {cubicFeet} 立方英尺，库容上限 {limit}（超出 {overage} 立方英尺，按每立方英尺 $10 约 ${fee}）：把慢销品的基础批转到海外仓，或部分在活动后发货",
  shipSoon: "{lane}：{units} 件须在 {shipBy} 前发货",
  cutOffBinds: "{arriveBy} 前到仓：平台入仓截止日（比按活动日期倒推的 {timeline} 早 {days} 天）",
  timelineBinds: "{arriveBy} 前到仓：按活动日期倒推（开始 − 安全天数 − 入仓天数），不晚于平台入仓截止日",
};

/** Lane modes as each language writes them in a sentence (params named `mode` or `fastMode`). */
const MODE_WORDS: Readonly<Record<"en" | "zh", Readonly<Record<string, string>>>> = {
  en: { sea: "sea", "fast-sea": "fast boat", rail: "rail", air: "air", express: "express" },
  zh: { sea: "海运", "fast-sea": "快船", rail: "铁路", air: "空运", express: "快递" },
};
const MODE_PARAMS = new Set(["mode", "fastMode"]);

/**
 * Builds a note.
 * @param error an engine error its `{message}` names, rendered in the note's language
 * @example note("raisedToMoq", { moq: 500 }) // { key: "raisedToMoq", params: { moq: 500 } }
 */
export function note(key: PlanNoteKey, params: Readonly<Record<string, string | number>> = {}, error?: EngineError): PlanNote {
  return error ? { key, params, error } : { key, params };
}

/**
 * The note's sentence in `language` ("zh…" → Simplified Chinese, otherwise English).
 * @example renderNote(note("raisedToMoq", { moq: 500 }), "zh-CN") // "已补足到最小起订量 500"
 */
export function renderNote(planNote: PlanNote, language?: string): string {
  const zh = (language ?? "").toLowerCase().startsWith("zh");
  const table = zh ? ZH : EN;
  const words = MODE_WORDS[zh ? "zh" : "en"];
  return table[planNote.key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (name === "message" && planNote.error) return errorText(planNote.error, zh ? "zh-CN" : "en");
    if (!(name in planNote.params)) return whole;
    const value = String(planNote.params[name]);
    return MODE_PARAMS.has(name) ? (words[value] ?? value) : value;
  });
}

/** Notes joined for one cell ("; " in English, "；" in Chinese). */
export function renderNotes(notes: readonly PlanNote[], language?: string): string {
  const zh = (language ?? "").toLowerCase().startsWith("zh");
  return notes.map((n) => renderNote(n, language)).join(zh ? "；" : "; ");
}

/** The templates, for the parity test. */
export const NOTE_TEMPLATES = { en: EN, zh: ZH } as const;
