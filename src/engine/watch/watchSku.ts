/**
 * The Watch for one SKU during the run-up: sales to date against the plan on the
 * days it was in stock, its stock now and ahead, and the advice a seller can act
 * on — a re-order on the cheapest lane still in time, a late one that still pays,
 * holding the sprint or a clearance — with a status whose badge matches the advice.
 * Source: DESIGN.md §1 item 9; issue 13 §2.
 */
import { isoFromSerial } from "../dates";
import { ok, type Result } from "../errors";
import { expectedPath } from "../plan/expectedPath";
import type { PlanLine } from "../plan/planSku";
import type { EventPolicy, Lane, SkuMaster } from "../plan/types";
import { unitMarginUsd } from "../plan/unitMargin";
import { chooseReorderLane, type ReorderChoice } from "./reorderLane";
import { stockPath, type StockArrival } from "./stockPath";
import { watchAlert, type WatchAlert } from "./watchAlert";
import { usdText, watchNote, type WatchNote } from "./watchNotes";

/**
 * What the row's badge says, from the advice:
 * STOCKOUT — nothing sellable now (a SKU at zero stock selling nothing is this, never SLOW);
 * REORDER — short ahead and a re-order is advised (a lane in time, or a late one that still pays);
 * SHORT — short ahead but no lane can help; SLOW — selling below plan; HOT — selling above plan, stock covers it; OK.
 */
export type WatchStatus = "STOCKOUT" | "REORDER" | "SHORT" | "SLOW" | "HOT" | "OK";

/** Daily units sold from `startSerial`; `onHand` = stock at the end of each day where the sheet has it. */
export interface SalesToDate {
  readonly startSerial: number;
  readonly units: readonly number[];
  readonly onHand?: readonly (number | null)[];
}

/** The parts of a plan line the Watch reads. */
export type WatchPlanLine = Pick<PlanLine, "sku" | "forecast" | "eventDemandP50" | "onHand" | "base" | "sprint">;

export interface WatchSkuInput {
  readonly line: WatchPlanLine;
  /** The SKU's master row: lead days, cartons, MOQ, cost, price, in transit. */
  readonly master: SkuMaster;
  readonly sales: SalesToDate;
  readonly policy: EventPolicy;
  readonly lanes: readonly Lane[];
  /** The first day without sales data ("today"), Excel serial: the re-order is placed on it. */
  readonly todaySerial: number;
}

/** One SKU's Watch. Units, Excel serial days, USD. */
export interface WatchSkuRow {
  readonly sku: string;
  readonly status: WatchStatus;
  /** Sales on the days in stock against the plan: REORDER (above), SLOW, OK; null when no day was in stock. */
  readonly trend: WatchAlert | null;
  /** Units sold on the days in stock since the plan date. */
  readonly actualUnits: number;
  /** Units the plan expected on those days. */
  readonly forecastUnits: number;
  /** (actual − forecast) ÷ forecast; null when the forecast is 0. */
  readonly deviation: number | null;
  readonly daysWatched: number;
  /** Days out of stock (nothing sellable and nothing sold). */
  readonly stockOutDays: number;
  /** Units sellable today. */
  readonly stockNowUnits: number;
  /** First day ahead the projected stock runs short (in the run-up or the event); null when it lasts to the event end. */
  readonly stockOutDay: number | null;
  /** Units of the event window's demand the stock will not serve (what a re-order is for). */
  readonly shortUnits: number;
  readonly reorder: ReorderChoice;
  /** Units projected to be left when the event ends. */
  readonly leftoverUnits: number;
  readonly notes: readonly WatchNote[];
}

/** The plan's units/day on `day`: the path, the baseline's last value past its end. */
function expectedOn(path: readonly number[], firstSerial: number, day: number): number {
  const i = day - firstSerial;
  if (i < 0) return path[0] ?? 0;
  return i < path.length ? path[i] : (path[path.length - 1] ?? 0);
}

const SLACK = 1e-9;

/** Lots the plan counts on: the master's in transit on its day, each batch on its worst-case sellable day. */
function plannedArrivals(input: WatchSkuInput): StockArrival[] {
  const { master, line, policy } = input;
  const lots: StockArrival[] = [];
  if (master.inTransit > 0) lots.push({ day: master.inTransitArrival ?? policy.planDate, units: master.inTransit });
  for (const batch of [line.base, line.sprint]) if (batch) lots.push({ day: batch.arriveBy + policy.receivingDays, units: batch.units });
  return lots;
}

function deviationText(deviation: number | null): string {
  if (deviation === null) return "—";
  const pct = Math.round(deviation * 100);
  return `${pct > 0 ? "+" : pct < 0 ? "−" : ""}${Math.abs(pct)} %`;
}

