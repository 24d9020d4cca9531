/**
 * A longer backtest of a chosen forecast, for its spread: `auto` compares models on
 * ten weekly origins, too few windows to see how far a month's total strays; the
 * models it chose, with their fitted parameters, are run again (one pass each,
 * `forecastsAtOrigins`) from up to 52 weekly origins over the last year.
 */
import type { FitOptions, ForecastModel } from "./model";

/** A member of a forecast: the model as it was run (with its day factors), its weight and its fitted parameters. */
export interface ForecastMember {
  readonly forecaster: ForecastModel;
  readonly weight: number;
  readonly params: Readonly<Record<string, number>>;
}

/** Actuals and the weighted members' forecasts per origin (units/day). */
export interface DispersionBacktest {
  readonly actuals: number[][];
  readonly forecasts: number[][];
}

/**
 * Runs the weighted members from weekly origins whose `horizonDays` end inside the
 * history, newest last, as many as `maxOrigins` and the members' shortest history allow.
 * @param unitsPerDay the series (units/day)
 * @param members the chosen models with weights and parameters
 * @param horizonDays days after each origin (default 28)
 * @param maxOrigins most origins (default 52)
 * @returns null when no origin fits or a member fails
 * @example dispersionBacktest(y730, [{ forecaster: movingAverage, weight: 1, params: { window: 28 } }]).forecasts.length // 52
 */
export function dispersionBacktest(unitsPerDay: readonly number[], members: readonly ForecastMember[], horizonDays = 28, maxOrigins = 52, options: FitOptions = {}): DispersionBacktest | null {
  let minTrain = 28;
  for (const m of members) minTrain = Math.max(minTrain, m.forecaster.minLength(options));
  const last = unitsPerDay.length - horizonDays;
  const origins: number[] = [];
  for (let o = last; o >= minTrain && origins.length < maxOrigins; o -= 7) origins.unshift(o);
  if (origins.length === 0) return null;
  // Σ weight·forecast from 0, member by member; the first member's rows (fresh arrays, as the
  // model contract says) are turned into the sums in place instead of adding into rows of zeros.
  let forecasts: number[][] = [];
  for (let j = 0; j < members.length; j++) {
    const run = members[j].forecaster.forecastsAtOrigins(unitsPerDay, members[j].params, origins, horizonDays, options);
    if (!run.ok) return null;
    const weight = members[j].weight;
    if (j === 0) {
      forecasts = run.value;
      for (let k = 0; k < origins.length; k++) for (let d = 0; d < horizonDays; d++) forecasts[k][d] = 0 + weight * forecasts[k][d];
    } else {
      for (let k = 0; k < origins.length; k++) for (let d = 0; d < horizonDays; d++) forecasts[k][d] += weight * run.value[k][d];
    }
  }
  if (members.length === 0) forecasts = origins.map(() => new Array<number>(horizonDays).fill(0));
  return { actuals: origins.map((o) => unitsPerDay.slice(o, o + horizonDays)), forecasts };
}
