/**
 * The sales an event is planned on: the Sales sheet, narrowed to the event's
 * marketplace when the sheet has several; with none named, each SKU's split
 * across marketplaces for allocation.
 */
import { ok, problem, type EngineError, type Result } from "../errors";
import { listParam, placeParam, quoted } from "../messages/messageText";
import type { DailySeries } from "../series/dailySeries";
import { readSalesSheet, type SalesSheet } from "../workbook/readSalesSheet";
import { salesWarnings } from "../workbook/salesWarnings";
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
  /**
   * How the sheet was read (rows added together or left out, `salesWarnings`), and
   * an event marketplace the sheet cannot pick out (the plan then uses all sales).
   */
  readonly warnings: readonly EngineError[];
}

/**
 * Reads `grid` for an event on `marketplace` ("" = all marketplaces). When the
 * event names a marketplace and no row of the sheet names one (no Marketplace
 * column, or a blank one), or none matches it, the plan uses all sales and a
 * warning says so.
 * @param shares whether to measure each SKU's split across marketplaces (the plan does; the Watch does not)
 * @param lastDay leave out sales after this Excel serial day (the plan date; the Watch reads them all)
 * @returns the sales, or the Sales sheet's first error (row and column named)
 * @example eventSales(grid, "Sales", "Walmart").value.sales.series // Walmart's rows only, on a two-marketplace sheet
 */
export function eventSales(grid: Grid, sheet: string, marketplace: string, shares = false, lastDay?: number): Result<EventSales> {
  const limit = lastDay === undefined ? {} : { lastDay };
  const all = readSalesSheet(grid, { sheet, ...limit });
  if (!all.ok) return all;
  const marketplaces = [...new Set(all.value.series.flatMap((s) => s.marketplaces ?? []))];
  const wanted = marketplace.trim().toLowerCase();
  const none = new Map<string, ShareInput[]>();
  const read = (sales: SalesSheet, extra: EngineError[] = []): EventSales => ({ sales, marketplaces, marketShares: none, warnings: [...extra, ...salesWarnings(sales, sheet, lastDay)] });
  if (wanted !== "" && marketplaces.length === 0) {
    return ok(read(all.value, [problem("noMarketplaceOnSheet", "INCONSISTENT_INPUT", { marketplace: quoted(marketplace), place: placeParam({ sheet }) }, { sheet })]));
  }
  if (wanted !== "") {
    const match = marketplaces.find((m) => m.trim().toLowerCase() === wanted);
    if (match === undefined) {
      const warning = problem("marketplaceNotOnSheet", "INCONSISTENT_INPUT", { marketplace: quoted(marketplace), place: placeParam({ sheet }), found: listParam(marketplaces, "comma") }, { sheet });
      return ok(read(all.value, [warning]));
    }
    if (marketplaces.length === 1) return ok(read(all.value));
    const filtered = readSalesSheet(grid, { sheet, marketplace: match, ...limit });
    if (!filtered.ok) return filtered;
    return ok(read(filtered.value));
  }
  if (!shares || marketplaces.length < 2) return ok(read(all.value));
  const byMarket = new Map<string, DailySeries[]>();
  for (const market of marketplaces) {
    const one = readSalesSheet(grid, { sheet, marketplace: market, ...limit });
    if (one.ok) byMarket.set(market, one.value.series);
  }
  return ok({ ...read(all.value), marketShares: marketShares(byMarket) });
}
