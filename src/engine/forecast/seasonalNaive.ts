/**
 * Seasonal naive forecast: every future day equals the same day of the last season.
 *   ŷ(T+h) = y(T + h − m·(k + 1)),  k = ⌊(h − 1)/m⌋
 *   sd(h) = σ·√(k + 1)
 * with m the season length in days (default 7, a week) and σ the sd of the in-sample
 * one-step residuals y(t) − y(t − m) (Hyndman & Athanasopoulos, FPP3 §5.2 and Table 5.2).
 * @example seasonalNaive.fit([1, 2, 3, 4, 5, 6, 7, 2, 1, 4, 3, 6, 5, 7]).forecast(8).mean // [2, 1, 4, 3, 6, 5, 7, 2]
 */
import { err, ok, type Result } from "../errors";
import { normalIntervals } from "./intervals";
import type { FitOptions, FittedModel, ForecastModel } from "./model";
import { validateOrigins } from "./validateOrigins";
import { validateSeries } from "./validateSeries";

const LABEL = "Seasonal naive forecast";
const DEFAULT_SEASON_DAYS = 7;

/**
 * Season length in days: `params.seasonLength` (a previous fit's), else
 * `options.seasonLength`, else 7. Must be a whole number ≥ 1.
 */
function seasonDays(options: FitOptions, params = options.params): Result<number> {
  const m = params?.seasonLength ?? options.seasonLength ?? DEFAULT_SEASON_DAYS;
  if (!Number.isInteger(m) || m < 1) {
    return err("OUT_OF_RANGE", `${LABEL}: season length ${m} must be a whole number of days, at least 1`, { argument: "seasonLength" });
  }
  return ok(m);
}

function fitSeasonalNaive(unitsPerDay: readonly number[], options: FitOptions = {}): Result<FittedModel> {
  const season = seasonDays(options);
  if (!season.ok) return season;
  const m = season.value;
  const checked = validateSeries(unitsPerDay, m, LABEL);
  if (!checked.ok) return checked;
  const y = unitsPerDay;
  const n = y.length;
  const fitted = new Array<number>(n);
  for (let t = 0; t < m; t++) fitted[t] = Number.NaN;
  let sse = 0;
  for (let t = m; t < n; t++) {
    const back = y[t - m];
    fitted[t] = back;
    const e = y[t] - back;
    sse += e * e;
  }
  // = residualSigma(y, fitted) in the same pass: n − m residuals, no parameter estimated
  const sigma = n > m ? Math.sqrt(sse / (n - m)) : 0;
  const lastSeason = y.slice(n - m);
  return ok({
    model: "seasonalNaive",
    params: { seasonLength: m },
    fitted,
    sigma,
    forecast(horizonDays: number) {
      const mean = new Array<number>(horizonDays);
      const sd = new Array<number>(horizonDays);
      for (let i = 0; i < horizonDays; i++) {
        // h = i + 1: (h − 1) = i = k·m + r → index n − m + r of the series
        mean[i] = lastSeason[i % m];
        sd[i] = sigma * Math.sqrt(Math.floor(i / m) + 1);
      }
      return normalIntervals(mean, sd);
    },
  });
}

/**
 * Seasonal naive forecasts from several origins, each read straight from the season
 * before it: origin o forecasts y(o − m + ((h − 1) mod m)) on day h — what `fit` on the
 * first o days gives. An origin with fewer than m days before it is INSUFFICIENT_HISTORY,
 * as `fit` on that history says.
 */
function seasonalNaiveAtOrigins(
  unitsPerDay: readonly number[],
  params: Readonly<Record<string, number>>,
  originIndexes: readonly number[],
  horizonDays: number,
  options: FitOptions = {},
): Result<number[][]> {
  const season = seasonDays(options, params);
  if (!season.ok) return season;
  const m = season.value;
  const checked = validateSeries(unitsPerDay, m, LABEL);
  if (!checked.ok) return checked;
  const origins = validateOrigins(LABEL, unitsPerDay.length, originIndexes, horizonDays, m);
  if (!origins.ok) return origins;
  const out = new Array<number[]>(originIndexes.length);
  for (let k = 0; k < originIndexes.length; k++) {
    const start = originIndexes[k] - m;
    const mean = new Array<number>(horizonDays);
    for (let i = 0; i < horizonDays; i++) mean[i] = Math.max(0, unitsPerDay[start + (i % m)]);
    out[k] = mean;
  }
  return ok(out);
}

/**
 * Seasonal naive model: each day sells what the same weekday sold last week
 * (season length from `options.seasonLength`, default 7 days; needs one full season).
 * Returned `params`: `{ seasonLength }`, which a later `fit` honours.
 */
export const seasonalNaive: ForecastModel = {
  name: "seasonalNaive",
  description: "Every future day sells what the same day of last week sold.",
  minLength: (options) => {
    const season = seasonDays(options ?? {});
    return season.ok ? season.value : DEFAULT_SEASON_DAYS;
  },
  fit: (unitsPerDay, options) => fitSeasonalNaive(unitsPerDay, options),
  forecastsAtOrigins: (unitsPerDay, params, originIndexes, horizonDays, options) => seasonalNaiveAtOrigins(unitsPerDay, params, originIndexes, horizonDays, options),
};
