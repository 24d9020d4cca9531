/**
 * The whole plan for one event: every SKU planned on its own at each destination it
 * sells in (one bad SKU never sinks the rest), then shipments, capacity per
 * destination, cash flow and alerts.
 */
import { abcClassify, type AbcClass } from "../classify/abcClassify";
import { isoFromSerial } from "../dates";
import { errorAt, type EngineError } from "../errors";
import { pastEventUplift } from "../event/pastEventUplift";
import { portfolioUplift } from "../event/portfolioUplift";
import type { ForecastMemo } from "../event/forecastMemo";
import type { DailySeries } from "../series/dailySeries";
import { allocateByShare, type Allocation, type ShareInput } from "./allocateByShare";
import { destinationCapacity, type DestinationCapacity } from "./destinationCapacity";
import type { DestinationSales, MarketplaceMapping } from "./destinationSales";
import { destinationOfMarketplace, laneDestinations, lanesTo } from "./destinations";
import { purchaseOrders, type PurchaseOrder } from "../orders/purchaseOrders";
import { shipmentPacking, type ShipmentPacking } from "../shipments/shipmentPacking";
import { groupBatches, type PlanShipment } from "./groupBatches";
import { planAlerts, type PlanAlert } from "./planAlerts";
import { note, type PlanNote } from "./planNotes";
import { planCashFlow } from "./planCashFlow";
import { planSku, type PlanLine } from "./planSku";
import type { CashFlowWeek } from "./weeklyCashFlow";
import { skuAtDestination, unplacedStock } from "./skuAtDestination";
import type { EventPolicy, Lane, SkuMaster } from "./types";
import type { CarryIn } from "../season/carryIn";
import { seasonEventPlan, type SeasonEventPlan } from "../season/seasonEventPlan";

/** How one SKU (at one destination) fared; `event` names the event of a season it is about (absent = the plan's one event). */
export type SkuOutcome =
  | { readonly sku: string; readonly destination?: string; readonly event?: string; readonly status: "ok"; readonly line: PlanLine }
  | { readonly sku: string; readonly destination?: string; readonly event?: string; readonly status: "skipped"; readonly reason: PlanNote }
  | { readonly sku: string; readonly destination?: string; readonly event?: string; readonly status: "error"; readonly error: EngineError };

export interface EventPlan {
  readonly outcomes: readonly SkuOutcome[];
  /** One line per SKU and destination it sells in. */
  readonly lines: readonly PlanLine[];
  readonly shipments: readonly PlanShipment[];
  /** The purchase orders: one per supplier and ready date ({@link purchaseOrders}); the cash flow's purchase payments. */
  readonly orders: readonly PurchaseOrder[];
  /** What each shipment holds, SKU by SKU, in the order of `shipments` ({@link shipmentPacking}). */
  readonly packing: readonly ShipmentPacking[];
  readonly cashFlow: readonly CashFlowWeek[];
  readonly alerts: readonly PlanAlert[];
  /** Per destination planned: ft³ at the event against its limit, and the proposal when over. */
  readonly capacity: readonly DestinationCapacity[];
  readonly portfolioUplift: number | null;
  /** Per line ({@link planLineKey}) whose destination serves several marketplaces: its stock at the event split by their recent sales. */
  readonly allocations: ReadonlyMap<string, readonly Allocation[]>;
  /**
   * The events planned, in date order, each with its own figures (issue 12 §1): one for a plan of one
   * event; a season's tables add an Event column when there are several ({@link isSeason}).
   */
  readonly events: readonly SeasonEventPlan[];
}

/**
 * True when a plan holds several events (a season): its output tables then say which event each line is for.
 * @example isSeason(planEvent(input)) // false
 */
export function isSeason(plan: Pick<EventPlan, "events">): boolean {
  return plan.events.length > 1;
}

export interface PlanEventInput {
  /** The sales of the book's one destination, one series per SKU (when `destinations` is not given). */
  readonly series: readonly DailySeries[];
  /** The sales per destination ({@link destinationSales}); replaces `series` and `marketShares`. */
  readonly destinations?: readonly DestinationSales[];
  readonly skus: readonly SkuMaster[];
  readonly lanes: readonly Lane[];
  readonly policy: EventPolicy;
  /** With `series`: per SKU sold in several marketplaces, their recent units ({@link marketShares}). */
  readonly marketShares?: ReadonlyMap<string, readonly ShareInput[]>;
  /** Sales marketplaces mapped to a destination by a fallback rule, or to none (alerted). */
  readonly mappings?: readonly MarketplaceMapping[];
  /** Called after each SKU with (done, total), for progress bars. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Why a SKU's row was left out of the SKUs sheet (a bad cell), by SKU: a SKU
   * with sales and such a row fails with this error instead of being skipped as
   * missing from the sheet.
   */
  readonly rowErrors?: ReadonlyMap<string, EngineError>;
  /** Baseline fits to reuse and fill (the base plan and its scenarios share one; forecastMemo.ts); default none. */
  readonly forecastMemo?: ForecastMemo;
  /** A later event of a season: per line ({@link planLineKey}), the stock the previous event is expected to leave (`planSeason`). */
  readonly carryIn?: ReadonlyMap<string, CarryIn>;
}

