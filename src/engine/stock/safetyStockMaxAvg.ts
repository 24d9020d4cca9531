/**
 * Safety stock by the sellers' max/average rule.
 */
import { ok, type Result } from "../errors";
import { checkFiniteAnswer, checkNonNegative, checkNotSmaller } from "./checkArgument";

/** Inputs of {@link safetyStockMaxAvg}: daily sales in units/day, lead times in days. */
export interface SafetyStockMaxAvgInput {
  readonly maxUnitsPerDay: number;
  readonly maxLeadTimeDays: number;
  readonly avgUnitsPerDay: number;
  readonly avgLeadTimeDays: number;
}

/**
 * Safety stock by the heuristic cross-border sellers use:
 * SS = max daily sales × max lead time − average daily sales × average lead time (units).
 *
 * It covers the worst day's rate over the worst lead time beyond what the average
 * rate over the average lead time already covers. It needs no service level and no
 * distribution, and overstocks when the maximum is a one-off spike.
 * The result is clamped at 0; with the checks below it could only go negative if a
 * maximum were below its average, and that is reported as an error instead.
 * Source: DESIGN.md §1 item 4 (sellers' rule, e.g. Chinese ERP guides).
 * @param input.maxUnitsPerDay highest daily sales (units/day), ≥ avgUnitsPerDay
 * @param input.maxLeadTimeDays longest lead time seen (days), ≥ avgLeadTimeDays
 * @param input.avgUnitsPerDay average daily sales (units/day)
 * @param input.avgLeadTimeDays average lead time (days)
 * @returns units of safety stock (not rounded), or NOT_A_NUMBER / NEGATIVE_VALUE /
 * OUT_OF_RANGE ("max_lead_time_days (23) is smaller than avg_lead_time_days (30)";
 * inputs so large that the products overflow a number)
 * @example safetyStockMaxAvg({ maxUnitsPerDay: 15, maxLeadTimeDays: 23, avgUnitsPerDay: 7, avgLeadTimeDays: 10 })
 * // ok(275): (15 × 23) − (7 × 10) = 345 − 70
 */
export function safetyStockMaxAvg(input: SafetyStockMaxAvgInput): Result<number> {
  const maxD = checkNonNegative(input.maxUnitsPerDay, "max_units_per_day");
  if (!maxD.ok) return maxD;
  const maxL = checkNonNegative(input.maxLeadTimeDays, "max_lead_time_days");
  if (!maxL.ok) return maxL;
  const avgD = checkNonNegative(input.avgUnitsPerDay, "avg_units_per_day");
  if (!avgD.ok) return avgD;
  const avgL = checkNonNegative(input.avgLeadTimeDays, "avg_lead_time_days");
  if (!avgL.ok) return avgL;
  const units = checkNotSmaller(maxD.value, "max_units_per_day", avgD.value, "avg_units_per_day");
  if (!units.ok) return units;
  const days = checkNotSmaller(maxL.value, "max_lead_time_days", avgL.value, "avg_lead_time_days");
  if (!days.ok) return days;
  const ss = checkFiniteAnswer(maxD.value * maxL.value - avgD.value * avgL.value, ["daily_sales", "lead_time_days"]);
  return ss.ok ? ok(Math.max(0, ss.value)) : ss;
}
