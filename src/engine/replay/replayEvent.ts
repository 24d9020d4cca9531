/**
 * Replay: plays one past edition of an event on a book's own history, for one stock policy.
 *
 * The model, every assumption stated:
 * - Dates. The plan is made N days before the event (plan date P = start − N) with the sales up to
 *   P − 1. The window scored is the event days and the cover days after them (start … end + cover),
 *   the SAME for every policy.
 * - Decisions. A policy decides on P, and on any later day it asks for (PeakStock's sprint, on its
 *   ship-by), each time from what is known then ({@link knowledgeAt}): the sales to the day before,
 *   each SKU's stock, what it already sent. Only the perfect-foresight references get the oracle.
 * - Cartons. Every policy ships whole cartons (the replay refuses a lot that is not); only the
 *   loose-units bound, which is not a plan, may ship any number of units.
 * - Shipping. A lot leaves on the day the policy says (its lane's ship-by, planned on WORST-case
 *   transit) and becomes sellable after handling + the lane's TYPICAL transit + receiving
 *   ({@link replayArrivalDay}; `arrival: "worst"` for a stress test): typical is what usually
 *   happens, so an early arrival pays its real storage instead of the plan's promise.
 * - Stock. The book's own stock (on hand at P, and its in-transit lot from its arrival day) serves the
 *   actual sales before the window first ({@link normalStockOn}); when it runs out, those days are
 *   served by the seller's normal replenishment, outside the replay (the history shows they sold).
 *   The policy's lots are event stock, held for the window from their arrival (paying storage), and
 *   the re-plan is told so: they count from the window's first day ({@link knowledgeAt}). What is
 *   left of the book's stock joins them on the window's first day.
 * - Selling. Each window day: arrivals, then the actual demand is served from stock; a sale that
 *   cannot be served is lost (the M5 sales are taken as the demand). Leftovers after the last day,
 *   and lots arriving after it, cost o each ({@link leftoverCostPerUnitUsd}).
 * - Money ({@link simulateSku}, {@link shipmentCosts}): profit = revenue of units sold − their
 *   purchase cost − their marketplace fees − freight, duty and insurance of everything shipped (each
 *   lane's minimum charge once per shipment) − storage per day held (ft³ × the month's rate) − leftover × o.
 * - Class A = the SKUs making 80 % of the revenue of the 365 days before P (units × price), as the plan classifies them.
 */
import { abcClassify, type AbcClass } from "../classify/abcClassify";
import { isoFromSerial } from "../dates";
import { engineError, err, ok, type EngineError, type Result } from "../errors";
import type { EventPolicy, Lane, SkuMaster } from "../plan/types";
import type { DailySeries } from "../series/dailySeries";
import { replayArrivalDay } from "./arrivalDay";
import { knowledgeAt, unitsBetween, type ReplayBook } from "./knowledgeAt";
import { normalStockOn } from "./normalStock";
import { replayTotals } from "./replayTotals";
import { replayWindow } from "./replayWindow";
import { shipmentCosts } from "./shipmentCosts";
import { simulateSku } from "./simulateSku";
import type {
  ReplayArrival,
  ReplayOracle,
  ReplayPolicy,
  ReplayResult,
  ReplayReview,
  ReplaySettings,
  ReplayShipment,
  ReplayShipmentCost,
  ReplaySkuResult,
} from "./types";

/** The book and settings of a replay; the policy is given per call. */
export interface ReplayInput {
  /** Daily sales per SKU, the full history INCLUDING the replayed window. */
  readonly series: readonly DailySeries[];
  /** The SKUs as they stood on the plan date (onHand, inTransit then); SKUs without sales are left out. */
  readonly skus: readonly SkuMaster[];
  readonly lanes: readonly Lane[];
  /** The past edition: start, end, pastEventStarts before it, cover days, costs; planDate is set by the replay. */
  readonly event: EventPolicy;
  readonly settings: ReplaySettings;
}

/** More reviews than this is a policy looping, not planning. */
const MAX_DECISIONS = 64;

