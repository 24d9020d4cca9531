/**
 * The argument checks the stock and classify functions share, so that each
 * reports a bad number the same way and names the argument as the seller sees it
 * (`max_lead_time_days`, the custom-function spelling).
 */
import { fail, ok, type Result } from "../errors";
import { listParam, placeParam, quoted } from "../messages/messageText";

/** Shows a bad value in a message: text in quotes, anything else as JavaScript prints it. */
export function describeValue(value: unknown): string {
  return typeof value === "string" ? `'${value}'` : String(value);
}

/**
 * Accepts a finite number ≥ 0.
 * @param value the number to check
 * @param argument the argument's name as the seller sees it, e.g. `avg_units_per_day`
 * @returns the number, NOT_A_NUMBER (text, NaN, ±Infinity) or NEGATIVE_VALUE
 * @example checkNonNegative(-3, "lead_time_days") // err NEGATIVE_VALUE "lead_time_days (-3) is negative"
 */
export function checkNonNegative(value: unknown, argument: string): Result<number> {
  const place = placeParam({ argument });
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return fail("argNotANumber", "NOT_A_NUMBER", { place, value: typeof value === "string" ? quoted(value) : String(value) }, { argument });
  }
  if (value < 0) return fail("argNegative", "NEGATIVE_VALUE", { place, value }, { argument });
  return ok(value);
}

/**
 * Accepts a finite number > 0.
 * @example checkPositive(0, "overage_cost_per_unit") // err OUT_OF_RANGE "overage_cost_per_unit must be more than 0 (got 0)"
 */
export function checkPositive(value: unknown, argument: string): Result<number> {
  const checked = checkNonNegative(value, argument);
  if (!checked.ok) return checked;
  if (checked.value === 0) return fail("argMustBePositive", "OUT_OF_RANGE", { place: placeParam({ argument }) }, { argument });
  return checked;
}

/**
 * Accepts a computed answer only when it is a finite number: inputs each
 * allowed on their own can still overflow together (1e308 × 23), and Excel
 * would show such an answer as a bare #NUM! or a wrong 0.
 * @param value the answer
 * @param argumentNames the inputs that made it, as the seller sees them
 * @returns the answer, or OUT_OF_RANGE naming the inputs
 * @example checkFiniteAnswer(Infinity, ["event_demand_p50", "buffer_pct"])
 * // err OUT_OF_RANGE "event_demand_p50 and buffer_pct are too large: the answer does not fit in a number; check them for a typo"
 */
export function checkFiniteAnswer(value: number, argumentNames: readonly string[]): Result<number> {
  if (Number.isFinite(value)) return ok(value);
  return fail("answerTooLarge", "OUT_OF_RANGE", { names: listParam(argumentNames) }, { argument: argumentNames[0] });
}

/**
 * Accepts `larger` when it is at least `smaller` (both already checked).
 * @example checkNotSmaller(23, "max_lead_time_days", 30, "avg_lead_time_days")
 * // err OUT_OF_RANGE "max_lead_time_days (23) is smaller than avg_lead_time_days (30)"
 */
export function checkNotSmaller(larger: number, largerName: string, smaller: number, smallerName: string): Result<true> {
  if (larger < smaller) {
    return fail("argSmallerThan", "OUT_OF_RANGE", { place: placeParam({ argument: largerName }), larger, smallerName, smaller }, { argument: largerName });
  }
  return ok(true);
}
