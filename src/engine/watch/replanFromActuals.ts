/**
 * Re-plan from actuals: the event planned again on the day after the sales to
 * date end, with those sales in the history, the stock as it stands and the
 * batches already sent counted as in transit — and what changed per SKU.
 * Source: issue 13 §2 ("re-plan from actuals"); DESIGN.md §1 items 5–6.
 */
import { fail, ok, type EngineError, type Result } from "../errors";
import { listParam, quoted } from "../messages/messageText";
import { seasonEvents } from "../season/seasonEvents";
import { eventSales } from "../plan/eventSales";
import { planEvent, type EventPlan } from "../plan/planEvent";
import type { PlanLine } from "../plan/planSku";
import type { EventPolicy, Lane, SkuMaster } from "../plan/types";
import type { DailySeries } from "../series/dailySeries";
import { readSkuSheet } from "../workbook/readSkuSheet";
import type { Grid } from "../workbook/sheetTable";
import { readSalesToDate } from "./readSalesToDate";
import { planDestinations } from "./watchFromSheets";
import { watchedEvent } from "./watchedEvent";
import { watchPlan } from "./watchPlan";
import type { SalesToDate } from "./watchSku";

export interface ReplanInput {
  /** Grids of the Sales, SKUs and sales-to-date sheets, by name. */
  readonly grids: Readonly<Record<string, Grid>>;
  readonly salesSheet: string;
  readonly skuSheet: string;
  /** Sales since the plan date: a SalesToDate sheet, or the Sales sheet with those days added. */
  readonly salesToDateSheet: string;
  /** The event and policy of the plan being watched (its plan date). */
  readonly policy: EventPolicy;
  readonly lanes: readonly Lane[];
  /** The plan being watched: what the seller saw and sent by. */
  readonly before: readonly PlanLine[];
}

/** A batch in brief: units, lane, last day to ship (Excel serial). */
export interface BatchBrief {
  readonly units: number;
  readonly lane: string;
  readonly shipBy: number;
}

/** One SKU before → after. */
export interface ReplanChange {
  readonly sku: string;
  /** Units of the batches already sent (ship-by before today), counted in transit by the re-plan. */
  readonly sentUnits: number;
  readonly before: { readonly base: BatchBrief | null; readonly sprint: BatchBrief | null };
  /** What the re-plan sends from today; null when it could not plan the SKU (see `error`). */
  readonly after: { readonly base: BatchBrief | null; readonly sprint: BatchBrief | null } | null;
  /** Units, lanes or dates differ (counting only what is not sent yet). */
  readonly changed: boolean;
  readonly error?: EngineError;
}

export type ReplanOutcome =
  | { readonly kind: "replan"; readonly todaySerial: number; readonly plan: EventPlan; readonly changes: readonly ReplanChange[] }
  | { readonly kind: "noDays"; readonly sheet: string; readonly planDate: number }
  | { readonly kind: "eventOver"; readonly end: number };

/**
 * A history with the sales to date added: from its first day to the last day of the sales
 * to date, a day the sales to date have replacing the history's (the seller's newer figures).
 * @example withSalesToDate({ sku: "A", startSerial: 100, units: [1, 2], excluded: [false, false], … }, { startSerial: 101, units: [5, 6] })
 * // units [1, 5, 6], excluded [false, false, false]
 */
export function withSalesToDate(history: DailySeries, toDate: SalesToDate): DailySeries {
  const end = Math.max(history.startSerial + history.units.length, toDate.startSerial + toDate.units.length);
  const units: number[] = [];
  const excluded: boolean[] = [];
  for (let day = history.startSerial; day < end; day++) {
    const i = day - history.startSerial;
    const j = day - toDate.startSerial;
    const fromToDate = j >= 0 && j < toDate.units.length;
    units.push(fromToDate ? toDate.units[j] : (history.units[i] ?? 0));
    excluded.push(fromToDate ? false : (history.excluded[i] ?? false));
  }
  const { onHand: _onHand, revenue: _revenue, ...rest } = history;
  return { ...rest, units, excluded };
}

/** The batches of a line already sent on `todaySerial`: ship-by before it. */
function sentBatches(line: PlanLine, todaySerial: number) {
  return [line.base, line.sprint].filter((b): b is NonNullable<PlanLine["base"]> => b !== null && b.shipBy < todaySerial);
}

/**
 * A SKU as it stands on `todaySerial` for the re-plan: on hand = the stock now; in transit = the
 * batches already sent and the master's own in-transit lot that have not landed yet, as one lot
 * landing on the latest of their worst-case sellable days (the plan's stock model takes one lot);
 * supplier lead days = what is left of the production started on the plan date; MOQ less what was sent.
 * @example skuAsItStands(master (lead 20, MOQ 500), line (base 400 sent, ship-by before today, sellable 46325), 120, policy (plan date 46280), 46290)
 * // { onHand: 120, inTransit: 400, inTransitArrival: 46325, supplierLeadDays: 10, moq: 100 }: 46280 + 20 − 46290 = 10; 500 − 400 = 100
 */
export function skuAsItStands(master: SkuMaster, line: PlanLine, stockNowUnits: number, policy: EventPolicy, todaySerial: number): SkuMaster {
  const lots: { day: number; units: number }[] = sentBatches(line, todaySerial).map((b) => ({ day: b.arriveBy + policy.receivingDays, units: b.units }));
  if (master.inTransit > 0) lots.push({ day: master.inTransitArrival ?? policy.planDate, units: master.inTransit });
  const coming = lots.filter((l) => l.day >= todaySerial);
  const sent = sentBatches(line, todaySerial).reduce((s, b) => s + b.units, 0);
  const { inTransitArrival: _old, ...rest } = master;
  return {
    ...rest,
    onHand: Math.max(0, stockNowUnits),
    inTransit: coming.reduce((s, l) => s + l.units, 0),
    ...(coming.length > 0 ? { inTransitArrival: Math.max(...coming.map((l) => l.day)) } : {}),
    supplierLeadDays: Math.max(0, policy.planDate + master.supplierLeadDays - todaySerial),
    moq: Math.max(0, master.moq - sent),
  };
}

