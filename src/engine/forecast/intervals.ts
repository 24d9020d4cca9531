/**
 * Normal prediction intervals, shared by every model.
 * Interval at level L: mean ± z·sd with z = Φ⁻¹(0.5 + L/200); z80 = 1.2816, z95 = 1.9600
 * (Hyndman & Athanasopoulos, FPP3 §5.5). Lower bounds are clipped at 0 units/day.
 */
import { normalQuantile } from "../stats/normalQuantile";
import { INTERVAL_LEVELS, type ForecastResult, type IntervalLevel } from "./model";

/** z for a two-sided interval of `levelPercent` coverage: z(80) = 1.2816, z(95) = 1.9600. */
export function zForLevel(levelPercent: number): number {
  return normalQuantile(0.5 + levelPercent / 200);
}

const Z: Record<IntervalLevel, number> = { 80: zForLevel(80), 95: zForLevel(95) };

/**
 * Builds a {@link ForecastResult} from point forecasts and the forecast standard
 * deviation at each step (both units/day). Negative means are clipped to 0.
 * @example normalIntervals([10], [2]).upper[95] // [13.92]
 */
export function normalIntervals(mean: readonly number[], sdPerStep: readonly number[]): ForecastResult {
  const point = mean.map((m) => Math.max(0, m));
  const lower = {} as Record<IntervalLevel, number[]>;
  const upper = {} as Record<IntervalLevel, number[]>;
  for (const level of INTERVAL_LEVELS) {
    const z = Z[level];
    lower[level] = mean.map((m, i) => Math.max(0, m - z * sdPerStep[i]));
    upper[level] = mean.map((m, i) => Math.max(0, m + z * sdPerStep[i]));
  }
  return { mean: point, lower, upper };
}

/**
 * Standard deviation of one-step residuals `actual − fitted`, skipping NaN fits;
 * divides by (count − parameters) as R's `forecast` does, never by less than 1.
 * @param actual observed units/day
 * @param fitted one-step-ahead predictions (NaN where none)
 * @param parameterCount number of estimated parameters
 */
export function residualSigma(actual: readonly number[], fitted: readonly number[], parameterCount = 0): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < actual.length; i++) {
    const f = fitted[i];
    if (Number.isFinite(f)) {
      const e = actual[i] - f;
      sum += e * e;
      count++;
    }
  }
  if (count === 0) return 0;
  return Math.sqrt(sum / Math.max(1, count - parameterCount));
}
