/**
 * What the purchase side of a plan should warn about: SKUs ordered without a
 * supplier, and best sellers that depend on one factory (a seed pitfall).
 */
import type { PlanAlert } from "../plan/planAlerts";
import { note, renderNotes, type PlanNote } from "../plan/planNotes";
import type { PlanLine } from "../plan/planSku";
import type { SkuMaster } from "../plan/types";
import { NO_SUPPLIER, type PurchaseOrder } from "./purchaseOrders";

/** SKUs named in the no-supplier alert before "…". */
const SKUS_NAMED = 8;

function supplierAlert(kind: "NO_SUPPLIER" | "SINGLE_SUPPLIER", severity: PlanAlert["severity"], sku: string, notes: readonly PlanNote[]): PlanAlert {
  return { kind, severity, sku, destination: "", note: notes[0], details: notes.slice(1), message: renderNotes(notes, "en") };
}

/**
 * Supplier alerts (issue 12 §3):
 * - NO_SUPPLIER (medium), one for the plan: the SKUs on the orders of "(none)" (ordered, no
 *   Supplier on the SKUs sheet), the first eight named; the SKU column holds the SKU when there is one.
 * - SINGLE_SUPPLIER (low), one per supplier that is the only source of class-A SKUs planned, naming
 *   them (the SKU column holds the SKU when there is one): a backup is qualified per factory, and one
 *   alert per SKU would bury the rest. "Single supplier" is read from the SKUs sheet, which names one
 *   Supplier per SKU: a SKU is single-sourced unless its optional BackupSupplier column (备用供应商)
 *   names another factory (the same name as the Supplier does not count). A SKU without a Supplier
 *   gets the NO_SUPPLIER alert instead.
 * @example supplierAlerts(lines, skus, orders).map((a) => a.kind) // ["NO_SUPPLIER", "SINGLE_SUPPLIER", "SINGLE_SUPPLIER"]
 */
export function supplierAlerts(lines: readonly PlanLine[], skus: readonly SkuMaster[], orders: readonly PurchaseOrder[]): PlanAlert[] {
  const alerts: PlanAlert[] = [];
  const unnamed = [...new Set(orders.filter((o) => o.supplier === NO_SUPPLIER).flatMap((o) => o.lines.map((l) => l.sku)))];
  if (unnamed.length > 0) {
    alerts.push(supplierAlert("NO_SUPPLIER", "medium", unnamed.length === 1 ? unnamed[0] : "", [note("noSupplier", { count: unnamed.length, skus: named(unnamed) })]));
  }
  const master = new Map(skus.map((s) => [s.sku, s]));
  const bySupplier = new Map<string, { supplier: string; skus: string[] }>();
  for (const line of lines) {
    if (line.abcClass !== "A") continue;
    const supplier = (master.get(line.sku)?.supplier ?? "").trim();
    const backup = (master.get(line.sku)?.backupSupplier ?? "").trim();
    if (supplier === "" || (backup !== "" && backup.toLowerCase() !== supplier.toLowerCase())) continue;
    const entry = bySupplier.get(supplier.toLowerCase()) ?? { supplier, skus: [] };
    if (!entry.skus.includes(line.sku)) entry.skus.push(line.sku);
    bySupplier.set(supplier.toLowerCase(), entry);
  }
  for (const { supplier, skus: list } of bySupplier.values()) {
    alerts.push(supplierAlert("SINGLE_SUPPLIER", "low", list.length === 1 ? list[0] : "", [note("singleSupplier", { supplier, count: list.length, skus: named(list) })]));
  }
  return alerts;
}

/** The first {@link SKUS_NAMED} SKUs, comma-separated, "…" after them when there are more. */
function named(list: readonly string[]): string {
  return list.slice(0, SKUS_NAMED).join(", ") + (list.length > SKUS_NAMED ? ", …" : "");
}
