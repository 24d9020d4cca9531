/**
 * A model run on sales divided by known day factors (the weekday shape of
 * {@link weekdayProfile}, the effects of known holidays of {@link calendarEffects}):
 * the series is divided by each day's factor, the model fitted and forecast on
 * that, and every forecast, fitted value and interval multiplied back by the day's
 * factor (forecasting with decomposition, FPP3 §5.7). A moving average then
 * forecasts Saturdays as Saturdays, and a closed Christmas Day as closed.
 */
import { ok, type Result } from "../errors";
import { emptyDoubles } from "../series/doubleArray";
import { residualSigma } from "./intervals";
import { lazyIntervals } from "./lazyIntervals";
import { INTERVAL_LEVELS, type FitOptions, type FittedModel, type ForecastModel, type ForecastResult, type IntervalLevel } from "./model";

/** Day factors with the divided series cached for the last two input arrays, so that every model wrapped with them divides a series once. */
export interface DayFactors {
  /** The factor of the day at position t (t ≥ length for forecast days), > 0. */
  readonly at: (t: number) => number;
  /** `unitsPerDay` divided day by day by the factors (the last two inputs are cached by array identity). */
  divide(unitsPerDay: readonly number[]): readonly number[];
}

/**
 * Makes {@link DayFactors} from a factor function.
 * @example dayFactors((t) => (t % 7 === 5 ? 2 : 1)).divide([1, 1, 1, 1, 1, 4]) // [1, 1, 1, 1, 1, 2]
 */
export function dayFactors(factorAt: (t: number) => number): DayFactors {
  // A two-entry cache (a backtest divides the history before its first origin and the whole series).
  const inputs: (readonly number[] | null)[] = [null, null];
  const outputs: number[][] = [[], []];
  let next = 0;
  return {
    at: factorAt,
    divide(unitsPerDay: readonly number[]): readonly number[] {
      if (inputs[0] === unitsPerDay) return outputs[0];
      if (inputs[1] === unitsPerDay) return outputs[1];
      // built by push into an array stored as doubles (doubleArray.ts): the models' loops read one storage kind
      const out = emptyDoubles();
      for (let t = 0; t < unitsPerDay.length; t++) out.push(unitsPerDay[t] / factorAt(t));
      inputs[next] = unitsPerDay;
      outputs[next] = out;
      next = 1 - next;
      return out;
    },
  };
}

/**
 * Wraps `inner` with fixed day factors.
 * @param inner any model
 * @param factors the day factors ({@link dayFactors})
 * @example factorAdjusted(movingAverage, dayFactors((t) => (t % 7 === 5 ? 2 : 1))).fit(y).value.forecast(7).mean // twice the adjusted level on day 5 mod 7
 */
export function factorAdjusted(inner: ForecastModel, factors: DayFactors): ForecastModel {
  const factorAt = factors.at;
  const adjust = (y: readonly number[]): readonly number[] => factors.divide(y);
  return {
    name: inner.name,
    description: inner.description,
    minLength: (options) => inner.minLength(options),
    fit(unitsPerDay: readonly number[], options?: FitOptions): Result<FittedModel> {
      const fit = inner.fit(adjust(unitsPerDay), options);
      if (!fit.ok) return fit;
      const n = unitsPerDay.length;
      const base = fit.value;
      // fitted values and sigma only when read: the backtest fits for the parameters alone
      let fitted: number[] | null = null;
      const fittedValues = (): number[] => {
        if (!fitted) {
          fitted = [];
          for (let t = 0; t < n; t++) fitted.push(base.fitted[t] * factorAt(t));
        }
        return fitted;
      };
      let sigma: number | null = null;
      return ok({
        model: base.model,
        params: base.params,
        get fitted() {
          return fittedValues();
        },
        get sigma() {
          if (sigma === null) sigma = residualSigma(unitsPerDay, fittedValues());
          return sigma;
        },
        forecast(horizonDays: number): ForecastResult {
          const r = base.forecast(horizonDays);
          const scale = (values: readonly number[]) => values.map((v, h) => v * factorAt(n + h));
          // the bounds only when read, as the inner model's
          return lazyIntervals(scale(r.mean), () => {
            const lower = {} as Record<IntervalLevel, number[]>;
            const upper = {} as Record<IntervalLevel, number[]>;
            for (const level of INTERVAL_LEVELS) {
              lower[level] = scale(r.lower[level]);
              upper[level] = scale(r.upper[level]);
            }
            return { lower, upper };
          });
        },
      });
    },
    forecastsAtOrigins(unitsPerDay, params, originIndexes, horizonDays, options) {
      const run = inner.forecastsAtOrigins(adjust(unitsPerDay), params, originIndexes, horizonDays, options);
      if (!run.ok) return run;
      // the rows are the inner model's fresh arrays: scaled in place
      for (let k = 0; k < run.value.length; k++) {
        const row = run.value[k];
        const o = originIndexes[k];
        for (let h = 0; h < row.length; h++) row[h] *= factorAt(o + h);
      }
      return run;
    },
  };
}
