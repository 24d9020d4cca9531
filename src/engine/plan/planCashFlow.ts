/**
 * When the plan's money goes out, week by week.
 */
import type { PlanShipment } from "./groupBatches";
import type { EventPolicy } from "./types";
import { weeklyCashFlow, type CashFlowWeek, type CashItem } from "./weeklyCashFlow";

/** Share of the purchase paid as a deposit when the order is placed (the usual 30/70 terms with Chinese suppliers). */
export const DEPOSIT_SHARE = 0.3;

/**
 * Cash items of the shipments: purchase deposit (30 %) on the plan date and the
 * balance (70 %) on the ship-by date, freight on the ship-by date, duty on the
 * arrive-by date, storage at the event's end, and the contingency (policy %) of
 * all of it on the plan date (DESIGN.md §1 item 7) — summed by week from Monday.
 * @example planCashFlow(shipments, policy)[0] // { weekStartSerial: 46278, purchase: 12000, … }
 */
export function planCashFlow(shipments: readonly PlanShipment[], policy: EventPolicy): CashFlowWeek[] {
  const items: CashItem[] = [];
  let total = 0;
  for (const s of shipments) {
    items.push({ daySerial: policy.planDate, category: "purchase", amountUsd: s.purchaseUsd * DEPOSIT_SHARE });
    items.push({ daySerial: Math.max(policy.planDate, s.shipBy), category: "purchase", amountUsd: s.purchaseUsd * (1 - DEPOSIT_SHARE) });
    items.push({ daySerial: Math.max(policy.planDate, s.shipBy), category: "freight", amountUsd: s.freightUsd + s.insuranceUsd });
    items.push({ daySerial: Math.max(policy.planDate, s.arriveBy), category: "duty", amountUsd: s.dutyUsd });
    items.push({ daySerial: policy.end, category: "storage", amountUsd: s.storageUsd });
    total += s.totalUsd;
  }
  if (total > 0) items.push({ daySerial: policy.planDate, category: "contingency", amountUsd: total * policy.contingencyPct });
  if (items.length === 0) return [];
  const weeks = weeklyCashFlow(items, "monday");
  return weeks.ok ? weeks.value : [];
}
