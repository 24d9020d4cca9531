/**
 * The sales an event is planned on: the Sales sheet, narrowed to the event's
 * marketplace when the sheet has several; with none named, each SKU's split
 * across marketplaces for allocation.
 */
import { engineError, ok, type EngineError, type Result } from "../errors";
import type { DailySeries } from "../series/dailySeries";
import { readSalesSheet, type SalesSheet } from "../workbook/readSalesSheet";
import type { Grid } from "../workbook/sheetTable";
import type { ShareInput } from "./allocateByShare";
import { marketShares } from "./marketShares";

export interface EventSales {
  /** The sales read: the event's marketplace only when the sheet has several and names it, else all. */
  readonly sales: SalesSheet;
  /** Distinct marketplaces on the sheet, in order of first appearance. */
  readonly marketplaces: readonly string[];
  /** Per SKU sold in several marketplaces, their last 90 days (only with `shares` and no event marketplace). */
  readonly marketShares: ReadonlyMap<string, readonly ShareInput[]>;
  /** The event names a marketplace the sheet does not have (the plan then uses all sales). */
  readonly warnings: readonly EngineError[];
}

/**
 * Reads `grid` for an event on `marketplace` ("" = all marketplaces).
 * @param shares whether to measure each SKU's split across marketplaces (the plan does; the Watch does not)
 * @returns the sales, or the Sales sheet's first error (row and column named)
 * @example eventSales(grid, "Sales", "Walmart").value.sales.series // Walmart's rows only, on a two-marketplace sheet
 */
export function eventSales(grid: Grid, sheet: string, marketplace: string, shares = false): Result<EventSales> {
  const all = readSalesSheet(grid, { sheet });
  if (!all.ok) return all;
  const marketplaces = [...new Set(all.value.series.flatMap((s) => s.marketplaces ?? []))];
  const wanted = marketplace.trim().toLowerCase();
  const none = new Map<string, ShareInput[]>();
  if (wanted !== "" && marketplaces.length > 0) {
    const match = marketplaces.find((m) => m.trim().toLowerCase() === wanted);
    if (match === undefined) {
      const warning = engineError(
        "INCONSISTENT_INPUT",
        `The event's marketplace '${marketplace}' has no sales on ${sheet} (it has ${marketplaces.join(", ")}): planned on all sales`,
        { sheet },
      );
      return ok({ sales: all.value, marketplaces, marketShares: none, warnings: [warning] });
    }
    if (marketplaces.length === 1) return ok({ sales: all.value, marketplaces, marketShares: none, warnings: [] });
    const filtered = readSalesSheet(grid, { sheet, marketplace: match });
    if (!filtered.ok) return filtered;
    return ok({ sales: filtered.value, marketplaces, marketShares: none, warnings: [] });
  }
  if (!shares || marketplaces.length < 2) return ok({ sales: all.value, marketplaces, marketShares: none, warnings: [] });
  const byMarket = new Map<string, DailySeries[]>();
  for (const market of marketplaces) {
    const read = readSalesSheet(grid, { sheet, marketplace: market });
    if (read.ok) byMarket.set(market, read.value.series);
  }
  return ok({ sales: all.value, marketplaces, marketShares: marketShares(byMarket), warnings: [] });
}