/** The per-SKU part of a plan ({@link planEventLines}): what each SKU got, and what the rest of the plan is built from. */
export interface EventLines {
  readonly outcomes: readonly SkuOutcome[];
  readonly lines: readonly PlanLine[];
  readonly stockIssues: readonly { readonly sku: string; readonly note: PlanNote }[];
  /** The sales planned, per destination. */
  readonly sales: readonly DestinationSales[];
  readonly portfolioUplift: number | null;
}

/**
 * The key of a plan line in {@link EventPlan.allocations}: the SKU, and " @ destination" when it has one.
 * @example planLineKey("MUG", "Amazon US") // "MUG @ Amazon US"
 */
export function planLineKey(sku: string, destination: string): string {
  return destination === "" ? sku : `${sku} @ ${destination}`;
}

/** Revenue of the last 365 days of a series: its revenue column, else units × price. */
function yearRevenue(series: DailySeries, price: number): number {
  const from = Math.max(0, series.units.length - 365);
  let sum = 0;
  for (let i = from; i < series.units.length; i++) sum += series.revenue ? series.revenue[i] : series.units[i] * price;
  return sum;
}

/** The destinations to plan: given, or the plain series at the Event's (or the only) destination of the lanes. */
function salesByDestination(input: PlanEventInput): readonly DestinationSales[] {
  if (input.destinations) return input.destinations;
  const match = destinationOfMarketplace("", laneDestinations(input.lanes), input.policy.marketplace);
  return [{ destination: match?.destination ?? "", series: input.series, marketShares: input.marketShares ?? new Map() }];
}

/**
 * Plans an event over every SKU of the master that has sales (DESIGN.md §1), per destination it
 * sells in: ABC by the SKU's last-year revenue over all destinations, portfolio uplift from every
 * series' past editions, then for each SKU and destination {@link planSku} on that destination's
 * sales, stock ({@link skuAtDestination}) and lanes ({@link lanesTo}); then {@link groupBatches},
 * the capacity of each destination ({@link destinationCapacity}), the purchase orders
 * ({@link purchaseOrders}), each shipment's contents ({@link shipmentPacking}), {@link planCashFlow}
 * (its purchase payments from the orders) and {@link planAlerts}. SKUs without sales history are
 * skipped with a reason; a SKU whose plan fails (per destination), or whose SKUs-sheet row was left out for a bad cell (`rowErrors`), is reported
 * with its error.
 * @example planEvent({ series, skus, lanes: DEFAULT_LANES, policy }).lines.length // SKUs planned (one destination, Amazon US)
 */
export function planEvent(input: PlanEventInput): EventPlan {
  const parts = planEventLines(input);
  const { policy } = input;
  const { lines, outcomes, sales } = parts;
  const shipments = groupBatches(lines, input.lanes);
  const skuBySku = new Map(input.skus.map((s) => [s.sku, s]));
  const capacity = destinationCapacity(sales.map((d) => d.destination), lines, skuBySku, policy);
  const orders = purchaseOrders(lines, input.skus, policy);
  const packing = shipmentPacking(shipments, lines, input.skus, input.lanes, policy.marketplace);
  const cashFlow = planCashFlow(shipments, orders, policy);
  const alerts = planAlerts({
    outcomes, lines, shipments, capacity, policy, stockIssues: parts.stockIssues, mappings: input.mappings ?? [], destinations: sales.map((d) => d.destination),
    skus: input.skus, orders, packing,
  });
  return {
    outcomes, lines, shipments, orders, packing, cashFlow, alerts, capacity, portfolioUplift: parts.portfolioUplift,
    allocations: planAllocations(lines, sales),
    events: [seasonEventPlan(policy, lines, 0)],
  };
}

/**
 * The per-SKU part of {@link planEvent}: ABC classes, the portfolio's uplift and {@link planSku} for every
 * SKU at every destination it sells in (with `carryIn` for a later event of a season); no shipments,
 * orders or alerts yet. `planSeason` builds a season from these parts.
 * @example planEventLines(input).lines.length // SKUs × destinations planned
 */
