/**
 * One SKU's plan for one event: demand, safety stock, buffer, net need, the
 * base and sprint batches on their lanes, costs, and why.
 */
import type { AbcClass } from "../classify/abcClassify";
import { isoFromSerial } from "../dates";
import { ok, type Result } from "../errors";
import { forecastEventDemand } from "../event/forecastEventDemand";
import type { ForecastMemo } from "../event/forecastMemo";
import { windowDemand } from "../event/windowDemand";
import type { DailySeries } from "../series/dailySeries";
import { roundUpToOrderQuantity } from "../stock/roundUpToOrderQuantity";
import { safetyStock } from "../stock/safetyStock";
import { countDistribution } from "../stats/countDistribution";
import type { CarryIn } from "../season/carryIn";
import { batchLine, type BatchLine } from "./batchLine";
import { economicQuantity, QUICK_RESPONSE_DEFAULTS, type LaneEconomics } from "./economicQuantity";
import { skuLanes, type SkuLanes } from "./laneEconomics";
import { arriveByNote, isFastLane, laneOptions, slowLaneGoneNote } from "./laneOptions";
import { leftoverCostPerUnitUsd } from "./leftoverCost";
import { noLaneNotes } from "./noLaneReason";
import { note, type PlanNote } from "./planNotes";
import type { PlanLine } from "./planLine";
import { planForecastOf } from "./planForecast";
import { quantityNotes } from "./quantityNotes";
import { stockAtEvent } from "./stockAtEvent";
import type { EventPolicy, Lane, SkuMaster } from "./types";
import { unitMarginUsd } from "./unitMargin";

export type { PlanLine } from "./planLine";

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
  /** Baseline fits to reuse (a scenario reuses the base plan's; forecastMemo.ts); default none. */
  readonly forecastMemo?: ForecastMemo;
  /**
   * A later event of a season: the stock the previous event is expected to leave (issue 12 §1). It
   * replaces the SKU's on hand and in transit (the previous event counted those), is projected through
   * the baseline sales from the day after the previous window, and its variance widens this window's demand.
   */
  readonly carryIn?: CarryIn;
}


/** The safety stock's history: the last 90 days the baseline was fitted on. */
const DAYS_FOR_STATS = 90;

function sum(values: readonly number[], from: number, to: number): number {
  let s = 0;
  for (let i = Math.max(0, from); i < Math.min(values.length, to); i++) s += values[i];
  return s;
}

/** Whole cartons holding at least `units` (a 1e-9 slack for floating dust). */
function roundedCartons(units: number, unitsPerCarton: number): Result<number> {
  const r = roundUpToOrderQuantity(Math.max(0, units - 1e-9), { unitsPerCarton: Math.max(1, unitsPerCarton) });
  if (!r.ok) return r;
  return ok(r.value.cartons ?? 0);
}

/** For a SKU no lane reaches in time, the lanes its need is costed on: the cheapest slow and fast lane that take the goods, as if in time. */
function lanesAsIfInTime(lanes: SkuLanes): { base: LaneEconomics | null; sprint: LaneEconomics | null } {
  const first = (fast: boolean): LaneEconomics | null => lanes.allowed.find((l) => isFastLane(l.option.lane) === fast) ?? null;
  return { base: first(false), sprint: first(true) };
}

/**
 * Plans one SKU at one destination (DESIGN.md §1 items 3–7; issue 11 §1):
 * 1. demand: {@link forecastEventDemand} to the end of the cover days, and the window's demand as one
 *    distribution over the event and cover days ({@link windowDemand});
 * 2. stock serving the window: on hand and in transit (from its arrival day) left after the baseline sales
 *    before the event, projected day by day ({@link stockAtEvent}); once it runs out, the event stock also
 *    sells the days from sellable-by (start − safety days) to the start, whose forecast sales join every target;
 * 3. economics: m = price − cost − fees ({@link unitMarginUsd}), o ({@link leftoverCostPerUnitUsd}), k of
 *    every lane ({@link skuLanes}); base = the slow lane in time with the lowest k, sprint = the fast one;
 * 4. quantities ({@link economicQuantity}): the newsvendor quantile of the window at CR = (m − k) ÷ (m + o),
 *    base and sprint as a two-stage newsvendor (the sprint the EXPECTED one: the re-plan at its ship-by decides),
 *    nothing on a lane with k ≥ m; the class's service-level floor and the buffer raise it on a paying lane,
 *    with their cost;
 * 5. each batch rounded up to whole cartons; a total below the MOQ is raised to it by the slow lane, never by
 *    air (the plan says why when no slow lane is in time); with no lane in time nothing ships and the need
 *    stays in NetNeed with why ({@link noLaneNotes});
 * 6. safety stock ({@link safetyStock}, the one PEAK.SAFETYSTOCK computes) over the fast lane's lead time
 *    (handling + worst transit + receiving) on the last 90 days; shown, not added (the quantile holds the risk);
 * 7. costs per batch ({@link batchLine}) and landed cost per unit.
 * @returns the plan line, or the first error of its steps (the caller records it per SKU)
 */
