/**
 * Purchase orders: what the plan buys, one order per supplier and ready date, with
 * the deposit and balance each line pays and when. The one source of the plan's
 * purchase payments: the CashFlow sheet draws them from here ({@link purchasePayments}).
 */
import type { BatchLine } from "../plan/batchLine";
import type { PlanLine } from "../plan/planSku";
import type { EventPolicy, SkuMaster } from "../plan/types";

/**
 * Share of an order paid as a deposit when it is placed: the usual "T/T 30 % deposit,
 * 70 % before shipment" terms of Chinese factories (DESIGN.md §1 item 7); the Event
 * sheet's `DepositPct` (定金比例) changes it.
 */
export const DEFAULT_DEPOSIT_SHARE = 0.3;

/** The supplier key of a SKU without a Supplier: its lines go on the orders of "(none)". */
export const NO_SUPPLIER = "";

/** One line of an order: one batch (base or sprint) of one SKU to one destination. */
export interface PurchaseOrderLine {
  readonly sku: string;
  readonly name: string;
  readonly fnsku: string;
  /** Where the batch goes ("" = the book's one unnamed destination). */
  readonly destination: string;
  /** The event the batch is for (its plan line's). */
  readonly event: string;
  readonly kind: "base" | "sprint";
  /** The lane and the ship-by the line serves. */
  readonly lane: string;
  /** Last day the batch may leave, Excel serial; the balance is paid on it. */
  readonly shipBy: number;
  readonly cartons: number;
  readonly unitsPerCarton: number;
  /** Whole cartons; the SKU's lines on an order reach its MOQ together (the plan's batch units). */
  readonly units: number;
  readonly unitCostUsd: number;
  /** units × unit cost, USD. */
  readonly amountUsd: number;
  /** deposit share × amount, USD, paid on the order date. */
  readonly depositUsd: number;
  /** amount − deposit, USD, paid on {@link balanceSerial}. */
  readonly balanceUsd: number;
  /** The day the balance is paid: the line's ship-by (never before the order date), Excel serial. */
  readonly balanceSerial: number;
  /** Days between the goods being ready and the ship-by: how late production may run, days. */
  readonly slackDays: number;
}

/** One purchase order: a supplier and a ready date. */
export interface PurchaseOrder {
  /** "PO01", "PO02" … in order of ready date, then supplier. */
  readonly id: string;
  /** The supplier as the SKUs sheet writes it; {@link NO_SUPPLIER} for SKUs without one. */
  readonly supplier: string;
  /** The day the order is placed and its deposit paid: the plan date, Excel serial. */
  readonly orderSerial: number;
  /** The day the goods are ready: order date + the SKUs' supplier lead days, Excel serial. */
  readonly readySerial: number;
  readonly depositShare: number;
  readonly lines: readonly PurchaseOrderLine[];
  readonly units: number;
  readonly amountUsd: number;
  readonly depositUsd: number;
  readonly balanceUsd: number;
}

/** The supplier key: trimmed, "" when blank or missing. */
function supplierOf(sku: SkuMaster | undefined): string {
  return (sku?.supplier ?? "").trim();
}