/**
 * Checks a decision's lots: a known SKU and lane, units ≥ 0, not before the decision day, and — unless
 * `looseUnits` (the bound alone) — whole cartons of the SKU, so that every policy ships alike.
 */
function checkLots(lots: readonly ReplayShipment[], day: number, skus: ReadonlyMap<string, SkuMaster>, lanes: ReadonlyMap<string, Lane>, looseUnits: boolean): Result<true> {
  for (const lot of lots) {
    const where = { sku: lot.sku };
    const sku = skus.get(lot.sku);
    if (!sku) return err("MISSING_VALUE", `replay: a policy shipped SKU '${lot.sku}', which is not in the book`, where);
    if (!lanes.has(lot.lane)) return err("MISSING_VALUE", `replay: a policy shipped '${lot.sku}' on lane '${lot.lane}', which is not on the Lanes sheet`, where);
    if (!(Number.isFinite(lot.units) && lot.units >= 0)) return err("OUT_OF_RANGE", `replay: a policy shipped ${lot.units} units of '${lot.sku}'`, where);
    const perCarton = Math.max(1, sku.unitsPerCarton);
    const cartons = lot.units / perCarton;
    if (!looseUnits && Math.abs(cartons - Math.round(cartons)) > 1e-9) {
      return err("INCONSISTENT_INPUT", `replay: a policy shipped ${lot.units} units of '${lot.sku}', not whole cartons of ${perCarton}; every policy ships whole cartons`, where);
    }
    if (!(Number.isInteger(lot.shipDay) && lot.shipDay >= day)) {
      return err("OUT_OF_RANGE", `replay: a policy shipped '${lot.sku}' on ${isoFromSerial(lot.shipDay)}, before its decision day ${isoFromSerial(day)}`, where);
    }
  }
  return ok(true);
}

/**
 * Replays `policy` on the book (model in this file's header): decisions on the plan date and on
 * each review day, the lots costed and played day by day per SKU, totals for all SKUs and class A.
 * @returns the per-SKU and total figures, or an error naming what is wrong with the book or the policy
 * @example replayEvent(input, peakStockPolicy()).value.total.profitUsd // PeakStock's profit on the window, USD
 */
