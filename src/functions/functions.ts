/**
 * PeakStock's Excel custom functions (namespace PEAK). Each is a thin adapter: read the
 * arguments Excel passes, call the engine, turn an engine error into an Excel error.
 * CustomFunctionsMetadataPlugin reads the JSDoc below to write functions.json and appends
 * the `CustomFunctions.associate` calls at build time (guarded by
 * scripts/guard-associate-loader.js so the bundle also loads outside Excel).
 */
import { err, ok, type Result } from "../engine/errors";
import { demandStats } from "../engine/stats/demandStats";
import { safetyStockMaxAvg } from "../engine/stock/safetyStockMaxAvg";
import { serviceLevelSafetyStock } from "../engine/stock/serviceLevelSafetyStock";
import { numbersFromRange } from "./numbersFromRange";
import { toExcelError } from "./toExcelError";

/** Average, maximum and sample standard deviation of the lead time, in days. */
interface LeadTimeDays {
  readonly avg: number;
  readonly max: number;
  readonly sd: number;
}

/** Lead time from one number (fixed: sd 0) or from a range of observed lead times. */
function leadTimeDays(range: readonly (readonly unknown[])[], maxLeadTimeDays: number | null | undefined): Result<LeadTimeDays> {
  const values = numbersFromRange(range, "lead_time_days");
  if (!values.ok) return values;
  if (values.value.length === 0) return err("MISSING_VALUE", "lead_time_days: there are no values", { argument: "lead_time_days" });
  const stats = demandStats(values.value, "lead_time_days");
  if (!stats.ok) return stats;
  const max = maxLeadTimeDays ?? stats.value.max;
  return ok({ avg: stats.value.mean, max, sd: stats.value.sd });
}

/** The method argument: blank → "MAXAVG"; otherwise MAXAVG or SERVICE in any case. */
function safetyStockMethod(method: string | null | undefined): Result<"MAXAVG" | "SERVICE"> {
  const name = (method ?? "").trim().toUpperCase();
  if (name === "" || name === "MAXAVG") return ok("MAXAVG");
  if (name === "SERVICE") return ok("SERVICE");
  return err("OUT_OF_RANGE", `method: '${method}' is not MAXAVG or SERVICE`, { argument: "method" });
}

/**
 * Safety stock in units. MAXAVG (default): max daily sales × max lead time − average daily sales × average lead time. SERVICE: z·√(L̄·σd² + d̄²·σL²) with z for the service level.
 * @customfunction SAFETYSTOCK
 * @param daily_sales Units sold per day, one cell per day (units/day). Blank cells are skipped.
 * @param lead_time_days Lead time in days: one number (the average) or a range of observed lead times (average, maximum and standard deviation are taken from it).
 * @param [max_lead_time_days] Longest lead time in days (MAXAVG). Default: the largest of lead_time_days.
 * @param [method] "MAXAVG" (default) or "SERVICE".
 * @param [service_level] Cycle service level for SERVICE, between 0 and 1. Default 0.95.
 * @returns Safety stock in units (not rounded).
 */
export function safetyStock(
  daily_sales: unknown[][],
  lead_time_days: unknown[][],
  max_lead_time_days?: number,
  method?: string,
  service_level?: number,
): number {
  const result = computeSafetyStock(daily_sales, lead_time_days, max_lead_time_days, method, service_level);
  if (!result.ok) throw toExcelError(result.error);
  return result.value;
}

function computeSafetyStock(
  dailySales: readonly (readonly unknown[])[],
  leadTimeRange: readonly (readonly unknown[])[],
  maxLeadTimeDays: number | null | undefined,
  method: string | null | undefined,
  serviceLevel: number | null | undefined,
): Result<number> {
  const chosen = safetyStockMethod(method);
  if (!chosen.ok) return chosen;
  const values = numbersFromRange(dailySales, "daily_sales");
  if (!values.ok) return values;
  const sales = demandStats(values.value, "daily_sales");
  if (!sales.ok) return sales;
  const lead = leadTimeDays(leadTimeRange, maxLeadTimeDays);
  if (!lead.ok) return lead;
  if (chosen.value === "MAXAVG") {
    return safetyStockMaxAvg({
      maxUnitsPerDay: sales.value.max,
      maxLeadTimeDays: lead.value.max,
      avgUnitsPerDay: sales.value.mean,
      avgLeadTimeDays: lead.value.avg,
    });
  }
  return serviceLevelSafetyStock({
    serviceLevel: serviceLevel ?? 0.95,
    avgUnitsPerDay: sales.value.mean,
    sdUnitsPerDay: sales.value.sd,
    avgLeadTimeDays: lead.value.avg,
    sdLeadTimeDays: lead.value.sd,
  });
}
