/**
 * Daily series → weekly totals, for XYZ classification.
 */
import { err, ok, type Result } from "../errors";
import { validateSeries } from "../forecast/validateSeries";

/**
 * Sums complete weeks counted back from the END of a daily series (the newest
 * day closes the last week). The oldest `length mod weekLength` days, which do not
 * make a whole week, are dropped, so every total covers the same number of days and
 * the most recent demand is always used. Output is oldest week first.
 * @param unitsPerDay daily units, oldest first, finite and ≥ 0
 * @param weekLength days per period, a whole number ≥ 1 (default 7)
 * @returns weekly totals (units/week), or EMPTY_SERIES / NOT_A_NUMBER / NEGATIVE_VALUE naming the day,
 * INSUFFICIENT_HISTORY (fewer days than one week), OUT_OF_RANGE (week length)
 * @example weeklyTotals([9, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2]) // ok([7, 14]): day 1 (9) is dropped
 */
export function weeklyTotals(unitsPerDay: readonly number[], weekLength = 7): Result<number[]> {
  if (!Number.isInteger(weekLength) || weekLength < 1) {
    return err("OUT_OF_RANGE", `week length must be a whole number of days, at least 1 (got ${weekLength})`, { argument: "week_length" });
  }
  const checked = validateSeries(unitsPerDay, weekLength, "Weekly totals");
  if (!checked.ok) return checked;
  const weeks = Math.floor(unitsPerDay.length / weekLength);
  const start = unitsPerDay.length - weeks * weekLength;
  const totals: number[] = [];
  for (let w = 0; w < weeks; w++) {
    let sum = 0;
    for (let d = 0; d < weekLength; d++) sum += unitsPerDay[start + w * weekLength + d];
    totals.push(sum);
  }
  return ok(totals);
}
