/**
 * The checks every model's `fit` runs first, so that each reports bad input the same way.
 */
import { err, ok, type Result } from "../errors";

/**
 * Checks a daily series before fitting: non-empty, every value finite and ≥ 0,
 * at least `minLength` values.
 * @param unitsPerDay the series (units/day)
 * @param minLength fewest days the model needs
 * @param modelLabel the model's name, for the message
 */
export function validateSeries(unitsPerDay: readonly number[], minLength: number, modelLabel: string): Result<true> {
  if (unitsPerDay.length === 0) return err("EMPTY_SERIES", `${modelLabel}: the sales series is empty`);
  for (let i = 0; i < unitsPerDay.length; i++) {
    const v = unitsPerDay[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      return err("NOT_A_NUMBER", `${modelLabel}: day ${i + 1} of the series is not a number`, { index: i + 1 });
    }
    if (v < 0) return err("NEGATIVE_VALUE", `${modelLabel}: day ${i + 1} of the series is negative (${v})`, { index: i + 1 });
  }
  if (unitsPerDay.length < minLength) {
    return err("INSUFFICIENT_HISTORY", `${modelLabel} needs at least ${minLength} days of history; this series has ${unitsPerDay.length}`);
  }
  return ok(true);
}
