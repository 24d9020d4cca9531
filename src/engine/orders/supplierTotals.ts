/**
 * Purchase orders added up per supplier: what the task pane and the command line show.
 */
import type { PurchaseOrder } from "./purchaseOrders";

/** One supplier's orders added up. */
export interface SupplierTotal {
  /** As the orders write it; "" = SKUs without a Supplier ("(none)"). */
  readonly supplier: string;
  readonly orders: number;
  /** Distinct SKUs ordered. */
  readonly skus: number;
  readonly units: number;
  readonly amountUsd: number;
  readonly depositUsd: number;
  readonly balanceUsd: number;
  /** The first day money goes to the supplier (its first deposit), Excel serial. */
  readonly firstPaymentSerial: number;
  /** The last balance day, Excel serial. */
  readonly lastPaymentSerial: number;
}

/**
 * Orders added up per supplier, the largest amount first (ties by name).
 * @example supplierTotals(orders)[0] // { supplier: "Meichu", orders: 2, skus: 5, units: 12400, amountUsd: 41230, depositUsd: 12369, … }
 */
export function supplierTotals(orders: readonly PurchaseOrder[]): SupplierTotal[] {
  const by = new Map<string, { t: Omit<SupplierTotal, "skus">; skus: Set<string> }>();
  for (const o of orders) {
    const key = o.supplier.toLowerCase();
    const first = Math.min(o.orderSerial, ...o.lines.map((l) => l.balanceSerial));
    const last = Math.max(o.orderSerial, ...o.lines.map((l) => l.balanceSerial));
    const entry = by.get(key);
    if (!entry) {
      by.set(key, {
        t: { supplier: o.supplier, orders: 1, units: o.units, amountUsd: o.amountUsd, depositUsd: o.depositUsd, balanceUsd: o.balanceUsd, firstPaymentSerial: first, lastPaymentSerial: last },
        skus: new Set(o.lines.map((l) => l.sku)),
      });
      continue;
    }
    const t = entry.t;
    entry.t = {
      ...t, orders: t.orders + 1, units: t.units + o.units, amountUsd: t.amountUsd + o.amountUsd, depositUsd: t.depositUsd + o.depositUsd,
      balanceUsd: t.balanceUsd + o.balanceUsd, firstPaymentSerial: Math.min(t.firstPaymentSerial, first), lastPaymentSerial: Math.max(t.lastPaymentSerial, last),
    };
    for (const l of o.lines) entry.skus.add(l.sku);
  }
  return [...by.values()]
    .map(({ t, skus }) => ({ ...t, skus: skus.size }))
    .sort((a, b) => b.amountUsd - a.amountUsd || a.supplier.localeCompare(b.supplier));
}
