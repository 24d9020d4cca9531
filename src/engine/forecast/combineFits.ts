/**
 * Weighted combination of fitted models: point forecasts, fitted values and
 * interval bounds are weighted averages of the members' (quantile averaging,
 * Lichtendahl, Grushka-Cockayne & Winkler 2013).
 */
import { residualSigma } from "./intervals";
import { INTERVAL_LEVELS, type FittedModel, type ForecastResult, type IntervalLevel } from "./model";

/**
 * Combines fitted models with weights that sum to 1.
 * @param unitsPerDay the series the members were fitted to (for the combined sigma)
 * @param members fitted models and their weights
 * @returns combined fitted values (NaN where any member has none), sigma (units/day) and a forecaster
 * @example combineFits(y, [{ fit: a, weight: 0.6 }, { fit: b, weight: 0.4 }]).forecast(1).mean // [0.6·a + 0.4·b]
 */
export function combineFits(
  unitsPerDay: readonly number[],
  members: readonly { readonly fit: FittedModel; readonly weight: number }[],
): { fitted: number[]; sigma: number; forecast(horizonDays: number): ForecastResult } {
  if (members.length === 1) {
    const only = members[0].fit;
    return { fitted: only.fitted, sigma: only.sigma, forecast: (h) => only.forecast(h) };
  }
  const fitted = new Array<number>(unitsPerDay.length).fill(0);
  for (const m of members) {
    const values = m.fit.fitted; // read once: a member may compute it on first read
    for (let t = 0; t < fitted.length; t++) fitted[t] += m.weight * values[t];
  }
  const sigma = residualSigma(unitsPerDay, fitted);
  return {
    fitted,
    sigma,
    forecast(horizonDays: number): ForecastResult {
      const parts = members.map((m) => ({ weight: m.weight, result: m.fit.forecast(horizonDays) }));
      const blend = (pick: (r: ForecastResult) => readonly number[]) =>
        Array.from({ length: horizonDays }, (_, i) => parts.reduce((s, p) => s + p.weight * pick(p.result)[i], 0));
      const lower = {} as Record<IntervalLevel, number[]>;
      const upper = {} as Record<IntervalLevel, number[]>;
      for (const level of INTERVAL_LEVELS) {
        lower[level] = blend((r) => r.lower[level]);
        upper[level] = blend((r) => r.upper[level]);
      }
      return { mean: blend((r) => r.mean), lower, upper };
    },
  };
}
