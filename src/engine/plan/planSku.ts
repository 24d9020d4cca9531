/**
 * One SKU's plan for one event: demand, safety stock, buffer, net need, the
 * base and sprint batches on their lanes, costs, and why.
 */
import { quantile } from "simple-statistics";
import type { AbcClass } from "../classify/abcClassify";
import { isoFromSerial } from "../dates";
import { ok, type Result } from "../errors";
import { forecastEventDemand } from "../event/forecastEventDemand";
import type { DailySeries } from "../series/dailySeries";
import { demandStats } from "../stats/demandStats";
import { roundUpToOrderQuantity } from "../stock/roundUpToOrderQuantity";
import { safetyStockMaxAvg } from "../stock/safetyStockMaxAvg";
import { serviceLevelSafetyStock } from "../stock/serviceLevelSafetyStock";
import { batchLine, type BatchLine } from "./batchLine";
import { chooseSplit } from "./chooseSplit";
import { arriveByNote, cheapestOption, isFastLane, laneOptions, slowLaneGoneNote, type LaneOption } from "./laneOptions";
import { leftoverCostPerUnitUsd } from "./leftoverCost";
import { noLaneNotes } from "./noLaneReason";
import { note, type PlanNote } from "./planNotes";
import { planForecastOf, type PlanForecast } from "./planForecast";
import { stockAtEvent } from "./stockAtEvent";
import type { EventPolicy, Lane, SkuMaster } from "./types";
import { unitCubicFeet } from "./unitCubicFeet";
import { unitMarginUsd } from "./unitMargin";

export interface PlanSkuInput {
  readonly series: DailySeries;
  readonly sku: SkuMaster;
  readonly lanes: readonly Lane[];
  readonly policy: EventPolicy;
  readonly abcClass: AbcClass;
  readonly portfolioUplift: number | null;
  readonly portfolioUpliftCv?: number | null;
  /** "auto" (default) or a model name. */
  readonly model?: string;
  /** Where this plan's stock sells from ("Amazon US"); "" (default) = the book's one destination. `series`, the stock and `lanes` are that destination's. */
  readonly destination?: string;
}

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
  /** Baseline demand from the plan date to the event, served from stock on hand, units. */
  readonly preEventUnits: number;
  readonly safetyStock: number;
  readonly buffer: number;
  readonly onHand: number;
  /** In-transit units counted for the window: all when they arrive by the event start, fewer when they arrive during it ({@link stockAtEvent}). */
  readonly inTransitUsable: number;
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
  readonly netNeed: number;
  readonly base: BatchLine | null;
  readonly sprint: BatchLine | null;
  /** (purchase + freight + duty + insurance + storage) ÷ units shipped, USD/unit; null when nothing ships. */
  readonly landedCostPerUnit: number | null;
  /** True when no lane can bring the goods in time: quantities are shown, lanes are not. */
  readonly noLaneInTime: boolean;
  readonly why: readonly PlanNote[];
  readonly forecast: PlanForecast;
}

const DAYS_FOR_STATS = 90;
/** The sellers' "max daily sales" is read as this quantile of the last 90 days, so one promotion day does not set it. */
const MAX_DAY_QUANTILE = 0.95;

function sum(values: readonly number[], from: number, to: number): number {
  let s = 0;
  for (let i = Math.max(0, from); i < Math.min(values.length, to); i++) s += values[i];
  return s;
}

/**
 * Safety stock over the replenishment lead time of the fast lane (or the base lane when there is none),
 * on the last 90 days. For MAXAVG, "max daily" is the 95th percentile of those days: a Prime Day
 * or a deal day would otherwise multiply the safety stock (a 4× peak day made it 3× the event demand
 * on the demo workbook).
 */
function safetyStockFor(input: PlanSkuInput, unitsPerDay: readonly number[], lane: Lane | undefined): Result<number> {
  const recent = unitsPerDay.slice(-DAYS_FOR_STATS);
  const stats = demandStats(recent, `SKU '${input.sku.sku}' recent daily sales`);
  if (!stats.ok) return stats;
  const avgLead = lane ? lane.handlingDays + lane.transitDays : 0;
  const maxLead = lane ? lane.handlingDays + lane.transitDaysWorst : 0;
  if (input.policy.safetyStockMethod === "MAXAVG") {
    const typicalMax = quantile(recent.slice(), MAX_DAY_QUANTILE);
    return safetyStockMaxAvg({ maxUnitsPerDay: Math.max(typicalMax, stats.value.mean), maxLeadTimeDays: maxLead, avgUnitsPerDay: stats.value.mean, avgLeadTimeDays: avgLead });
  }
  return serviceLevelSafetyStock({
    serviceLevel: input.policy.serviceLevelByClass[input.abcClass],
    avgUnitsPerDay: stats.value.mean,
    sdUnitsPerDay: stats.value.sd,
    avgLeadTimeDays: avgLead,
    sdLeadTimeDays: (maxLead - avgLead) / 2,
  });
}