export function planEventLines(input: PlanEventInput): EventLines {
  const { policy } = input;
  const eventDays = policy.end - policy.start + 1;
  const sales = salesByDestination(input);
  const seriesAt = sales.map((d) => new Map(d.series.map((s) => [s.sku, s])));
  const allSeries = sales.flatMap((d) => d.series);

  const revenueOf = new Map<string, number>();
  const priceOf = new Map(input.skus.map((s) => [s.sku, s.price]));
  for (const s of allSeries) if (priceOf.has(s.sku)) revenueOf.set(s.sku, (revenueOf.get(s.sku) ?? 0) + yearRevenue(s, priceOf.get(s.sku) as number));
  const abc = abcClassify([...revenueOf].map(([key, revenue]) => ({ key, revenue })));
  const classOf = new Map<string, AbcClass>(abc.ok ? abc.value.items.map((i) => [i.key, i.class]) : []);

  const past = allSeries.flatMap((s) => {
    const r = pastEventUplift({ startSerial: s.startSerial, units: s.units, excluded: s.excluded }, eventDays, policy.pastEventStarts);
    return r.ok ? [r.value] : [];
  });
  const portfolio = portfolioUplift(past);

  const outcomes: SkuOutcome[] = [];
  const lines: PlanLine[] = [];
  const stockIssues: { sku: string; note: PlanNote }[] = [];
  const lanesAt = sales.map((d) => lanesTo(input.lanes, d.destination));
  input.skus.forEach((sku, i) => {
    const at = sales.flatMap((_d, k) => (seriesAt[k].has(sku.sku) ? [k] : []));
    if (at.length === 0) outcomes.push({ sku: sku.sku, status: "skipped", reason: note("noSalesHistory") });
    const sellsIn = at.map((k) => sales[k].destination);
    for (const issue of unplacedStock(sku, sellsIn)) stockIssues.push({ sku: sku.sku, note: issue });
    for (const k of at) {
      const destination = sales[k].destination;
      const carryIn = input.carryIn?.get(planLineKey(sku.sku, destination));
      const r = planSku({
        series: seriesAt[k].get(sku.sku) as DailySeries, sku: skuAtDestination(sku, destination, sellsIn), lanes: lanesAt[k], policy, destination,
        abcClass: classOf.get(sku.sku) ?? "C", portfolioUplift: portfolio.uplift, portfolioUpliftCv: portfolio.cvAcrossYears,
        ...(carryIn ? { carryIn } : {}), ...(input.forecastMemo ? { forecastMemo: input.forecastMemo } : {}),
      });
      if (r.ok) {
        outcomes.push({ sku: sku.sku, destination, status: "ok", line: r.value });
        lines.push(r.value);
      } else {
        outcomes.push({ sku: sku.sku, destination, status: "error", error: errorAt(r.error, { ...r.error.where, sku: sku.sku }) });
      }
    }
    input.onProgress?.(i + 1, input.skus.length);
  });
  const inMaster = new Set(input.skus.map((k) => k.sku));
  for (const sku of new Set(allSeries.map((s) => s.sku))) {
    if (inMaster.has(sku)) continue;
    const rowError = input.rowErrors?.get(sku);
    outcomes.push(rowError ? { sku, status: "error", error: rowError } : { sku, status: "skipped", reason: note("notInMaster") });
  }
  return { outcomes, lines, stockIssues, sales, portfolioUplift: portfolio.uplift };
}

/**
 * Per line whose destination serves several marketplaces: its stock at the event (rounded down, with its
 * batches) split by their recent sales ({@link allocateByShare}), keyed by {@link planLineKey} (and the event's
 * name after a "\u0000" for the later events of a season, `planSeason`).
 */
export function planAllocations(lines: readonly PlanLine[], sales: readonly DestinationSales[], keyOf: (line: PlanLine) => string = (l) => planLineKey(l.sku, l.destination)): Map<string, Allocation[]> {
  const allocations = new Map<string, Allocation[]>();
  for (const line of lines) {
    const shares = sales.find((d) => d.destination === line.destination)?.marketShares.get(line.sku);
    if (!shares) continue;
    const stock = Math.floor(line.stockAtEventUnits) + (line.base?.units ?? 0) + (line.sprint?.units ?? 0);
    const split = allocateByShare(stock, shares);
    if (split.ok) allocations.set(keyOf(line), split.value);
  }
  return allocations;
}

/** The earliest ship-by date of a plan, ISO text, or "" when nothing ships. */
export function earliestShipBy(plan: EventPlan): string {
  return plan.shipments.length === 0 ? "" : isoFromSerial(Math.min(...plan.shipments.map((s) => s.shipBy)));
}
