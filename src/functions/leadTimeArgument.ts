/**
 * The sales and lead-time arguments SAFETYSTOCK and REORDERPOINT share.
 */
import { fail, ok, type Result } from "../engine/errors";
import { placeParam } from "../engine/messages/messageText";
import { demandStats, type DemandStats } from "../engine/stats/demandStats";
import { readNumberArgument } from "./argumentRules";
import { numbersFromRange } from "./numbersFromRange";
import { asRange } from "./argumentShape";

/** Average, maximum and sample standard deviation of the lead time, days. */
export interface LeadTimeDays {
  readonly avg: number;
  readonly max: number;
  readonly sd: number;
}


/**
 * Lead time from one number (fixed: sd 0) or a range of observed lead times
 * (average, maximum and sample sd taken from it); `max_lead_time_days`, when
 * given, wins over the range's maximum.
 * @example leadTimeArgument([[6, 1, 23]], null) // ok({ avg: 10, max: 23, sd: 11.27… })
 */
export function leadTimeArgument(range: unknown, maxLeadTimeDays: unknown): Result<LeadTimeDays> {
  const values = numbersFromRange(asRange(range), "lead_time_days");
  if (!values.ok) return values;
  if (values.value.length === 0) return fail("noValues", "MISSING_VALUE", { place: placeParam({ argument: "lead_time_days" }) }, { argument: "lead_time_days" });
  const stats = demandStats(values.value, "lead_time_days");
  if (!stats.ok) return stats;
  const given = maxLeadTimeDays === null || maxLeadTimeDays === undefined ? null : readNumberArgument(maxLeadTimeDays, "max_lead_time_days");
  if (given && !given.ok) return given;
  return ok({ avg: stats.value.mean, max: given ? given.value : stats.value.max, sd: stats.value.sd });
}

/**
 * Mean, max and sample sd of a daily-sales range (blank cells skipped).
 * @example dailySalesArgument([[15], [""], [3], [3]]) // ok({ mean: 7, max: 15, … })
 */
export function dailySalesArgument(range: unknown, name = "daily_sales"): Result<DemandStats> {
  const values = numbersFromRange(asRange(range), name);
  if (!values.ok) return values;
  return demandStats(values.value, name);
}
