/**
 * The safety factor z for a cycle service level.
 */
import { err, ok, type Result } from "../errors";
import { normalQuantile } from "../stats/normalQuantile";
import { describeValue } from "./checkArgument";

/**
 * z = Φ⁻¹(service level): the number of standard deviations of lead-time demand
 * to hold so that a replenishment cycle ends without a stock-out with that probability
 * (cycle service level, "type 1"; Silver, Pyke & Thomas; Snyder & Shen).
 * Uses our {@link normalQuantile} (Acklam, relative error < 1.15e-9).
 * @param serviceLevel probability of no stock-out in a cycle, strictly between 0 and 1 (0.95, not 95)
 * @returns z (negative below 0.5), or NOT_A_NUMBER / OUT_OF_RANGE
 * ("service level must be between 0 and 1 (e.g. 0.95), got 1.2")
 * @example serviceLevelZ(0.95) // ok(1.6449)
 * @example serviceLevelZ(0.98) // ok(2.0537)
 */
export function serviceLevelZ(serviceLevel: number): Result<number> {
  const where = { argument: "service_level" };
  if (typeof serviceLevel !== "number" || !Number.isFinite(serviceLevel)) {
    return err("NOT_A_NUMBER", `service level is not a number (${describeValue(serviceLevel)})`, where);
  }
  if (!(serviceLevel > 0 && serviceLevel < 1)) {
    return err("OUT_OF_RANGE", `service level must be between 0 and 1 (e.g. 0.95), got ${serviceLevel}`, where);
  }
  return ok(normalQuantile(serviceLevel));
}
