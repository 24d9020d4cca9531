/**
 * The sales series a plan used: the whole Sales sheet, or only the event's
 * marketplace when the sheet has several (as planFromSheets filters them).
 */
import type { Result } from "../../engine/errors";
import { readSalesSheet, type SalesSheet } from "../../engine/workbook/readSalesSheet";
import type { Grid } from "../../engine/workbook/sheetTable";

/** Distinct marketplaces of a sales read, in order of first appearance. */
export function marketplacesOf(sales: SalesSheet): string[] {
  return [...new Set(sales.series.flatMap((s) => s.marketplaces ?? []))];
}

/**
 * Reads a sales sheet; when it has several marketplaces and `marketplace` names one
 * of them (case and spaces ignored), only that marketplace's rows.
 * @example salesForMarketplace(grid, "Sales", "amazon us") // the Amazon US rows of a two-marketplace sheet
 */
export function salesForMarketplace(grid: Grid, sheet: string, marketplace: string): Result<SalesSheet> {
  const all = readSalesSheet(grid, { sheet });
  if (!all.ok) return all;
  const wanted = marketplace.trim().toLowerCase();
  const markets = marketplacesOf(all.value);
  const match = markets.find((m) => m.trim().toLowerCase() === wanted);
  if (wanted === "" || markets.length < 2 || match === undefined) return all;
  return readSalesSheet(grid, { sheet, marketplace: match });
}
