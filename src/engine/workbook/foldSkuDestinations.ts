/**
 * SKUs rows of one SKU at several destinations, folded into one record per SKU.
 */
import type { DestinationStock, SkuMaster } from "../plan/types";

/**
 * One record per SKU, in order of first row: the first row's master data (cost, price, carton,
 * MOQ, lanes data) and, in `stockAt`, every row's stock at its Destination (sheet order; a row
 * without a Destination has destination ""). Only a SKUs sheet with a Destination column is folded;
 * without one, rows pass through unchanged (each SKU has one row).
 * @param rows the SKUs rows read, at most one per (SKU, Destination)
 * @example foldSkuDestinations([{ sku: "A", destination: "Amazon US", onHand: 40, inTransit: 0, … },
 *   { sku: "A", destination: "Amazon DE", onHand: 15, inTransit: 100, inTransitArrival: 46300, … }])
 * // [{ sku: "A", destination: "Amazon US", onHand: 40, …, stockAt: [{ destination: "Amazon US", onHand: 40, inTransit: 0 },
 * //   { destination: "Amazon DE", onHand: 15, inTransit: 100, inTransitArrival: 46300 }] }]
 */
export function foldSkuDestinations(rows: readonly SkuMaster[]): SkuMaster[] {
  if (!rows.some((r) => r.destination !== undefined)) return rows.slice();
  const order: string[] = [];
  const first = new Map<string, SkuMaster>();
  const stock = new Map<string, DestinationStock[]>();
  for (const row of rows) {
    if (!first.has(row.sku)) {
      first.set(row.sku, row);
      order.push(row.sku);
      stock.set(row.sku, []);
    }
    (stock.get(row.sku) as DestinationStock[]).push({
      destination: row.destination ?? "",
      onHand: row.onHand,
      inTransit: row.inTransit,
      ...(row.inTransitArrival !== undefined ? { inTransitArrival: row.inTransitArrival } : {}),
    });
  }
  return order.map((sku) => ({ ...(first.get(sku) as SkuMaster), stockAt: stock.get(sku) as DestinationStock[] }));
}
