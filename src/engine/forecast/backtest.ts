/**
 * Rolling-origin backtest (time-series cross-validation, FPP3 §5.10): a model is
 * fitted on the history up to each origin and scored on the days that follow.
 * Parameters are optimised once, at the first origin, and held fixed at the
 * later origins; each model then produces every origin's forecast in one pass
 * (`forecastsAtOrigins`) — the cheap "fixed-parameter" variant that lets
 * `auto` score every model on every SKU at many origins.
 */
import { allRowsFinite } from "./allFinite";
import { err, ok, type Result } from "../errors";
import { naiveScale } from "./accuracy";
import type { FitOptions, ForecastModel, ModelName } from "./model";

/** Where the origins fall: `origins` origins `stepDays` apart, each forecasting `horizonDays`. */
export interface BacktestPlan {
  readonly origins: number;
  readonly stepDays: number;
  readonly horizonDays: number;
  /** Fewest days of history before the first origin. */
  readonly minTrainDays: number;
}

/** Ten weekly origins, each forecasting 28 days: the last 91 days are tested (needs 119 days). */
export const LONG_BACKTEST: BacktestPlan = { origins: 10, stepDays: 7, horizonDays: 28, minTrainDays: 28 };
/** Four weekly origins, each forecasting 14 days (needs 63 days). */
export const MEDIUM_BACKTEST: BacktestPlan = { origins: 4, stepDays: 7, horizonDays: 14, minTrainDays: 28 };
/** For short histories: two origins a week apart, each forecasting 7 days (needs 42 days). */
export const SHORT_BACKTEST: BacktestPlan = { origins: 2, stepDays: 7, horizonDays: 7, minTrainDays: 28 };
const PLANS = [LONG_BACKTEST, MEDIUM_BACKTEST, SHORT_BACKTEST];

/** Days of history a plan needs: training before the first origin plus the tested span. */
export function backtestSpanDays(plan: BacktestPlan): number {
  return plan.minTrainDays + (plan.origins - 1) * plan.stepDays + plan.horizonDays;
}

/**
 * The longest default plan a series of `lengthDays` supports, or null when it is
 * too short to compare models (fewer than 42 days).
 * @example backtestPlanFor(730) // LONG_BACKTEST; backtestPlanFor(80) // MEDIUM_BACKTEST; backtestPlanFor(50) // SHORT_BACKTEST
 */
export function backtestPlanFor(lengthDays: number): BacktestPlan | null {
  return PLANS.find((plan) => lengthDays >= backtestSpanDays(plan)) ?? null;
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

/** The series cut at its origins, shared by every model scored on it. */
export interface BacktestData {
  readonly plan: BacktestPlan;
  readonly unitsPerDay: readonly number[];
  /** 0-based index of each origin's first forecast day, oldest first. */
  readonly origins: number[];
  /** The history before the first origin, where parameters are optimised. */
  readonly firstTrain: readonly number[];
  readonly actuals: number[][];
  /** In-sample naive MAE before the first origin (MASE denominator), units/day. */
  readonly scale: number;
}

/** Cuts `unitsPerDay` at the plan's origins; do this once per series and score every model on it. */
export function prepareBacktest(unitsPerDay: readonly number[], plan: BacktestPlan): BacktestData {
  const origins = originIndexes(unitsPerDay.length, plan);
  const firstTrain = unitsPerDay.slice(0, origins[0]);
  const actuals = origins.map((o) => unitsPerDay.slice(o, o + plan.horizonDays));
  return { plan, unitsPerDay, origins, firstTrain, actuals, scale: naiveScale(firstTrain) };
}

/**
 * Scores pooled point forecasts against the actuals of a prepared backtest
 * (the same measures as `accuracy.ts`, in one loop: this runs for every model of every SKU).
 * @returns MAE, MASE, WAPE and bias over every origin and day
 */
export function scoreForecasts(data: BacktestData, forecasts: readonly (readonly number[])[]): BacktestScore {
  let absError = 0;
  let signedError = 0;
  let actualTotal = 0;
  let count = 0;
  for (let k = 0; k < data.actuals.length; k++) {
    const actual = data.actuals[k];
    const forecast = forecasts[k];
    for (let d = 0; d < actual.length; d++) {
      const e = forecast[d] - actual[d];
      absError += Math.abs(e);
      signedError += e;
      actualTotal += actual[d];
      count++;
    }
  }
  const mae = count === 0 ? 0 : absError / count;
  const maseValue = data.scale > 0 ? mae / data.scale : mae === 0 ? 0 : Number.POSITIVE_INFINITY;
  const wapeValue = actualTotal > 0 ? absError / actualTotal : absError === 0 ? 0 : Number.POSITIVE_INFINITY;
  const biasValue = actualTotal > 0 ? signedError / actualTotal : signedError === 0 ? 0 : Math.sign(signedError) * Number.POSITIVE_INFINITY;
  return { mae, mase: maseValue, wape: wapeValue, bias: biasValue };
}

/**
 * Runs `model` through a prepared rolling-origin backtest.
 * @param model the forecasting method
 * @param data the series cut at its origins ({@link prepareBacktest})
 * @param options fit options (season length, window …)
 * @returns the scores, or the model's own error when it cannot fit
 */
export function rollingOriginBacktest(model: ForecastModel, data: BacktestData, options: FitOptions = {}): Result<ModelBacktest> {
  const first = model.fit(data.firstTrain, options);
  if (!first.ok) return first;
  const params = first.value.params;
  const forecasts = model.forecastsAtOrigins(data.unitsPerDay, params, data.origins, data.plan.horizonDays, options);
  if (!forecasts.ok) return forecasts;
  if (!allRowsFinite(forecasts.value)) return err("MODEL_FAILED", `${model.name} produced a non-finite forecast in the backtest`);
  return ok({ model: model.name, params, ...scoreForecasts(data, forecasts.value), forecasts: forecasts.value });
}
