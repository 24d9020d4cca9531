/**
 * Carton labels (box marks, 箱唛): one per carton, numbered n of N within its shipment,
 * with the SKU, FNSKU, name, quantity, weight and size the forwarder and the warehouse read.
 */
import { isChineseLanguage } from "../messages/placeText";
import { isoFromSerial } from "../dates";
import { outputColumn as col, withEventColumn, type OutputCell, type OutputColumn, type OutputTable } from "../plan/outputTable";
import type { PackedSku, ShipmentPacking } from "./shipmentPacking";

export const CARTON_LABEL_COLUMNS: readonly OutputColumn[] = [
  col("Shipment", "货件", "text"), col("Destination", "目的地", "text"), col("Lane", "物流渠道", "text"), col("ShipBy", "最晚发货日", "date"),
  col("SKU", "SKU", "text"), col("FNSKU", "FNSKU编码", "text"), col("Name", "品名", "text"), col("UnitsPerCarton", "每箱数量", "integer"),
  col("CartonNo", "箱号", "integer"), col("Cartons", "总箱数", "integer"), col("Label", "箱唛", "text"),
];

/** Labels more than this in one plan are not written: the sheet would be too long to print, and Excel slow to open. */
export const MAX_CARTON_LABELS = 100_000;

/** One label's text, a line per field ("\n" between; the Label column is printed wrapped). */
function labelText(p: ShipmentPacking, item: PackedSku, n: number, zh: boolean): string {
  const s = p.shipment;
  const where = `${p.id} · ${s.lane} → ${s.destination || "—"}`;
  const size = `${item.lengthCm} × ${item.widthCm} × ${item.heightCm} cm`;
  const lines = zh
    ? [`SKU：${item.sku}${item.fnsku ? `\u3000FNSKU：${item.fnsku}` : ""}`, `品名：${item.name}`, `数量：${item.unitsPerCarton} 件`, `箱号：${n} / ${p.cartons}`,
        `毛重：${item.cartonKg} kg\u3000尺寸：${size}`, `货件：${where}`, `最晚发货：${isoFromSerial(s.shipBy)}`]
    : [`SKU: ${item.sku}${item.fnsku ? `   FNSKU: ${item.fnsku}` : ""}`, item.name, `Qty: ${item.unitsPerCarton} pcs`, `Carton ${n} of ${p.cartons}`,
        `G.W. ${item.cartonKg} kg   Meas. ${size}`, `Shipment ${where}`, `Ship by ${isoFromSerial(s.shipBy)}`];
  return lines.filter((l) => l !== "").join("\n");
}

/**
 * The CartonLabels table: one row per carton of every shipment, cartons numbered 1 … N through the
 * shipment (SKU by SKU in the Shipments sheet's order), with the SKU, FNSKU (the SKUs sheet's FNSKU
 * column, blank when not given), name, units per carton, carton n and N, and the label's text in one
 * cell (SKU and FNSKU, name, quantity, "Carton n of N", gross weight and size, shipment, lane and
 * destination, ship-by), in English or Chinese. A plan with more than {@link MAX_CARTON_LABELS}
 * cartons gets its first that many labels (and a LABELS_LIMIT alert, `shipmentAlerts`). A season's
 * (`season`) has the Event of each carton's batch in front.
 * @example cartonLabelsTable(packings, "en").rows[0][8] // 1
 */
export function cartonLabelsTable(packings: readonly ShipmentPacking[], language = "en", season = false): OutputTable {
  const zh = isChineseLanguage(language);
  const rows: OutputCell[][] = [];
  const events: string[] = [];
  for (const p of packings) {
    let n = 0;
    for (const item of p.items) {
      for (let k = 0; k < item.cartons && rows.length < MAX_CARTON_LABELS; k++) {
        n++;
        events.push(item.event);
        rows.push([p.id, p.shipment.destination, p.shipment.lane, p.shipment.shipBy, item.sku, item.fnsku, item.name, item.unitsPerCarton, n, p.cartons, labelText(p, item, n, zh)]);
      }
    }
  }
  return withEventColumn({ kind: "CartonLabels", columns: CARTON_LABEL_COLUMNS, rows }, season, (i) => events[i]);
}