/**
 * The purchase orders of a plan (issue 12 §3). Every batch the plan ships (base and
 * sprint of each SKU at each destination; a SKU no lane reaches in time buys nothing)
 * is one order line; the lines are grouped by supplier and ready date:
 * - order date = the plan date (the order is placed now, the deposit paid with it);
 * - ready date = plan date + the SKU's SupplierLeadDays, the day the plan's lanes were
 *   chosen against (every lane it ships by has its ship-by on or after it), so SKUs of one
 *   supplier with the same lead time share an order;
 * - line amount = units × UnitCost (units are the plan's batch units: whole cartons, the
 *   SKU's base and sprint together at least its MOQ); deposit = `depositPct` (default
 *   {@link DEFAULT_DEPOSIT_SHARE}) × amount on the order date; balance = the rest,
 *   "before shipment": on the line's own ship-by (the factory releases each batch
 *   against its balance, so the sprint's balance is not paid weeks early with the base's);
 * - slack = ship-by − ready date, the days production may run late.
 * Suppliers are matched ignoring case and surrounding spaces (the first spelling is kept);
 * SKUs without a Supplier go on the orders of {@link NO_SUPPLIER}, shown as "(none)".
 * Orders are numbered PO01, PO02 … by ready date, then supplier ("(none)" last); lines keep
 * the plan's order, base before sprint.
 * @param lines the plan's lines ({@link PlanLine}: base and sprint batches)
 * @param skus the SKU master (supplier, lead days, FNSKU, units per carton, name)
 * @example purchaseOrders(lines, skus, policy) // plan date 2026-09-18, two SKUs of Supplier "Meichu" with 20 lead days
 * // [{ id: "PO01", supplier: "Meichu", orderSerial: 46283, readySerial: 46303, lines: [base A, sprint A, base B], … }]
 */
export function purchaseOrders(lines: readonly PlanLine[], skus: readonly SkuMaster[], policy: Pick<EventPolicy, "planDate" | "depositPct">): PurchaseOrder[] {
  const share = policy.depositPct ?? DEFAULT_DEPOSIT_SHARE;
  const master = new Map(skus.map((s) => [s.sku, s]));
  const groups = new Map<string, { supplier: string; readySerial: number; lines: PurchaseOrderLine[] }>();
  for (const line of lines) {
    const sku = master.get(line.sku);
    const supplier = supplierOf(sku);
    const readySerial = policy.planDate + (sku?.supplierLeadDays ?? 0);
    const key = `${supplier.toLowerCase()}\u0000${readySerial}`;
    for (const [kind, batch] of [["base", line.base], ["sprint", line.sprint]] as const) {
      if (!batch || batch.units <= 0) continue;
      const group = groups.get(key) ?? { supplier, readySerial, lines: [] };
      group.lines.push(orderLine(line, kind, batch, sku, share, policy.planDate, readySerial));
      groups.set(key, group);
    }
  }
  const sorted = [...groups.values()].sort(
    (a, b) => a.readySerial - b.readySerial || Number(a.supplier === NO_SUPPLIER) - Number(b.supplier === NO_SUPPLIER) || a.supplier.localeCompare(b.supplier),
  );
  return sorted.map((g, i) => {
    const total = (pick: (l: PurchaseOrderLine) => number): number => g.lines.reduce((s, l) => s + pick(l), 0);
    return {
      id: `PO${String(i + 1).padStart(2, "0")}`,
      supplier: g.supplier,
      orderSerial: policy.planDate,
      readySerial: g.readySerial,
      depositShare: share,
      lines: g.lines,
      units: total((l) => l.units),
      amountUsd: total((l) => l.amountUsd),
      depositUsd: total((l) => l.depositUsd),
      balanceUsd: total((l) => l.balanceUsd),
    };
  });
}

function orderLine(line: PlanLine, kind: "base" | "sprint", batch: BatchLine, sku: SkuMaster | undefined, share: number, orderSerial: number, readySerial: number): PurchaseOrderLine {
  const amount = batch.purchaseUsd;
  const deposit = amount * share;
  return {
    sku: line.sku,
    name: line.name,
    fnsku: sku?.fnsku ?? "",
    destination: line.destination,
    event: line.event,
    kind,
    lane: batch.lane,
    shipBy: batch.shipBy,
    cartons: batch.cartons,
    unitsPerCarton: batch.cartons > 0 ? batch.units / batch.cartons : batch.units,
    units: batch.units,
    unitCostUsd: sku?.unitCost ?? (batch.units > 0 ? amount / batch.units : 0),
    amountUsd: amount,
    depositUsd: deposit,
    balanceUsd: amount - deposit,
    balanceSerial: Math.max(orderSerial, batch.shipBy),
    slackDays: batch.shipBy - readySerial,
  };
}
