/**
 * A model run on sales divided by known day factors (the weekday shape of
 * {@link weekdayProfile}, the effects of known holidays of {@link calendarEffects}):
 * the series is divided by each day's factor, the model fitted and forecast on
 * that, and every forecast, fitted value and interval multiplied back by the day's
 * factor (forecasting with decomposition, FPP3 §5.7). A moving average then
 * forecasts Saturdays as Saturdays, and a closed Christmas Day as closed.
 */
import { ok, type Result } from "../errors";
import { residualSigma } from "./intervals";
import { INTERVAL_LEVELS, type FitOptions, type FittedModel, type ForecastModel, type ForecastResult, type IntervalLevel } from "./model";

/**
 * Wraps `inner` with fixed day factors.
 * @param inner any model
 * @param factorAt the factor of the day at position t of the series (t ≥ length for forecast days), > 0
 * @example factorAdjusted(movingAverage, (t) => (t % 7 === 5 ? 2 : 1)).fit(y).value.forecast(7).mean // twice the adjusted level on day 5 mod 7
 */
export function factorAdjusted(inner: ForecastModel, factorAt: (t: number) => number): ForecastModel {
  let lastInput: readonly number[] | null = null;
  let lastAdjusted: number[] = [];
  const adjust = (y: readonly number[]): number[] => {
    if (y !== lastInput) {
      lastAdjusted = y.map((v, t) => v / factorAt(t));
      lastInput = y;
    }
    return lastAdjusted;
  };
  return {
    name: inner.name,
    description: inner.description,
    minLength: (options) => inner.minLength(options),
    fit(unitsPerDay: readonly number[], options?: FitOptions): Result<FittedModel> {
      const fit = inner.fit(adjust(unitsPerDay), options);
      if (!fit.ok) return fit;
      const n = unitsPerDay.length;
      const base = fit.value;
      const fitted = base.fitted.map((f, t) => f * factorAt(t));
      return ok({
        model: base.model,
        params: base.params,
        fitted,
        sigma: residualSigma(unitsPerDay, fitted),
        forecast(horizonDays: number): ForecastResult {
          const r = base.forecast(horizonDays);
          const scale = (values: readonly number[]) => values.map((v, h) => v * factorAt(n + h));
          const lower = {} as Record<IntervalLevel, number[]>;
          const upper = {} as Record<IntervalLevel, number[]>;
          for (const level of INTERVAL_LEVELS) {
            lower[level] = scale(r.lower[level]);
            upper[level] = scale(r.upper[level]);
          }
          return { mean: scale(r.mean), lower, upper };
        },
      });
    },
    forecastsAtOrigins(unitsPerDay, params, originIndexes, horizonDays, options) {
      const run = inner.forecastsAtOrigins(adjust(unitsPerDay), params, originIndexes, horizonDays, options);
      if (!run.ok) return run;
      return ok(run.value.map((row, k) => row.map((v, h) => v * factorAt(originIndexes[k] + h))));
    },
  };
}
