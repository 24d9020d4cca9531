/**
 * Weeks of cover: how long the stock on hand lasts at a daily rate or along a daily forecast.
 * Source: DESIGN.md §1 item 9.
 */
import { err, ok, type Result } from "../errors";
import { checkNonNegative } from "../stock/checkArgument";

/**
 * Weeks the stock on hand lasts.
 * - With a rate (units/day): onHand ÷ (rate × 7).
 * - With a daily path (units/day, day 1 first): walk it, spending each day's units,
 *   until the stock runs out part-way through a day (fractional: 4 units left on a
 *   10-unit day is 0.4 day); if the stock outlasts the path, the rest lasts
 *   leftover ÷ (the path's average per day) more days. Result = days ÷ 7.
 *
 * No stock is 0 weeks whatever the demand. Stock with no demand (rate 0, or a
 * path of zeros) never runs out and returns `Infinity`. Excel cannot hold Infinity:
 * a custom function must turn it into something a cell can show (e.g. the text
 * "no demand"), and the task pane may show "∞".
 * @param onHandUnits stock on hand, units ≥ 0
 * @param dailyForecast demand as one rate (units/day ≥ 0) or a daily path (units/day ≥ 0, at least one day)
 * @returns weeks (may be Infinity, see above), or NOT_A_NUMBER / NEGATIVE_VALUE naming the argument or day,
 * EMPTY_SERIES (empty path)
 * @example weeksOfCover(140, 10) // ok(2): 140 ÷ (10 × 7)
 * @example weeksOfCover(24, [10, 10, 5]) // ok(0.4): 10 + 10 leave 4 of day 3's 5 → 2.8 days ÷ 7
 * @example weeksOfCover(49, [10, 4]) // ok(1): 35 left after the path, at its average 7/day 5 more days → 7 days
 */
export function weeksOfCover(onHandUnits: number, dailyForecast: number | readonly number[]): Result<number> {
  const onHand = checkNonNegative(onHandUnits, "on_hand_units");
  if (!onHand.ok) return onHand;
  if (typeof dailyForecast === "number" || !Array.isArray(dailyForecast as unknown)) {
    const rate = checkNonNegative(dailyForecast, "daily_forecast");
    if (!rate.ok) return rate;
    if (onHand.value === 0) return ok(0);
    return ok(rate.value === 0 ? Infinity : onHand.value / (rate.value * 7));
  }
  const path: readonly number[] = dailyForecast;
  if (path.length === 0) return err("EMPTY_SERIES", "daily_forecast: there are no days", { argument: "daily_forecast" });
  let total = 0;
  for (let i = 0; i < path.length; i++) {
    const v = path[i];
    if (typeof v === "number" && v >= 0 && v < Infinity) {
      total += v; // the common case, without a Result per day
      continue;
    }
    const day = checkNonNegative(v, `daily_forecast day ${i + 1}`);
    if (!day.ok) return err(day.error.code, day.error.message, { argument: "daily_forecast", index: i + 1 });
  }
  if (onHand.value === 0) return ok(0);
  let left = onHand.value;
  for (let i = 0; i < path.length; i++) {
    const demand = path[i];
    if (demand > 0 && left <= demand) return ok((i + left / demand) / 7);
    left -= demand;
  }
  if (total === 0) return ok(Infinity);
  const average = total / path.length;
  return ok((path.length + left / average) / 7);
}
