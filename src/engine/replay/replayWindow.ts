/**
 * The dates of a replay, checked: plan date, window, and that the history covers them.
 */
import { isoFromSerial } from "../dates";
import { err, ok, type Result } from "../errors";
import type { EventPolicy } from "../plan/types";
import type { DailySeries } from "../series/dailySeries";
import type { ReplaySettings } from "./types";

/** Excel serial days of a replay; the window is inclusive. */
export interface ReplayWindow {
  /** Event start − N. */
  readonly planDate: number;
  /** The event's first day. */
  readonly windowStart: number;
  /** Event end + cover days. */
  readonly windowEnd: number;
}

/**
 * Plan date = event start − days ahead; window = event start … event end + cover days.
 * The days ahead must be a whole number ≥ 1; the event must end on or after its start; some
 * series must have history before the plan date and every series must reach the window's end.
 * @returns the dates, or OUT_OF_RANGE / INCONSISTENT_INPUT naming what is missing
 * @example replayWindow({ start: 46353, end: 46356, coverDaysAfter: 14, … }, { daysAhead: 70 }, series)
 * // ok({ planDate: 46283, windowStart: 46353, windowEnd: 46370 })
 */
export function replayWindow(event: EventPolicy, settings: ReplaySettings, series: readonly DailySeries[]): Result<ReplayWindow> {
  const n = settings.daysAhead;
  if (!Number.isInteger(n) || n < 1) return err("OUT_OF_RANGE", `replay: days ahead must be a whole number of days, at least 1 (got ${n})`, { argument: "days_ahead" });
  if (settings.arrival !== undefined && settings.arrival !== "typical" && settings.arrival !== "worst") {
    return err("OUT_OF_RANGE", `replay: arrival must be "typical" or "worst" (got ${String(settings.arrival)})`, { argument: "arrival" });
  }
  const windowStart = Math.floor(event.start);
  const windowEnd = Math.floor(event.end) + Math.max(0, Math.floor(event.coverDaysAfter));
  if (event.end < event.start) return err("INCONSISTENT_INPUT", `replay: the event ends on ${isoFromSerial(event.end)}, before it starts on ${isoFromSerial(event.start)}`, { sheet: "Event", column: "End" });
  const planDate = windowStart - n;
  if (series.length === 0) return err("EMPTY_SERIES", "replay: the book has no sales history", { sheet: "Sales" });
  if (!series.some((s) => s.startSerial < planDate)) {
    return err("INSUFFICIENT_HISTORY", `replay: no sales before the plan date ${isoFromSerial(planDate)} (${n} days before ${isoFromSerial(windowStart)}); there is nothing to plan from`, { sheet: "Sales" });
  }
  for (const s of series) {
    const last = s.startSerial + s.units.length - 1;
    if (last < windowEnd) {
      return err(
        "INCONSISTENT_INPUT",
        `replay: SKU '${s.sku}' has sales only to ${isoFromSerial(last)}, before the end of the replayed window ${isoFromSerial(windowEnd)} (event + ${event.coverDaysAfter} cover days); replay an earlier edition`,
        { sheet: "Sales", sku: s.sku },
      );
    }
  }
  return ok({ planDate, windowStart, windowEnd });
}
