/**
 * Safety stock, the one definition: the Plan sheet's `SafetyStock` and `PEAK.SAFETYSTOCK` both
 * call this with the same inputs (issue 11 §1; STYLE.md item 11).
 */
import { ok, type Result } from "../errors";
import type { SafetyStockMethod } from "../plan/types";
import { demandStats } from "../stats/demandStats";
import { safetyStockMaxAvg } from "./safetyStockMaxAvg";
import { serviceLevelSafetyStock } from "./serviceLevelSafetyStock";

/** The lead time of a replenishment, days: its average, its maximum and its sample sd. */
export interface LeadTimeDays {
  readonly avg: number;
  readonly max: number;
  readonly sd: number;
}

/** Inputs of {@link safetyStock}. */
export interface SafetyStockInput {
  /** Daily sales the statistics are read from, units/day (the plan: the last 90 days it was fitted on). */
  readonly dailyUnits: readonly number[];
  /** Lead time, days. One known lead time is { avg: L, max: L, sd: 0 }. */
  readonly leadTimeDays: LeadTimeDays;
  readonly method: SafetyStockMethod;
  /** Cycle service level for SERVICE, in (0, 1). */
  readonly serviceLevel: number;
  /** Names the sales in messages (default "daily_sales"). */
  readonly label?: string;
}

/** What {@link safetyStock} returns. */
export interface SafetyStockResult {
  /** Safety stock, units (not rounded). */
  readonly safetyStockUnits: number;
  /** d̄, units/day, and L̄, days: the reorder point is d̄ · L̄ + SS. */
  readonly avgUnitsPerDay: number;
  readonly avgLeadTimeDays: number;
}

/**
 * Safety stock from daily sales and a lead time (DESIGN.md §1 item 4):
 * - MAXAVG, the sellers' rule: max daily sales × max lead time − average daily sales × average lead time
 *   ({@link safetyStockMaxAvg}), with the TRUE maximum of the days given;
 * - SERVICE: z · √(L̄·σd² + d̄²·σL²), z = Φ⁻¹(service level) ({@link serviceLevelSafetyStock}), σd the
 *   sample sd of the days given.
 * In a plan it is the cushion of a re-order during the event: the fast lane's (else the base lane's)
 * handling + WORST transit + receiving days as one known lead time (sd 0, max = average), because
 * ship-by dates already plan on the worst transit — a lead-time spread on top would count that risk twice.
 * It is not added to the event quantity, which is the newsvendor quantile of the window's demand and
 * already holds the uncertainty of the event (issue 11 §1).
 * @returns units and the averages, or the statistics' and formulas' errors naming the argument
 * @example safetyStock({ dailyUnits: [15, 3, 3], leadTimeDays: { avg: 10, max: 23, sd: 0 }, method: "MAXAVG", serviceLevel: 0.95 })
 * // ok({ safetyStockUnits: 275, avgUnitsPerDay: 7, avgLeadTimeDays: 10 }): (15 × 23) − (7 × 10)
 */
export function safetyStock(input: SafetyStockInput): Result<SafetyStockResult> {
  const stats = demandStats(input.dailyUnits, input.label ?? "daily_sales");
  if (!stats.ok) return stats;
  const lead = input.leadTimeDays;
  const ss = input.method === "MAXAVG"
    ? safetyStockMaxAvg({ maxUnitsPerDay: stats.value.max, maxLeadTimeDays: lead.max, avgUnitsPerDay: stats.value.mean, avgLeadTimeDays: lead.avg })
    : serviceLevelSafetyStock({
        serviceLevel: input.serviceLevel,
        avgUnitsPerDay: stats.value.mean,
        sdUnitsPerDay: stats.value.sd,
        avgLeadTimeDays: lead.avg,
        sdLeadTimeDays: lead.sd,
      });
  if (!ss.ok) return ss;
  return ok({ safetyStockUnits: ss.value, avgUnitsPerDay: stats.value.mean, avgLeadTimeDays: lead.avg });
}