function brief(batch: PlanLine["base"]): BatchBrief | null {
  return batch ? { units: batch.units, lane: batch.lane, shipBy: batch.shipBy } : null;
}

const same = (a: BatchBrief | null, b: BatchBrief | null): boolean =>
  a === b || (a !== null && b !== null && a.units === b.units && a.lane === b.lane && a.shipBy === b.shipBy);

/**
 * Before → after per SKU of `before`: its batches, what was sent, and the re-plan's batches
 * (a SKU the re-plan failed carries its error). Changed = the batches not yet sent differ.
 * @example planChanges(before, after, 46290)[0] // { sku: "A", sentUnits: 400, before: {…}, after: { base: null, sprint: { units: 120, … } }, changed: true }
 */
export function planChanges(before: readonly PlanLine[], after: EventPlan, todaySerial: number): ReplanChange[] {
  const lines = new Map(after.lines.map((l) => [l.sku, l]));
  const failed = new Map(after.outcomes.flatMap((o) => (o.status === "error" ? [[o.sku, o.error] as const] : [])));
  return before.map((line) => {
    const sent = sentBatches(line, todaySerial);
    const sentUnits = sent.reduce((s, b) => s + b.units, 0);
    const was = { base: brief(line.base), sprint: brief(line.sprint) };
    const next = lines.get(line.sku);
    if (!next) {
      const error = failed.get(line.sku);
      return { sku: line.sku, sentUnits, before: was, after: null, changed: true, ...(error ? { error } : {}) };
    }
    const now = { base: brief(next.base), sprint: brief(next.sprint) };
    const open = (b: BatchBrief | null) => (b !== null && b.shipBy >= todaySerial ? b : null);
    const changed = !same(open(was.base), now.base) || !same(open(was.sprint), now.sprint);
    return { sku: line.sku, sentUnits, before: was, after: now, changed };
  });
}

/**
 * Plans the event again from actuals ({@link planEvent}, the product's own plan): today = the day
 * after the sales to date end; the history = the Sales sheet up to the plan date with the sales to
 * date added ({@link withSalesToDate}); each SKU as it stands ({@link skuAsItStands}, the stock now
 * from the Watch's {@link watchPlan}); plan date = today. The quantity rules are the plan's.
 * @returns the re-plan and the changes, "noDays"/"eventOver" as the Watch, or the first sheet error
 * @example replanFromActuals({ grids, salesSheet: "Sales", skuSheet: "SKUs", salesToDateSheet: "SalesToDate", policy, lanes, before })
 * // ok({ kind: "replan", todaySerial: 46290, plan, changes: [{ sku: "KIT-01", changed: true, … }, …] })
 */
export function replanFromActuals(input: ReplanInput): Result<ReplanOutcome> {
  const { policy } = input;
  // The re-plan rebuilds one history per SKU; a plan by destination is refused, never pooled.
  const destinations = planDestinations(input.before);
  if (destinations.length > 1) return fail("replanOneDestination", "INCONSISTENT_INPUT", { destinations: listParam(destinations) });
  const toDate = readSalesToDate(input.grids[input.salesToDateSheet] ?? [], input.salesToDateSheet, policy.marketplace);
  if (!toDate.ok) return toDate;
  const last = toDate.value.lastSerial;
  // A season is re-planned by Generate batches (its carry-over runs through every event), never event by event here.
  const events = seasonEvents(policy);
  if (events.length > 1) {
    const current = watchedEvent(input.before, policy, last + 1).event.name;
    return fail("replanOneEvent", "INCONSISTENT_INPUT", { count: events.length, events: listParam(events.map((e) => e.name)), current: quoted(current) });
  }
  if (last < policy.planDate) return ok({ kind: "noDays", sheet: input.salesToDateSheet, planDate: policy.planDate });
  if (last >= policy.end) return ok({ kind: "eventOver", end: policy.end });
  const today = last + 1;
  const skus = readSkuSheet(input.grids[input.skuSheet] ?? [], { sheet: input.skuSheet });
  if (!skus.ok) return skus;
  const history = eventSales(input.grids[input.salesSheet] ?? [], input.salesSheet, policy.marketplace, false, policy.planDate);
  if (!history.ok) return history;
  const masters = new Map(skus.value.skus.map((s) => [s.sku, s]));
  const watched = watchPlan(input.before, toDate.value.bySku, masters, policy, input.lanes, today);
  const stockNow = new Map(watched.rows.map((r) => [r.sku, r.stockNowUnits]));
  const lines = new Map(input.before.map((l) => [l.sku, l]));
  const standing = skus.value.skus.map((master) => {
    const line = lines.get(master.sku);
    return line ? skuAsItStands(master, line, stockNow.get(master.sku) ?? line.onHand, policy, today) : master;
  });
  const series = history.value.sales.series.map((s) => {
    const recent = toDate.value.bySku.get(s.sku);
    return recent ? withSalesToDate(s, recent) : s;
  });
  const plan = planEvent({ series, skus: standing, lanes: input.lanes, policy: { ...policy, planDate: today } });
  return ok({ kind: "replan", todaySerial: today, plan, changes: planChanges(input.before, plan, today) });
}