/** Notes of a re-order choice. */
function reorderNotes(choice: ReorderChoice, master: SkuMaster): WatchNote[] {
  if (choice.kind === "notShort") return [];
  if (choice.kind === "noLaneForGoods") return [watchNote("noLaneForGoods")];
  const deadline = isoFromSerial(choice.deadline);
  if (choice.kind === "inTime") {
    const o = choice.option;
    const notes = [watchNote("reorderInTime", {
      units: usdText(o.units), cartons: usdText(o.cartons), perCarton: Math.max(1, master.unitsPerCarton), lane: o.lane.name, ready: isoFromSerial(o.readyDay), sellable: isoFromSerial(o.sellableDay),
      deadline, freight: usdText(o.freightUsd), purchase: usdText(o.purchaseUsd),
    })];
    const f = choice.fastest;
    if (f.lane.name !== o.lane.name) notes.push(watchNote("fasterCostsMore", { lane: f.lane.name, sellable: isoFromSerial(f.sellableDay), freight: usdText(f.freightUsd) }));
    return notes;
  }
  const f = choice.fastest;
  const late = watchNote("noLaneInTime", { deadline, ready: isoFromSerial(f.readyDay), lane: f.lane.name, sellable: isoFromSerial(f.sellableDay), late: f.sellableDay - choice.deadline });
  if (choice.kind === "noneSaves") return [late, watchNote("nothingSaves")];
  const o = choice.option;
  return [late, watchNote("lateStillSaves", {
    lane: o.lane.name, saves: usdText(o.savesUsd), units: usdText(o.units), sellable: isoFromSerial(o.sellableDay), served: usdText(o.servedUnits),
    margin: usdText(unitMarginUsd(master)), freight: usdText(o.freightUsd), duty: usdText(o.dutyUsd),
  })];
}

/**
 * The Watch of one SKU (DESIGN.md §1 item 9), from the plan date to the day before `todaySerial`:
 * 1. Stock on each day so far: the sheet's OnHand (end of day) where given, else the plan's on hand
 *    with the in-transit lot and the batches landing on their worst-case sellable days ({@link stockPath})
 *    less the units sold. A day with no stock and no sale is a stock-out day: left out of the comparison.
 * 2. Trend = {@link watchAlert}(sold, expected on the days in stock, threshold, 2·√expected), against the
 *    plan's path ({@link expectedPath}). Off plan either way, the rest of the run is scaled by sold ÷ expected.
 * 3. Ahead, from today to the event end: the stock now and the lots still to land against that demand —
 *    the first short day is the projected stock-out. The shortfall is what the event window loses (the
 *    plan stocks the window; days without stock in the run-up, until a batch lands, are said in a note).
 * 4. Short: the lane by {@link chooseReorderLane} (supplier lead days, worst transit and receiving counted;
 *    the cheapest in time for the first short event day, else the late option that still saves, else none).
 * 5. Status: STOCKOUT when nothing is sellable today and demand remains; else REORDER when short and a
 *    lane is advised, SHORT when short and none is; else SLOW, HOT or OK by the trend. A slow SKU whose
 *    sprint has not shipped is told to hold it, else to plan a clearance of what will be left.
 * @returns the row, or a lane or carton error (lane or SKU column named)
 * @example watchSku({ line, master, sales: 10 days × 0 units with OnHand 0, policy, lanes, todaySerial })
 * // status "STOCKOUT", trend null, stockOutDays 10 — not "SLOW"
 */
