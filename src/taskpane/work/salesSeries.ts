/**
 * The sales series of a sheet as the plan reads them (the engine's eventSales):
 * the whole sheet, or only the event's marketplace when the sheet has several.
 */
import type { Result } from "../../engine/errors";
import { eventSales } from "../../engine/plan/eventSales";
import type { SalesSheet } from "../../engine/workbook/readSalesSheet";
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
  const read = eventSales(grid, sheet, marketplace);
  return read.ok ? { ok: true, value: read.value.sales } : read;
}
