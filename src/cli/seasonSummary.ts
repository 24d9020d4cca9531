/**
 * The season block of the command line's summary: one line per event of a plan of several
 * (issue 12 §1), in English or Simplified Chinese.
 */
import { isoFromSerial } from "../engine/dates";
import type { SeasonEventPlan } from "../engine/season/seasonEventPlan";

const usd = (x: number): string => `$${Math.round(x).toLocaleString("en-US")}`;
const n = (x: number): string => Math.round(x).toLocaleString("en-US");

interface SeasonText {
  season(count: number, names: string): string;
  event(e: SeasonEventPlan, shipBy: string | null): string;
}

const EN: SeasonText = {
  season: (count, names) => `Season: ${count} events in date order (${names}); what one leaves is stock for the next`,
  event: (e, shipBy) =>
    `  ${e.name}${e.marketplace ? ` (${e.marketplace})` : ""} ${isoFromSerial(e.start)} … ${isoFromSerial(e.end)}: ${n(e.units)} units, ${usd(e.costUsd)}` +
    `${e.index > 0 ? `, ${n(e.carryInUnits)} units expected left from before` : ""}${shipBy ? `, first ship-by ${shipBy}` : ", nothing to ship"}` +
    `${e.mergedBatches > 0 ? `; ${e.mergedBatches} base batch${e.mergedBatches === 1 ? "" : "es"} ride an earlier shipment (saves ${usd(e.mergeSavingUsd)} net of storage)` : ""}`,
};

const ZH: SeasonText = {
  season: (count, names) => `旺季：${count} 个活动，按日期顺序（${names}）；前一个活动剩下的库存留给下一个`,
  event: (e, shipBy) =>
    `  ${e.name}${e.marketplace ? `（${e.marketplace}）` : ""} ${isoFromSerial(e.start)} … ${isoFromSerial(e.end)}：${n(e.units)} 件，${usd(e.costUsd)}` +
    `${e.index > 0 ? `，预计承接前一活动剩余 ${n(e.carryInUnits)} 件` : ""}${shipBy ? `，最早 ${shipBy} 发货` : "，无需发货"}` +
    `${e.mergedBatches > 0 ? `；${e.mergedBatches} 个基础批随前一活动的货件发货（扣除仓储费后节省 ${usd(e.mergeSavingUsd)}）` : ""}`,
};

/**
 * The season's lines: a heading with the events in date order, then per event its dates, units and cost of
 * its batches (USD), the units expected to carry in from the event before, its earliest ship-by and the base
 * batches it sends with an earlier shipment. None for a plan of one event.
 * @example seasonLines(plan.events, "en")
 * // ["Season: 2 events in date order (BF, CM); what one leaves is stock for the next",
 * //  "  BF 2026-11-27 … 2026-11-30: 780 units, $3,400, first ship-by 2026-10-10", "  CM 2026-12-07 … …: 180 units, …, 12 units expected left from before, …"]
 */
export function seasonLines(events: readonly SeasonEventPlan[], language = "en"): string[] {
  if (events.length < 2) return [];
  const t = language.toLowerCase().startsWith("zh") ? ZH : EN;
  return [t.season(events.length, events.map((e) => e.name).join(language.toLowerCase().startsWith("zh") ? "、" : ", ")), ...events.map((e) => t.event(e, e.earliestShipBy === null ? null : isoFromSerial(e.earliestShipBy)))];
}
