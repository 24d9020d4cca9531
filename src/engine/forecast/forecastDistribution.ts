/**
 * A forecast with its distribution: `auto` (or a named model) for the point
 * forecast, and the spread of demand around it measured on the same backtest that
 * chose the model ({@link forecastDispersion}), as a {@link DemandDistribution}.
 * The 80 % and 95 % intervals are that distribution's quantiles, not a normal
 * approximation.
 */
import { ok, type Result } from "../errors";
import { autoForecast } from "./auto";
import type { KnownDays } from "./calendarEffects";
import { demandDistribution, type DemandDistribution } from "./demandDistribution";
import { dispersionBacktest } from "./dispersionBacktest";
import { DEFAULT_DISPERSION_PRIOR, forecastDispersion, type DispersionPrior, type ForecastDispersion } from "./forecastDispersion";
import type { ForecastResult, ModelName } from "./model";
import { findModel } from "./registry";

/** The spread is measured on 28-day forecasts from up to 52 weekly origins ({@link dispersionBacktest}). */
const DISPERSION_HORIZON_DAYS = 28;
const DISPERSION_ORIGINS = 52;

/** Options of {@link forecastDistribution}. */
export interface ForecastDistributionOptions {
  /** "auto" (default) or a registered model name. */
  readonly model?: "auto" | ModelName | string;
  /** Season length for seasonal models, days (default 7). */
  readonly seasonLength?: number;
  /** What the dispersion is shrunk toward (default {@link DEFAULT_DISPERSION_PRIOR}). */
  readonly prior?: DispersionPrior;
  /** Known holidays and special days for `auto` ({@link KnownDays}). */
  readonly knownDays?: readonly KnownDays[];
}

/** A point forecast, how it was chosen, and the distribution of demand around it. */
export interface ForecastWithDistribution {
  /** Model label, e.g. "holtWinters" or "ses 45% + sba 30% + tsb 25%". */
  readonly label: string;
  /** Why this model, one sentence. */
  readonly reason: string;
  readonly distribution: DemandDistribution;
  /** Mean and 80 %/95 % intervals per day from the distribution (units/day). */
  readonly forecast: ForecastResult;
}

/**
 * Forecasts `horizonDays` days of `unitsPerDay` with their distribution.
 * @param unitsPerDay daily units, oldest first, no gaps (≥ 0)
 * @param horizonDays days to forecast (whole, ≥ 1)
 * @returns the forecast and its distribution, or the model's error (EMPTY_SERIES, NOT_A_NUMBER, NEGATIVE_VALUE, UNKNOWN_MODEL …)
 * @example forecastDistribution(last730Days, 28).value.distribution.window(0, 28).quantile(0.9) // P90 of the next 28 days' total, units
 */
export function forecastDistribution(unitsPerDay: readonly number[], horizonDays: number, options: ForecastDistributionOptions = {}): Result<ForecastWithDistribution> {
  const fitOptions = options.seasonLength === undefined ? {} : { seasonLength: options.seasonLength };
  const prior = options.prior ?? DEFAULT_DISPERSION_PRIOR;
  const name = options.model ?? "auto";
  let label: string;
  let reason: string;
  let mean: number[];
  let dispersion: ForecastDispersion;
  if (name.trim().toLowerCase() === "auto") {
    const auto = autoForecast(unitsPerDay, { ...fitOptions, ...(options.knownDays ? { knownDays: options.knownDays } : {}) });
    if (!auto.ok) return auto;
    ({ label, reason } = auto.value);
    mean = auto.value.forecast(horizonDays).mean;
    const bt = dispersionBacktest(unitsPerDay, auto.value.models, DISPERSION_HORIZON_DAYS, DISPERSION_ORIGINS, fitOptions);
    dispersion = bt ? forecastDispersion(bt.actuals, bt.forecasts, prior) : inSampleDispersion(unitsPerDay, auto.value.fitted, prior);
  } else {
    const found = findModel(name);
    if (!found.ok) return found;
    const fit = found.value.fit(unitsPerDay, fitOptions);
    if (!fit.ok) return fit;
    label = found.value.name;
    reason = `${found.value.name} was asked for`;
    mean = fit.value.forecast(horizonDays).mean;
    const bt = dispersionBacktest(unitsPerDay, [{ forecaster: found.value, weight: 1, params: fit.value.params }], DISPERSION_HORIZON_DAYS, DISPERSION_ORIGINS, fitOptions);
    dispersion = bt ? forecastDispersion(bt.actuals, bt.forecasts, prior) : inSampleDispersion(unitsPerDay, fit.value.fitted, prior);
  }
  const distribution = demandDistribution(mean, dispersion);
  return ok({ label, reason, distribution, forecast: intervalsOf(distribution) });
}

/**
 * Without a backtest (a short history): the one-step in-sample errors as one
 * "origin" per day, which measures the daily spread but no shared level error
 * beyond the prior's.
 */
function inSampleDispersion(unitsPerDay: readonly number[], fitted: readonly number[], prior: DispersionPrior): ForecastDispersion {
  const actuals: number[][] = [];
  const forecasts: number[][] = [];
  for (let t = 0; t < unitsPerDay.length; t++) {
    if (!Number.isFinite(fitted[t])) continue;
    actuals.push([unitsPerDay[t]]);
    forecasts.push([fitted[t]]);
  }
  const measured = forecastDispersion(actuals, forecasts, prior);
  return { ...measured, levelShared: prior.levelShared, levelGrowthPerDay: prior.levelGrowthPerDay };
}

/** Mean and the 80 %/95 % intervals (quantiles 0.1/0.9 and 0.025/0.975) of every day. */
function intervalsOf(d: DemandDistribution): ForecastResult {
  return {
    mean: d.mean.slice(),
    lower: { 80: d.dailyQuantiles(0.1), 95: d.dailyQuantiles(0.025) },
    upper: { 80: d.dailyQuantiles(0.9), 95: d.dailyQuantiles(0.975) },
  };
}
