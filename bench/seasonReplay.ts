/**
 * `npm run bench:plan`, the season figure (issue 12 §1): Halloween 2015 then Black Friday 2015 on the real
 * M5 daily sales, planned once as a season (planSeason: what Halloween is expected to leave is stock for
 * Black Friday; a Black Friday base batch may ride a Halloween shipment) against the two events planned
 * separately (planEvent on each, as a seller with a one-event tool does), both on the same plan date (70 days
 * before Halloween) with the same sales, settings, lanes and economics (bench/m5Economics.ts).
 *
 * Why these two: four weeks apart, so Halloween's leftover meets Black Friday (Labor Day → Black Friday is
 * twelve weeks, where the leftover is sold long before); both in M5's calendar with four earlier editions;
 * neither used to choose PeakStock's settings (bench/tunePlan.ts uses Black Friday 2012, Labor Day, Memorial
 * Day and July 4). Nothing here was tuned to this figure.
 *
 * Played with the product's replay (src/engine/replay): every lot leaves on its ship-by and is sellable at
 * typical transit (`replayArrivalDay`), costed with each lane's minimum charge once per shipment over all the
 * plan's lots (`shipmentCosts`), each event's window (4 days + 14 cover days) played day by day against the
 * actual sales (`simulateSku`). Both plans ship their base and their EXPECTED sprint as planned on the plan
 * date (no re-plan at the sprint's ship-by), so the two differ only by the season's carry-over and merging.
 * Between the windows: Halloween's event stock left over serves the actual sales of the days between first
 * (the plan's "at the forecast rate"), the rest opens Black Friday's window with Black Friday's own lots;
 * Halloween's leftover is not charged the leftover cost o (it is carried), Black Friday's is. The book's own
 * stock is M5's (none): the days outside the windows are the seller's regular stock's, as in the one-event replay.
 */
import {
  dailySeries,
  planEvent,
  planSeason,
  replayArrivalDay,
  replayTotals,
  shipmentCosts,
  simulateSku,
  type DailySeries,
  type EventPlan,
  type EventPolicy,
  type Lane,
  type ReplayShipmentCost,
  type ReplaySkuResult,
  type SkuMaster,
} from "../src/engine";
import { defaultLanes } from "../src/engine/plan/defaultLanes";
import { isoFromSerial } from "../src/engine/dates";
import { eventOf, m5Edition, m5ReplayBook, type Edition } from "./planReplay";

const DAYS_AHEAD = 70;

interface Lot extends ReplayShipmentCost {
  /** 0 = the first event's, 1 = the second's. */
  readonly event: number;
}

/** The sales known on the plan date: each series cut the day before it. */
function knownOn(series: readonly DailySeries[], planDate: number): DailySeries[] {
  return series.map((s) => {
    const r = dailySeries(s.sku, s.startSerial, s.units.slice(0, Math.max(1, planDate - s.startSerial)));
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  });
}

/** The plan's lots (base and expected sprint, on their ship-by), tagged with their event, arrival and cost. */
function lotsOf(plan: EventPlan, events: readonly EventPolicy[], skuBy: ReadonlyMap<string, SkuMaster>, lanes: readonly Lane[]): Lot[] {
  const laneBy = new Map(lanes.map((l) => [l.name, l]));
  const raw = plan.lines.flatMap((line) => {
    const event = events.findIndex((e) => e.name === line.event);
    return [line.base, line.sprint].filter((b) => b !== null && b.units > 0).map((b) => ({
      sku: line.sku, lane: (b as NonNullable<typeof b>).lane, units: (b as NonNullable<typeof b>).units, shipDay: (b as NonNullable<typeof b>).shipBy, event,
      arrivalDay: replayArrivalDay(laneBy.get((b as NonNullable<typeof b>).lane) as Lane, (b as NonNullable<typeof b>).shipBy, events[event].receivingDays, "typical"),
    }));
  });
  const costed = shipmentCosts(raw, skuBy, laneBy, events[0]);
  if (!costed.ok) throw new Error(costed.error.message);
  return costed.value.map((c, i) => ({ ...c, event: raw[i].event }));
}

/** One SKU's season played: the first window, the days between, the second window. Returns both windows' results. */
function playSku(sku: SkuMaster, series: DailySeries, events: readonly EventPolicy[], lots: readonly Lot[]): [ReplaySkuResult, ReplaySkuResult] {
  const demand = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => series.units[from + i - series.startSerial] ?? 0);
  const [e1, e2] = events;
  const end1 = e1.end + e1.coverDaysAfter;
  const end2 = e2.end + e2.coverDaysAfter;
  const first = simulateSku({ sku, event: e1, windowStart: e1.start, windowEnd: end1, windowDemandUnits: demand(e1.start, end1), openingUnits: 0, inTransit: null, shipments: lots.filter((l) => l.event === 0) });
  if (!first.ok) throw new Error(first.error.message);
  // Carried: the first window's stock at its end (lots landing after it are the second's, below), less the days between.
  const late = lots.filter((l) => l.event === 0 && l.arrivalDay > end1).reduce((s, l) => s + l.units, 0);
  let carried = first.value.leftoverUnits - late;
  for (const units of demand(end1 + 1, e2.start - 1)) carried = Math.max(0, carried - units);
  const lateLots = lots.filter((l) => l.event === 0 && l.arrivalDay > end1).map((l) => ({ ...l, freightUsd: 0, dutyUsd: 0, insuranceUsd: 0 })); // paid in the first window
  const second = simulateSku({ sku, event: e2, windowStart: e2.start, windowEnd: end2, windowDemandUnits: demand(e2.start, end2), openingUnits: carried, inTransit: null, shipments: [...lots.filter((l) => l.event === 1), ...lateLots] });
  if (!second.ok) throw new Error(second.error.message);
  // The first window's leftover is carried, not marked down: its cost o is taken back.
  const kept = { ...first.value, leftoverCostUsd: 0, profitUsd: first.value.profitUsd + first.value.leftoverCostUsd };
  return [kept, second.value];
}

