/**
 * The Watch view over a whole plan: for each SKU, sales since the plan date
 * against the plan's expected path, the alert, a re-order with the fastest lane
 * that still lands before the event ends, the projected stock-out day, and what
 * is left after the event.
 */
import { ok, type Result } from "../errors";
import type { PlanLine } from "../plan/planSku";
import type { EventPolicy, Lane } from "../plan/types";
import { projectedStockoutDay } from "./projectedStockout";
import { reorderAdvice } from "./reorderAdvice";
import type { WatchAlert } from "./watchAlert";
import { weeksOfCover } from "./weeksOfCover";

/** Daily units sold since the plan date (first value = `startSerial`). */
export interface SalesToDate {
  readonly startSerial: number;
  readonly units: readonly number[];
}

/** The parts of a plan line the watch reads. */
export type WatchPlanLine = Pick<PlanLine, "sku" | "forecast" | "eventDemandP50" | "onHand" | "inTransitUsable" | "base" | "sprint">;

export interface WatchRow {
  readonly sku: string;
  readonly actualToDate: number;
  readonly forecastToDate: number;
  /** (actual − forecast) ÷ forecast; null when the forecast to date is 0. */
  readonly deviation: number | null;
  readonly alert: WatchAlert;
  readonly reorderUnits: number;
  readonly lane: string | null;
  readonly arrivesBy: number | null;
  /** First day the projected stock runs out before the end of the cover window, Excel serial; null if it does not. */
  readonly stockOutDay: number | null;
  /** Units projected to be left when the event ends. */
  readonly leftoverAfterEvent: number;
  /** Those units in weeks of the baseline after the event; null when there is no baseline demand. */
  readonly weeksOfCoverAfter: number | null;
  readonly message: string;
}

/**
 * The plan's expected daily sales from its forecast's first day: the baseline,
 * with the event days scaled so that they add up to the event's P50.
 * @example expectedPath(line, policy)[policy.start - line.forecast.firstSerial] // baseline × (P50 ÷ Σ event baseline)
 */
export function expectedPath(line: WatchPlanLine, policy: Pick<EventPolicy, "start" | "end">): number[] {
  const f = line.forecast;
  const path = f.mean.slice();
  const from = policy.start - f.firstSerial;
  const to = policy.end - f.firstSerial;
  let eventBaseline = 0;
  for (let i = Math.max(0, from); i <= Math.min(path.length - 1, to); i++) eventBaseline += path[i];
  const scale = eventBaseline > 0 ? line.eventDemandP50 / eventBaseline : 1;
  for (let i = Math.max(0, from); i <= Math.min(path.length - 1, to); i++) path[i] *= scale;
  return path;
}

const sumRange = (values: readonly number[], from: number, to: number): number => {
  let s = 0;
  for (let i = Math.max(0, from); i < Math.min(values.length, to); i++) s += values[i];
  return s;
};

/**
 * Watch rows for every SKU with sales to date (DESIGN.md §1 item 9). Stock
 * available = on hand + usable in transit + both batches − sales to date; the
 * rest of the expected path (to the end of the cover window) is scaled by
 * actual ÷ forecast to date when sales run hot, for the re-order
 * ({@link reorderAdvice}) and the stock-out projection ({@link projectedStockoutDay}).
 * @param todaySerial the first day without sales data (sales to date end the day before), Excel serial
 * @returns one row per SKU, in plan order; SKUs without sales to date are left out
 */
export function watchPlan(
  lines: readonly WatchPlanLine[],
  salesToDate: ReadonlyMap<string, SalesToDate>,
  policy: EventPolicy,
  lanes: readonly Lane[],
  todaySerial: number,
  sensitiveOf: (sku: string) => boolean = () => false,
): Result<WatchRow[]> {
  const rows: WatchRow[] = [];
  for (const line of lines) {
    const sales = salesToDate.get(line.sku);
    if (!sales) continue;
    const path = expectedPath(line, policy);
    const first = line.forecast.firstSerial;
    const actual = sumRange(sales.units, policy.planDate - sales.startSerial, todaySerial - sales.startSerial);
    const forecast = sumRange(path, policy.planDate - first, todaySerial - first);
    const remaining = path.slice(Math.max(0, todaySerial - first), Math.max(0, policy.end + 1 - first));
    const stock = Math.max(0, line.onHand + line.inTransitUsable + (line.base?.units ?? 0) + (line.sprint?.units ?? 0) - actual);
    const advice = reorderAdvice({
      actualToDateUnits: actual,
      forecastToDateUnits: forecast,
      remainingDailyForecast: remaining,
      onHandUnits: stock,
      threshold: policy.alertThreshold,
      // Small counts swing by chance: alert only beyond two Poisson standard deviations too.
      minDeviationUnits: 2 * Math.sqrt(forecast),
      lanes,
      planDaySerial: todaySerial,
      eventEndSerial: policy.end,
      receivingDays: policy.receivingDays,
      sensitive: sensitiveOf(line.sku),
    });
    if (!advice.ok) return advice;
    const ratio = forecast > 0 && advice.value.alert === "REORDER" ? actual / forecast : 1;
    const ahead = path.slice(Math.max(0, todaySerial - first)).map((v) => v * ratio);
    const projection = projectedStockoutDay(stock, ahead, todaySerial);
    if (!projection.ok) return projection;
    const toEventEnd = remaining.reduce((a, b) => a + b, 0) * ratio;
    const leftover = Math.max(0, stock - toEventEnd);
    const after = path.slice(Math.max(0, policy.end + 1 - first));
    const rate = after.length > 0 ? after.reduce((a, b) => a + b, 0) / after.length : 0;
    const cover = rate > 0 ? weeksOfCover(leftover, rate) : null;
    rows.push({
      sku: line.sku,
      actualToDate: actual,
      forecastToDate: forecast,
      deviation: forecast > 0 ? (actual - forecast) / forecast : null,
      alert: advice.value.alert,
      reorderUnits: advice.value.reorderUnits,
      lane: advice.value.lane ?? null,
      arrivesBy: advice.value.arrivesBy ?? null,
      stockOutDay: projection.value.day ?? null,
      leftoverAfterEvent: leftover,
      weeksOfCoverAfter: cover && cover.ok ? cover.value : null,
      message: advice.value.why,
    });
  }
  return ok(rows);
}
