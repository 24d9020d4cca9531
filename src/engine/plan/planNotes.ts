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
  | "twoStage"
  | "oneLane"
  | "laneDoesNotPay"
  | "cheapestPayingLane"
  | "noLanePays"
  | "serviceFloor"
  | "bufferFloor"
  | "belowMoqNotFlown"
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
  | "timelineBinds"
  | "noSupplier"
  | "singleSupplier"
  | "fbaBoxTooLarge"
  | "labelsLimit"
  | "carriedOver"
  | "mergedShipment";

/** A note: its key and the values its sentence needs (numbers already rounded where shown). */
export interface PlanNote {
  readonly key: PlanNoteKey;
  readonly params: Readonly<Record<string, string | number>>;
  /** The error a `{message}` names, said in the note's language (`errorText`) rather than as `params.message`. */
  readonly error?: EngineError;
}

const EN: Readonly<Record<PlanNoteKey, string>> = {
  stockCovers: "the stock there ({units} units) already covers the window's P{pct}: nothing to ship",
  allFast: "all by the fast lane",
  twoStage:
    "base by {baseLane} covers the window's P{basePct} (${baseLanded}/unit landed); the sprint by {sprintLane} (${sprintLanded}/unit) is decided by the re-plan on {shipBy} from the sales to date, up to P{pct} of the demand known then: about {sprint} units expected (margin ${margin}, leftover ${leftover})",
  oneLane: "stocks the window's P{pct} ({units} units) by {lane}: CR = (margin ${margin} − landed ${landed}) ÷ (${margin} + leftover ${leftover}) = {ratio}",
  laneDoesNotPay: "{lane} does not pay its freight: freight, duty, insurance and storage ${landed}/unit against the ${margin} margin of a sale, so nothing goes by it",
  cheapestPayingLane: "the cheapest lane that would pay: {lane} at ${landed}/unit, shipped by {shipBy}",
  noLanePays: "no lane would pay: the cheapest, {lane}, costs ${landed}/unit against the ${margin} margin",
  serviceFloor: "class {abcClass} floor P{floor}: {units} units instead of the economic {economic}, about ${cost} less expected profit",
  bufferFloor: "buffer {pct} % above the window's median: {units} units instead of the economic {economic}, about ${cost} less expected profit",
  belowMoqNotFlown:
    "below the MOQ of {moq}: {units} units go by {lane}, the other {extra} are not flown (about ${cost} of freight for stock the window does not need): agree a smaller order, or send them by a slow lane after the event",
  transitLate: "{units} in transit arrive {date}, after the event and its cover days: not counted",
  transitPartly: "{units} in transit arrive {date}, during the event window: {counted} counted, for the days after they arrive",
  slowLaneGone: "{mode} ship-by passed on {shipBy}, goods ready {ready} → all by {fastMode}",
  noSlowLane: "no slow lane takes these goods → all by {fastMode}",
  raisedToMoq: "raised to the MOQ of {moq} by {lane}",
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
  noSupplier:
    "{count} SKUs ordered have no Supplier on the SKUs sheet ({skus}): their purchase goes on the orders of supplier \"(none)\"; fill in the Supplier column so each factory gets its own order",
  singleSupplier:
    "{supplier} is the only source of {count} class-A SKUs ({skus}): a stop there (Golden Week, a power cut, a quality hold) stops your best sellers; qualify a second factory and write it in the SKUs sheet's BackupSupplier column",
  fbaBoxTooLarge:
    "{shipment} to {destination}: a carton of {size} and {weight} is over Amazon's box limit of {limit} for boxes of standard-size units; repack into smaller cartons (change UnitsPerCarton and the carton size) or the fulfilment centre may refuse it",
  labelsLimit: "{cartons} cartons in the plan: the CartonLabels sheet holds the first {limit}; print the rest from the Shipments sheet",
  carriedOver:
    "about {units} units (± {sd}) expected left after {event}, on the shelf from {date}: {left} of them left at the start after the baseline sales between",
  mergedShipment:
    "the base batch ships with {event}'s {lane} shipment on {shipBy} instead of {ownShipBy}: saves ${saving} of the lane's minimum charge, costs ${storage} of storage for the {days} days it waits",
};

