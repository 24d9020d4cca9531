/**
 * The standard deviation of demand over the replenishment lead time.
 */
import { ok, type Result } from "../errors";
import { checkNonNegative } from "./checkArgument";

/** Inputs of {@link leadTimeDemandSd}: units/day and days; σ are sample standard deviations. */
export interface LeadTimeDemandSdInput {
  readonly avgUnitsPerDay: number;
  readonly sdUnitsPerDay: number;
  readonly avgLeadTimeDays: number;
  /** Standard deviation of the lead time in days; omitted means a fixed lead time (0). */
  readonly sdLeadTimeDays?: number;
}

/**
 * σDL = √(L̄·σd² + d̄²·σL²) (units): demand over a random lead time, with daily
 * demand and lead time independent (Silver, Pyke & Thomas, safety stock with
 * a random lead time; Snyder & Shen, continuous review). With σL = 0 it is σd·√L̄.
 * @param input.avgUnitsPerDay d̄, mean daily demand (units/day)
 * @param input.sdUnitsPerDay σd, sample sd of daily demand (units/day)
 * @param input.avgLeadTimeDays L̄, mean lead time (days)
 * @param input.sdLeadTimeDays σL, sample sd of the lead time (days), default 0
 * @returns σDL in units, or NOT_A_NUMBER / NEGATIVE_VALUE naming the argument
 * @example leadTimeDemandSd({ avgUnitsPerDay: 100, sdUnitsPerDay: 22, avgLeadTimeDays: 12, sdLeadTimeDays: 3 })
 * // ok(309.53): √(12·22² + 100²·3²) = √95808
 */
export function leadTimeDemandSd(input: LeadTimeDemandSdInput): Result<number> {
  const d = checkNonNegative(input.avgUnitsPerDay, "avg_units_per_day");
  if (!d.ok) return d;
  const sdD = checkNonNegative(input.sdUnitsPerDay, "sd_units_per_day");
  if (!sdD.ok) return sdD;
  const l = checkNonNegative(input.avgLeadTimeDays, "avg_lead_time_days");
  if (!l.ok) return l;
  const sdL = checkNonNegative(input.sdLeadTimeDays ?? 0, "sd_lead_time_days");
  if (!sdL.ok) return sdL;
  return ok(Math.sqrt(l.value * sdD.value * sdD.value + d.value * d.value * sdL.value * sdL.value));
}
