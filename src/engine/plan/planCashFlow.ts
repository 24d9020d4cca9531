/**
 * When the plan's money goes out, week by week.
 */
import { purchasePayments } from "../orders/purchasePayments";
import type { PurchaseOrder } from "../orders/purchaseOrders";
import type { PlanShipment } from "./groupBatches";
import type { EventPolicy } from "./types";
import { weeklyCashFlow, type CashFlowWeek, type CashItem } from "./weeklyCashFlow";

/**
 * Cash items of the plan: the purchase payments of its orders ({@link purchasePayments}: each
 * order's deposit, default 30 %, on the order date and each line's balance on its ship-by), and
 * per shipment freight and insurance on the ship-by date, duty on the arrive-by date, storage at
 * the event's end (`storageDayOf`: a season's shipment pays at its own event's end); the contingency (policy %) of all of it on the plan date (DESIGN.md §1 item 7)
 * — summed by week from Monday.
 * @param orders the plan's purchase orders (`purchaseOrders` over the same lines as `shipments`)
 * @example planCashFlow(shipments, orders, policy)[0] // { weekStartSerial: 46278, purchase: 12000, … }
 */
export function planCashFlow(
  shipments: readonly PlanShipment[],
  orders: readonly PurchaseOrder[],
  policy: EventPolicy,
  storageDayOf: (shipment: PlanShipment) => number = () => policy.end,
): CashFlowWeek[] {
  const items: CashItem[] = purchasePayments(orders);
  let total = 0;
  for (const s of shipments) {
    items.push({ daySerial: Math.max(policy.planDate, s.shipBy), category: "freight", amountUsd: s.freightUsd + s.insuranceUsd });
    items.push({ daySerial: Math.max(policy.planDate, s.arriveBy), category: "duty", amountUsd: s.dutyUsd });
    items.push({ daySerial: storageDayOf(s), category: "storage", amountUsd: s.storageUsd });
    total += s.totalUsd;
  }
  if (total > 0) items.push({ daySerial: policy.planDate, category: "contingency", amountUsd: total * policy.contingencyPct });
  if (items.length === 0) return [];
  const weeks = weeklyCashFlow(items, "monday");
  return weeks.ok ? weeks.value : [];
}
