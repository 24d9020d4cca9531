/**
 * A SKU's stock at one destination, from its SKUs rows.
 */
import { sameDestination } from "./destinations";
import { note, type PlanNote } from "./planNotes";
import type { DestinationStock, SkuMaster } from "./types";

/** Entries added up: units summed, the arrival the latest of the lots that have units. */
function total(entries: readonly DestinationStock[]): Pick<SkuMaster, "onHand" | "inTransit" | "inTransitArrival"> {
  const arrivals = entries.filter((e) => e.inTransit > 0 && e.inTransitArrival !== undefined).map((e) => e.inTransitArrival as number);
  return {
    onHand: entries.reduce((s, e) => s + e.onHand, 0),
    inTransit: entries.reduce((s, e) => s + e.inTransit, 0),
    ...(arrivals.length > 0 ? { inTransitArrival: Math.max(...arrivals) } : {}),
  };
}

/**
 * The stock of `sku` at `destination`, by the SKUs sheet contract (README, workbook contract):
 * - a SKUs sheet without a Destination column: the row's stock is at the SKU's only destination;
 *   a SKU selling in several gets none of it anywhere ({@link unplacedStock} says so);
 * - with a Destination column (`stockAt`): the rows naming the destination (case ignored); a row
 *   without a Destination counts at the SKU's only destination, and at none when it sells in several;
 *   the book's one unnamed destination "" takes every row (lots added up, arriving on the latest day).
 * @param sellsIn the destinations the SKU is planned at (its sales map to)
 * @returns the master data with OnHand, InTransit and InTransitArrival at the destination
 * @example skuAtDestination({ sku: "A", onHand: 40, stockAt: [{ destination: "Amazon US", onHand: 40, inTransit: 0 },
 *   { destination: "Amazon DE", onHand: 15, inTransit: 100, inTransitArrival: 46300 }], … }, "amazon de", ["Amazon US", "Amazon DE"])
 * // { …, onHand: 15, inTransit: 100, inTransitArrival: 46300, destination: "amazon de" }
 */
export function skuAtDestination(sku: SkuMaster, destination: string, sellsIn: readonly string[]): SkuMaster {
  const { inTransitArrival: _old, stockAt: _rows, ...rest } = sku;
  const place = (stock: Pick<SkuMaster, "onHand" | "inTransit" | "inTransitArrival">): SkuMaster => ({ ...rest, ...stock, destination });
  const only = sellsIn.length <= 1;
  if (!sku.stockAt || sku.stockAt.length === 0) {
    if (!only) return place({ onHand: 0, inTransit: 0 });
    return place({ onHand: sku.onHand, inTransit: sku.inTransit, ...(sku.inTransitArrival !== undefined ? { inTransitArrival: sku.inTransitArrival } : {}) });
  }
  if (destination.trim() === "") return place(total(sku.stockAt));
  const named = sku.stockAt.filter((e) => e.destination.trim() !== "" && sameDestination(e.destination, destination));
  const blank = sku.stockAt.filter((e) => e.destination.trim() === "");
  return place(total(only ? [...named, ...blank] : named));
}

/**
 * The stock of `sku` that {@link skuAtDestination} counts at none of the destinations it sells in,
 * as notes for the Alerts: a row without a Destination (or a sheet without the column) while it sells
 * in several ("stockWithoutDestination"), and each row naming a destination where it has no sales to
 * plan ("stockWhereNotSold"). Rows with no stock say nothing; the book's one unnamed destination places everything.
 * @example unplacedStock({ sku: "A", stockAt: [{ destination: "ONT8", onHand: 70, inTransit: 0 }], … }, ["Amazon US"]).map((n) => renderNote(n))
 * // ["70 on hand and 0 in transit at ONT8, where it has no sales to plan: counted nowhere (the Destination must be a lane's)"]
 */
export function unplacedStock(sku: SkuMaster, sellsIn: readonly string[]): PlanNote[] {
  if (sellsIn.length === 0 || sellsIn.some((d) => d.trim() === "")) return [];
  const rows: readonly DestinationStock[] = sku.stockAt && sku.stockAt.length > 0
    ? sku.stockAt
    : [{ destination: "", onHand: sku.onHand, inTransit: sku.inTransit }];
  const notes: PlanNote[] = [];
  const blank = total(rows.filter((e) => e.destination.trim() === ""));
  if (sellsIn.length > 1 && (blank.onHand > 0 || blank.inTransit > 0)) {
    notes.push(note("stockWithoutDestination", { destinations: sellsIn.join(", "), onHand: blank.onHand, inTransit: blank.inTransit }));
  }
  for (const e of rows) {
    if (e.destination.trim() === "" || sellsIn.some((d) => sameDestination(d, e.destination)) || (e.onHand <= 0 && e.inTransit <= 0)) continue;
    notes.push(note("stockWhereNotSold", { destination: e.destination, onHand: e.onHand, inTransit: e.inTransit }));
  }
  return notes;
}