function roundedCartons(units: number, unitsPerCarton: number): Result<number> {
  const r = roundUpToOrderQuantity(Math.max(0, units - 1e-9), { unitsPerCarton: Math.max(1, unitsPerCarton) });
  if (!r.ok) return r;
  return ok(r.value.cartons ?? 0);
}

/**
 * Plans one SKU (DESIGN.md §1 items 3–7):
 * 1. event demand P50/P90 from {@link forecastEventDemand}, baseline to event end + cover days;
 * 2. safety stock by the policy's method over the fast lane's lead time, on the last 90 days with past event windows re-filled;
 * 3. buffer = buffer % × P50; usable stock = on hand and in transit (from its arrival day) left after the
 *    baseline sales before the event, projected day by day ({@link stockAtEvent}); once it runs out, the
 *    event stock also sells the days from sellable-by (start − safety days) to the start, so their
 *    forecast sales join the need (P50 and P90 alike; issue 11 §1);
 * 4. lanes (the destination's, `input.lanes`): base = cheapest slow lane still reachable (ship-by ≥ plan
 *    date + supplier lead days), sprint = cheapest fast lane still reachable; split by {@link chooseSplit};
 *    each batch rounded up to whole cartons and the total to the MOQ (never less than the need); with no
 *    lane in time nothing ships and the need stays in NetNeed with why ({@link noLaneNotes});
 * 5. costs per batch ({@link batchLine}) and landed cost per unit.
 * @returns the plan line, or the first error of its steps (the caller records it per SKU)
 */
