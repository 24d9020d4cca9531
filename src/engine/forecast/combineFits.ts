/**
 * Weighted combination of fitted models: point forecasts, fitted values and
 * interval bounds are weighted averages of the members' (quantile averaging,
 * Lichtendahl, Grushka-Cockayne & Winkler 2013).
 */
import { residualSigma } from "./intervals";
import { lazyIntervals } from "./lazyIntervals";
import { INTERVAL_LEVELS, type FittedModel, type ForecastResult, type IntervalLevel } from "./model";

/** What {@link combineFits} gives: `fitted` and `sigma` are worked out when first read (the plan reads only the forecast). */
export interface CombinedFit {
  readonly fitted: number[];
  readonly sigma: number;
  forecast(horizonDays: number): ForecastResult;
}

/**
 * Combines fitted models with weights that sum to 1.
 * @param unitsPerDay the series the members were fitted to (for the combined sigma)
 * @param members fitted models and their weights
 * @returns combined fitted values (NaN where any member has none), sigma (units/day) and a forecaster
 * @example combineFits(y, [{ fit: a, weight: 0.6 }, { fit: b, weight: 0.4 }]).forecast(1).mean // [0.6·a + 0.4·b]
 */
export function combineFits(unitsPerDay: readonly number[], members: readonly { readonly fit: FittedModel; readonly weight: number }[]): CombinedFit {
  if (members.length === 1) {
    const only = members[0].fit;
    return {
      get fitted() {
        return only.fitted;
      },
      get sigma() {
        return only.sigma;
      },
      forecast: (h) => only.forecast(h),
    };
  }
  let fitted: number[] | null = null;
  const fittedValues = (): number[] => {
    if (!fitted) {
      const sum = new Array<number>(unitsPerDay.length).fill(0);
      for (const m of members) {
        const values = m.fit.fitted; // read once: a member may compute it on first read
        for (let t = 0; t < sum.length; t++) sum[t] += m.weight * values[t];
      }
      fitted = sum;
    }
    return fitted;
  };
  let sigma: number | null = null;
  return {
    get fitted() {
      return fittedValues();
    },
    get sigma() {
      if (sigma === null) sigma = residualSigma(unitsPerDay, fittedValues());
      return sigma;
    },
    forecast(horizonDays: number): ForecastResult {
      const weights = members.map((m) => m.weight);
      const results = members.map((m) => m.fit.forecast(horizonDays));
      // Σ weight·value over the members in order, from 0 (as a reduce would add them)
      const blend = (pick: (r: ForecastResult) => readonly number[]): number[] => {
        const columns = results.map(pick);
        const out = new Array<number>(horizonDays);
        for (let i = 0; i < horizonDays; i++) {
          let s = 0;
          for (let j = 0; j < columns.length; j++) s += weights[j] * columns[j][i];
          out[i] = s;
        }
        return out;
      };
      // the bounds only when read: the plan's forecast takes the mean alone
      return lazyIntervals(blend((r) => r.mean), () => {
        const lower = {} as Record<IntervalLevel, number[]>;
        const upper = {} as Record<IntervalLevel, number[]>;
        for (const level of INTERVAL_LEVELS) {
          lower[level] = blend((r) => r.lower[level]);
          upper[level] = blend((r) => r.upper[level]);
        }
        return { lower, upper };
      });
    },
  };
}
