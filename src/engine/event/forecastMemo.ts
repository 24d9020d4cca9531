/**
 * A memo of baseline forecasts, owned by the caller: plans of the same book that differ only in
 * lanes, growth or factories (the base plan and its what-if scenarios) fit each SKU's baseline
 * once. The forecast depends only on the series and the options keyed here, so a hit returns what
 * the fit would (the engine stays deterministic; the memo only skips repeated work).
 */
import type { Result } from "../errors";
import type { ForecastWithDistribution } from "../forecast/forecastDistribution";
import type { DailySeries } from "../series/dailySeries";

/** Baseline fits per series object, by the options they were fitted with. */
export type ForecastMemo = WeakMap<DailySeries, Map<string, Result<ForecastWithDistribution>>>;

/**
 * A new, empty memo.
 * @example const memo = forecastMemo(); planEvent({ ...input, forecastMemo: memo }); planEvent({ ...scenario, forecastMemo: memo }) // fits once
 */
export function forecastMemo(): ForecastMemo {
  return new WeakMap();
}

/**
 * The fit of `series` under `key` from `memo`, else `fit()` remembered there; without a memo, `fit()`.
 * @example memoised(memo, series, "[18,\"auto\"]", () => forecastDistribution(units, 18)) // fits on the first call only
 */
export function memoised(memo: ForecastMemo | undefined, series: DailySeries, key: string, fit: () => Result<ForecastWithDistribution>): Result<ForecastWithDistribution> {
  if (!memo) return fit();
  let bySeries = memo.get(series);
  if (!bySeries) {
    bySeries = new Map();
    memo.set(series, bySeries);
  }
  const known = bySeries.get(key);
  if (known) return known;
  const fitted = fit();
  bySeries.set(key, fitted);
  return fitted;
}
