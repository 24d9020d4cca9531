/**
 * Which lane a re-order goes by: the cheapest that still lands before the stock
 * runs out, counting the supplier's production days; when none does, the late
 * option that still saves the most, or that none is worth it.
 * Source: DESIGN.md §1 items 6 and 9; issue 13 §2.
 */
import { ok, type Result } from "../errors";
import { laneFreightUsd, shipmentForSku } from "../logistics/laneFreight";
import { laneArrivalDay } from "../logistics/shipByDates";
import type { Lane, SkuMaster } from "../plan/types";
import { unitMarginUsd } from "../plan/unitMargin";
import { roundUpToOrderQuantity } from "../stock/roundUpToOrderQuantity";

/** Inputs of {@link chooseReorderLane}: units/day and Excel serial days. */
export interface ReorderLaneInput {
  readonly lanes: readonly Lane[];
  /** The SKU: supplier lead days, carton size and data, MOQ, cost, price, fees, duty, sensitive. */
  readonly sku: SkuMaster;
  /** The day the re-order is placed (the first day without sales data), Excel serial. */
  readonly orderDaySerial: number;
  /** Warehouse receiving, days. */
  readonly receivingDays: number;
  /** Demand the stock will not serve, per day from the order day to the last day that counts (index 0 = order day), units/day. */
  readonly shortPerDay: readonly number[];
}

/** One lane as a re-order. Money in USD, days as Excel serials. */
export interface ReorderOption {
  readonly lane: Lane;
  /** Order day + supplier lead days: when the goods are made and can leave. */
  readonly readyDay: number;
  /** Worst-case sellable day: ready + handling + worst transit + receiving, rounded up. */
  readonly sellableDay: number;
  /** Units ordered: the short units from the sellable day on, up to whole cartons and the MOQ (0 when it lands too late to serve any). */
  readonly units: number;
  readonly cartons: number;
  /** Freight of the booking (the lane's minimum charge applies), USD. */
  readonly freightUsd: number;
  readonly purchaseUsd: number;
  /** Duty rate × purchase, USD. */
  readonly dutyUsd: number;
  /** Short units it serves: those from its sellable day on. */
  readonly servedUnits: number;
  /** Short units before it lands: lost whatever is done. */
  readonly lostBeforeUnits: number;
  /** servedUnits × unit margin (price − cost − fees) − freight − duty, USD. */
  readonly savesUsd: number;
}

/** What {@link chooseReorderLane} returns. */
export type ReorderChoice =
  /** The cheapest lane sellable by `deadline`, and the fastest for comparison. */
  | { readonly kind: "inTime"; readonly option: ReorderOption; readonly fastest: ReorderOption; readonly deadline: number }
  /** None lands by `deadline`; `option` is the late one that saves the most (savesUsd > 0). */
  | { readonly kind: "late"; readonly option: ReorderOption; readonly fastest: ReorderOption; readonly deadline: number }
  /** None lands by `deadline` and none saves anything: do not re-order. */
  | { readonly kind: "noneSaves"; readonly fastest: ReorderOption; readonly deadline: number }
  /** No lane takes the goods (battery or liquid). */
  | { readonly kind: "noLaneForGoods" }
  /** Nothing is short. */
  | { readonly kind: "notShort" };

const SLACK = 1e-9;

