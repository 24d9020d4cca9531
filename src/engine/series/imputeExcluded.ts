/**
 * A neutral value for every excluded day, so that models fitted on the series
 * see neither the dip of a stock-out nor the spike of a past promotion.
 */
import type { DailySeries } from "./dailySeries";
import { doublesOf } from "./doubleArray";

const WEEKS_EACH_SIDE = 4;
const FALLBACK_RADIUS_DAYS = 14;

/**
 * The series' units/day with each excluded day replaced by an estimate built
 * only from non-excluded days (never from other imputed days, so the order of
 * filling does not matter):
 * 1. the mean of the same weekday in the nearest up-to-4 non-excluded weeks
 *    before and the nearest up-to-4 after (day t ± 7k, k = 1, 2, …, skipping
 *    excluded ones, at most 8 values) — weekly seasonality is the strongest
 *    pattern in daily retail sales (Hyndman & Athanasopoulos, FPP3 §2.4);
 * 2. if no such day exists, the mean of the non-excluded days within ±14 days;
 * 3. if none at all, 0.
 * Non-excluded days are returned unchanged. The input is not modified.
 * @example
 * // 15 days of [10, 0, 0, 0, 0, 0, 0] weekly pattern with day 7 (a "10" weekday) excluded and set to 0:
 * // day 7 ← mean(day 0, day 14) = mean(10, 10) = 10
 */
export function imputeExcluded(series: DailySeries): number[] {
  const { units, excluded } = series;
  const n = units.length;
  const out = doublesOf(units); // stored as doubles, as every series the models read (doubleArray.ts)
  for (let t = 0; t < n; t++) {
    if (!excluded[t]) continue;
    let sum = 0;
    let count = 0;
    for (let found = 0, d = t - 7; d >= 0 && found < WEEKS_EACH_SIDE; d -= 7) {
      if (!excluded[d]) {
        sum += units[d];
        count++;
        found++;
      }
    }
    for (let found = 0, d = t + 7; d < n && found < WEEKS_EACH_SIDE; d += 7) {
      if (!excluded[d]) {
        sum += units[d];
        count++;
        found++;
      }
    }
    if (count === 0) {
      for (let d = Math.max(0, t - FALLBACK_RADIUS_DAYS); d <= Math.min(n - 1, t + FALLBACK_RADIUS_DAYS); d++) {
        if (!excluded[d]) {
          sum += units[d];
          count++;
        }
      }
    }
    out[t] = count === 0 ? 0 : sum / count;
  }
  return out;
}
