/**
 * The daily baseline forecast of a plan line, as the Forecast sheet shows it.
 */
import type { EventBaseline } from "../event/forecastEventDemand";

export interface PlanForecast {
  /** Excel serial of the first forecast day. */
  readonly firstSerial: number;
  /** Units/day, one per day. */
  readonly mean: readonly number[];
  readonly lower80: readonly number[];
  readonly upper80: readonly number[];
  readonly lower95: readonly number[];
  readonly upper95: readonly number[];
}

/**
 * Flattens a baseline forecast's intervals for the Forecast sheet.
 * @example planForecastOf(baseline).upper95[0] // the first day's 95 % upper bound, units/day
 */
export function planForecastOf(baseline: EventBaseline): PlanForecast {
  const f = baseline.forecast;
  return { firstSerial: baseline.firstSerial, mean: f.mean, lower80: f.lower[80], upper80: f.upper[80], lower95: f.lower[95], upper95: f.upper[95] };
}
