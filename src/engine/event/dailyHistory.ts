/**
 * A SKU's daily sales history as the event layer reads it, its checks, and sums
 * over a run of days that skip excluded days (stock-outs, other promotions).
 */
import { isoFromSerial } from "../dates";
import { err, ok, type Result } from "../errors";

/** One SKU's daily units, oldest first, one value per calendar day with no gaps. */
export interface DailyHistory {
  /** Excel serial (days) of `units[0]`; a time fraction is floored. */
  readonly startSerial: number;
  /** Units sold per day (units/day), oldest first. */
  readonly units: readonly number[];
  /**
   * Same length as `units`; `true` marks a day every average skips (a stock-out
   * day, a past promotion that is not the event being measured …).
   */
  readonly excluded?: readonly boolean[];
}

/** Units over a run of days, counting only days that are not excluded. */
export interface DaySpanSum {
  /** False when part of the span lies outside the history; then the sums are 0. */
  readonly inside: boolean;
  /** Units sold on the non-excluded days of the span. */
  readonly units: number;
  /** Non-excluded days in the span. */
  readonly daysUsed: number;
  /** Calendar days in the span (`toSerial − fromSerial + 1`). */
  readonly daysTotal: number;
}

/**
 * Checks a history: at least one day, every value a finite number ≥ 0, an
 * `excluded` list (when given) as long as `units`, a finite start date.
 * @param history the SKU's daily history
 * @param label how to name it in messages ("history")
 * @example validateHistory({ startSerial: 45658, units: [3, -1] }, "history")
 * // error NEGATIVE_VALUE "history: day 2 (2025-01-02) is negative (-1)"
 */
export function validateHistory(history: DailyHistory, label = "history"): Result<true> {
  if (!Number.isFinite(history.startSerial)) {
    return err("NOT_A_NUMBER", `${label}: the start date (${String(history.startSerial)}) is not a date serial`, { argument: label });
  }
  const units = history.units;
  if (units.length === 0) return err("EMPTY_SERIES", `${label}: the sales history is empty`, { argument: label });
  const start = Math.floor(history.startSerial);
  for (let i = 0; i < units.length; i++) {
    const v = units[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      return err("NOT_A_NUMBER", `${label}: day ${i + 1} (${isoFromSerial(start + i)}) is not a number`, { argument: label, index: i + 1 });
    }
    if (v < 0) {
      return err("NEGATIVE_VALUE", `${label}: day ${i + 1} (${isoFromSerial(start + i)}) is negative (${v})`, { argument: label, index: i + 1 });
    }
  }
  if (history.excluded && history.excluded.length !== units.length) {
    return err(
      "INCONSISTENT_INPUT",
      `${label}: the excluded-day list has ${history.excluded.length} entries but the history has ${units.length} days`,
      { argument: label },
    );
  }
  return ok(true);
}

/**
 * Excel serial (days) of the last day of the history: start + days − 1.
 * @example historyEndSerial({ startSerial: 100, units: [1, 2, 3, 4] }) // 103
 */
export function historyEndSerial(history: DailyHistory): number {
  return Math.floor(history.startSerial) + history.units.length - 1;
}

/**
 * Sums units over the inclusive span `fromSerial … toSerial`, skipping excluded
 * days. When any day of the span lies outside the history, returns
 * `inside: false` with zero sums (a partial window would be biased).
 * @example sumDaySpan({ startSerial: 100, units: [1, 2, 3, 4], excluded: [false, true, false, false] }, 100, 102)
 * // { inside: true, units: 4, daysUsed: 2, daysTotal: 3 }   (hand: 1 + 3, day 101 skipped)
 */
export function sumDaySpan(history: DailyHistory, fromSerial: number, toSerial: number): DaySpanSum {
  const daysTotal = Math.max(0, toSerial - fromSerial + 1);
  const start = Math.floor(history.startSerial);
  const from = fromSerial - start;
  const to = toSerial - start;
  if (from < 0 || to >= history.units.length || daysTotal === 0) return { inside: false, units: 0, daysUsed: 0, daysTotal };
  let units = 0;
  let daysUsed = 0;
  for (let i = from; i <= to; i++) {
    if (history.excluded?.[i]) continue;
    units += history.units[i];
    daysUsed++;
  }
  return { inside: true, units, daysUsed, daysTotal };
}
