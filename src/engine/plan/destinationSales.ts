/**
 * The sales each destination plans on: the Sales sheet's marketplaces mapped to the
 * lanes' destinations, each destination with its own series per SKU (its own
 * stock-out days), and the marketplaces it serves when it serves several.
 */
import { ok, problem, type EngineError, type Result } from "../errors";
import { listParam, placeParam, quoted } from "../messages/messageText";
import { salesWarnings } from "../workbook/salesWarnings";
import type { DailySeries } from "../series/dailySeries";
import type { SalesKey, SheetSpec } from "../workbook/headerAliases";
import { readSalesSheet, type SalesSheet } from "../workbook/readSalesSheet";
import type { Grid } from "../workbook/sheetTable";
import type { ShareInput } from "./allocateByShare";
import { destinationOfMarketplace, sameDestination, type DestinationRule } from "./destinations";
import { eventSales } from "./eventSales";
import { marketShares } from "./marketShares";
import { mergeSeries } from "./mergeSeries";

/** One destination's sales. */
export interface DestinationSales {
  /** As the lanes write it; "" = the book's one unnamed destination (no lane names one). */
  readonly destination: string;
  /** One series per SKU: the sales of every marketplace mapped to the destination, added up day by day. */
  readonly series: readonly DailySeries[];
  /** Per SKU sold in several of its marketplaces, their last 90 days: the destination's stock is shared, so it is allocated. */
  readonly marketShares: ReadonlyMap<string, readonly ShareInput[]>;
}

/** How one Sales marketplace was mapped (only those not mapped by their own name). */
export interface MarketplaceMapping {
  readonly marketplace: string;
  /** null = no destination: its sales are not planned. */
  readonly destination: string | null;
  readonly rule: DestinationRule | null;
  /** Units of its sales on the sheet. */
  readonly units: number;
}

/** What {@link destinationSales} read. */
export interface BookSales {
  readonly sales: SalesSheet;
  readonly destinations: readonly DestinationSales[];
  /** Marketplaces mapped by the event or only-destination rule, or not at all. */
  readonly mappings: readonly MarketplaceMapping[];
  readonly warnings: readonly EngineError[];
}

const unitsOf = (series: readonly DailySeries[]): number => series.reduce((s, x) => s + x.units.reduce((a, b) => a + b, 0), 0);

/**
 * Reads the Sales grid for a plan by destination (README, "How a SKU is planned"):
 * - no destination (no lane names one): the sales as `eventSales` reads them (the event's
 *   marketplace only when the sheet has several and names it; else all, each SKU's stock
 *   allocated across its marketplaces), one destination "";
 * - otherwise, when the Event names a marketplace the sheet has, only its sales (the event runs
 *   there); else every marketplace. Each marketplace sells from the destination
 *   {@link destinationOfMarketplace} gives (its name, else the Event's marketplace, else the only
 *   destination); the marketplaces of one destination share its stock: their series are added up
 *   ({@link mergeSeries}) and their last 90 days kept to allocate it. A marketplace with no
 *   destination is left out and listed (the plan alerts it). Rows without a marketplace on a sheet
 *   whose other rows name one are left out with a warning.
 * @param grid the Sales sheet
 * @param eventMarketplace the Event's Marketplace ("" = none)
 * @param destinations the lanes' destinations (`laneDestinations`)
 * @param lastDay leave out sales after this Excel serial day (the plan date), with a warning
 * @param spec the sheet's headers (default the Sales sheet's; the Watch passes SalesToDate's)
 * @returns the destinations with sales (in `destinations` order), the mappings and warnings; or the Sales sheet's first error
 * @example destinationSales(grid, "Sales", "", ["Amazon US", "Amazon DE"]).value.destinations.map((d) => d.destination)
 * // ["Amazon US", "Amazon DE"] for a sheet selling in both
 */
