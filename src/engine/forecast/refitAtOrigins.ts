/**
 * The reference meaning of `ForecastModel.forecastsAtOrigins`: re-fit with fixed
 * parameters at each origin and keep the point forecasts. Models implement a
 * one-pass version; the contract test checks they agree with this.
 */
import { ok, type Result } from "../errors";
import type { FitOptions, ForecastModel } from "./model";

/**
 * Point forecasts (units/day) of `horizonDays` from each origin, by re-fitting
 * `model` on `unitsPerDay.slice(0, origin)` with `params` fixed.
 * @param originIndexes 0-based index of each origin's first forecast day
 * @example refitAtOrigins(naive, [1, 2, 3, 4], {}, [2, 4], 2) // ok([[2, 2], [4, 4]])
 */
export function refitAtOrigins(
  model: Pick<ForecastModel, "fit">,
  unitsPerDay: readonly number[],
  params: Readonly<Record<string, number>>,
  originIndexes: readonly number[],
  horizonDays: number,
  options: FitOptions = {},
): Result<number[][]> {
  const out: number[][] = [];
  for (const origin of originIndexes) {
    const fit = model.fit(unitsPerDay.slice(0, origin), { ...options, params });
    if (!fit.ok) return fit;
    out.push(fit.value.forecast(horizonDays).mean);
  }
  return ok(out);
}
