/**
 * Summary statistics of daily sales or of observed lead times: the inputs of
 * both safety-stock formulas.
 */
import { mean, sampleStandardDeviation } from "simple-statistics";
import { err, ok, type Result } from "../errors";

/** What {@link demandStats} returns. Units are those of the input (units/day, or days). */
export interface DemandStats {
  readonly count: number;
  readonly mean: number;
  readonly max: number;
  readonly min: number;
  /** Sample standard deviation (divides by n − 1); 0 when there is one value. */
  readonly sd: number;
}

/**
 * Count, mean, max, min and sample standard deviation of non-negative values.
 *
 * sd = √(Σ(xᵢ − x̄)² / (n − 1)) (the sample, n − 1, form: both safety-stock
 * formulas estimate σ from a sample; the usual n − 1 estimator), taken as 0 for
 * a single value and exactly 0 when all values are equal. Blanks are the caller's
 * business: pass only the values to use.
 * @param values daily sales (units/day) or observed lead times (days); finite and ≥ 0
 * @param label names the series in messages, e.g. "SKU A12 daily sales" (default "Values")
 * @returns the statistics, or EMPTY_SERIES, NOT_A_NUMBER, NEGATIVE_VALUE naming the 1-based position
 * @example demandStats([2, 4, 4, 4, 5, 5, 7, 9]).value
 * // { count: 8, mean: 5, max: 9, min: 2, sd: 2.138 } (sd = √(32/7))
 */
export function demandStats(values: readonly number[], label = "Values"): Result<DemandStats> {
  if (values.length === 0) return err("EMPTY_SERIES", `${label}: there are no values`);
  let max = -Infinity;
  let min = Infinity;
  for (let i = 0; i < values.length; i++) {
    const v: unknown = values[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      const shown = typeof v === "string" ? `'${v}'` : String(v);
      return err("NOT_A_NUMBER", `${label}: value ${i + 1} is not a number (${shown})`, { index: i + 1 });
    }
    if (v < 0) return err("NEGATIVE_VALUE", `${label}: value ${i + 1} is negative (${v})`, { index: i + 1 });
    if (v > max) max = v;
    if (v < min) min = v;
  }
  // All equal → exactly 0 (the float formula can leave 1e-17 for values like 0.1).
  const sd = values.length === 1 || max === min ? 0 : sampleStandardDeviation(values as number[]);
  return ok({ count: values.length, mean: mean(values as number[]), max, min, sd });
}