export function planSku(input: PlanSkuInput): Result<PlanLine> {
  const { series, sku, policy } = input;
  const eventDays = policy.end - policy.start + 1;
  const fed = forecastEventDemand({
    series,
    event: { startSerial: policy.start, endSerial: policy.end },
    pastEventStarts: policy.pastEventStarts,
    model: input.model ?? "auto",
    portfolioUplift: input.portfolioUplift,
    portfolioUpliftCv: input.portfolioUpliftCv ?? null,
    growth: policy.growth,
    coverDaysAfter: policy.coverDaysAfter,
    ...(policy.upliftOverride === undefined ? {} : { upliftOverride: policy.upliftOverride }),
  });
  if (!fed.ok) return fed;
  const { demand, baseline } = fed.value;
  const mean = baseline.forecast.mean;
  const first = baseline.firstSerial;
  const preEventUnits = sum(mean, policy.planDate - first, policy.start - first);
  const coverUnits = sum(mean, policy.end + 1 - first, policy.end + 1 + policy.coverDaysAfter - first);
  const baselinePerDay = sum(mean, policy.start - first, policy.end + 1 - first) / eventDays;

  const earliestShip = policy.planDate + sku.supplierLeadDays;
  const options = laneOptions(sku, input.lanes, policy.start, policy.receivingDays, policy.safetyDays, earliestShip, policy.inboundCutOff);
  if (!options.ok) return options;
  const baseOption = cheapestOption(options.value, (o) => !isFastLane(o.lane));
  const sprintOption = cheapestOption(options.value, (o) => isFastLane(o.lane));
  const why: PlanNote[] = [];

  const ss = safetyStockFor(input, baseline.trainingUnits, (sprintOption ?? baseOption)?.lane);
  if (!ss.ok) return ss;
  const buffer = policy.bufferPct * demand.p50Units;
  const windowEnd = policy.end + policy.coverDaysAfter;
  const sellableBy = policy.start - policy.safetyDays;
  const stock = stockAtEvent({
    onHandUnits: sku.onHand,
    inTransitUnits: sku.inTransit,
    ...(sku.inTransitArrival === undefined ? {} : { inTransitArrivalSerial: sku.inTransitArrival }),
    // The forecast starts the day after the history; a plan date inside the history projects from there.
    planDateSerial: Math.max(policy.planDate, first),
    preEventUnitsPerDay: mean.slice(Math.max(0, policy.planDate - first), Math.max(0, policy.start - first)),
    eventStartSerial: policy.start,
    eventEndSerial: policy.end,
    eventDemandUnits: demand.p50Units,
    coverUnitsPerDay: mean.slice(Math.max(0, policy.end + 1 - first), Math.max(0, windowEnd + 1 - first)),
    eventStockSellableSerial: policy.eventStockHeldUntilStart ? policy.start : sellableBy,
  });
  const transitUsable = stock.inTransitCountedUnits;
  if (sku.inTransit > 0 && transitUsable < sku.inTransit - 1e-9) {
    const date = isoFromSerial(sku.inTransitArrival ?? 0);
    why.push(transitUsable > 0 ? note("transitPartly", { units: sku.inTransit, date, counted: Math.round(transitUsable) }) : note("transitLate", { units: sku.inTransit, date }));
  }
  const usable = stock.usableUnits;
  // Issue 11 §1: once the stock on hand is gone, the event stock sells the days from sellable-by to the start.
  const gap = stock.shortFromSellableUnits;
  if (gap > 1e-9) why.push(note("preEventGap", { units: Math.round(gap), date: isoFromSerial(stock.runsOutSerial ?? sellableBy), sellable: isoFromSerial(sellableBy) }));

  const ft3PerUnit = unitCubicFeet(sku);
  const storagePerUnitDay = (ft3PerUnit * policy.storageRatePeak) / 30;
  // Storage a unit pays between the base batch's arrival and the sprint's (it is stored either way after).
  const earlyStorage = baseOption && sprintOption ? storagePerUnitDay * Math.max(0, sprintOption.dates.arriveBy - baseOption.dates.arriveBy) : 0;
  const leftoverCost = leftoverCostPerUnitUsd(sku, policy, windowEnd);
  if (!leftoverCost.ok) return leftoverCost;
  const split = chooseSplit({
    p50NeedUnits: demand.p50Units + coverUnits + gap,
    p90NeedUnits: demand.pQUnits + coverUnits + gap,
    safetyStockUnits: ss.value,
    bufferUnits: buffer,
    usableOnHandUnits: usable,
    baseUnitCostUsd: baseOption ? baseOption.freightPerUnitUsd + earlyStorage : null,
    sprintUnitCostUsd: sprintOption ? sprintOption.freightPerUnitUsd : null,
    stockOutCostUsd: Math.max(0, unitMarginUsd(sku)),
    leftoverCostUsd: leftoverCost.value,
  });
  const noLane = !baseOption && !sprintOption;
  if (!baseOption && sprintOption) why.push(slowLaneGoneNote(options.value, earliestShip, sprintOption.lane.mode));
  else if (!noLane) why.push(split.why);

  let baseCartons = 0;
  let sprintCartons = 0;
  const bc = roundedCartons(split.baseUnits, sku.unitsPerCarton);
  if (!bc.ok) return bc;
  const sc = roundedCartons(split.sprintUnits, sku.unitsPerCarton);
  if (!sc.ok) return sc;
  baseCartons = bc.value;
  sprintCartons = sc.value;
  const totalUnits = (baseCartons + sprintCartons) * Math.max(1, sku.unitsPerCarton);
  // Nothing ships without a lane, so there is no order to raise to the MOQ.
  if (!noLane && totalUnits > 0 && totalUnits < sku.moq) {
    const extra = roundedCartons(sku.moq - totalUnits, sku.unitsPerCarton);
    if (!extra.ok) return extra;
    if (baseOption) baseCartons += extra.value;
    else sprintCartons += extra.value;
    why.push(note("raisedToMoq", { moq: sku.moq }));
  }
  if (noLane && split.netNeedUnits > 0) why.unshift(...noLaneNotes(options.value, earliestShip, split.netNeedUnits));
  else if (noLane) why.push(split.why);

  const lineOn = (option: LaneOption | undefined, cartons: number): Result<BatchLine | null> => (option && cartons > 0 ? batchLine(sku, option, cartons, policy) : ok(null));
  const base = lineOn(baseOption, baseCartons);
  if (!base.ok) return base;
  const sprint = lineOn(sprintOption, sprintCartons);
  if (!sprint.ok) return sprint;
  const lines = [base.value, sprint.value].filter((l): l is BatchLine => l !== null);
  const bound = lines.length > 0 ? arriveByNote((base.value ? baseOption : sprintOption) as LaneOption) : null;
  if (bound) why.push(bound);
  const units = lines.reduce((s, l) => s + l.units, 0);
  const cost = lines.reduce((s, l) => s + l.purchaseUsd + l.freightUsd + l.dutyUsd + l.insuranceUsd + l.storageUsd, 0);

  return ok({
    sku: sku.sku,
    name: sku.name ?? "",
    destination: input.destination ?? "",
    abcClass: input.abcClass,
    model: baseline.label,
    modelReason: baseline.reason,
    baselinePerDay,
    uplift: demand.uplift,
    eventDemandP50: demand.p50Units,
    eventDemandP90: demand.pQUnits,
    coverUnits,
    preEventUnits,
    safetyStock: ss.value,
    buffer,
    onHand: sku.onHand,
    inTransitUsable: transitUsable,
    stockAtEventUnits: usable,
    runsOutSerial: stock.runsOutSerial,
    sellableBySerial: sellableBy,
    shortBeforeSellableUnits: stock.shortBeforeSellableUnits,
    preEventGapUnits: gap,
    unitMarginUsd: unitMarginUsd(sku),
    netNeed: split.netNeedUnits,
    base: base.value,
    sprint: sprint.value,
    landedCostPerUnit: units > 0 ? cost / units : null,
    noLaneInTime: noLane,
    why,
    forecast: planForecastOf(baseline),
  });
}
