/**
 * Normal prediction intervals, shared by every model.
 * Interval at level L: mean ± z·sd with z = Φ⁻¹(0.5 + L/200); z80 = 1.2816, z95 = 1.9600
 * (Hyndman & Athanasopoulos, FPP3 §5.5). Lower bounds are clipped at 0 units/day.
 */
import { normalQuantile } from "../stats/normalQuantile";
import { lazyIntervals } from "./lazyIntervals";
import type { ForecastResult, IntervalLevel } from "./model";

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
  const h = mean.length;
  const point = new Array<number>(h);
  for (let i = 0; i < h; i++) point[i] = Math.max(0, mean[i]);
  // the bounds only when read (lazyIntervals): the backtests and the plan take the mean alone
  return lazyIntervals(point, () => {
    const lo80 = new Array<number>(h);
    const hi80 = new Array<number>(h);
    const lo95 = new Array<number>(h);
    const hi95 = new Array<number>(h);
    const z80 = Z[80];
    const z95 = Z[95];
    for (let i = 0; i < h; i++) {
      const m = mean[i];
      const sd = sdPerStep[i];
      lo80[i] = Math.max(0, m - z80 * sd);
      hi80[i] = Math.max(0, m + z80 * sd);
      lo95[i] = Math.max(0, m - z95 * sd);
      hi95[i] = Math.max(0, m + z95 * sd);
    }
    return { lower: { 80: lo80, 95: lo95 }, upper: { 80: hi80, 95: hi95 } };
  });
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