const usd = (x: number): string => `${x < 0 ? "−" : ""}$${Math.round(Math.abs(x)).toLocaleString("en-US")}`;
const pct = (x: number | null): string => (x === null ? "–" : `${(x * 100).toFixed(1)} %`);
const int = (x: number): string => Math.round(x).toLocaleString("en-US");

/** Plays one plan over the season; per window and in total: profit, fill rate, units shipped, freight, storage. */
function play(plan: EventPlan, events: readonly EventPolicy[], book: { series: readonly DailySeries[]; skus: readonly SkuMaster[] }, lanes: readonly Lane[]) {
  const skuBy = new Map(book.skus.map((s) => [s.sku, s]));
  const lots = lotsOf(plan, events, skuBy, lanes);
  const bySku = new Map<string, Lot[]>();
  for (const l of lots) bySku.set(l.sku, [...(bySku.get(l.sku) ?? []), l]);
  const w1: ReplaySkuResult[] = [];
  const w2: ReplaySkuResult[] = [];
  for (const s of book.series) {
    const [a, b] = playSku(skuBy.get(s.sku) as SkuMaster, s, events, bySku.get(s.sku) ?? []);
    w1.push(a);
    w2.push(b);
  }
  return { first: replayTotals(w1), second: replayTotals(w2), all: replayTotals([...w1, ...w2]), shipments: new Set(lots.map((l) => `${l.lane}\u0000${l.shipDay}`)).size };
}

/** Runs the season figure and prints it. */
export function benchSeasonReplay(): void {
  const book = m5ReplayBook();
  const lanes = defaultLanes("US-West");
  const halloween: Edition = m5Edition("Halloween", "Halloween", -1, 2015); // the Friday before (Halloween 2015 was a Saturday) … Monday
  const blackFriday: Edition = m5Edition("Black Friday", "Thanksgiving", 1, 2015);
  const planDate = halloween.start - DAYS_AHEAD;
  const e1: EventPolicy = { ...eventOf(halloween), planDate };
  const e2: EventPolicy = { ...eventOf(blackFriday), planDate };
  const known = knownOn(book.series, planDate);
  const input = { series: known, skus: book.skus, lanes };

  const season = planSeason({ ...input, policy: { ...e1, laterEvents: [{ name: e2.name, marketplace: e2.marketplace, start: e2.start, end: e2.end, pastEventStarts: e2.pastEventStarts }] } });
  const events = season.events.map((e) => (e.name === e1.name ? e1 : e2));
  const one = planEvent({ ...input, policy: e1 });
  const two = planEvent({ ...input, policy: e2 });
  const separate: EventPlan = { ...one, lines: [...one.lines, ...two.lines], shipments: [...one.shipments, ...two.shipments] };

  console.log(`\n## A two-event season on M5 (${book.series.length} series): ${e1.name} (${isoFromSerial(e1.start)} … ${isoFromSerial(e1.end)}) then ${e2.name} (${isoFromSerial(e2.start)} … ${isoFromSerial(e2.end)}), both planned ${isoFromSerial(planDate)}`);
  console.log("season = planSeason (carry-over and merged batches); separately = planEvent on each; base + expected sprint shipped as planned, replayed on the actual sales (src/engine/replay); never tuned to this figure");
  console.log(`merged base batches in the season plan: ${season.events[1].mergedBatches} (net saving as planned ${usd(season.events[1].mergeSavingUsd)}); units expected carried: ${int(season.events[1].carryInUnits)}`);
  const widths = [26, 10, 8, 10, 10, 9, 9, 9];
  const row = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(row(["plan", "profit", "fill", "fill " + e1.name.split(" ")[0], "fill BF", "shipped", "freight", "storage"]));
  const results = [["season (planSeason)", play(season, events, book, lanes)], ["separately (planEvent ×2)", play(separate, events, book, lanes)]] as const;
  for (const [name, r] of results) {
    console.log(row([name, usd(r.all.profitUsd), pct(r.all.fillRate), pct(r.first.fillRate), pct(r.second.fillRate), int(r.all.shippedUnits), usd(r.all.freightUsd), usd(r.all.storageUsd)]));
  }
  const [s, p] = [results[0][1], results[1][1]];
  console.log(`season − separately: profit ${usd(s.all.profitUsd - p.all.profitUsd)}, fill ${((((s.all.fillRate ?? 0) - (p.all.fillRate ?? 0)) * 100)).toFixed(1)} points, shipped ${int(s.all.shippedUnits - p.all.shippedUnits)} units; shipments ${s.shipments} vs ${p.shipments}`);
}
