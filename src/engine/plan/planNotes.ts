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
  | "capacityLater"
  | "capacityThreePl"
  | "capacityStillOver"
  | "shipSoon"
  | "sensitiveRefused"
  | "typicalWouldMakeIt"
  | "needNotShipped"
  | "preEventGap"
  | "runsOutBeforeEvent"
  | "doesNotPayFreight"
  | "marketplaceUnmapped"
  | "marketplaceByEvent"
  | "marketplaceOnlyDestination"
  | "stockWithoutDestination"
  | "stockWhereNotSold"
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
  lowSupply: "{days} days of supply at the event start (its P50 over the event days, then the baseline rate): below FBA's 28 days (low-inventory fee)",
  highSupply: "{days} days of supply at the event start (its P50 over the event days, then the baseline rate): above FBA's 22 weeks (storage surcharge)",
  overCapacity: "{destination}: storage at the event {cubicFeet} ft³ against a limit of {limit} ({overage} ft³ over): keeping it costs about ${fee} in overage fees at ${rate}/ft³ a month",
  capacityLater:
    "{destination}: ship {units} units ({cubicFeet} ft³: {skus}) not needed for the event's P90 in a later batch, sellable {date} after the event: no overage fee, ${saving} less storage",
  capacityThreePl: "{destination}: send the same {units} units ({cubicFeet} ft³) to a 3PL and transfer them in as space frees: about ${cost} at ${rate}/ft³",
  capacityStillOver: "{destination}: still {cubicFeet} ft³ over after moving every unit the event's P90 does not need: cut a base batch or raise the limit",
  shipSoon: "{lane}: {units} units must ship by {shipBy}",
  sensitiveRefused: "battery or liquid goods: {lanes} refuse them",
  typicalWouldMakeIt: "{lane} at its typical transit would still make it if shipped by {shipBy}",
  needNotShipped: "nothing ships: the need of {units} units stays unshipped",
  preEventGap: "stock on hand runs out {date}: the need includes the {units} units the event stock sells from {sellable} to the start",
  runsOutBeforeEvent:
    "stock runs out on {date}, {days} days before the event stock is sellable ({sellable}): about {lost} units of sales lost unless stock arrives sooner",
  doesNotPayFreight: "{lane}: freight, duty, insurance and storage ${cost}/unit exceed the ${margin} margin of a sale (loses ${loss}/unit shipped)",
  marketplaceUnmapped:
    "Sales marketplace '{marketplace}' sells from none of the destinations ({destinations}): its {units} units of sales are not planned; give a lane that Destination or set the Event's Marketplace",
  marketplaceByEvent: "Sales marketplace '{marketplace}' is planned with {destination}, the Event's marketplace",
  marketplaceOnlyDestination: "Sales marketplace '{marketplace}' is planned with {destination}, the only destination of the lanes",
  stockWithoutDestination:
    "sells in {destinations}: the SKUs row without a Destination ({onHand} on hand, {inTransit} in transit) is counted at none of them; write one row per destination",
  stockWhereNotSold: "{onHand} on hand and {inTransit} in transit at {destination}, where it has no sales to plan: counted nowhere (the Destination must be a lane's)",
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
  lowSupply: "活动开始时可售 {days} 天（活动期按 P50，之后按基线销量）：低于 FBA 的 28 天（低库存费）",
  highSupply: "活动开始时可售 {days} 天（活动期按 P50，之后按基线销量）：高于 FBA 的 22 周（仓储附加费）",
  overCapacity: "{destination}：活动时库存 {cubicFeet} 立方英尺，库容上限 {limit}（超出 {overage} 立方英尺）：照此入仓每月约付超库容费 ${fee}（每立方英尺 ${rate}）",
  capacityLater:
    "{destination}：把活动 P90 用不到的 {units} 件（{cubicFeet} 立方英尺：{skus}）改为后一批发货，{date} 活动后上架：无超库容费，仓储费少 ${saving}",
  capacityThreePl: "{destination}：或把这 {units} 件（{cubicFeet} 立方英尺）先发到海外仓，腾出库容后再转入：约 ${cost}（每立方英尺 ${rate}）",
  capacityStillOver: "{destination}：移走活动 P90 用不到的全部货物后仍超出 {cubicFeet} 立方英尺：请减少基础批或提高库容",
  shipSoon: "{lane}：{units} 件须在 {shipBy} 前发货",
  sensitiveRefused: "带电或液体货：{lanes} 不接",
  typicalWouldMakeIt: "{lane} 按正常时效若在 {shipBy} 前发货仍可赶上",
  needNotShipped: "未安排发货：{units} 件需求未发出",
  preEventGap: "现有库存 {date} 售罄：需求已包含活动货物在 {sellable} 至活动开始前售出的 {units} 件",
  runsOutBeforeEvent: "库存将于 {date} 售罄，比活动货物上架日（{sellable}）早 {days} 天：除非提前到货，约损失 {lost} 件销量",
  doesNotPayFreight: "{lane}：运费、关税、保险和仓储费每件 ${cost}，高于每件 ${margin} 的毛利（每发一件亏 ${loss}）",
  marketplaceUnmapped:
    "销售站点“{marketplace}”不属于任何目的地（{destinations}）：其 {units} 件销量未纳入计划；请为某条渠道填写该目的地，或设置活动的站点",
  marketplaceByEvent: "销售站点“{marketplace}”按活动站点 {destination} 规划",
  marketplaceOnlyDestination: "销售站点“{marketplace}”按渠道唯一的目的地 {destination} 规划",
  stockWithoutDestination: "在 {destinations} 销售：产品表中未填目的地的一行（库存 {onHand}，在途 {inTransit}）未计入任何目的地；请每个目的地写一行",
  stockWhereNotSold: "{destination} 有库存 {onHand}、在途 {inTransit}，但该目的地没有可规划的销量：未计入（目的地须与渠道的目的地一致）",
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
