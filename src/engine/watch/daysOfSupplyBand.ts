/**
 * Flags stock outside the days-of-supply band Amazon FBA charges for.
 * Source: DESIGN.md §1 item 4.
 */
import { err, ok, type Result } from "../errors";
import { checkNonNegative } from "../stock/checkArgument";

/** LOW: below the minimum days of supply; HIGH: above the maximum; OK: in the band. */
export type DaysOfSupplyFlag = "LOW" | "HIGH" | "OK";

/**
 * Days of supply = units ÷ units per day, against the FBA band:
 * LOW when below `minDays` (Amazon's low-inventory-level fee applies below 28 days of
 * supply), HIGH when above `maxDays` (the storage utilisation surcharge applies above a
 * 22-week = 154-day storage utilisation ratio), OK otherwise, the edges included.
 *
 * A rough per-SKU guide, not Amazon's calculation: Amazon charges the low-inventory fee only
 * when both the 30-day and the 90-day historical days of supply are below 28, measures the
 * surcharge ratio over the whole account by volume (ft³ stored ÷ ft³ shipped, trailing 13
 * weeks), and has exemptions (new selection, small sellers).
 * No demand: some stock is HIGH (it never sells), no stock is OK (nothing to flag).
 * Source: Amazon Seller Central, "Low-inventory-level fee further explained" (seller forums, 2024)
 * and "2024 FBA monthly inventory storage fee and aged inventory surcharge changes" (surcharge
 * for a storage utilization ratio above 22 weeks from 2024-04-01); DESIGN.md §1 item 4.
 * Both limits are user-editable defaults.
 * @param units stock, units ≥ 0
 * @param unitsPerDay sales rate, units/day ≥ 0
 * @param minDays lower edge of the band, days (default 28)
 * @param maxDays upper edge of the band, days (default 154 = 22 weeks), ≥ minDays
 * @returns the flag, or NOT_A_NUMBER / NEGATIVE_VALUE / OUT_OF_RANGE naming the argument
 * @example fbaDaysOfSupplyFlag(200, 10) // ok("LOW"): 20 days < 28
 * @example fbaDaysOfSupplyFlag(1600, 10) // ok("HIGH"): 160 days > 154
 * @example fbaDaysOfSupplyFlag(280, 10) // ok("OK"): exactly 28 days
 */
export function fbaDaysOfSupplyFlag(units: number, unitsPerDay: number, minDays = 28, maxDays = 154): Result<DaysOfSupplyFlag> {
  const stock = checkNonNegative(units, "units");
  if (!stock.ok) return stock;
  const rate = checkNonNegative(unitsPerDay, "units_per_day");
  if (!rate.ok) return rate;
  const min = checkNonNegative(minDays, "min_days");
  if (!min.ok) return min;
  const max = checkNonNegative(maxDays, "max_days");
  if (!max.ok) return max;
  if (max.value < min.value) {
    return err("OUT_OF_RANGE", `max_days (${max.value}) is smaller than min_days (${min.value})`, { argument: "max_days" });
  }
  if (rate.value === 0) return ok(stock.value > 0 ? "HIGH" : "OK");
  // Compare units against rate × days rather than dividing, so 280 ÷ 10 = 28 stays exact.
  if (stock.value < rate.value * min.value) return ok("LOW");
  if (stock.value > rate.value * max.value) return ok("HIGH");
  return ok("OK");
}
