/**
 * The Watch over a whole plan: {@link watchSku} for every planned SKU with sales
 * to date, one bad SKU reported without sinking the rest, the rows in the order a
 * seller acts on them.
 */
import { engineError, type EngineError } from "../errors";
import type { EventPolicy, Lane, SkuMaster } from "../plan/types";
import { watchSku, type SalesToDate, type WatchPlanLine, type WatchSkuRow, type WatchStatus } from "./watchSku";

/** What {@link watchPlan} returns. */
export interface WatchPlanResult {
  /** Stock-outs and re-orders first (largest shortfall first), then short, slow, hot and the rest; ties by SKU. */
  readonly rows: readonly WatchSkuRow[];
  /** Planned SKUs with no sales on the sheet. */
  readonly unmatched: readonly string[];
  /** SKUs the Watch could not advise on, each error naming the SKU. */
  readonly errors: readonly EngineError[];
}

/** The order rows are listed in: what needs doing first. */
export const STATUS_ORDER: Readonly<Record<WatchStatus, number>> = { STOCKOUT: 0, REORDER: 1, SHORT: 2, SLOW: 3, HOT: 4, OK: 5 };

/**
 * Watches every line that has sales to date (DESIGN.md §1 item 9).
 * @param masters the SKU master rows by SKU (lead days, cartons, cost); a line without one is reported, not watched
 * @param todaySerial the first day without sales data, Excel serial
 * @example watchPlan(plan.lines, sales, masters, policy, lanes, 46290).rows[0].status // "STOCKOUT" or "REORDER" first
 */
export function watchPlan(
  lines: readonly WatchPlanLine[],
  salesToDate: ReadonlyMap<string, SalesToDate>,
  masters: ReadonlyMap<string, SkuMaster>,
  policy: EventPolicy,
  lanes: readonly Lane[],
  todaySerial: number,
): WatchPlanResult {
  const rows: WatchSkuRow[] = [];
  const unmatched: string[] = [];
  const errors: EngineError[] = [];
  for (const line of lines) {
    const sales = salesToDate.get(line.sku);
    if (!sales) {
      unmatched.push(line.sku);
      continue;
    }
    const master = masters.get(line.sku);
    if (!master) {
      errors.push(engineError("MISSING_VALUE", `SKU '${line.sku}' is not on the SKUs sheet`, { sheet: "SKUs", sku: line.sku }));
      continue;
    }
    const row = watchSku({ line, master, sales, policy, lanes, todaySerial });
    if (row.ok) rows.push(row.value);
    else errors.push(engineError(row.error.code, row.error.message, { ...row.error.where, sku: line.sku }));
  }
  rows.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.shortUnits - a.shortUnits || a.sku.localeCompare(b.sku));
  return { rows, unmatched, errors };
}
