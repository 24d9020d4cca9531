/**
 * Croston's method and the Syntetos–Boylan Approximation (SBA) for intermittent demand.
 *
 * Croston (1972), "Forecasting and stock control for intermittent demands", Operational
 * Research Quarterly 23(3):289–303: smooth the non-zero demand sizes z and the
 * intervals p (days between demands) with the same weight α, only on demand days:
 *   z ← z + α·(y(t) − z),  p ← p + α·(q − p)   (q = days since the previous demand)
 *   Croston: ŷ = z/p units/day,  SBA: ŷ = (1 − α/2)·z/p
 * SBA (Syntetos & Boylan 2005, International Journal of Forecasting 21(2):303–314)
 * removes Croston's upward bias, so its forecast is always below Croston's.
 *
 * Initialisation: z = the first non-zero demand, p = its day number (the first
 * interval, counted from the start), as R tsintermittent's `init = "naive"`. The first
 * one-step prediction is for the day after the first demand; `fitted` is NaN before.
 * α: `options.params.alpha` when given (no search), else the weight in
 * {0.02, 0.05, 0.1, 0.15, 0.2, 0.3} with the least in-sample one-step MSE (each model
 * on its own forecast). Intervals: normal with sd = σ (the one-step residual sd,
 * n − 1 degrees of freedom) every day, clipped at 0 — an approximation: Croston has no
 * stochastic model of its own (Shenstone & Hyndman 2005). A series that never sold
 * forecasts 0 with a zero-width interval.
 * @example croston.fit([0, 0, 5, 0, 3, 0, 0, 4], { params: { alpha: 0.1 } }) // forecast(1).mean [4.72 / 2.91] = [1.62199]
 */
import type { ForecastModel } from "./model";
import { crostonFamilyAtOrigins, fitCrostonFamily } from "./crostonCore";

/** Croston's method: average demand size ÷ average days between demands. */
export const croston: ForecastModel = {
  name: "croston",
  description: "For items that sell on few days: smoothed order size ÷ smoothed days between orders.",
  minLength: () => 1,
  fit: (unitsPerDay, options) => fitCrostonFamily("croston", "Croston's method", unitsPerDay, options),
  forecastsAtOrigins: (unitsPerDay, params, originIndexes, horizonDays, options) =>
    crostonFamilyAtOrigins("croston", "Croston's method", unitsPerDay, params, originIndexes, horizonDays, options),
};

/**
 * Syntetos–Boylan Approximation: Croston's forecast × (1 − α/2), which corrects its bias.
 * @example sba.fit([0, 0, 5, 0, 3, 0, 0, 4], { params: { alpha: 0.1 } }) // forecast(1).mean [0.95 × 1.62199] = [1.54089]
 */
export const sba: ForecastModel = {
  name: "sba",
  description: "Croston's method with the Syntetos–Boylan bias correction (a little lower).",
  minLength: () => 1,
  fit: (unitsPerDay, options) => fitCrostonFamily("sba", "Croston–SBA", unitsPerDay, options),
  forecastsAtOrigins: (unitsPerDay, params, originIndexes, horizonDays, options) =>
    crostonFamilyAtOrigins("sba", "Croston–SBA", unitsPerDay, params, originIndexes, horizonDays, options),
};
