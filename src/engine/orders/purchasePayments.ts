/**
 * The payments of purchase orders, as cash items: what the CashFlow sheet's
 * Purchase column is made of.
 */
import type { CashItem } from "../plan/weeklyCashFlow";
import type { PurchaseOrder } from "./purchaseOrders";

/**
 * Each order's deposit on its order date (one item per order) and each line's balance
 * on its balance date ({@link PurchaseOrder}), category "purchase". Σ amounts = Σ order
 * amounts, so the CashFlow sheet and the PurchaseOrders sheet cannot disagree.
 * @example purchasePayments([{ orderSerial: 46283, depositUsd: 300, lines: [{ balanceUsd: 700, balanceSerial: 46305, … }], … }])
 * // [{ daySerial: 46283, category: "purchase", amountUsd: 300 }, { daySerial: 46305, category: "purchase", amountUsd: 700 }]
 */
export function purchasePayments(orders: readonly PurchaseOrder[]): CashItem[] {
  const items: CashItem[] = [];
  for (const order of orders) {
    items.push({ daySerial: order.orderSerial, category: "purchase", amountUsd: order.depositUsd });
    for (const line of order.lines) items.push({ daySerial: line.balanceSerial, category: "purchase", amountUsd: line.balanceUsd });
  }
  return items;
}
