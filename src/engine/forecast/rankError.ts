/**
 * The error `auto` ranks and weights models by, over a backtest's origins.
 * - "mae": mean absolute daily error; it rewards the median, which for a SKU that
 *   sells nothing on most days is 0, so it favours forecasts that are too low in total;
 * - "mse": mean squared daily error; it rewards the mean (what totals and stock need);
 * - "weekly": mean absolute error of each week's total, per day; it rewards getting
 *   the weekly volume right without chasing single days.
 * Later origins may count more: origin k of K gets weight 0.5^((K − 1 − k) ÷ halfLife).
 */

/** How `auto` scores a model's backtest. */
export type RankCriterion = "mae" | "mse" | "weekly";

const WEEK_DAYS = 7;

/**
 * A backtest's error by `criterion`, origins weighted by recency.
 * @param actuals per origin, actual units/day
 * @param forecasts per origin, point forecasts (units/day)
 * @param criterion what to measure
 * @param halfLifeOrigins origins over which an origin's weight halves (Infinity = all equal)
 * @returns units/day ("mae", "weekly") or (units/day)² ("mse")
 * @example rankError([[1, 3]], [[2, 2]], "mae", Infinity) // 1   (hand: (1 + 1) ÷ 2)
 * @example rankError([[1, 3]], [[2, 2]], "mse", Infinity) // 1
 * @example rankError([[1, 3]], [[2, 2]], "weekly", Infinity) // 0   (hand: |4 − 4| ÷ 2 days)
 */
export function rankError(actuals: readonly (readonly number[])[], forecasts: readonly (readonly number[])[], criterion: RankCriterion, halfLifeOrigins: number): number {
  const k = actuals.length;
  let total = 0;
  let days = 0;
  for (let o = 0; o < k; o++) {
    const w = Number.isFinite(halfLifeOrigins) ? Math.pow(0.5, (k - 1 - o) / halfLifeOrigins) : 1;
    const y = actuals[o];
    const f = forecasts[o];
    let err = 0;
    if (criterion === "weekly") {
      for (let start = 0; start < y.length; start += WEEK_DAYS) {
        let e = 0;
        for (let d = start; d < Math.min(y.length, start + WEEK_DAYS); d++) e += y[d] - f[d];
        err += Math.abs(e);
      }
    } else {
      for (let d = 0; d < y.length; d++) {
        const e = y[d] - f[d];
        err += criterion === "mse" ? e * e : Math.abs(e);
      }
    }
    total += w * err;
    days += w * y.length;
  }
  return days > 0 ? total / days : 0;
}
