/**
 * A SKU's stock at one destination, from its SKUs rows.
 */
import { sameDestination } from "./destinations";
import { note, type PlanNote } from "./planNotes";
import type { DestinationStock, SkuMaster } from "./types";

/** The SKU as planned at one destination, and the stock that could not be placed. */
export interface SkuAtDestination {
  /** The master data with OnHand, InTransit and InTransitArrival at the destination. */
  readonly sku: SkuMaster;
  /** Stock on a row without a Destination while the SKU sells in several (counted nowhere), else null. */
  readonly issue: PlanNote | null;
}

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
 *   a SKU selling in several destinations gets none of it anywhere, with an issue saying so;
 * - with a Destination column (`stockAt`): the rows naming the destination (case ignored); a row
 *   without a Destination counts at the SKU's only destination, and at none when it sells in several
 *   (issue); the book's one unnamed destination "" takes every row (lots added up, arriving on the latest day).
 * @param sellsIn the destinations the SKU is planned at (its sales map to)
 * @example skuAtDestination({ sku: "A", onHand: 40, stockAt: [{ destination: "Amazon US", onHand: 40, inTransit: 0 },
 *   { destination: "Amazon DE", onHand: 15, inTransit: 100, inTransitArrival: 46300 }], … }, "amazon de", ["Amazon US", "Amazon DE"])
 * // { sku: { …, onHand: 15, inTransit: 100, inTransitArrival: 46300, destination: "amazon de" }, issue: null }
 */
export function skuAtDestination(sku: SkuMaster, destination: string, sellsIn: readonly string[]): SkuAtDestination {
  const only = sellsIn.length <= 1;
  const noStock = { onHand: 0, inTransit: 0 };
  const place = (stock: Pick<SkuMaster, "onHand" | "inTransit" | "inTransitArrival">): SkuMaster => {
    const { inTransitArrival: _old, stockAt: _rows, ...rest } = sku;
    return { ...rest, ...stock, destination };
  };
  const issueOf = (rows: readonly DestinationStock[]): PlanNote | null => {
    const t = total(rows);
    return t.onHand > 0 || t.inTransit > 0 ? note("stockWithoutDestination", { destinations: sellsIn.join(", "), onHand: t.onHand, inTransit: t.inTransit }) : null;
  };
  if (!sku.stockAt || sku.stockAt.length === 0) {
    const own = { onHand: sku.onHand, inTransit: sku.inTransit, ...(sku.inTransitArrival !== undefined ? { inTransitArrival: sku.inTransitArrival } : {}) };
    if (only) return { sku: place(own), issue: null };
    return { sku: place(noStock), issue: issueOf([{ destination: "", ...own }]) };
  }
  if (destination.trim() === "") return { sku: place(total(sku.stockAt)), issue: null };
  const named = sku.stockAt.filter((e) => e.destination.trim() !== "" && sameDestination(e.destination, destination));
  const blank = sku.stockAt.filter((e) => e.destination.trim() === "");
  if (only) return { sku: place(total([...named, ...blank])), issue: null };
  return { sku: place(total(named)), issue: issueOf(blank) };
}