const ZH: Readonly<Record<PlanNoteKey, string>> = {
  stockCovers: "现有库存（{units} 件）已覆盖窗口需求的 P{pct}：无需发货",
  allFast: "全部走快线",
  twoStage:
    "基础批走 {baseLane}，覆盖窗口需求的 P{basePct}（每件落地物流 ${baseLanded}）；冲刺批走 {sprintLane}（每件 ${sprintLanded}），由 {shipBy} 按当时销量重新计划，补到当时所知需求的 P{pct}：预计约 {sprint} 件（毛利 ${margin}，剩货成本 ${leftover}）",
  oneLane: "按窗口需求的 P{pct} 备货（{units} 件），走 {lane}：临界比 =（毛利 ${margin} − 落地物流 ${landed}）÷（${margin} + 剩货成本 ${leftover}）= {ratio}",
  laneDoesNotPay: "{lane} 运费不划算：每件运费、关税、保险和仓储 ${landed}，高于每件 ${margin} 的毛利，不走此渠道",
  cheapestPayingLane: "能赚钱的最便宜渠道：{lane}，每件 ${landed}，须在 {shipBy} 前发货",
  noLanePays: "没有能赚钱的渠道：最便宜的 {lane} 每件 ${landed}，高于 ${margin} 的毛利",
  serviceFloor: "{abcClass} 类服务水平下限 P{floor}：备 {units} 件而非按经济性的 {economic} 件，预期利润约少 ${cost}",
  bufferFloor: "中位数之上至少 {pct}% 的机动库存：备 {units} 件而非按经济性的 {economic} 件，预期利润约少 ${cost}",
  belowMoqNotFlown:
    "不足最小起订量 {moq}：{units} 件走 {lane}，其余 {extra} 件不走空运（窗口用不到，约需运费 ${cost}）：请与供应商商定小批量，或活动后走慢线补齐",
  transitLate: "{units} 件在途货物 {date} 到仓，晚于活动及其后覆盖期：不计入",
  transitPartly: "{units} 件在途货物 {date} 到仓，在活动窗口期内：只按到仓后的天数计入 {counted} 件",
  slowLaneGone: "{mode} 最晚发货日 {shipBy} 已过，货物 {ready} 才备好 → 全部走 {fastMode}",
  noSlowLane: "没有可运这类货物的慢线 → 全部走 {fastMode}",
  raisedToMoq: "已按最小起订量 {moq} 补足，走 {lane}",
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
  noSupplier: "{count} 个下单的 SKU 在产品表中没有填写供应商（{skus}）：其采购归入供应商“（未填）”的采购单；请填写供应商列，让每家工厂各有自己的采购单",
  singleSupplier: "{supplier} 是 {count} 个 A 类 SKU（{skus}）的唯一供应商：该厂一旦停工（国庆长假、限电、质检扣货）主力产品就会断货；请开发第二家工厂，并填入产品表的备用供应商列",
  fbaBoxTooLarge: "{shipment} 发往 {destination}：外箱 {size}、{weight}，超出亚马逊对标准尺寸商品外箱的限制（{limit}）；请改用小箱重新装箱（修改每箱数量和箱规），否则运营中心可能拒收",
  labelsLimit: "计划共 {cartons} 箱：箱唛表只写前 {limit} 箱；其余请按货件表打印",
  carriedOver: "预计 {event} 结束后剩约 {units} 件（± {sd}），{date} 起可售：扣除其间基线销量后，活动开始时约剩 {left} 件",
  mergedShipment: "基础批随 {event} 的 {lane} 货件于 {shipBy} 一起发货（原定 {ownShipBy}）：节省渠道最低收费 ${saving}，多付 {days} 天仓储费 ${storage}",
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
 * @example note("raisedToMoq", { moq: 500, lane: "Fast boat → US West" }) // { key: "raisedToMoq", params: { moq: 500, lane: "Fast boat → US West" } }
 */
export function note(key: PlanNoteKey, params: Readonly<Record<string, string | number>> = {}, error?: EngineError): PlanNote {
  return error ? { key, params, error } : { key, params };
}

/**
 * The note's sentence in `language` ("zh…" → Simplified Chinese, otherwise English).
 * @example renderNote(note("raisedToMoq", { moq: 500, lane: "Fast boat → US West" }), "zh-CN") // "已按最小起订量 500 补足，走 Fast boat → US West"
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
