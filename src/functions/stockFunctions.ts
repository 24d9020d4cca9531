/**
 * PEAK functions for stock targets: safety stock, reorder point, the base/sprint
 * split. Thin adapters: read the arguments, call the engine, turn an engine
 * error into an Excel error. The JSDoc below is Excel's metadata (functions.json).
 */
import { fail, ok, type Result } from "../engine/errors";
import { placeParam, quoted } from "../engine/messages/messageText";
import { baseSprintSplit } from "../engine/plan/baseSprintSplit";
import { reorderPoint as engineReorderPoint } from "../engine/stock/reorderPoint";
import { safetyStock as engineSafetyStock, type SafetyStockResult } from "../engine/stock/safetyStock";
import { readNumberArgument } from "./argumentRules";
import { asRange } from "./argumentShape";
import { leadTimeArgument } from "./leadTimeArgument";
import { numbersFromRange } from "./numbersFromRange";
import { unwrap } from "./unwrap";


/** The method argument: blank → "MAXAVG"; otherwise MAXAVG or SERVICE in any case. */
function safetyStockMethod(method: unknown): Result<"MAXAVG" | "SERVICE"> {
  const name = typeof method === "string" ? method.trim().toUpperCase() : method === null || method === undefined ? "" : String(method);
  if (name === "" || name === "MAXAVG") return ok("MAXAVG");
  if (name === "SERVICE") return ok("SERVICE");
  return fail("notMaxAvgOrService", "OUT_OF_RANGE", { place: placeParam({ argument: "method" }), value: quoted(String(method)) }, { argument: "method" });
}

/** SAFETYSTOCK's and REORDERPOINT's arguments through the engine's one safety-stock definition, the Plan sheet's. */
function computeSafetyStock(dailySales: unknown, leadTime: unknown, maxLeadTime: unknown, method: unknown, serviceLevel: unknown): Result<SafetyStockResult> {
  const chosen = safetyStockMethod(method);
  if (!chosen.ok) return chosen;
  const sales = numbersFromRange(asRange(dailySales), "daily_sales");
  if (!sales.ok) return sales;
  const lead = leadTimeArgument(leadTime, maxLeadTime);
  if (!lead.ok) return lead;
  let level = 0.95;
  if (chosen.value === "SERVICE") {
    const read = readNumberArgument(serviceLevel, "service_level");
    if (!read.ok) return read;
    level = read.value;
  }
  return engineSafetyStock({ dailyUnits: sales.value, leadTimeDays: lead.value, method: chosen.value, serviceLevel: level });
}

/**
 * Safety stock in units, as the Plan sheet's SafetyStock. MAXAVG (default): max daily sales × max lead time − average daily sales × average lead time. SERVICE: z·√(L̄·σd² + d̄²·σL²) with z for the service level.
 * @customfunction SAFETYSTOCK
 * @helpurl https://localhost:3000/help.html#safetystock
 * @param daily_sales Units sold per day, one cell per day (units/day). Blank cells are skipped.
 * @param lead_time_days Lead time in days: one number (the average) or a range of observed lead times (average, maximum and standard deviation are taken from it).
 * @param [max_lead_time_days] Longest lead time in days (MAXAVG). Default: the largest of lead_time_days.
 * @param [method] "MAXAVG" (default) or "SERVICE".
 * @param [service_level] Cycle service level for SERVICE, between 0 and 1. Default 0.95.
 * @returns Safety stock in units (not rounded).
 */
export function safetyStock(daily_sales: unknown[][], lead_time_days: unknown[][], max_lead_time_days?: unknown, method?: unknown, service_level?: unknown): number {
  return unwrap(computeSafetyStock(daily_sales, lead_time_days, max_lead_time_days, method, service_level)).safetyStockUnits;
}

/**
 * Reorder point in units: average daily sales × average lead time + safety stock (same arguments as SAFETYSTOCK).
 * @customfunction REORDERPOINT
 * @helpurl https://localhost:3000/help.html#reorderpoint
 * @param daily_sales Units sold per day, one cell per day (units/day). Blank cells are skipped.
 * @param lead_time_days Lead time in days: one number (the average) or a range of observed lead times.
 * @param [max_lead_time_days] Longest lead time in days (MAXAVG). Default: the largest of lead_time_days.
 * @param [method] Safety-stock method: "MAXAVG" (default) or "SERVICE".
 * @param [service_level] Cycle service level for SERVICE, between 0 and 1. Default 0.95.
 * @returns Reorder point in units (not rounded).
 */
export function reorderPoint(daily_sales: unknown[][], lead_time_days: unknown[][], max_lead_time_days?: unknown, method?: unknown, service_level?: unknown): number {
  const parts = unwrap(computeSafetyStock(daily_sales, lead_time_days, max_lead_time_days, method, service_level));
  return unwrap(engineReorderPoint(parts));
}

/**
 * Splits an event's need into a base batch (sea: P50 less on hand) and a sprint batch (air: the larger of P90 − P50 and the safety stock, plus the buffer), in whole units. Spills two cells: base, sprint.
 * @customfunction BATCHSPLIT
 * @helpurl https://localhost:3000/help.html#batchsplit
 * @param event_demand_p50 Median event demand, units.
 * @param event_demand_p90 P90 event demand, units (at least the P50).
 * @param safety_stock Safety stock, units.
 * @param [buffer_pct] Buffer as a fraction of the P50 (0.15 = 15 %). Default 0.15.
 * @param [on_hand] Units already sellable before the event. Default 0.
 * @returns One row: base units, sprint units.
 */
export function batchSplit(event_demand_p50: unknown, event_demand_p90: unknown, safety_stock: unknown, buffer_pct?: unknown, on_hand?: unknown): number[][] {
  const p50 = unwrap(readNumberArgument(event_demand_p50, "event_demand_p50"));
  const p90 = unwrap(readNumberArgument(event_demand_p90, "event_demand_p90"));
  const ss = unwrap(readNumberArgument(safety_stock, "safety_stock"));
  const bufferPct = unwrap(readNumberArgument(buffer_pct, "buffer_pct"));
  const onHand = unwrap(readNumberArgument(on_hand, "on_hand"));
  const split = unwrap(baseSprintSplit({ p50Units: p50, p90Units: p90, safetyStockUnits: ss, bufferPct, onHandUnits: onHand }));
  return [[split.baseUnits, split.sprintUnits]];
}
