/**
 * Safety stock for a target cycle service level.
 */
import { ok, type Result } from "../errors";
import { checkFiniteAnswer } from "./checkArgument";
import { leadTimeDemandSd } from "./leadTimeDemandSd";
import { serviceLevelZ } from "./serviceLevelZ";

/** Inputs of {@link serviceLevelSafetyStock}: units/day and days; σ are sample standard deviations. */
export interface ServiceLevelSafetyStockInput {
  /** Cycle service level, strictly between 0 and 1 (0.95). */
  readonly serviceLevel: number;
  readonly avgUnitsPerDay: number;
  readonly sdUnitsPerDay: number;
  readonly avgLeadTimeDays: number;
  /** Omitted means a fixed lead time (σL = 0). */
  readonly sdLeadTimeDays?: number;
}

/**
 * SS = z · √(L̄·σd² + d̄²·σL²) with z = Φ⁻¹(service level) (units).
 *
 * The statistical safety stock for a continuous-review reorder point with normal
 * lead-time demand (Silver, Pyke & Thomas; Snyder & Shen, continuous review). σd and σL
 * are sample standard deviations (see `demandStats`). With σL = 0 it is z·σd·√L̄.
 * A service level below 0.5 gives z < 0; the engine then holds no safety stock (0)
 * rather than a negative one, so the result is never negative.
 * @param input.serviceLevel cycle service level in (0, 1)
 * @param input.avgUnitsPerDay d̄ (units/day)
 * @param input.sdUnitsPerDay σd (units/day)
 * @param input.avgLeadTimeDays L̄ (days)
 * @param input.sdLeadTimeDays σL (days), default 0
 * @returns units of safety stock (not rounded), or NOT_A_NUMBER / NEGATIVE_VALUE / OUT_OF_RANGE
 * (a service level outside (0, 1), or inputs so large the answer overflows a number)
 * @example serviceLevelSafetyStock({ serviceLevel: 0.95, avgUnitsPerDay: 100, sdUnitsPerDay: 22, avgLeadTimeDays: 12, sdLeadTimeDays: 3 })
 * // ok(509.13): 1.64485 × √(12·22² + 100²·3²) = 1.64485 × 309.529
 */
export function serviceLevelSafetyStock(input: ServiceLevelSafetyStockInput): Result<number> {
  const z = serviceLevelZ(input.serviceLevel);
  if (!z.ok) return z;
  const sigma = leadTimeDemandSd(input);
  if (!sigma.ok) return sigma;
  const ss = checkFiniteAnswer(z.value * sigma.value, ["daily_sales", "lead_time_days"]);
  return ss.ok ? ok(Math.max(0, ss.value)) : ss;
}
