/**
 * The SendToAmazon sheet: for every FBA shipment, the rows of Amazon's Send to Amazon file
 * upload ({@link sendToAmazonRows}), with the shipment they belong to in front.
 */
import { outputColumn as col, withEventColumn, type OutputCell, type OutputColumn, type OutputTable } from "../plan/outputTable";
import type { BoxUnits } from "./fbaDestination";
import { boxColumns, sendToAmazonRows, SEND_TO_AMAZON_COLUMNS } from "./sendToAmazonFile";
import type { ShipmentPacking } from "./shipmentPacking";

const LEAD_COLUMNS: readonly OutputColumn[] = [col("Shipment", "货件", "text"), col("Destination", "目的地", "text"), col("ShipBy", "最晚发货日", "date")];
const TEMPLATE_FORMATS = ["text", "integer", "text", "text", "text", "text", "integer", "integer"] as const;

/**
 * The SendToAmazon table: Shipment, Destination, ShipBy, then the template's columns with their
 * exact English headers in both languages (they are what Amazon's upload reads; paste the rows
 * under the template's header row 8): Merchant SKU, Quantity, Prep owner, Labeling owner,
 * Expiration date, Manufacturing lot code (left blank: the template's defaults, "Seller", apply),
 * Units per box, Number of boxes and the box's sides and weight — in inches and pounds for the
 * US store, centimetres and kilograms elsewhere (`ShipmentPacking.boxUnits`); when the plan has
 * FBA shipments in both systems, both sets of four columns, each row filling its own (inches and
 * pounds when there is none). Only shipments to FBA destinations are listed; no FBA shipment gives
 * an empty table. A season's (`season`) has the shipment's Event in front (ahead of the template's
 * columns, like Shipment: paste from Merchant SKU on).
 * @example sendToAmazonTable(packings).rows[0] // ["B01", "Amazon US", 46305, "KIT-01", 288, null, null, null, null, 24, 12, 19.7, 15.8, 11.9, 22.1]
 */
export function sendToAmazonTable(packings: readonly ShipmentPacking[], season = false): OutputTable {
  const fba = packings.filter((p) => p.boxUnits !== null);
  const systems: BoxUnits[] = (["in-lb", "cm-kg"] as const).filter((u) => fba.some((p) => p.boxUnits === u));
  if (systems.length === 0) systems.push("in-lb");
  const columns: OutputColumn[] = [
    ...LEAD_COLUMNS,
    ...SEND_TO_AMAZON_COLUMNS.map((name, i) => col(name, name, TEMPLATE_FORMATS[i])),
    ...systems.flatMap((u) => boxColumns(u).map((name) => col(name, name, "decimal"))),
  ];
  const rows: OutputCell[][] = [];
  const events: string[] = [];
  for (const p of fba) {
    const units = p.boxUnits as BoxUnits;
    for (const r of sendToAmazonRows(p, units)) {
      events.push(p.shipment.event);
      const boxes = systems.flatMap((u): OutputCell[] => (u === units ? [r.boxLength, r.boxWidth, r.boxHeight, r.boxWeight] : [null, null, null, null]));
      rows.push([p.id, p.shipment.destination, p.shipment.shipBy, r.merchantSku, r.quantity, null, null, null, null, r.unitsPerBox, r.numberOfBoxes, ...boxes]);
    }
  }
  return withEventColumn({ kind: "SendToAmazon", columns, rows }, season, (i) => events[i]);
}
