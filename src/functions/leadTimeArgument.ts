/**
 * The lead-time argument SAFETYSTOCK and REORDERPOINT share.
 */
import { fail, ok, type Result } from "../engine/errors";
import { placeParam } from "../engine/messages/messageText";
import { demandStats } from "../engine/stats/demandStats";
import { readNumberArgument } from "./argumentRules";
import { numbersFromRange } from "./numbersFromRange";
import type { LeadTimeDays } from "../engine/stock/safetyStock";
import { asRange } from "./argumentShape";

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