function optionOf(input: ReorderLaneInput, lane: Lane): Result<ReorderOption> {
  const { sku } = input;
  const readyDay = input.orderDaySerial + Math.max(0, sku.supplierLeadDays);
  const arrival = laneArrivalDay(lane, readyDay, input.receivingDays);
  if (!arrival.ok) return arrival;
  const sellableDay = arrival.value;
  let served = 0;
  let before = 0;
  input.shortPerDay.forEach((units, i) => {
    if (input.orderDaySerial + i >= sellableDay) served += units;
    else before += units;
  });
  const order = roundUpToOrderQuantity(Math.max(0, Math.ceil(served - SLACK * Math.max(1, served))), { unitsPerCarton: Math.max(1, sku.unitsPerCarton), moq: sku.moq });
  if (!order.ok) return order;
  const cartons = order.value.cartons ?? 0;
  const shipment = shipmentForSku(lane, sku, cartons);
  if (!shipment.ok) return shipment;
  const freight = cartons > 0 ? laneFreightUsd(lane, shipment.value) : ok({ freightUsd: 0, basis: "minimum" as const });
  if (!freight.ok) return freight;
  const purchaseUsd = order.value.units * sku.unitCost;
  const dutyUsd = purchaseUsd * sku.dutyRate;
  return ok({
    lane,
    readyDay,
    sellableDay,
    units: order.value.units,
    cartons,
    freightUsd: freight.value.freightUsd,
    purchaseUsd,
    dutyUsd,
    servedUnits: served,
    lostBeforeUnits: before,
    savesUsd: served * unitMarginUsd(sku) - freight.value.freightUsd - dutyUsd,
  });
}

/**
 * The re-order's lane. Goods are ready on order day + supplier lead days; on each lane that
 * takes them (sensitive goods need AllowsSensitive) they are sellable on ready + handling +
 * worst transit + receiving ({@link laneArrivalDay}). The deadline is the first short day
 * (the projected stock-out): a lane sellable on or before it is in time and serves every
 * short unit, so all in-time lanes ship the same units and the cheapest freight wins (ties
 * to the earlier sellable day) — not the fastest. When none is in time, each lane serves only
 * the short units from its sellable day on and saves served × margin − freight − duty; the
 * one saving most is the late option, and when none saves anything the answer is not to
 * re-order. Units are rounded up to whole cartons and the MOQ (a re-order is a new purchase).
 * @returns the choice, or the first lane or carton error (lane or SKU column named)
 * @example chooseReorderLane({ lanes: [Sea, Fast boat, Air, Express], sku: lead 10 days, 20 per carton, orderDaySerial: 46300,
 *   receivingDays: 7, shortPerDay: 45 days of 0, then 10/day for 15 days })
 * // inTime: Fast boat, ready 46310, sellable 46310 + 3 + 20 + 7 = 46340 ≤ deadline 46345; 150 → 8 cartons = 160 units,
 * // freight 8 × $18 = $144 (Express would land 46323 for 8 × $108 = $864)
 */
export function chooseReorderLane(input: ReorderLaneInput): Result<ReorderChoice> {
  const firstShort = input.shortPerDay.findIndex((units) => units > SLACK);
  if (firstShort < 0) return ok({ kind: "notShort" });
  const deadline = input.orderDaySerial + firstShort;
  const options: ReorderOption[] = [];
  for (const lane of input.lanes) {
    if (input.sku.sensitive && !lane.allowsSensitive) continue;
    const option = optionOf(input, lane);
    if (!option.ok) return option;
    options.push(option.value);
  }
  if (options.length === 0) return ok({ kind: "noLaneForGoods" });
  const fastest = options.reduce((a, b) => (b.sellableDay < a.sellableDay ? b : a));
  const inTime = options.filter((o) => o.sellableDay <= deadline);
  if (inTime.length > 0) {
    const cheapest = inTime.reduce((a, b) => (b.freightUsd < a.freightUsd - SLACK || (Math.abs(b.freightUsd - a.freightUsd) <= SLACK && b.sellableDay < a.sellableDay) ? b : a));
    return ok({ kind: "inTime", option: cheapest, fastest, deadline });
  }
  const serving = options.filter((o) => o.servedUnits > SLACK);
  const best = serving.length === 0 ? undefined : serving.reduce((a, b) => (b.savesUsd > a.savesUsd ? b : a));
  if (best && best.savesUsd > 0) return ok({ kind: "late", option: best, fastest, deadline });
  return ok({ kind: "noneSaves", fastest, deadline });
}
