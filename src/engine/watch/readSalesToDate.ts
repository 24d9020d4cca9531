/**
 * Sales since the plan date, for the Watch: a SalesToDate sheet (or the Sales
 * sheet itself) read into each SKU's daily units and, where the sheet has it,
 * its stock at the end of each day — narrowed to the event's marketplace.
 */
import { ok, type Result } from "../errors";
import { SALES_TO_DATE_SHEET } from "../workbook/headerAliases";
import { readSalesSheet } from "../workbook/readSalesSheet";
import type { Grid } from "../workbook/sheetTable";
import type { SalesToDate } from "./watchSku";

/** What {@link readSalesToDate} read. */
export interface SalesToDateRead {
  readonly bySku: ReadonlyMap<string, SalesToDate>;
  /** The last day with data, Excel serial. */
  readonly lastSerial: number;
  /** Distinct marketplaces (or destinations) on the sheet, in order of first appearance. */
  readonly marketplaces: readonly string[];
}

/**
 * Reads `grid` as Date, SKU, Units [, Marketplace or Destination, OnHand] (long) or one
 * column per date (wide), headers in English or Chinese. When the sheet names several
 * marketplaces and `marketplace` is one of them (case and spaces ignored), only its rows;
 * otherwise all rows.
 * @returns the sales, or the sheet's first error (row and column named)
 * @example readSalesToDate([["Date", "SKU", "Units", "OnHand"], ["2026-09-15", "A", 3, 40]], "SalesToDate", "")
 * // ok({ bySku: Map { "A" → { startSerial: 46280, units: [3], onHand: [40] } }, lastSerial: 46280, marketplaces: [] })
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
  return ok({ bySku, lastSerial: read.value.report.lastSerial, marketplaces });
}
