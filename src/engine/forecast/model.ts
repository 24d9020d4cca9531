/**
 * The one forecasting interface. Every model is fit on a plain daily series
 * (units/day, oldest first, no gaps) and forecasts `h` days with point values
 * and prediction intervals at 80 % and 95 %. Models are registered in
 * `registry.ts`, which `auto`, the custom functions and the task pane all read.
 */
import type { Result } from "../errors";

/** Names of the registered models; stable identifiers used in sheets and `PEAK.FORECAST`. */
export type ModelName =
  | "naive"
  | "seasonalNaive"
  | "movingAverage"
  | "weightedAverage"
  | "ses"
  | "holtDamped"
  | "holtWinters"
  | "croston"
  | "sba"
  | "tsb";

/** Prediction-interval coverage levels every forecast carries, in percent. */
export const INTERVAL_LEVELS = [80, 95] as const;
export type IntervalLevel = (typeof INTERVAL_LEVELS)[number];

/** Options a caller may pass to `fit`. Models ignore what does not apply to them. */
export interface FitOptions {
  /** Season length in days (default 7). */
  readonly seasonLength?: number;
  /** Window length in days for moving averages (default 28). */
  readonly window?: number;
  /**
   * Fixed parameters (as returned in a previous fit's `params`): when given,
   * the model skips optimisation and only runs its recursions. The backtest
   * uses this to re-fit cheaply at each origin.
   */
  readonly params?: Readonly<Record<string, number>>;
}

/** A forecast `h` days ahead. All arrays have length `h`; units/day, never negative. */
export interface ForecastResult {
  readonly mean: number[];
  /** Lower bounds keyed by level (80, 95); clipped at 0 because demand is never negative. */
  readonly lower: Readonly<Record<IntervalLevel, number[]>>;
  readonly upper: Readonly<Record<IntervalLevel, number[]>>;
}

/** A model fitted to one series. */
export interface FittedModel {
  readonly model: ModelName;
  /** Parameters after fitting (smoothing weights, window, initial states …). */
  readonly params: Readonly<Record<string, number>>;
  /**
   * One-step-ahead in-sample predictions, same length as the series; `NaN` where the
   * model cannot predict yet (e.g. the first `m` days of a seasonal naive).
   */
  readonly fitted: number[];
  /** Standard deviation of one-step-ahead residuals (units/day). */
  readonly sigma: number;
  /** Forecasts `horizonDays` days ahead (a whole number ≥ 1). */
  forecast(horizonDays: number): ForecastResult;
}

/** A forecasting method: a name, a description and a `fit`. */
export interface ForecastModel {
  readonly name: ModelName;
  /** One line for a seller: what this model assumes. */
  readonly description: string;
  /** Fewest observations `fit` accepts; below it `fit` returns INSUFFICIENT_HISTORY. */
  minLength(options?: FitOptions): number;
  /**
   * Fits the model to `unitsPerDay` (oldest first, ≥ 0, finite). Never throws,
   * never mutates its input; returns EMPTY_SERIES / INSUFFICIENT_HISTORY /
   * MODEL_FAILED errors instead.
   */
  fit(unitsPerDay: readonly number[], options?: FitOptions): Result<FittedModel>;
  /**
   * Point forecasts from several origins in one pass, for the backtest: for each
   * origin `o` (0-based index of the first forecast day, 1 ≤ o ≤ length), the
   * `horizonDays` point forecasts (units/day) that `fit(unitsPerDay.slice(0, o),
   * { ...options, params })` followed by `forecast(horizonDays).mean` would give —
   * equal to them within 1e-9, but without re-running the recursions from day 1
   * at every origin. `params` come from an earlier `fit`. Origins are ascending.
   * Every row is a new array the caller may change (factorAdjusted scales them, the
   * dispersion backtest weights them in place).
   */
  forecastsAtOrigins(
    unitsPerDay: readonly number[],
    params: Readonly<Record<string, number>>,
    originIndexes: readonly number[],
    horizonDays: number,
    options?: FitOptions,
  ): Result<number[][]>;
}
