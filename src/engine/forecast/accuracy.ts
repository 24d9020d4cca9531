/**
 * Forecast accuracy measures (Hyndman & Koehler 2006; FPP3 §5.8).
 * All take `actual` and `forecast` of equal length (units/day).
 */

/**
 * Mean absolute scaled error: mean |actual − forecast| ÷ in-sample mean absolute
 * lag-`lag` difference of `training`. Below 1 beats the in-sample naive forecast.
 * A constant training series has scale 0: the answer is 0 when the forecast is
 * exact and `Infinity` otherwise.
 * @example mase([3, 5], [4, 4], [1, 2, 4]) // mean|e| = 1, scale = (1 + 2)/2 = 1.5 → 0.6667
 */
export function mase(actual: readonly number[], forecast: readonly number[], training: readonly number[], lag = 1): number {
  const scale = naiveScale(training, lag);
  const mae = meanAbsoluteError(actual, forecast);
  if (scale === 0) return mae === 0 ? 0 : Number.POSITIVE_INFINITY;
  return mae / scale;
}

/**
 * In-sample mean absolute lag-`lag` difference, the MASE denominator (units/day).
 * @example naiveScale([1, 2, 4]) // (1 + 2) / 2 = 1.5
 */
export function naiveScale(training: readonly number[], lag = 1): number {
  let sum = 0;
  let count = 0;
  for (let t = lag; t < training.length; t++) {
    sum += Math.abs(training[t] - training[t - lag]);
    count++;
  }
  return count === 0 ? 0 : sum / count;
}

/**
 * Mean absolute error (units/day).
 * @example meanAbsoluteError([3, 5], [4, 4]) // 1
 */
export function meanAbsoluteError(actual: readonly number[], forecast: readonly number[]): number {
  if (actual.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < actual.length; i++) sum += Math.abs(actual[i] - forecast[i]);
  return sum / actual.length;
}

/**
 * Weighted absolute percentage error: Σ|actual − forecast| ÷ Σ actual. With no
 * actual sales it is 0 for an exact forecast and `Infinity` otherwise.
 * @example wape([10, 0, 10], [8, 1, 10]) // 3 / 20 = 0.15
 */
export function wape(actual: readonly number[], forecast: readonly number[]): number {
  let absErr = 0;
  let total = 0;
  for (let i = 0; i < actual.length; i++) {
    absErr += Math.abs(actual[i] - forecast[i]);
    total += actual[i];
  }
  if (total === 0) return absErr === 0 ? 0 : Number.POSITIVE_INFINITY;
  return absErr / total;
}

/**
 * Relative bias: Σ(forecast − actual) ÷ Σ actual; positive means over-forecasting.
 * With no actual sales it is 0 for an exact forecast, ±Infinity otherwise.
 * @example bias([10, 10], [12, 11]) // 3 / 20 = 0.15
 */
export function bias(actual: readonly number[], forecast: readonly number[]): number {
  let diff = 0;
  let total = 0;
  for (let i = 0; i < actual.length; i++) {
    diff += forecast[i] - actual[i];
    total += actual[i];
  }
  if (total === 0) return diff === 0 ? 0 : diff > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  return diff / total;
}
