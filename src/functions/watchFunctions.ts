/**
 * PEAK functions for the run-up to the event: the re-order / slow-mover alert
 * and weeks of cover. Thin adapters over the engine; the JSDoc is Excel's metadata.
 */
import { fail } from "../engine/errors";
import { placeParam } from "../engine/messages/messageText";
import { watchAlert } from "../engine/watch/watchAlert";
import { weeksOfCover as engineWeeksOfCover } from "../engine/watch/weeksOfCover";
import { readNumberArgument } from "./argumentRules";
import { cellsInOrder } from "./argumentShape";
import { numbersFromRange } from "./numbersFromRange";
import { unwrap } from "./unwrap";

/**
 * Compares sales so far with the forecast so far: "REORDER" when sales run above the forecast by more than the threshold, "SLOW" when below by more than it, "OK" otherwise.
 * @customfunction ALERT SALESALERT
 * @helpurl https://localhost:3000/help.html#alert
 * @param actual_to_date Units actually sold so far.
 * @param forecast_to_date Units the forecast expected so far.
 * @param [threshold] Allowed deviation as a fraction (0.3 = 30 %). Default 0.3.
 * @returns "REORDER", "SLOW" or "OK".
 */
export function alert(actual_to_date: unknown, forecast_to_date: unknown, threshold?: unknown): string {
  const actual = unwrap(readNumberArgument(actual_to_date, "actual_to_date"));
  const forecast = unwrap(readNumberArgument(forecast_to_date, "forecast_to_date"));
  return unwrap(watchAlert(actual, forecast, unwrap(readNumberArgument(threshold, "threshold"))));
}

/**
 * Weeks the stock on hand lasts: on hand ÷ (daily forecast × 7) for a rate, or walking a range of daily forecasts day by day until the stock runs out.
 * @customfunction WEEKSOFCOVER
 * @helpurl https://localhost:3000/help.html#weeksofcover
 * @param on_hand Units on hand.
 * @param daily_forecast Expected units per day: one number, or a range of daily forecasts starting today.
 * @returns Weeks of cover.
 */
export function weeksOfCover(on_hand: unknown, daily_forecast: unknown[][]): number {
  const onHand = unwrap(readNumberArgument(on_hand, "on_hand"));
  const cells = cellsInOrder(daily_forecast);
  const values = unwrap(numbersFromRange([cells], "daily_forecast"));
  if (values.length === 0) unwrap(fail("noValues", "MISSING_VALUE", { place: placeParam({ argument: "daily_forecast" }) }, { argument: "daily_forecast" }));
  const weeks = unwrap(engineWeeksOfCover(onHand, values.length === 1 && cells.length === 1 ? values[0] : values));
  if (!Number.isFinite(weeks)) {
    unwrap(fail("zeroForecast", "OUT_OF_RANGE", { place: placeParam({ argument: "daily_forecast" }) }, { argument: "daily_forecast" }));
  }
  return weeks;
}
