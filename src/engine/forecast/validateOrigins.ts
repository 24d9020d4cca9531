/**
 * The checks every model's `forecastsAtOrigins` runs on its origins and horizon
 * (after `validateSeries` on the whole series), so that each reports a bad backtest
 * request the same way.
 */
import { err, ok, type Result } from "../errors";

/**
 * Checks a `forecastsAtOrigins` request against a series of `lengthDays`: a whole
 * horizon ≥ 1 day and whole origins 1 ≤ o ≤ lengthDays (OUT_OF_RANGE), in ascending
 * order (INCONSISTENT_INPUT), each with at least `minLength` days before it
 * (INSUFFICIENT_HISTORY, as `fit` on that history would say).
 * @param modelLabel the model's name, for the message
 * @param lengthDays days in the whole series
 * @param originIndexes 0-based index of each origin's first forecast day
 * @param horizonDays days forecast from each origin
 * @param minLength fewest days of history the model's `fit` accepts
 * @example validateOrigins("Naive forecast", 730, [702, 709], 28, 1) // ok(true)
 * @example validateOrigins("Naive forecast", 730, [731], 28, 1) // err OUT_OF_RANGE
 */
export function validateOrigins(modelLabel: string, lengthDays: number, originIndexes: readonly number[], horizonDays: number, minLength: number): Result<true> {
  if (!Number.isInteger(horizonDays) || horizonDays < 1) {
    return err("OUT_OF_RANGE", `${modelLabel}: the backtest horizon must be a whole number of days, at least 1 (got ${horizonDays})`, { argument: "horizonDays" });
  }
  let previous = 0;
  for (let k = 0; k < originIndexes.length; k++) {
    const o = originIndexes[k];
    if (!Number.isInteger(o) || o < 1 || o > lengthDays) {
      return err("OUT_OF_RANGE", `${modelLabel}: backtest origin ${k + 1} must be a whole day index between 1 and ${lengthDays} (the series length); got ${o}`, {
        argument: "originIndexes",
        index: k + 1,
      });
    }
    if (o < previous) {
      return err("INCONSISTENT_INPUT", `${modelLabel}: backtest origins must be in ascending order; origin ${k + 1} (${o}) comes before origin ${k} (${previous})`, {
        argument: "originIndexes",
        index: k + 1,
      });
    }
    if (o < minLength) {
      return err("INSUFFICIENT_HISTORY", `${modelLabel} needs at least ${minLength} days of history; backtest origin ${k + 1} has ${o}`, {
        argument: "originIndexes",
        index: k + 1,
      });
    }
    previous = o;
  }
  return ok(true);
}
