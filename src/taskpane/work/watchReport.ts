/**
 * The Watch view: sales to date against the plan's forecast, per SKU, with the
 * re-order or slow-mover advice of the engine (watchAlert, reorderAdvice).
 * Pure (runs in the plan worker). Source: DESIGN.md §1 item 9.
 */
import { ok, type EngineError, type Result } from "../../engine/errors";
import type { PlanLine } from "../../engine/plan/planSku";
import type { EventPolicy, Lane } from "../../engine/plan/types";
import { reorderAdvice } from "../../engine/watch/reorderAdvice";
import type { WatchAlert } from "../../engine/watch/watchAlert";
import { readSkuSheet } from "../../engine/workbook/readSkuSheet";
import type { Grid } from "../../engine/workbook/sheetTable";
import { lineUnits } from "../planSummary";
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
 * Units/day the plan expects on `day`: the event's P50 spread evenly over its days
 * inside the window, the baseline forecast outside it.
 */
export function expectedUnits(line: WatchLine, policy: Pick<EventPolicy, "start" | "end">, day: number): number {
  if (day >= policy.start && day <= policy.end) return line.eventDemandP50 / (policy.end - policy.start + 1);
  const i = day - line.forecast.firstSerial;
  return i >= 0 && i < line.forecast.mean.length ? line.forecast.mean[i] : line.baselinePerDay;
}

const ORDER: Readonly<Record<WatchAlert, number>> = { REORDER: 0, SLOW: 1, OK: 2 };

/**
 * For each planned SKU, over the days from the plan date (or its first forecast day,
 * if later) to the last day of the sheet: units sold vs units forecast, then
 * reorderAdvice with the rest of the run to the event's end (the event's P50 spread
 * over its days), the stock the plan brings (on hand, in transit, base and sprint)
 * less what has sold, the plan's lanes and alert threshold, shipping the day after the
 * last sale.
 * @returns the report, "noDays" when the sheet ends before the plan date, "eventOver"
 * when it reaches the event's end; or the sheet's read error (row and column named)
 * @example watchReport(input) // ok({ kind: "report", report: { rows: [{ sku: "KIT-01", alert: "REORDER", reorderUnits: 120, … }], … } })
 */
export function watchReport(input: WatchInput): Result<WatchOutcome> {
  const { policy } = input;
  const sales = salesForMarketplace(input.salesGrid, input.salesSheet, policy.marketplace);
  if (!sales.ok) return sales;
  const report = sales.value.report;
  const toSerial = report.lastSerial;
  if (toSerial < policy.planDate) return ok({ kind: "noDays", sheet: input.salesSheet, planDate: policy.planDate });
  if (toSerial >= policy.end) return ok({ kind: "eventOver", end: policy.end });
  const sensitive = new Set<string>();
  if (input.skuGrid) {
    const skus = readSkuSheet(input.skuGrid, { sheet: input.skuSheet ?? "SKUs" });
    if (skus.ok) for (const s of skus.value.skus) if (s.sensitive) sensitive.add(s.sku);
  }
  const bySku = new Map(sales.value.series.map((s) => [s.sku, s]));
  const rows: WatchRow[] = [];
  const unmatched: string[] = [];
  const errors: EngineError[] = [];
  let fromSerial = toSerial;
  for (const line of input.lines) {
    const series = bySku.get(line.sku);
    if (!series) {
      unmatched.push(line.sku);
      continue;
    }
    const from = Math.max(policy.planDate, line.forecast.firstSerial, series.startSerial);
    if (from > toSerial) continue; // no day to compare yet
    fromSerial = Math.min(fromSerial, from);
    let actual = 0;
    let forecast = 0;
    for (let day = from; day <= toSerial; day++) {
      actual += series.units[day - series.startSerial] ?? 0;
      forecast += expectedUnits(line, policy, day);
    }
    const remaining: number[] = [];
    for (let day = toSerial + 1; day <= policy.end; day++) remaining.push(expectedUnits(line, policy, day));
    const stock = line.onHand + line.inTransitUsable + lineUnits(line);
    const advice = reorderAdvice({
      actualToDateUnits: actual,
      forecastToDateUnits: forecast,
      remainingDailyForecast: remaining,
      onHandUnits: Math.max(0, stock - actual),
      threshold: policy.alertThreshold,
      lanes: input.lanes,
      planDaySerial: toSerial + 1,
      eventEndSerial: policy.end,
      receivingDays: policy.receivingDays,
      sensitive: sensitive.has(line.sku),
    });
    if (!advice.ok) {
      errors.push({ ...advice.error, where: { ...advice.error.where, sku: line.sku } });
      continue;
    }
    const a = advice.value;
    rows.push({
      sku: line.sku,
      name: line.name,
      alert: a.alert,
      actualUnits: actual,
      forecastUnits: Math.round(forecast * 10) / 10,
      reorderUnits: a.reorderUnits,
      ...(a.lane !== undefined ? { lane: a.lane } : {}),
      ...(a.arrivesBy !== undefined ? { sellableBy: a.arrivesBy } : {}),
      why: a.why,
    });
  }
  rows.sort((x, y) => ORDER[x.alert] - ORDER[y.alert] || y.reorderUnits - x.reorderUnits || x.sku.localeCompare(y.sku));
  const count = (alert: WatchAlert) => rows.filter((r) => r.alert === alert).length;
  return ok({
    kind: "report",
    report: { fromSerial, toSerial, rows, counts: { reorder: count("REORDER"), slow: count("SLOW"), ok: count("OK") }, unmatched, errors },
  });
}
