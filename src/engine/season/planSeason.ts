/**
 * A season: several events in one plan, in date order, the stock left after one counted for the
 * next, base batches merged where one shipment is cheaper (issue 12 §1).
 */
import type { PlanLine } from "../plan/planLine";
import { destinationCapacity } from "../plan/destinationCapacity";
import type { DestinationSales, MarketplaceMapping } from "../plan/destinationSales";
import { groupBatches } from "../plan/groupBatches";
import { purchaseOrders } from "../orders/purchaseOrders";
import { shipmentPacking } from "../shipments/shipmentPacking";
import { planAlerts, type PlanAlert } from "../plan/planAlerts";
import { planCashFlow } from "../plan/planCashFlow";
import { planAllocations, planEvent, planEventLines, planLineKey, type EventLines, type EventPlan, type PlanEventInput } from "../plan/planEvent";
import type { Allocation } from "../plan/allocateByShare";
import type { EventPolicy } from "../plan/types";
import type { CarryIn } from "./carryIn";
import { carryOut } from "./carryOut";
import { mergeSeasonBatches } from "./mergeSeasonBatches";
import { seasonEventPlan } from "./seasonEventPlan";
import { seasonEvents } from "./seasonEvents";

/** What {@link planSeason} takes: a plan's input, and the sales each event plans on. */
export interface PlanSeasonInput extends PlanEventInput {
  /**
   * The sales an event plans on (its marketplace's, `destinationSales`), when the events of the season sell
   * on different marketplaces; default the input's own `destinations` / `series` and `mappings` for every event.
   */
  readonly salesOf?: (event: EventPolicy) => { readonly destinations: readonly DestinationSales[]; readonly mappings: readonly MarketplaceMapping[] };
}

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/**
 * The key of a season's line in {@link EventPlan.allocations}: its event's name, then {@link planLineKey}.
 * A plan of one event keys its lines by planLineKey alone.
 * @example allocationKey({ sku: "MUG", destination: "Amazon US", event: "BF" }, true) // "BF\u0000MUG @ Amazon US"
 */
export function allocationKey(line: Pick<PlanLine, "sku" | "destination" | "event">, season: boolean): string {
  const key = planLineKey(line.sku, line.destination);
  return season ? `${line.event}\u0000${key}` : key;
}

/**
 * Plans the season of `input.policy` ({@link seasonEvents}: its own event and its `laterEvents`, in date
 * order). One event is {@link planEvent} exactly. Several:
 * 1. each event's SKUs are planned in turn ({@link planEventLines}), a later event with what the one before
 *    is expected to leave at each SKU and destination ({@link carryOut}: the expected leftover of the
 *    previous window, from its demand distribution, with its variance) as its stock;
 * 2. a later event's base batches join an earlier event's base shipment where one shipment is cheaper
 *    ({@link mergeSeasonBatches});
 * 3. one set of shipments, purchase orders (placed on the plan date), packing lists and weekly cash flow
 *    for the whole season (each shipment's storage paid at its event's end); capacity at each event's
 *    start; each event's alerts for its own lines, then the season's supplier, shipment and ship-soon alerts;
 *    every line, shipment, order line, packed SKU, alert and outcome names its event.
 * @example planSeason({ ...input, policy: { ...policy, laterEvents: [blackFriday] } }).events.map((e) => e.name) // ["Prime Big Deal Days 2026", "Black Friday 2026"]
 */
export function planSeason(input: PlanSeasonInput): EventPlan {
  const events = seasonEvents(input.policy);
  if (events.length === 1) return planEvent(salesFor(input, events[0]));
  const parts: EventLines[] = [];
  let carry: Map<string, CarryIn> | undefined;
  const total = input.skus.length * events.length;
  events.forEach((policy, e) => {
    const part = planEventLines({
      ...salesFor(input, policy),
      policy,
      ...(carry ? { carryIn: carry } : {}),
      ...(input.onProgress ? { onProgress: (done: number) => input.onProgress?.(e * input.skus.length + done, total) } : {}),
    });
    parts.push(part);
    carry = new Map(part.lines.map((line) => [planLineKey(line.sku, line.destination), carryOut(line)]));
  });

  const merge = mergeSeasonBatches(parts.map((p) => p.lines), events, input.lanes, input.skus);
  const lines = merge.lines.flat();
  const first = events[0];
  const shipments = groupBatches(lines, input.lanes);
  const skuBySku = new Map(input.skus.map((s) => [s.sku, s]));
  const endOf = new Map(events.map((e) => [e.name, e.end]));
  const orders = purchaseOrders(lines, input.skus, first);
  const packing = shipmentPacking(shipments, lines, input.skus, input.lanes, first.marketplace);
  const cashFlow = planCashFlow(shipments, orders, first, (s) => endOf.get(s.event.split(" + ").at(-1) ?? "") ?? first.end);
  const capacity = parts.flatMap((p, e) => destinationCapacity(p.sales.map((d) => d.destination), merge.lines[e], skuBySku, events[e]).map((c) => ({ ...c, event: events[e].name })));

  const alerts: PlanAlert[] = [];
  parts.forEach((p, e) => {
    const policy = events[e];
    // Marketplace mappings are said once per marketplace planned, stock issues once (they are the SKUs sheet's).
    const newMarketplace = events.findIndex((x) => x.marketplace.trim().toLowerCase() === policy.marketplace.trim().toLowerCase()) === e;
    const own = planAlerts({
      outcomes: p.outcomes, lines: merge.lines[e], shipments: [], capacity: capacity.filter((c) => c.event === policy.name), policy,
      stockIssues: e === 0 ? p.stockIssues : [], mappings: newMarketplace ? (salesFor(input, policy).mappings ?? []) : [], destinations: p.sales.map((d) => d.destination),
    });
    alerts.push(...own.map((a) => ({ ...a, event: policy.name })));
  });
  alerts.push(...planAlerts({ outcomes: [], lines: [], shipments, capacity: [], policy: first, skus: input.skus, orders, packing }));
  alerts.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);

  const allocations = new Map<string, Allocation[]>();
  parts.forEach((p, e) => {
    for (const [key, split] of planAllocations(merge.lines[e], p.sales, (line) => allocationKey(line, true))) allocations.set(key, split);
  });
  return {
    outcomes: parts.flatMap((p, e) => p.outcomes.map((o) => ({ ...o, event: events[e].name }))),
    lines,
    shipments,
    orders,
    packing,
    cashFlow,
    alerts,
    capacity,
    portfolioUplift: parts[parts.length - 1].portfolioUplift,
    allocations,
    events: events.map((policy, e) => seasonEventPlan(policy, merge.lines[e], e, merge.merged[e])),
  };
}

/** The input with the sales `event` plans on. */
function salesFor(input: PlanSeasonInput, event: EventPolicy): PlanEventInput {
  const { salesOf: _salesOf, ...rest } = input;
  const own = input.salesOf?.(event);
  return own ? { ...rest, policy: event, destinations: own.destinations, mappings: own.mappings } : { ...rest, policy: event };
}
