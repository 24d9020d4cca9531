/**
 * The PurchaseOrders sheet: one row per order line, the order's supplier and dates
 * repeated on each, so a filter on PO or Supplier gives the order to send a factory.
 */
import { outputColumn as col, withEventColumn, type OutputCell, type OutputColumn, type OutputTable } from "../plan/outputTable";
import { batchKindLabel, supplierLabel } from "./orderLabels";
import type { PurchaseOrder } from "./purchaseOrders";

export const PURCHASE_ORDER_COLUMNS: readonly OutputColumn[] = [
  col("PO", "采购单号", "text"), col("Supplier", "供应商", "text"), col("OrderDate", "下单日期", "date"), col("ReadyDate", "工厂交货日", "date"),
  col("SKU", "SKU", "text"), col("Name", "品名", "text"), col("Destination", "目的地", "text"), col("Kind", "批次类型", "text"),
  col("Lane", "物流渠道", "text"), col("ShipBy", "最晚发货日", "date"), col("SlackDays", "富余天数", "integer"), col("Cartons", "箱数", "integer"),
  col("UnitsPerCarton", "每箱数量", "integer"), col("Units", "数量", "integer"), col("UnitCost", "单价", "currency"), col("Amount", "金额", "currency"),
  col("DepositPct", "定金比例", "percent"), col("Deposit", "定金", "currency"), col("DepositDate", "定金支付日", "date"),
  col("Balance", "尾款", "currency"), col("BalanceDate", "尾款支付日", "date"),
];

const r2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * The PurchaseOrders table: per line its order (PO, supplier, order and ready date), the SKU,
 * destination, batch kind, lane and ship-by it serves, the slack, cartons × units per carton =
 * units, unit cost, amount, the deposit share, deposit and its date (the order date), balance and
 * its date (the line's ship-by). Money to cents; dates as Excel serials. A season's (`season`) has the
 * line's Event in front.
 * @example purchaseOrdersTable(orders, "en").rows[0]
 * // ["PO01", "Meichu", 46283, 46303, "KIT-02", "Silicone spatula set", "Amazon US", "base", "Fast boat → US West", 46305, 2, 24, 50, 1200, 3.2, 3840, 0.3, 1152, 46283, 2688, 46305]
 */
export function purchaseOrdersTable(orders: readonly PurchaseOrder[], language = "en", season = false): OutputTable {
  const rows: OutputCell[][] = [];
  const events: string[] = [];
  for (const o of orders) {
    for (const l of o.lines) {
      events.push(l.event);
      rows.push([
        o.id, supplierLabel(o.supplier, language), o.orderSerial, o.readySerial, l.sku, l.name, l.destination, batchKindLabel(l.kind, language), l.lane, l.shipBy,
        l.slackDays, l.cartons, l.unitsPerCarton, l.units, l.unitCostUsd, r2(l.amountUsd), o.depositShare, r2(l.depositUsd), o.orderSerial, r2(l.balanceUsd),
        l.balanceSerial,
      ]);
    }
  }
  return withEventColumn({ kind: "PurchaseOrders", columns: PURCHASE_ORDER_COLUMNS, rows }, season, (i) => events[i]);
}
