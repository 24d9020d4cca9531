/**
 * A {@link ForecastResult} whose interval bounds are made on first read: most
 * callers inside the engine (the backtests, the demand distribution) take the
 * mean alone, and the bounds of every member of every SKU would be garbage.
 */
import type { ForecastResult, IntervalLevel } from "./model";

/** The interval bounds of a forecast, keyed by level (units/day). */
export interface IntervalBounds {
  readonly lower: Readonly<Record<IntervalLevel, number[]>>;
  readonly upper: Readonly<Record<IntervalLevel, number[]>>;
}

/**
 * Wraps a mean and a maker of its bounds; `make` runs once, at the first read of `lower` or `upper`.
 * @param mean point forecasts, units/day
 * @param make computes both bounds (units/day); must not depend on when it runs
 * @example lazyIntervals([5], () => ({ lower: { 80: [3], 95: [2] }, upper: { 80: [7], 95: [8] } })).upper[95] // [8]
 */
export function lazyIntervals(mean: number[], make: () => IntervalBounds): ForecastResult {
  let bounds: IntervalBounds | null = null;
  const read = (): IntervalBounds => (bounds ??= make());
  return {
    mean,
    get lower() {
      return read().lower;
    },
    get upper() {
      return read().upper;
    },
  };
}
