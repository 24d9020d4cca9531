/**
 * The Watch over a whole plan: {@link watchSku} for every planned SKU with sales
 * to date, one bad SKU reported without sinking the rest, the rows in the order a
 * seller acts on them.
 */
import { engineError, type EngineError } from "../errors";
import { lanesTo } from "../plan/destinations";
import { skuAtDestination } from "../plan/skuAtDestination";
import type { EventPolicy, Lane, SkuMaster } from "../plan/types";
import { watchKey } from "./readSalesToDate";
import { watchSku, type SalesToDate, type WatchPlanLine, type WatchSkuRow, type WatchStatus } from "./watchSku";

/** A watched line: the SKU's row at its destination ("" = the book's one destination). */
export interface WatchPlanRow extends WatchSkuRow {
  readonly destination: string;
}

/** What {@link watchPlan} returns. */
export interface WatchPlanResult {
  /** Stock-outs and re-orders first (largest shortfall first), then short, slow, hot and the rest; ties by SKU, then destination. */
  readonly rows: readonly WatchPlanRow[];
  /** Planned SKUs with no sales on the sheet ("SKU (destination)" when the plan has several destinations). */
  readonly unmatched: readonly string[];
  /** SKUs the Watch could not advise on, each error naming the SKU. */
  readonly errors: readonly EngineError[];
}

/** The order rows are listed in: what needs doing first. */
export const STATUS_ORDER: Readonly<Record<WatchStatus, number>> = { STOCKOUT: 0, REORDER: 1, SHORT: 2, SLOW: 3, HOT: 4, OK: 5 };

/**
 * Watches every line that has sales to date (DESIGN.md §1 item 9). A plan with several destinations
 * is watched line by line: each SKU at each destination on that destination's sales to date (keyed by
 * {@link watchKey}), stock ({@link skuAtDestination}) and lanes ({@link lanesTo}), as it was planned.
 * @param salesToDate the sales to date by {@link watchKey}(sku, destination) (the SKU alone for a one-destination plan)
 * @param masters the SKU master rows by SKU (lead days, cartons, cost); a line without one is reported, not watched
 * @param todaySerial the first day without sales data, Excel serial
 * @example watchPlan(plan.lines, sales, masters, policy, lanes, 46290).rows[0].status // "STOCKOUT" or "REORDER" first
 */
export function watchPlan(
  lines: readonly (WatchPlanLine & { readonly destination?: string })[],
  salesToDate: ReadonlyMap<string, SalesToDate>,
  masters: ReadonlyMap<string, SkuMaster>,
  policy: EventPolicy,
  lanes: readonly Lane[],
  todaySerial: number,
): WatchPlanResult {
  const rows: WatchPlanRow[] = [];
  const unmatched: string[] = [];
  const errors: EngineError[] = [];
  const destinationOf = (line: { readonly destination?: string }): string => (line.destination ?? "").trim();
  const several = new Set(lines.map((l) => destinationOf(l).toLowerCase())).size > 1;
  const sellsIn = new Map<string, string[]>();
  for (const line of lines) sellsIn.set(line.sku, [...(sellsIn.get(line.sku) ?? []), destinationOf(line)]);
  for (const line of lines) {
    const destination = destinationOf(line);
    const label = several && destination !== "" ? `${line.sku} (${destination})` : line.sku;
    const sales = salesToDate.get(several ? watchKey(line.sku, destination) : line.sku);
    if (!sales) {
      unmatched.push(label);
      continue;
    }
    const master = masters.get(line.sku);
    if (!master) {
      errors.push(engineError("MISSING_VALUE", `SKU '${line.sku}' is not on the SKUs sheet`, { sheet: "SKUs", sku: line.sku }));
      continue;
    }
    const placed = several ? skuAtDestination(master, destination, sellsIn.get(line.sku) ?? [destination]) : master;
    const row = watchSku({ line, master: placed, sales, policy, lanes: several ? lanesTo(lanes, destination) : lanes, todaySerial });
    if (row.ok) rows.push({ ...row.value, destination });
    else errors.push(engineError(row.error.code, row.error.message, { ...row.error.where, sku: line.sku }));
  }
  rows.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.shortUnits - a.shortUnits || a.sku.localeCompare(b.sku) || a.destination.localeCompare(b.destination));
  return { rows, unmatched, errors };
}