export function replayEvent(input: ReplayInput, policy: ReplayPolicy): Result<ReplayResult> {
  const window = replayWindow(input.event, input.settings, input.series);
  if (!window.ok) return window;
  const { planDate, windowStart, windowEnd } = window.value;
  const transit = input.settings.arrival ?? "typical";
  const seriesBySku = new Map(input.series.map((s) => [s.sku, s]));
  const skus = input.skus.filter((s) => seriesBySku.has(s.sku));
  const skuBy = new Map(skus.map((s) => [s.sku, s]));
  const laneBy = new Map(input.lanes.map((l) => [l.name, l]));
  const book: ReplayBook = { seriesBySku, skus, lanes: input.lanes, event: input.event, window: window.value };

  const opening = new Map(skus.map((s) => [s.sku, normalStockOn(s, seriesBySku.get(s.sku) as DailySeries, planDate, windowStart)]));
  const demandOf = (sku: string): number[] => {
    const s = seriesBySku.get(sku) as DailySeries;
    return Array.from({ length: windowEnd - windowStart + 1 }, (_, i) => s.units[windowStart + i - s.startSerial] ?? 0);
  };
  const arrive = (lot: ReplayShipment): ReplayArrival => ({ ...lot, arrivalDay: replayArrivalDay(laneBy.get(lot.lane) as Lane, lot.shipDay, input.event.receivingDays, transit) });
  const simulate = (sku: SkuMaster, lots: readonly ReplayShipmentCost[]): Result<ReplaySkuResult> =>
    simulateSku({
      sku,
      event: input.event,
      windowStart,
      windowEnd,
      windowDemandUnits: demandOf(sku.sku),
      openingUnits: opening.get(sku.sku)?.onHandUnits ?? 0,
      inTransit: opening.get(sku.sku)?.inTransit ?? null,
      shipments: lots,
    });
  const oracle: ReplayOracle | undefined = policy.seesFuture
    ? {
        evaluate: (sku, lots) => {
          const master = skuBy.get(sku);
          if (!master) return err("MISSING_VALUE", `replay: SKU '${sku}' is not in the book`, { sku });
          const checked = checkLots(lots, planDate, new Map([[sku, master]]), laneBy, policy.looseUnits === true);
          if (!checked.ok) return checked;
          const costs = shipmentCosts(lots.map(arrive), skuBy, laneBy, input.event, false);
          return costs.ok ? simulate(master, costs.value) : costs;
        },
      }
    : undefined;

  const shipped: ReplayArrival[] = [];
  const errors: EngineError[] = [];
  const pending: ReplayReview[] = [];
  let decisions = 0;
  let day = planDate;
  let review: ReplayReview | undefined;
  for (;;) {
    const decided = policy.decide(knowledgeAt(book, day, shipped, oracle), review);
    if (!decided.ok) return decided;
    const checked = checkLots(decided.value.shipments, day, skuBy, laneBy, policy.looseUnits === true);
    if (!checked.ok) return checked;
    shipped.push(...decided.value.shipments.filter((l) => l.units > 0).map(arrive));
    errors.push(...(decided.value.errors ?? []));
    for (const r of decided.value.reviews ?? []) {
      if (!(Number.isInteger(r.day) && r.day > day && r.day < windowStart)) {
        const on = Number.isInteger(r.day) ? isoFromSerial(r.day) : String(r.day);
        return err("OUT_OF_RANGE", `replay: policy '${policy.id}' asked to review on ${on}; reviews fall after the decision day ${isoFromSerial(day)} and before the window starts ${isoFromSerial(windowStart)}`);
      }
      pending.push(r);
    }
    pending.sort((a, b) => a.day - b.day);
    review = pending.shift();
    if (!review) break;
    if (++decisions > MAX_DECISIONS) return err("OUT_OF_RANGE", `replay: policy '${policy.id}' asked for more than ${MAX_DECISIONS} reviews`);
    day = review.day;
  }

  const costed = shipmentCosts(shipped, skuBy, laneBy, input.event);
  if (!costed.ok) return costed;
  const lotsBySku = new Map<string, ReplayShipmentCost[]>();
  for (const lot of costed.value) lotsBySku.set(lot.sku, [...(lotsBySku.get(lot.sku) ?? []), lot]);

  const revenue = skus.map((s) => ({ key: s.sku, revenue: unitsBetween(seriesBySku.get(s.sku) as DailySeries, planDate - 365, planDate) * s.price }));
  const abc = abcClassify(revenue);
  const classOf = new Map(abc.ok ? abc.value.items.map((i) => [i.key, i.class]) : []);
  const results: (ReplaySkuResult & { abcClass: AbcClass })[] = [];
  for (const sku of skus) {
    const r = simulate(sku, lotsBySku.get(sku.sku) ?? []);
    if (!r.ok) return err(r.error.code, r.error.message, { ...r.error.where, sku: sku.sku });
    results.push({ ...r.value, abcClass: classOf.get(sku.sku) ?? "C" });
  }
  const inMaster = new Set(input.skus.map((s) => s.sku));
  const skipped = [
    ...input.skus.filter((s) => !seriesBySku.has(s.sku)).map((s) => engineError("EMPTY_SERIES", `replay: SKU '${s.sku}' has no sales history and is not replayed`, { sku: s.sku })),
    ...input.series.filter((s) => !inMaster.has(s.sku)).map((s) => engineError("MISSING_VALUE", `replay: SKU '${s.sku}' has sales but is not on the SKUs sheet; it is not replayed`, { sku: s.sku })),
  ];
  return ok({
    policy: policy.id,
    planDate,
    windowStart,
    windowEnd,
    skus: results,
    total: replayTotals(results),
    classA: replayTotals(results.filter((r) => r.abcClass === "A")),
    errors: [...skipped, ...errors],
  });
}
