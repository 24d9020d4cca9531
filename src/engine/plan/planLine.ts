/**
 * One plan line: a SKU's plan at one destination, as planSku returns it and the tables, alerts,
 * capacity check, cash flow and replay read it.
 */
import type { AbcClass } from "../classify/abcClassify";
import type { BatchLine } from "./batchLine";
import type { EconomicQuantity } from "./economicQuantity";
import type { PlanForecast } from "./planForecast";
import type { PlanNote } from "./planNotes";

/** A SKU's plan at one destination: demand, stock, economics, quantities, batches and why (units, USD, Excel serials). */
export interface PlanLine {
  readonly sku: string;
  readonly name: string;
  /** The destination planned ("Amazon US"); "" = the book's one unnamed destination. */
  readonly destination: string;
  readonly abcClass: AbcClass;
  readonly model: string;
  readonly modelReason: string;
  /** Baseline forecast, average over the event days, units/day. */
  readonly baselinePerDay: number;
  readonly uplift: number;
  readonly eventDemandP50: number;
  readonly eventDemandP90: number;
  /** Baseline demand over the cover days after the event, units. */
  readonly coverUnits: number;
  /** The event this line plans (its name): one plan may hold a season of events (issue 12 §1). */
  readonly event: string;
  /** Last day of the window (event end + cover days, cut at the next event of a season), Excel serial. */
  readonly windowEndSerial: number;
  /** Median, mean and variance of the window's demand (event + cover days, one distribution: {@link windowDemand}; with a carry-over, its spread added), units, units². */
  readonly windowDemandP50: number;
  readonly windowDemandMean: number;
  /** Variance of the window's demand, units² (with the mean, the window's count distribution: `countDistribution(mean, variance)`). */
  readonly windowDemandVariance: number;
  /** Units expected to be carried in from the previous event of the season (0 for the first event, or one event). */
  readonly carryInUnits: number;
  /** Baseline demand from the plan date to the event, served from stock on hand, units. */
  readonly preEventUnits: number;
  /** The cushion of a re-order during the event ({@link safetyStock}, the same as PEAK.SAFETYSTOCK); not added to the quantity. */
  readonly safetyStock: number;
  /** Units the plan holds above the window's median: target − (window P50 + pre-event units), ≥ 0. */
  readonly buffer: number;
  readonly onHand: number;
  /** In-transit units counted for the window: all when they arrive by the event start, fewer when they arrive during it ({@link stockAtEvent}). */
  readonly inTransitUsable: number;
  /** The in-transit lot the plan saw (the SKUs sheet's, or one carried in from the previous event): units, and its sellable day (Excel serial; null = already). */
  readonly inTransitUnits: number;
  readonly inTransitArrivalSerial: number | null;
  /** Stock serving the window before any batch: on hand and in transit left after the pre-event sales, projected day by day, units. */
  readonly stockAtEventUnits: number;
  /** First day the stock on hand runs out before the event, Excel serial; null when it lasts to the start. */
  readonly runsOutSerial: number | null;
  /** The day the event stock is sellable (event start − safety days), Excel serial. */
  readonly sellableBySerial: number;
  /** Forecast sales lost before the event stock is sellable (stock out, nothing to sell), units. */
  readonly shortBeforeSellableUnits: number;
  /** Forecast sales from sellable-by to the day before the start that the event stock serves, in the need, units. */
  readonly preEventGapUnits: number;
  /** Unit margin m = price − unit cost − marketplace fees, USD/unit (what a unit earns before logistics). */
  readonly unitMarginUsd: number;
  /** o: the cost of a unit left over after the window, USD/unit ({@link leftoverCostPerUnitUsd}). */
  readonly leftoverCostUsd: number;
  /** k of the base and the sprint lane chosen, USD/unit ({@link landedLogisticsPerUnitUsd}); null without that lane. */
  readonly baseLandedUsd: number | null;
  readonly sprintLandedUsd: number | null;
  /** How the quantity was set ({@link economicQuantity}): both lanes, one, or none that pays. */
  readonly quantityMode: EconomicQuantity["mode"];
  /** The probability level the stock at the event is planned to (CR, or a floor above it); null when nothing pays. */
  readonly serviceLevel: number | null;
  /** The critical ratio (m − k) ÷ (m + o) of the last lane, before floors; null when nothing pays. */
  readonly criticalRatio: number | null;
  /** Two-stage: the level the base covers; null otherwise. */
  readonly baseLevel: number | null;
  /** Expected profit a service-level or buffer floor gives up against the economic quantity, USD (0 without one). */
  readonly floorCostUsd: number;
  /** Units wanted at the event less the stock there, at the planned level. */
  readonly netNeed: number;
  readonly base: BatchLine | null;
  readonly sprint: BatchLine | null;
  /** (purchase + freight + duty + insurance + storage) ÷ units shipped, USD/unit; null when nothing ships. */
  readonly landedCostPerUnit: number | null;
  /**
   * The day the sprint is decided, Excel serial: the sprint lane's ship-by, when a sprint that pays may be
   * needed (two-stage, or the fast lane alone); the re-plan that day, with the sales to date, sets it. null otherwise.
   */
  readonly sprintReviewSerial: number | null;
  /** The fast lane that re-plan sends the sprint by (the Plan's SprintLane even when no carton is expected today); null without a review. */
  readonly sprintReviewLane: string | null;
  /** True when no lane can bring the goods in time: quantities are shown, lanes are not. */
  readonly noLaneInTime: boolean;
  readonly why: readonly PlanNote[];
  /** Why the base lane in time (or every lane) does not pay its freight, with the cheapest that would; empty when it pays (the UNPROFITABLE alert). */
  readonly unprofitable: readonly PlanNote[];
  readonly forecast: PlanForecast;
}
