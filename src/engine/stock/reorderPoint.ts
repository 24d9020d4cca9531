/**
 * Reorder point.
 */
import type { Result } from "../errors";
import { checkFiniteAnswer, checkNonNegative } from "./checkArgument";

/** Inputs of {@link reorderPoint}: units/day, days and units. */
export interface ReorderPointInput {
  readonly avgUnitsPerDay: number;
  readonly avgLeadTimeDays: number;
  readonly safetyStockUnits: number;
}

/**
 * ROP = d̄ · L̄ + SS (units): reorder when stock on hand plus on order falls to the
 * demand expected over the lead time plus the safety stock (Silver, Pyke & Thomas,
 * order-point systems; DESIGN.md §1 item 4). Always ≥ SS.
 * @param input.avgUnitsPerDay d̄ (units/day)
 * @param input.avgLeadTimeDays L̄ (days)
 * @param input.safetyStockUnits SS from either safety-stock function (units)
 * @returns the reorder point in units (not rounded), or NOT_A_NUMBER / NEGATIVE_VALUE, or
 * OUT_OF_RANGE when the inputs are so large the answer overflows a number
 * @example reorderPoint({ avgUnitsPerDay: 7, avgLeadTimeDays: 10, safetyStockUnits: 275 }) // ok(345): 7 × 10 + 275
 */
export function reorderPoint(input: ReorderPointInput): Result<number> {
  const d = checkNonNegative(input.avgUnitsPerDay, "avg_units_per_day");
  if (!d.ok) return d;
  const l = checkNonNegative(input.avgLeadTimeDays, "avg_lead_time_days");
  if (!l.ok) return l;
  const ss = checkNonNegative(input.safetyStockUnits, "safety_stock_units");
  if (!ss.ok) return ss;
  return checkFiniteAnswer(d.value * l.value + ss.value, ["daily_sales", "lead_time_days"]);
}