export function planSku(input: PlanSkuInput): Result<PlanLine> {
  const { series, policy, carryIn } = input;
  const sku = carryIn ? carriedSku(input.sku, carryIn) : input.sku;
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
    ...(input.forecastMemo ? { memo: input.forecastMemo } : {}),
  });
  if (!fed.ok) return fed;
  const { demand, baseline } = fed.value;
  const mean = baseline.forecast.mean;
  const first = baseline.firstSerial;
  const windowEnd = policy.end + policy.coverDaysAfter;
  // A later event of a season counts its stock from the day after the previous window (the carry-over).
  const stockFrom = carryIn ? Math.max(policy.planDate, carryIn.fromSerial) : policy.planDate;
  const preEventUnits = sum(mean, stockFrom - first, policy.start - first);
  const coverUnits = sum(mean, policy.end + 1 - first, windowEnd + 1 - first);
  const baselinePerDay = sum(mean, policy.start - first, policy.end + 1 - first) / eventDays;
  const eventWindow = windowDemand({ baseline: baseline.distribution, event: demand, fromDay: policy.start - first, eventFromDay: policy.start - first, eventToDay: policy.end + 1 - first, toDay: windowEnd + 1 - first });
  // The carried stock is an expectation: its spread (how the previous event sells) is this window's too.
  const window = carryIn && carryIn.varianceUnits2 > 0 ? countDistribution(eventWindow.mean, eventWindow.variance + carryIn.varianceUnits2) : eventWindow;

  const earliestShip = policy.planDate + sku.supplierLeadDays;
  const options = laneOptions(sku, input.lanes, policy.start, policy.receivingDays, policy.safetyDays, earliestShip, policy.inboundCutOff);
  if (!options.ok) return options;
  const leftover = leftoverCostPerUnitUsd(sku, policy, windowEnd);
  if (!leftover.ok) return leftover;
  const unit = { marginUsd: unitMarginUsd(sku), leftoverUsd: leftover.value };
  const lanes = skuLanes(sku, options.value, policy, unit);
  if (!lanes.ok) return lanes;
  const { base: baseLane, sprint: sprintLane } = lanes.value;
  const noLane = !baseLane && !sprintLane;
  const why: PlanNote[] = [];

  const sellableBy = policy.start - policy.safetyDays;
  const stock = stockAtEvent({
    onHandUnits: sku.onHand,
    inTransitUnits: sku.inTransit,
    ...(sku.inTransitArrival === undefined ? {} : { inTransitArrivalSerial: sku.inTransitArrival }),
    // The forecast starts the day after the history; a plan date inside the history projects from there.
    planDateSerial: Math.max(stockFrom, first),
    preEventUnitsPerDay: mean.slice(Math.max(0, stockFrom - first), Math.max(0, policy.start - first)),
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
  if (carryIn && carryIn.units > 0.5) {
    why.push(note("carriedOver", { units: Math.round(carryIn.units), sd: Math.round(Math.sqrt(carryIn.varianceUnits2)), event: carryIn.fromEvent, date: isoFromSerial(carryIn.fromSerial), left: Math.round(stock.leftAtStartUnits) }));
  }
  // Issue 11 §1: once the stock on hand is gone, the event stock sells the days from sellable-by to the start.
  const gap = stock.shortFromSellableUnits;

  const costed = noLane ? lanesAsIfInTime(lanes.value) : { base: baseLane, sprint: sprintLane };
  const floor = policy.serviceLevelFloorByClass?.[input.abcClass];
  const q = economicQuantity({
    window, preEventUnits: gap, usableUnits: usable, unit, base: costed.base, sprint: costed.sprint,
    floorLevel: floor === undefined ? null : floor, bufferPct: policy.bufferPct,
    informationShare: policy.sprintInformationShare ?? QUICK_RESPONSE_DEFAULTS.informationShare, unitsPerCarton: sku.unitsPerCarton,
  });
  if (noLane && q.netNeedUnits > 0) why.push(...noLaneNotes(options.value, earliestShip, q.netNeedUnits));
  const told = noLane ? { why: [], unprofitable: [] } : quantityNotes(q, lanes.value, unit, input.abcClass, policy.bufferPct);
  if (!noLane && !baseLane && sprintLane && q.mode !== "none") why.push(slowLaneGoneNote(options.value, earliestShip, sprintLane.option.lane.mode));
  why.push(...told.why);
  if (gap > 1e-9) why.push(note("preEventGap", { units: Math.round(gap), date: isoFromSerial(stock.runsOutSerial ?? sellableBy), sellable: isoFromSerial(sellableBy) }));

  const reorderLane = (sprintLane ?? baseLane ?? costed.sprint ?? costed.base)?.option.lane;
  const ss = safetyStock({
    dailyUnits: baseline.trainingUnits.slice(-DAYS_FOR_STATS),
    leadTimeDays: reorderLeadTime(reorderLane, policy.receivingDays),
    method: policy.safetyStockMethod,
    serviceLevel: policy.serviceLevelByClass[input.abcClass],
    label: `SKU '${sku.sku}' recent daily sales`,
  });
  if (!ss.ok) return ss;

  let baseCartons = noLane ? 0 : q.baseCartons;
  const sprintCartons = noLane ? 0 : q.sprintCartons;
  const perCarton = Math.max(1, sku.unitsPerCarton);
  const totalUnits = (baseCartons + sprintCartons) * perCarton;
  // A total below the MOQ goes up to it by the slow lane; never by air (issue 11 §1).
  if (totalUnits > 0 && totalUnits < sku.moq) {
    const extra = roundedCartons(sku.moq - totalUnits, sku.unitsPerCarton);
    if (!extra.ok) return extra;
    if (baseLane) {
      baseCartons += extra.value;
      why.push(note("raisedToMoq", { moq: sku.moq, lane: baseLane.option.lane.name }));
    } else if (sprintLane) {
      const extraUnits = extra.value * perCarton;
      why.push(note("belowMoqNotFlown", { moq: sku.moq, units: totalUnits, lane: sprintLane.option.lane.name, extra: extraUnits, cost: (extraUnits * sprintLane.landed.freightUsd).toFixed(2) }));
    }
  }

  const lineOn = (lane: LaneEconomics | null, cartons: number): Result<BatchLine | null> => (lane && cartons > 0 ? batchLine(sku, lane.option, cartons, policy) : ok(null));
  const base = lineOn(baseLane, baseCartons);
  if (!base.ok) return base;
  const sprint = lineOn(sprintLane, sprintCartons);
  if (!sprint.ok) return sprint;
  const lines = [base.value, sprint.value].filter((l): l is BatchLine => l !== null);
  const boundLane = base.value ? baseLane : sprint.value ? sprintLane : null;
  const bound = boundLane ? arriveByNote(boundLane.option) : null;
  if (bound) why.push(bound);
  const units = lines.reduce((s, l) => s + l.units, 0);
  const cost = lines.reduce((s, l) => s + l.purchaseUsd + l.freightUsd + l.dutyUsd + l.insuranceUsd + l.storageUsd, 0);
  const windowP50 = window.quantile(0.5);
  // The sprint is decided later whenever a sprint that pays may be needed.
  const review = !noLane && sprintLane && (q.mode === "two-stage" || q.mode === "sprint") ? sprintLane : null;

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
    event: policy.name,
    windowEndSerial: windowEnd,
    windowDemandP50: windowP50,
    windowDemandMean: window.mean,
    windowDemandVariance: window.variance,
    carryInUnits: carryIn?.units ?? 0,
    preEventUnits,
    safetyStock: ss.value.safetyStockUnits,
    buffer: q.targetUnits > 0 ? Math.max(0, q.targetUnits - windowP50 - gap) : 0,
    onHand: sku.onHand,
    inTransitUsable: transitUsable,
    inTransitUnits: sku.inTransit,
    inTransitArrivalSerial: sku.inTransitArrival ?? null,
    stockAtEventUnits: usable,
    runsOutSerial: stock.runsOutSerial,
    sellableBySerial: sellableBy,
    shortBeforeSellableUnits: stock.shortBeforeSellableUnits,
    preEventGapUnits: gap,
    unitMarginUsd: unit.marginUsd,
    leftoverCostUsd: unit.leftoverUsd,
    baseLandedUsd: baseLane?.landed.totalUsd ?? null,
    sprintLandedUsd: sprintLane?.landed.totalUsd ?? null,
    quantityMode: q.mode,
    serviceLevel: q.level,
    criticalRatio: q.economicLevel,
    baseLevel: q.baseLevel,
    floorCostUsd: q.floor?.costUsd ?? 0,
    netNeed: q.netNeedUnits,
    base: base.value,
    sprint: sprint.value,
    landedCostPerUnit: units > 0 ? cost / units : null,
    sprintReviewSerial: review ? review.option.dates.shipBy : null,
    sprintReviewLane: review ? review.option.lane.name : null,
    noLaneInTime: noLane,
    why,
    unprofitable: told.unprofitable,
    forecast: planForecastOf(baseline),
  });
}

/** The SKU as a later event of a season sees it: the previous event's expected leftover on hand, and the in-transit lot only when it lands after that window. */
function carriedSku(sku: SkuMaster, carry: CarryIn): SkuMaster {
  const { inTransitArrival: _counted, ...rest } = sku;
  return {
    ...rest,
    onHand: carry.units,
    inTransit: carry.inTransit?.units ?? 0,
    ...(carry.inTransit ? { inTransitArrival: carry.inTransit.arrivalSerial } : {}),
  };
}

/** A re-order's lead time, days: the lane's handling + worst transit + receiving, as one known value (no lane: 0). */
function reorderLeadTime(lane: Lane | undefined, receivingDays: number): { avg: number; max: number; sd: number } {
  const days = lane ? lane.handlingDays + lane.transitDaysWorst + receivingDays : 0;
  return { avg: days, max: days, sd: 0 };
}
