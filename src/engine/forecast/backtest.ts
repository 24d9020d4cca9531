/**
 * Rolling-origin backtest (time-series cross-validation, FPP3 §5.10): a model is
 * fitted on the history up to each origin and scored on the days that follow.
 * Parameters are optimised once, at the first origin, and held fixed at the
 * later origins, where the model only re-runs its recursions — the cheap
 * "fixed-parameter" variant that lets `auto` score every model on every SKU.
 */
import { err, ok, type Result } from "../errors";
import { bias, meanAbsoluteError, naiveScale, wape } from "./accuracy";
import type { FitOptions, ForecastModel, ModelName } from "./model";

/** Where the origins fall: `origins` origins `stepDays` apart, each forecasting `horizonDays`. */
export interface BacktestPlan {
  readonly origins: number;
  readonly stepDays: number;
  readonly horizonDays: number;
  /** Fewest days of history before the first origin. */
  readonly minTrainDays: number;
}

/** Three origins, 14 days apart, each forecasting 28 days: the last 56 days are tested. */
export const LONG_BACKTEST: BacktestPlan = { origins: 3, stepDays: 14, horizonDays: 28, minTrainDays: 28 };
/** For short histories: two origins a week apart, each forecasting 7 days. */
export const SHORT_BACKTEST: BacktestPlan = { origins: 2, stepDays: 7, horizonDays: 7, minTrainDays: 28 };

/** Days of history a plan needs: training before the first origin plus the tested span. */
export function backtestSpanDays(plan: BacktestPlan): number {
  return plan.minTrainDays + (plan.origins - 1) * plan.stepDays + plan.horizonDays;
}

/**
 * The longest default plan a series of `lengthDays` supports, or null when it is
 * too short to compare models (fewer than 42 days).
 * @example backtestPlanFor(730) // LONG_BACKTEST; backtestPlanFor(50) // SHORT_BACKTEST
 */
export function backtestPlanFor(lengthDays: number): BacktestPlan | null {
  if (lengthDays >= backtestSpanDays(LONG_BACKTEST)) return LONG_BACKTEST;
  if (lengthDays >= backtestSpanDays(SHORT_BACKTEST)) return SHORT_BACKTEST;
  return null;
}

/** Origins (0-based day indexes: the first forecast day) of a plan over `lengthDays`, oldest first. */
export function originIndexes(lengthDays: number, plan: BacktestPlan): number[] {
  const last = lengthDays - plan.horizonDays;
  return Array.from({ length: plan.origins }, (_, k) => last - (plan.origins - 1 - k) * plan.stepDays);
}

/** Accuracy pooled over all origins and days of a backtest. */
export interface BacktestScore {
  /** Mean absolute error, units/day: ranks models within one series. */
  readonly mae: number;
  /** MAE ÷ in-sample naive MAE before the first origin (Infinity when that is 0 and MAE is not). */
  readonly mase: number;
  readonly wape: number;
  readonly bias: number;
}

/** One model's backtest: its scores and what it forecast at each origin. */
export interface ModelBacktest extends BacktestScore {
  readonly model: ModelName;
  /** Parameters optimised at the first origin and reused after. */
  readonly params: Readonly<Record<string, number>>;
  /** Point forecasts per origin (units/day), `horizonDays` each. */
  readonly forecasts: number[][];
}

/** The series cut at each origin, shared by every model scored on it. */
export interface BacktestData {
  readonly plan: BacktestPlan;
  readonly origins: number[];
  readonly trains: (readonly number[])[];
  readonly actuals: number[][];
  /** In-sample naive MAE before the first origin (MASE denominator), units/day. */
  readonly scale: number;
}

/** Cuts `unitsPerDay` at the plan's origins; do this once per series and score every model on it. */
export function prepareBacktest(unitsPerDay: readonly number[], plan: BacktestPlan): BacktestData {
  const origins = originIndexes(unitsPerDay.length, plan);
  const trains = origins.map((o) => unitsPerDay.slice(0, o));
  const actuals = origins.map((o) => unitsPerDay.slice(o, o + plan.horizonDays));
  return { plan, origins, trains, actuals, scale: naiveScale(trains[0]) };
}

/**
 * Scores pooled point forecasts against the actuals of a prepared backtest.
 * @returns MAE, MASE, WAPE and bias over every origin and day
 */
export function scoreForecasts(data: BacktestData, forecasts: readonly (readonly number[])[]): BacktestScore {
  const actual = data.actuals.flat();
  const predicted = forecasts.flatMap((f) => [...f]);
  const mae = meanAbsoluteError(actual, predicted);
  const maseValue = data.scale > 0 ? mae / data.scale : mae === 0 ? 0 : Number.POSITIVE_INFINITY;
  return { mae, mase: maseValue, wape: wape(actual, predicted), bias: bias(actual, predicted) };
}

/**
 * Runs `model` through a prepared rolling-origin backtest.
 * @param model the forecasting method
 * @param data the series cut at its origins ({@link prepareBacktest})
 * @param options fit options (season length, window …)
 * @returns the scores, or the model's own error when it cannot fit
 */
export function rollingOriginBacktest(model: ForecastModel, data: BacktestData, options: FitOptions = {}): Result<ModelBacktest> {
  const first = model.fit(data.trains[0], options);
  if (!first.ok) return first;
  const params = first.value.params;
  const forecasts: number[][] = [];
  for (let k = 0; k < data.origins.length; k++) {
    const fitted = k === 0 ? first : model.fit(data.trains[k], { ...options, params });
    if (!fitted.ok) return fitted;
    const mean = fitted.value.forecast(data.plan.horizonDays).mean;
    if (!mean.every(Number.isFinite)) return err("MODEL_FAILED", `${model.name} produced a non-finite forecast in the backtest`);
    forecasts.push(mean);
  }
  return ok({ model: model.name, params, ...scoreForecasts(data, forecasts), forecasts });
}
