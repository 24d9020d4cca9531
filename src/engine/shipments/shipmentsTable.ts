/**
 * The Shipments sheet: a packing list per shipment for the forwarder — each SKU's cartons,
 * units per carton, carton size and weight, volume and chargeable weight, then the shipment's total.
 */
import { batchKindLabel } from "../orders/orderLabels";
import { isChineseLanguage } from "../messages/placeText";
import { outputColumn as col, withEventColumn, type OutputCell, type OutputColumn, type OutputTable } from "../plan/outputTable";
import type { ShipmentPacking } from "./shipmentPacking";

export const SHIPMENT_COLUMNS: readonly OutputColumn[] = [
  col("Shipment", "货件", "text"), col("Kind", "批次类型", "text"), col("Lane", "物流渠道", "text"), col("Destination", "目的地", "text"),
  col("ShipBy", "最晚发货日", "date"), col("ArriveBy", "最晚到仓日", "date"), col("Line", "行", "text"), col("SKU", "SKU", "text"), col("Name", "品名", "text"),
  col("FNSKU", "FNSKU编码", "text"), col("Cartons", "箱数", "integer"), col("UnitsPerCarton", "每箱数量", "integer"), col("Units", "数量", "integer"),
  col("LengthCm", "箱长厘米", "decimal"), col("WidthCm", "箱宽厘米", "decimal"), col("HeightCm", "箱高厘米", "decimal"), col("CartonKg", "单箱毛重千克", "decimal"),
  col("Cbm", "体积立方米", "decimal"), col("ActualKg", "实重千克", "decimal"), col("VolumetricKg", "体积重千克", "decimal"),
  col("ChargeableKg", "计费重千克", "decimal"), col("Divisor", "材积除数", "integer"),
];

const r2 = (x: number): number => Math.round(x * 100) / 100;
const r4 = (x: number): number => Math.round(x * 10000) / 10000;

/**
 * The Shipments table: for each shipment (in the Batches sheet's order, ids B01 …) one row per
 * SKU (Line "SKU") with cartons, units per carton, units, the carton's sides (cm) and gross weight
 * (kg), CBM, actual, volumetric and chargeable kg and the lane's divisor; then one row (Line
 * "Total" / "合计") with the shipment's cartons, units, CBM and kg added up. Filter Line = SKU
 * before summing a column over several shipments. A season's (`season`) has the Event in front: each SKU
 * row's batch's event, the total row's the shipment's ("A + B" when two events share it).
 * @example shipmentsTable(packings, "en").rows.at(-1) // ["B02", "sprint", "Air → US West", "Amazon US", 46320, 46332, "Total", "", "2 SKUs", "", 20, null, 400, …]
 */
export function shipmentsTable(packings: readonly ShipmentPacking[], language = "en", season = false): OutputTable {
  const zh = isChineseLanguage(language);
  const rows: OutputCell[][] = [];
  const events: string[] = [];
  for (const p of packings) {
    const s = p.shipment;
    const head: OutputCell[] = [p.id, batchKindLabel(s.kind, language), s.lane, s.destination, s.shipBy, s.arriveBy];
    for (const i of p.items) {
      events.push(i.event);
      rows.push([
        ...head, "SKU", i.sku, i.name, i.fnsku, i.cartons, i.unitsPerCarton, i.units, i.lengthCm, i.widthCm, i.heightCm, i.cartonKg,
        r4(i.cbm), r2(i.actualKg), r2(i.volumetricKg), r2(i.chargeableKg), p.divisorCm3PerKg,
      ]);
    }
    events.push(s.event);
    const skus = zh ? `${p.items.length} 个 SKU` : `${p.items.length} SKU${p.items.length === 1 ? "" : "s"}`;
    rows.push([
      ...head, zh ? "合计" : "Total", "", skus, "", p.cartons, null, p.units, null, null, null, null,
      r4(p.cbm), r2(p.actualKg), r2(p.volumetricKg), r2(p.chargeableKg), p.divisorCm3PerKg,
    ]);
  }
  return withEventColumn({ kind: "Shipments", columns: SHIPMENT_COLUMNS, rows }, season, (i) => events[i]);
}
