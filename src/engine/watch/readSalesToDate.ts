/**
 * Sales since the plan date, for the Watch: a SalesToDate sheet (or the Sales
 * sheet itself) read into each SKU's daily units and, where the sheet has it,
 * its stock at the end of each day — narrowed to the event's marketplace.
 */
import { ok, type EngineError, type Result } from "../errors";
import { destinationSales } from "../plan/destinationSales";
import { SALES_TO_DATE_SHEET } from "../workbook/headerAliases";
import { readSalesSheet } from "../workbook/readSalesSheet";
import type { Grid } from "../workbook/sheetTable";
import type { SalesToDate } from "./watchSku";

/** What {@link readSalesToDate} read. */
export interface SalesToDateRead {
  /** Each SKU's sales to date, keyed by {@link watchKey} (the SKU alone when the plan has one destination). */
  readonly bySku: ReadonlyMap<string, SalesToDate>;
  /** The last day with data, Excel serial. */
  readonly lastSerial: number;
  /** Distinct marketplaces (or destinations) on the sheet, in order of first appearance. */
  readonly marketplaces: readonly string[];
  /** What the reader left out and why (rows without a marketplace on a sheet whose other rows name one …). */
  readonly warnings: readonly EngineError[];
}

/**
 * Reads `grid` as Date, SKU, Units [, Marketplace or Destination, OnHand] (long) or one
 * column per date (wide), headers in English or Chinese. When the sheet names several
 * marketplaces and `marketplace` is one of them (case and spaces ignored), only its rows;
 * otherwise all rows.
 * @returns the sales, or the sheet's first error (row and column named)
 * @example readSalesToDate([["Date", "SKU", "Units", "OnHand"], ["2026-09-15", "A", 3, 40]], "SalesToDate", "")
 * // ok({ bySku: Map { "A" → { startSerial: 46280, units: [3], onHand: [40] } }, lastSerial: 46280, marketplaces: [], warnings: [] })
 */
export function readSalesToDate(grid: Grid, sheet: string, marketplace: string): Result<SalesToDateRead> {
  const all = readSalesSheet(grid, { sheet, spec: SALES_TO_DATE_SHEET });
  if (!all.ok) return all;
  const marketplaces = [...new Set(all.value.series.flatMap((s) => s.marketplaces ?? []))];
  const wanted = marketplace.trim().toLowerCase();
  const match = wanted === "" ? undefined : marketplaces.find((m) => m.trim().toLowerCase() === wanted);
  const read = match !== undefined && marketplaces.length > 1 ? readSalesSheet(grid, { sheet, spec: SALES_TO_DATE_SHEET, marketplace: match }) : all;
  if (!read.ok) return read;
  const bySku = new Map<string, SalesToDate>();
  for (const s of read.value.series) bySku.set(s.sku, { startSerial: s.startSerial, units: s.units, ...(s.onHand ? { onHand: s.onHand } : {}) });
  return ok({ bySku, lastSerial: read.value.report.lastSerial, marketplaces, warnings: [] });
}

/**
 * The key a plan line's sales to date are found by: the SKU, and with several destinations the
 * SKU at its destination (case and spaces of the destination ignored).
 * @example watchKey("KIT-01", "Amazon DE") // "KIT-01\u0000amazon de"
 */
export function watchKey(sku: string, destination = ""): string {
  const d = destination.trim().toLowerCase();
  return d === "" ? sku : `${sku}\u0000${d}`;
}

/**
 * Reads the sales to date of a plan with several destinations: each Marketplace (or Destination)
 * of the sheet mapped to the destination it sells from, by the plan's own rule
 * ({@link destinationSales}: its name, else the Event's marketplace, else the only destination),
 * so a SKU sold in the US and in Germany is watched twice, each on its own sales and stock.
 * @param destinations the destinations the plan's lines are for
 * @returns the sales keyed by {@link watchKey}(sku, destination), or the sheet's first error
 * @example readSalesToDateByDestination(grid, "SalesToDate", "", ["Amazon US", "Amazon DE"]).value.bySku.get(watchKey("A", "Amazon DE"))
 * // { startSerial: 46280, units: [2, 0, 3], onHand: [18, 18, 15] } — the Amazon DE rows only
 */
export function readSalesToDateByDestination(grid: Grid, sheet: string, marketplace: string, destinations: readonly string[]): Result<SalesToDateRead> {
  const read = destinationSales(grid, sheet, marketplace, destinations, undefined, SALES_TO_DATE_SHEET);
  if (!read.ok) return read;
  const bySku = new Map<string, SalesToDate>();
  for (const d of read.value.destinations) {
    for (const s of d.series) bySku.set(watchKey(s.sku, d.destination), { startSerial: s.startSerial, units: s.units, ...(s.onHand ? { onHand: s.onHand } : {}) });
  }
  const marketplaces = [...new Set(read.value.sales.series.flatMap((s) => s.marketplaces ?? []))];
  return ok({ bySku, lastSerial: read.value.sales.report.lastSerial, marketplaces, warnings: read.value.warnings });
}
