/**
 * The Watch from the workbook's grids: sales to date (a SalesToDate sheet or the
 * Sales sheet) and the SKU master, against a plan. Pure, so the task pane runs it
 * in its worker and the command line in Node.
 */
import { ok, type EngineError, type Result } from "../errors";
import type { EventPolicy, Lane } from "../plan/types";
import { readSkuSheet } from "../workbook/readSkuSheet";
import type { Grid } from "../workbook/sheetTable";
import { readSalesToDate, readSalesToDateByDestination, type SalesToDateRead } from "./readSalesToDate";
import { seasonEvents } from "../season/seasonEvents";
import { watchedEvent } from "./watchedEvent";
import { watchPlan, type WatchPlanRow } from "./watchPlan";
import type { WatchPlanLine, WatchStatus } from "./watchSku";

export interface WatchFromSheetsInput {
  /** Sales to date: a SalesToDate sheet, or the Sales sheet with the days since the plan date added. */
  readonly salesGrid: Grid;
  readonly salesSheet: string;
  /** The SKU master: supplier lead days, cartons, MOQ, cost and price of each SKU. */
  readonly skuGrid: Grid;
  readonly skuSheet: string;
  /** The plan's lines (their names are shown beside the SKU; each watched at its destination). */
  readonly lines: readonly (WatchPlanLine & { readonly name?: string; readonly destination?: string; readonly event?: string })[];
  readonly policy: EventPolicy;
  readonly lanes: readonly Lane[];
}

/** A watched SKU (at its destination) with its name. */
export interface WatchReportRow extends WatchPlanRow {
  readonly name: string;
}

export interface WatchReport {
  /** The days compared: the plan date to the sheet's last day, Excel serials (inclusive). */
  readonly fromSerial: number;
  readonly toSerial: number;
  /** What needs doing first (watchPlan's order). */
  readonly rows: readonly WatchReportRow[];
  readonly counts: Readonly<Record<WatchStatus, number>>;
  /** Planned SKUs with no sales on the sheet. */
  readonly unmatched: readonly string[];
  /** SKUs the Watch could not advise on, and rows of the SKUs sheet left out. */
  readonly errors: readonly EngineError[];
}

export type WatchOutcome =
  | { readonly kind: "report"; readonly report: WatchReport }
  /** The sheet has no day on or after the plan date. */
  | { readonly kind: "noDays"; readonly sheet: string; readonly planDate: number }
  /** The sales reach the event's last day: nothing is left to re-order for. */
  | { readonly kind: "eventOver"; readonly end: number };

/**
 * Reads the sales to date ({@link readSalesToDate}, the event's marketplace) and the SKU
 * master, and watches every planned SKU ({@link watchPlan}) from the plan date to the
 * sheet's last day; the re-order is placed the day after it.
 * @returns the report, "noDays" when the sheet ends before the plan date, "eventOver" when it
 * reaches the event's end; or the first error of either sheet (row and column named)
 * @example watchFromSheets({ salesGrid, salesSheet: "SalesToDate", skuGrid, skuSheet: "SKUs", lines, policy, lanes })
 * // ok({ kind: "report", report: { rows: [{ sku: "KIT-01", status: "REORDER", … }], … } })
 */
export function watchFromSheets(input: WatchFromSheetsInput): Result<WatchOutcome> {
  if (seasonEvents(input.policy).length === 1) return watchEvent(input);
  // A season is watched against the event being stocked for now (the first not over by the day after the data).
  const first = readSalesToDate(input.salesGrid, input.salesSheet, input.policy.marketplace);
  if (!first.ok) return first;
  const { event: policy, lines } = watchedEvent(input.lines, input.policy, first.value.lastSerial + 1);
  // The sales just read serve again when the event is sold where the first is (and at one destination).
  const same = policy.marketplace.trim().toLowerCase() === input.policy.marketplace.trim().toLowerCase();
  return watchEvent({ ...input, policy, lines }, same ? first.value : undefined);
}

/** The Watch of one event's lines ({@link watchFromSheets} after it picked the event); `read`: its sales to date, when already read. */
function watchEvent(input: WatchFromSheetsInput, read?: SalesToDateRead): Result<WatchOutcome> {
  const { policy } = input;
  const destinations = planDestinations(input.lines);
  const sales =
    destinations.length <= 1 && read !== undefined
      ? ok(read)
      : destinations.length > 1
      ? readSalesToDateByDestination(input.salesGrid, input.salesSheet, policy.marketplace, destinations)
      : readSalesToDate(input.salesGrid, input.salesSheet, policy.marketplace);
  if (!sales.ok) return sales;
  const toSerial = sales.value.lastSerial;
  if (toSerial < policy.planDate) return ok({ kind: "noDays", sheet: input.salesSheet, planDate: policy.planDate });
  if (toSerial >= policy.end) return ok({ kind: "eventOver", end: policy.end });
  const skus = readSkuSheet(input.skuGrid, { sheet: input.skuSheet });
  if (!skus.ok) return skus;
  const masters = new Map(skus.value.skus.map((s) => [s.sku, s]));
  const watched = watchPlan(input.lines, sales.value.bySku, masters, policy, input.lanes, toSerial + 1);
  const names = new Map(input.lines.map((l) => [l.sku, l.name ?? ""]));
  const rows = watched.rows.map((r) => ({ ...r, name: names.get(r.sku) ?? "" }));
  const counts: Record<WatchStatus, number> = { STOCKOUT: 0, REORDER: 0, SHORT: 0, SLOW: 0, HOT: 0, OK: 0 };
  for (const r of rows) counts[r.status]++;
  const planned = new Set(input.lines.map((l) => l.sku));
  const skuIssues = skus.value.issues.filter((e) => e.where?.sku === undefined || planned.has(e.where.sku));
  return ok({
    kind: "report",
    report: { fromSerial: policy.planDate, toSerial, rows, counts, unmatched: watched.unmatched, errors: [...watched.errors, ...skuIssues, ...sales.value.warnings] },
  });
}

/**
 * The destinations a plan's lines are for, each once (case and spaces ignored), in line order;
 * blank destinations (a one-destination book) are left out.
 * @example planDestinations([{ destination: "Amazon US" }, { destination: "amazon us" }, { destination: "Amazon DE" }]) // ["Amazon US", "Amazon DE"]
 */
export function planDestinations(lines: readonly { readonly destination?: string }[]): string[] {
  const found = new Map<string, string>();
  for (const line of lines) {
    const d = (line.destination ?? "").trim();
    if (d !== "" && !found.has(d.toLowerCase())) found.set(d.toLowerCase(), d);
  }
  return [...found.values()];
}
