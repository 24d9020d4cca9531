/**
 * Projected stock-out day and leftover stock along a daily forecast.
 * Source: DESIGN.md §1 item 9 ("projected stock-out date … leftover after the event").
 */
import { parseDate } from "../dates";
import { err, ok, type Result } from "../errors";
import { checkNonNegative } from "../stock/checkArgument";

/** What {@link projectedStockoutDay} returns. */
export interface ProjectedStockout {
  /** First day with lost sales, Excel serial day; undefined when the stock covers the whole path. */
  readonly day: number | undefined;
  /** Units left after the last day of the path (0 when it runs out). */
  readonly leftoverUnits: number;
}

/** Relative slack, so that ten days of 0.1 units exactly use up 1 unit rather than fall 1e-16 short. */
const SLACK = 1e-9;

/**
 * Spends the stock day by day along the forecast (day 1 = `startSerial`). The
 * stock-out day is the first day whose demand is more than the stock left at its
 * start, i.e. the first day with lost sales; a run of zero-demand days after the
 * stock reaches exactly 0 is not a stock-out. leftover = max(0, onHand − Σ forecast).
 * An empty forecast has no stock-out and leaves all the stock.
 * @param onHandUnits stock on hand at the start of day 1, units ≥ 0
 * @param dailyForecast demand per day (units/day ≥ 0), day 1 first
 * @param startSerial the Excel serial day of day 1 (a time fraction is dropped)
 * @returns day and leftover, or NOT_A_NUMBER / NEGATIVE_VALUE naming the argument or day, BAD_DATE
 * @example projectedStockoutDay(25, [10, 10, 10], 46353) // ok({ day: 46355, leftoverUnits: 0 }): day 3 wants 10, has 5
 * @example projectedStockoutDay(40, [10, 10, 10], 46353) // ok({ day: undefined, leftoverUnits: 10 })
 */
export function projectedStockoutDay(onHandUnits: number, dailyForecast: readonly number[], startSerial: number): Result<ProjectedStockout> {
  const onHand = checkNonNegative(onHandUnits, "on_hand_units");
  if (!onHand.ok) return onHand;
  const start = parseDate(startSerial, "start_day");
  if (!start.ok) return err(start.error.code, start.error.message, { argument: "start_day" });
  if (!Array.isArray(dailyForecast as unknown)) return err("NOT_A_NUMBER", "daily_forecast is not a list of daily units", { argument: "daily_forecast" });
  for (let i = 0; i < dailyForecast.length; i++) {
    const day = checkNonNegative(dailyForecast[i], `daily_forecast day ${i + 1}`);
    if (!day.ok) return err(day.error.code, day.error.message, { argument: "daily_forecast", index: i + 1 });
  }
  const slack = SLACK * Math.max(1, onHand.value);
  let left = onHand.value;
  for (let i = 0; i < dailyForecast.length; i++) {
    if (dailyForecast[i] > left + slack) return ok({ day: start.value + i, leftoverUnits: 0 });
    left -= dailyForecast[i];
  }
  return ok({ day: undefined, leftoverUnits: left > slack ? left : 0 });
}