export function destinationSales(grid: Grid, sheet: string, eventMarketplace: string, destinations: readonly string[], lastDay?: number, spec?: SheetSpec<SalesKey>): Result<BookSales> {
  if (destinations.length === 0) {
    const read = eventSales(grid, sheet, eventMarketplace, true, lastDay);
    if (!read.ok) return read;
    const one: DestinationSales = { destination: "", series: read.value.sales.series, marketShares: read.value.marketShares };
    return ok({ sales: read.value.sales, destinations: [one], mappings: [], warnings: read.value.warnings });
  }
  const limit = { ...(lastDay === undefined ? {} : { lastDay }), ...(spec ? { spec } : {}) };
  const all = readSalesSheet(grid, { sheet, ...limit });
  if (!all.ok) return all;
  const warnings: EngineError[] = [...salesWarnings(all.value, sheet, lastDay)];
  const named = [...new Set(all.value.series.flatMap((s) => s.marketplaces ?? []))];
  let markets = named;
  if (eventMarketplace.trim() !== "" && named.length === 0) {
    warnings.push(problem("noMarketplaceOnSheet", "INCONSISTENT_INPUT", { marketplace: quoted(eventMarketplace), place: placeParam({ sheet }) }, { sheet }));
  } else if (eventMarketplace.trim() !== "") {
    const match = named.find((m) => sameDestination(m, eventMarketplace));
    if (match !== undefined) markets = [match];
    else warnings.push(problem("marketplaceNotOnSheet", "INCONSISTENT_INPUT", { marketplace: quoted(eventMarketplace), place: placeParam({ sheet }), found: listParam(named, "comma") }, { sheet }));
  }
  const seriesOf = new Map<string, readonly DailySeries[]>();
  if (markets.length <= 1 && named.length <= 1) seriesOf.set(markets[0] ?? "", all.value.series);
  else {
    let rowsRead = 0;
    for (const m of markets) {
      const read = readSalesSheet(grid, { sheet, marketplace: m, ...limit });
      if (!read.ok) return read;
      seriesOf.set(m, read.value.series);
      rowsRead += read.value.report.rows;
    }
    const blankRows = markets.length === named.length && all.value.layout === "long" ? all.value.report.rows - rowsRead : 0;
    if (blankRows > 0) {
      const one = blankRows === 1;
      warnings.push(problem(one ? "rowWithoutMarketplace" : "rowsWithoutMarketplace", "MISSING_VALUE", { place: placeParam({ sheet }), count: blankRows }, { sheet }));
    }
  }

  const mappings: MarketplaceMapping[] = [];
  const byDestination = new Map<string, Map<string, DailySeries[]>>();
  const marketsOf = new Map<string, Map<string, DailySeries[]>>();
  for (const [market, series] of seriesOf) {
    const match = destinationOfMarketplace(market, destinations, eventMarketplace);
    if (!match || match.rule !== "name") {
      mappings.push({ marketplace: market, destination: match?.destination ?? null, rule: match?.rule ?? null, units: unitsOf(series) });
    }
    if (!match) continue;
    const bySku = byDestination.get(match.destination) ?? new Map<string, DailySeries[]>();
    const byMarket = marketsOf.get(match.destination) ?? new Map<string, DailySeries[]>();
    for (const s of series) bySku.set(s.sku, [...(bySku.get(s.sku) ?? []), s]);
    byMarket.set(market, series.slice());
    byDestination.set(match.destination, bySku);
    marketsOf.set(match.destination, byMarket);
  }
  const out: DestinationSales[] = [];
  for (const destination of destinations) {
    const bySku = byDestination.get(destination);
    if (!bySku) continue;
    const byMarket = marketsOf.get(destination) as Map<string, DailySeries[]>;
    out.push({
      destination,
      series: [...bySku.values()].map(mergeSeries),
      marketShares: byMarket.size > 1 ? marketShares(byMarket) : new Map<string, ShareInput[]>(),
    });
  }
  return ok({ sales: all.value, destinations: out, mappings, warnings });
}
