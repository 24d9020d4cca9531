/**
 * How the order and shipment sheets, the pane and the command line show a supplier and a batch kind.
 */
import { isChineseLanguage } from "../messages/placeText";
import { NO_SUPPLIER } from "./purchaseOrders";

/**
 * The supplier as the sheets show it: its name, or "(none)" / "（未填）" for SKUs without one.
 * @example supplierLabel("", "zh-CN") // "（未填）"
 */
export function supplierLabel(supplier: string, language: string): string {
  if (supplier !== NO_SUPPLIER) return supplier;
  return isChineseLanguage(language) ? "（未填）" : "(none)";
}

/**
 * A batch kind as the sheets show it.
 * @example batchKindLabel("sprint", "zh-CN") // "冲刺批"
 */
export function batchKindLabel(kind: "base" | "sprint", language: string): string {
  if (!isChineseLanguage(language)) return kind;
  return kind === "base" ? "基础批" : "冲刺批";
}
