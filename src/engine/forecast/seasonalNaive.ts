/**
 * Seasonal naive forecast: every future day equals the same day of the last season.
 *   ŷ(T+h) = y(T + h − m·(k + 1)),  k = ⌊(h − 1)/m⌋
 *   sd(h) = σ·√(k + 1)
 * with m the season length in days (default 7, a week) and σ the sd of the in-sample
 * one-step residuals y(t) − y(t − m) (Hyndman & Athanasopoulos, FPP3 §5.2 and Table 5.2).
 * @example seasonalNaive.fit([1, 2, 3, 4, 5, 6, 7, 2, 1, 4, 3, 6, 5, 7]).forecast(8).mean // [2, 1, 4, 3, 6, 5, 7, 2]
 */
import { err, ok, type Result } from "../errors";
import { normalIntervals, residualSigma } from "./intervals";
import type { FitOptions, FittedModel, ForecastModel } from "./model";
import { validateSeries } from "./validateSeries";

const LABEL = "Seasonal naive forecast";
const DEFAULT_SEASON_DAYS = 7;

/**
 * Season length in days: `params.seasonLength` (a previous fit's), else
 * `options.seasonLength`, else 7. Must be a whole number ≥ 1.
 */
function seasonDays(options: FitOptions): Result<number> {
  const m = options.params?.seasonLength ?? options.seasonLength ?? DEFAULT_SEASON_DAYS;
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
  const fitted = y.map((_, t) => (t < m ? Number.NaN : y[t - m]));
  const sigma = residualSigma(y, fitted);
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
};
