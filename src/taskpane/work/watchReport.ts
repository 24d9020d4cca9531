/**
 * The Watch view: sales to date against the plan's forecast, per SKU, with the
 * re-order or slow-mover advice of the engine (watchAlert, reorderAdvice).
 * Pure (runs in the plan worker). Source: DESIGN.md §1 item 9.
 */
import { ok, type EngineError, type Result } from "../../engine/errors";
import type { PlanLine } from "../../engine/plan/planSku";
import type { EventPolicy, Lane } from "../../engine/plan/types";
import { expectedPath, watchPlan } from "../../engine/watch/watchPlan";
import type { WatchAlert } from "../../engine/watch/watchAlert";
import { readSkuSheet } from "../../engine/workbook/readSkuSheet";
import type { Grid } from "../../engine/workbook/sheetTable";
import { salesForMarketplace } from "./salesSeries";

/** The parts of a plan line the watch reads. */
export type WatchLine = Pick<PlanLine, "sku" | "name" | "forecast" | "eventDemandP50" | "baselinePerDay" | "onHand" | "inTransitUsable" | "base" | "sprint">;

export interface WatchInput {
  /** Sales to date: the Sales sheet, or a sheet of recent sales in the same layout. */
  readonly salesGrid: Grid;
  readonly salesSheet: string;
  /** The SKU master, for which SKUs are batteries/liquids (sensitive lanes); null = none are. */
  readonly skuGrid: Grid | null;
  readonly skuSheet: string | null;
  readonly lines: readonly WatchLine[];
  readonly policy: EventPolicy;
  readonly lanes: readonly Lane[];
}

export interface WatchRow {
  readonly sku: string;
  readonly name: string;
  readonly alert: WatchAlert;
  readonly actualUnits: number;
  /** Forecast for the same days, units (one decimal). */
  readonly forecastUnits: number;
  readonly reorderUnits: number;
  readonly lane?: string;
  /** Worst-case sellable day of the re-order, Excel serial day. */
  readonly sellableBy?: number;
  /** First day the projected stock runs out, Excel serial day; absent when it lasts. */
  readonly stockOutDay?: number;
  /** Units projected to be left when the event ends. */
  readonly leftoverUnits: number;
  /** The engine's sentence with the numbers (English). */
  readonly why: string;
}

export interface WatchReport {
  /** The days compared, Excel serial days (inclusive). */
  readonly fromSerial: number;
  readonly toSerial: number;
  /** Re-orders first (largest first), then slow movers, then the rest. */
  readonly rows: readonly WatchRow[];
  readonly counts: { readonly reorder: number; readonly slow: number; readonly ok: number };
  /** Planned SKUs with no sales on the sheet. */
  readonly unmatched: readonly string[];
  /** SKUs the engine could not advise on. */
  readonly errors: readonly EngineError[];
}

export type WatchOutcome =
  | { readonly kind: "report"; readonly report: WatchReport }
  /** The sheet has no day after the plan date. */
  | { readonly kind: "noDays"; readonly sheet: string; readonly planDate: number }
  /** The sales reach the event's last day: nothing left to re-order for. */
  | { readonly kind: "eventOver"; readonly end: number };

/**
 * Units/day the plan expects on `day` (the engine's {@link expectedPath}: the
 * baseline, its event days scaled to the event's P50), the baseline past the forecast.
 */
export function expectedUnits(line: WatchLine, policy: Pick<EventPolicy, "start" | "end">, day: number): number {
  const i = day - line.forecast.firstSerial;
  const path = expectedPath(line, policy);
  return i >= 0 && i < path.length ? path[i] : line.baselinePerDay;
}

const ORDER: Readonly<Record<WatchAlert, number>> = { REORDER: 0, SLOW: 1, OK: 2 };

/**
 * For each planned SKU with sales on the sheet: the engine's {@link watchPlan}
 * from the plan date to the sheet's last day — units sold vs the plan's path,
 * the alert, the re-order with the fastest lane that still lands (shipping the
 * day after the last sale), the projected stock-out day and the leftover.
 * @returns the report, "noDays" when the sheet ends before the plan date, "eventOver"
 * when it reaches the event's end; or the sheet's read error (row and column named)
 * @example watchReport(input) // ok({ kind: "report", report: { rows: [{ sku: "KIT-01", alert: "REORDER", reorderUnits: 120, … }], … } })
 */
export function watchReport(input: WatchInput): Result<WatchOutcome> {
  const { policy } = input;
  const sales = salesForMarketplace(input.salesGrid, input.salesSheet, policy.marketplace);
  if (!sales.ok) return sales;
  const toSerial = sales.value.report.lastSerial;
  if (toSerial < policy.planDate) return ok({ kind: "noDays", sheet: input.salesSheet, planDate: policy.planDate });
  if (toSerial >= policy.end) return ok({ kind: "eventOver", end: policy.end });
  const sensitive = new Set<string>();
  if (input.skuGrid) {
    const skus = readSkuSheet(input.skuGrid, { sheet: input.skuSheet ?? "SKUs" });
    if (skus.ok) for (const s of skus.value.skus) if (s.sensitive) sensitive.add(s.sku);
  }
  const salesToDate = new Map(sales.value.series.map((s) => [s.sku, { startSerial: s.startSerial, units: s.units }]));
  const unmatched = input.lines.filter((l) => !salesToDate.has(l.sku)).map((l) => l.sku);
  const names = new Map(input.lines.map((l) => [l.sku, l.name]));
  const watched = watchPlan(input.lines, salesToDate, policy, input.lanes, toSerial + 1, (sku) => sensitive.has(sku));
  const errors: EngineError[] = watched.ok ? [] : [watched.error];
  const rows: WatchRow[] = (watched.ok ? watched.value : []).map((r) => ({
    sku: r.sku,
    name: names.get(r.sku) ?? "",
    alert: r.alert,
    actualUnits: r.actualToDate,
    forecastUnits: Math.round(r.forecastToDate * 10) / 10,
    reorderUnits: r.reorderUnits,
    ...(r.lane !== null ? { lane: r.lane } : {}),
    ...(r.arrivesBy !== null ? { sellableBy: r.arrivesBy } : {}),
    ...(r.stockOutDay !== null ? { stockOutDay: r.stockOutDay } : {}),
    leftoverUnits: Math.round(r.leftoverAfterEvent),
    why: r.message,
  }));
  rows.sort((x, y) => ORDER[x.alert] - ORDER[y.alert] || y.reorderUnits - x.reorderUnits || x.sku.localeCompare(y.sku));
  const count = (alert: WatchAlert) => rows.filter((r) => r.alert === alert).length;
  return ok({
    kind: "report",
    report: { fromSerial: policy.planDate, toSerial, rows, counts: { reorder: count("REORDER"), slow: count("SLOW"), ok: count("OK") }, unmatched, errors },
  });
}