export function watchSku(input: WatchSkuInput): Result<WatchSkuRow> {
  const { line, master, sales, policy } = input;
  const path = expectedPath(line, policy);
  const first = line.forecast.firstSerial;
  const from = policy.planDate;
  const days = Math.max(0, input.todaySerial - from);
  const sold = (day: number): number => Math.max(0, sales.units[day - sales.startSerial] ?? 0);
  const onHandOn = (day: number): number | null => {
    const v = sales.onHand?.[day - sales.startSerial];
    return typeof v === "number" && Number.isFinite(v) ? Math.max(0, v) : null;
  };
  const soldPerDay = Array.from({ length: days }, (_, i) => sold(from + i));
  const arrivals = plannedArrivals(input);
  const past = stockPath({ startSerial: from, startUnits: line.onHand, arrivals, demandPerDay: soldPerDay });

  let actual = 0;
  let expected = 0;
  let stockOutDays = 0;
  let lastOnHandDay: number | null = null;
  for (let i = 0; i < days; i++) {
    const day = from + i;
    const known = onHandOn(day);
    if (known !== null) lastOnHandDay = day;
    const empty = known !== null ? known <= SLACK : past.startOfDay[i] <= SLACK;
    if (empty && soldPerDay[i] === 0) {
      stockOutDays++;
      continue;
    }
    actual += soldPerDay[i];
    expected += expectedOn(path, first, day);
  }
  const inStock = days - stockOutDays;
  const trendResult = inStock > 0 ? watchAlert(actual, expected, policy.alertThreshold, 2 * Math.sqrt(expected)) : null;
  if (trendResult && !trendResult.ok) return trendResult;
  const trend = trendResult ? trendResult.value : null;
  const ratio = trend !== null && trend !== "OK" && expected > 0 ? actual / expected : 1;

  // Ahead: the stock now and what still lands, against the (scaled) plan to the event end.
  const stockNow = lastOnHandDay !== null ? (onHandOn(lastOnHandDay) as number) : past.endUnits;
  const today = input.todaySerial;
  const ahead = Math.max(0, policy.end - today + 1);
  const landedBy = lastOnHandDay !== null ? lastOnHandDay : today - 1;
  const still = arrivals.filter((a) => a.day > landedBy);
  const demandAhead = Array.from({ length: ahead }, (_, i) => expectedOn(path, first, today + i) * ratio);
  const future = stockPath({ startSerial: today, startUnits: stockNow, arrivals: still, demandPerDay: demandAhead });
  // The plan stocks the event window; days without stock before it (until a batch lands) are said, not re-ordered for.
  const eventFrom = Math.max(0, policy.start - today);
  const eventShortPerDay = future.lostPerDay.map((units, i) => (i < eventFrom ? 0 : units));
  const short = eventShortPerDay.reduce((a, b) => a + b, 0);
  const runUpLost = future.lostUnits - short;
  const firstEventShort = eventShortPerDay.findIndex((units) => units > 0);
  const reorder = chooseReorderLane({ lanes: input.lanes, sku: master, orderDaySerial: today, receivingDays: policy.receivingDays, shortPerDay: eventShortPerDay });
  if (!reorder.ok) return reorder;
  const choice = reorder.value;

  const notes: WatchNote[] = [];
  const deviation = expected > 0 ? (actual - expected) / expected : null;
  if (inStock > 0) notes.push(watchNote("salesVsForecast", { actual: usdText(actual), forecast: usdText(expected), deviation: deviationText(deviation) }));
  else if (days > 0) notes.push(watchNote("noInStockDays"));
  if (stockOutDays > 0 && inStock > 0) notes.push(watchNote("stockOutDays", { days: stockOutDays, total: days }));
  const remaining = demandAhead.reduce((a, b) => a + b, 0);
  const outNow = stockNow <= SLACK && (future.startOfDay[0] ?? 0) <= SLACK && remaining > SLACK;
  if (outNow) notes.push(watchNote("stockOutNow"));
  const end = isoFromSerial(policy.end);
  const shortNow = short > 0.5;
  if (runUpLost > 0.5 && future.firstShortDay !== null) {
    const back = still.map((a) => a.day).filter((day) => day > (future.firstShortDay as number)).sort((a, b) => a - b)[0];
    notes.push(watchNote("runUpGap", { date: isoFromSerial(future.firstShortDay), units: usdText(runUpLost), back: back === undefined ? "—" : isoFromSerial(back) }));
  }
  if (shortNow && firstEventShort >= 0) notes.push(watchNote("runsOut", { date: isoFromSerial(today + firstEventShort), units: usdText(short), end }));
  notes.push(...reorderNotes(shortNow ? choice : { kind: "notShort" }, master));
  const advised = shortNow && (choice.kind === "inTime" || choice.kind === "late");

  let status: WatchStatus;
  if (outNow) status = "STOCKOUT";
  else if (shortNow) status = advised ? "REORDER" : "SHORT";
  else if (trend === "SLOW") status = "SLOW";
  else if (trend === "REORDER") status = "HOT";
  else status = "OK";
  if (!shortNow && !outNow) notes.push(watchNote("covered", { end }));
  if (trend === "SLOW" && !shortNow) {
    const sprint = line.sprint;
    if (sprint && today <= sprint.shipBy) notes.push(watchNote("holdSprint", { units: usdText(sprint.units), lane: sprint.lane, shipBy: isoFromSerial(sprint.shipBy) }));
    else if (future.endUnits > 0.5) notes.push(watchNote("planClearance", { units: usdText(future.endUnits) }));
  }
  return ok({
    sku: line.sku,
    status,
    trend,
    actualUnits: actual,
    forecastUnits: expected,
    deviation,
    daysWatched: days,
    stockOutDays,
    stockNowUnits: stockNow,
    stockOutDay: future.firstShortDay,
    shortUnits: shortNow ? short : 0,
    reorder: shortNow ? choice : { kind: "notShort" },
    leftoverUnits: future.endUnits,
    notes,
  });
}
