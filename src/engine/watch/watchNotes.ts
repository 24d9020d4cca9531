/**
 * The Watch's advice as structured notes — a stable key and its numbers — so the
 * task pane, the Watch sheet and the command line say it in English or Simplified
 * Chinese from one table (as planNotes does for the plan's Why column).
 */

/** Every sentence the Watch writes. */
export type WatchNoteKey =
  | "salesVsForecast"
  | "noInStockDays"
  | "stockOutDays"
  | "stockOutNow"
  | "covered"
  | "runUpGap"
  | "runsOut"
  | "reorderInTime"
  | "fasterCostsMore"
  | "noLaneInTime"
  | "lateStillSaves"
  | "nothingSaves"
  | "noLaneForGoods"
  | "holdSprint"
  | "planClearance";

/** A note: its key and the values its sentence needs (already rounded and formatted). */
export interface WatchNote {
  readonly key: WatchNoteKey;
  readonly params: Readonly<Record<string, string | number>>;
}

const EN: Readonly<Record<WatchNoteKey, string>> = {
  salesVsForecast: "sold {actual} against {forecast} forecast on the days in stock ({deviation})",
  noInStockDays: "out of stock on every day so far: no sales to compare",
  stockOutDays: "out of stock on {days} of {total} days (left out of the comparison)",
  stockOutNow: "out of stock now",
  covered: "stock covers the forecast to {end}: no re-order",
  runUpGap: "stock runs out on {date}, before the event: about {units} units of sales lost until a batch lands on {back}",
  runsOut: "the event runs short from {date}: {units} units short by {end}",
  reorderInTime: "re-order {units} units ({cartons} × {perCarton}) by {lane}: made by {ready}, sellable by {sellable} (worst case) before {deadline}; freight ${freight}, goods ${purchase}",
  fasterCostsMore: "the fastest, {lane} (sellable {sellable}), costs ${freight} in freight",
  noLaneInTime: "no lane lands before {deadline}: made by {ready}, the fastest, {lane}, is sellable {sellable}, {late} days late",
  lateStillSaves: "{lane} still saves ${saves}: {units} units sellable {sellable} sell {served} of the short units (${margin} margin each) for ${freight} freight and ${duty} duty",
  nothingSaves: "no late lane earns back its freight: do not re-order",
  noLaneForGoods: "no lane takes these goods (battery or liquid): no re-order possible",
  holdSprint: "hold the sprint batch: {units} units by {lane}, ship-by {shipBy}",
  planClearance: "plan a clearance: about {units} units left when the event ends",
};

const ZH: Readonly<Record<WatchNoteKey, string>> = {
  salesVsForecast: "有货的日子售出 {actual} 件，预测 {forecast} 件（{deviation}）",
  noInStockDays: "至今每天都断货：没有可比较的销量",
  stockOutDays: "{total} 天中有 {days} 天断货（不计入比较）",
  stockOutNow: "当前断货",
  covered: "库存可覆盖到 {end} 的预测：无需补货",
  runUpGap: "库存将于活动前的 {date} 售罄：到 {back} 批次到仓前约损失 {units} 件销量",
  runsOut: "活动从 {date} 起缺货：到 {end} 缺 {units} 件",
  reorderInTime: "补货 {units} 件（{cartons} 箱 × {perCarton}）走 {lane}：{ready} 生产完成，最晚 {sellable} 可售（最坏情况），早于 {deadline}；运费 ${freight}，货值 ${purchase}",
  fasterCostsMore: "最快的 {lane}（{sellable} 可售）运费 ${freight}",
  noLaneInTime: "没有渠道能在 {deadline} 前到货：{ready} 生产完成，最快的 {lane} 要到 {sellable} 才可售，晚 {late} 天",
  lateStillSaves: "{lane} 仍可挽回 ${saves}：{units} 件于 {sellable} 可售，补上缺口中的 {served} 件（每件毛利 ${margin}），运费 ${freight}，关税 ${duty}",
  nothingSaves: "晚到的渠道都赚不回运费：不建议补货",
  noLaneForGoods: "没有渠道可运这类货物（带电或液体）：无法补货",
  holdSprint: "暂停冲刺批：{units} 件走 {lane}，最晚发货日 {shipBy}",
  planClearance: "安排清仓：活动结束时约剩 {units} 件",
};

/**
 * Builds a note.
 * @example watchNote("stockOutNow") // { key: "stockOutNow", params: {} }
 */
export function watchNote(key: WatchNoteKey, params: Readonly<Record<string, string | number>> = {}): WatchNote {
  return { key, params };
}

/**
 * The note's sentence in `language` ("zh…" → Simplified Chinese, otherwise English).
 * @example renderWatchNote(watchNote("planClearance", { units: 40 }), "zh-CN") // "安排清仓：活动结束时约剩 40 件"
 */
export function renderWatchNote(watch: WatchNote, language?: string): string {
  const table = (language ?? "").toLowerCase().startsWith("zh") ? ZH : EN;
  return table[watch.key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in watch.params ? String(watch.params[name]) : whole));
}

/** Notes joined for one cell ("; " in English, "；" in Chinese), first letter capitalised in English. */
export function renderWatchNotes(notes: readonly WatchNote[], language?: string): string {
  const zh = (language ?? "").toLowerCase().startsWith("zh");
  const text = notes.map((n) => renderWatchNote(n, language)).join(zh ? "；" : "; ");
  return zh ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** The templates, for the parity test. */
export const WATCH_NOTE_TEMPLATES = { en: EN, zh: ZH } as const;

/**
 * A whole number with thousands separators, for notes (no locale: the engine is pure): dollars, units.
 * @example usdText(12345.6) // "12,346"
 */
export function usdText(usd: number): string {
  const whole = Math.round(usd);
  const sign = whole < 0 ? "-" : "";
  return sign + String(Math.abs(whole)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
