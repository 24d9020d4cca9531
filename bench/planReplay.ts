/**
 * `npm run bench:plan`, part 1: replay Black Friday 2015 on the real M5 daily
 * sales. Plan 10 weeks before the event with the history up to then, deliver
 * what each policy ships, play the actual sales of the event and the 14 cover
 * days after it against that stock, and compare PeakStock with two naive
 * policies a seller uses today:
 *   - "last year + 20 %": last year's Black Friday window × 1.2, one shipment;
 *   - "ADS × days + 7": average daily sales of the last 30 days × (window days + 7 safety days).
 * The naive policies ship on the cheapest lane that still arrives in time.
 * PeakStock ships its base batch on the plan date and decides its sprint batch
 * on the sprint's ship-by date from the sales to date, as its Watch view does:
 * the sprint shrinks by (1 − actual ÷ forecast to date) × the P50 need when
 * sales run slow, never grows past what was booked.
 *
 * Total cost, the same for every policy and the plan's own objective (freight +
 * holding + stock-out): freight, duty, insurance and storage of what was shipped,
 * 10 % of the cost of each unit left over (markdown and capital; the rest is sold
 * later), and the margin lost on each unit demanded but not in stock.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  batchLine,
  cheapestOption,
  dailySeries,
  DEFAULT_PRICE_TO_COST,
  defaultLanes,
  laneOptions,
  planEvent,
  serialFromYmd,
  type BatchLine,
  type PlanLine,
  type DailySeries,
  type EventPolicy,
  type SkuMaster,
} from "../src/engine";
import { loadM5, m5Folder } from "./m5";

const LANES = defaultLanes("US-West");
const START = serialFromYmd(2015, 11, 27); // Black Friday
const END = START + 3; // Cyber Monday
const COVER_DAYS = 14;
const LEFTOVER_LOSS_SHARE = 0.1;

const POLICY: EventPolicy = {
  name: "Black Friday 2015",
  marketplace: "",
  start: START,
  end: END,
  planDate: START - 70,
  pastEventStarts: [serialFromYmd(2012, 11, 23), serialFromYmd(2013, 11, 29), serialFromYmd(2014, 11, 28)],
  receivingDays: 14,
  safetyDays: 7,
  serviceLevelByClass: { A: 0.98, B: 0.95, C: 0.9 },
  bufferPct: 0.15,
  contingencyPct: 0.1,
  alertThreshold: 0.3,
  growth: 1,
  coverDaysAfter: COVER_DAYS,
  storageRateOffPeak: 0.78,
  storageRatePeak: 2.4,
  insuranceRate: 0.003,
  safetyStockMethod: "SERVICE",
};

/** Mean shelf price per series from prices.csv (USD). */
function meanPrices(): Map<string, number> {
  const lines = readFileSync(join(m5Folder(), "prices.csv"), "utf8").trim().split(/\r?\n/).slice(1);
  const sums = new Map<string, [number, number]>();
  for (const line of lines) {
    const cells = line.split(",");
    const id = cells[0].replace(/"/g, "");
    const s = sums.get(id) ?? [0, 0];
    sums.set(id, [s[0] + Number(cells[4]), s[1] + 1]);
  }
  return new Map([...sums].map(([id, [sum, n]]) => [id, sum / n]));
}

/**
 * A SKU master for an M5 series: cost = shelf price ÷ 3 (the SKUs sheet's own
 * default price-to-cost ratio, DEFAULT_PRICE_TO_COST), cartons of 12 in
 * 40×30×25 cm at 6 kg, nothing on hand.
 */
function skuFor(id: string, price: number): SkuMaster {
  return {
    sku: id, unitCost: price / DEFAULT_PRICE_TO_COST, price, unitsPerCarton: 12, cartonLengthCm: 40, cartonWidthCm: 30, cartonHeightCm: 25,
    cartonWeightKg: 6, dutyRate: 0.05, onHand: 0, inTransit: 0, supplierLeadDays: 0, moq: 0, sensitive: false,
  };
}

interface Outcome {
  demand: number;
  sold: number;
  stockOutDays: number;
  leftover: number;
  cost: number;
  shipped: number;
}

function play(stock: number, actual: readonly number[]): Omit<Outcome, "cost" | "shipped"> {
  let left = stock;
  let sold = 0;
  let demand = 0;
  let stockOutDays = 0;
  for (const d of actual) {
    const s = Math.min(left, d);
    if (s < d) stockOutDays++;
    left -= s;
    sold += s;
    demand += d;
  }
  return { demand, sold, stockOutDays, leftover: left };
}

function costOf(lines: readonly BatchLine[], played: Omit<Outcome, "cost" | "shipped">, sku: SkuMaster): number {
  const logistics = lines.reduce((s, l) => s + l.freightUsd + l.dutyUsd + l.insuranceUsd + l.storageUsd, 0);
  const lost = played.demand - played.sold;
  return logistics + played.leftover * sku.unitCost * LEFTOVER_LOSS_SHARE + lost * (sku.price - sku.unitCost);
}

/** A booked batch cut down to `cartons` (costs scale with the cartons). */
function cutBatch(batch: BatchLine, cartons: number, sku: SkuMaster): BatchLine | null {
  if (cartons <= 0) return null;
  if (cartons >= batch.cartons) return batch;
  const scale = cartons / batch.cartons;
  return {
    ...batch,
    cartons,
    units: cartons * sku.unitsPerCarton,
    cbm: batch.cbm * scale,
    cubicFeet: batch.cubicFeet * scale,
    actualKg: batch.actualKg * scale,
    chargeableKg: batch.chargeableKg * scale,
    purchaseUsd: batch.purchaseUsd * scale,
    freightUsd: batch.freightUsd * scale,
    dutyUsd: batch.dutyUsd * scale,
    insuranceUsd: batch.insuranceUsd * scale,
    storageUsd: batch.storageUsd * scale,
  };
}

/**
 * The sprint as the seller sends it: PeakStock is run again on the sprint's
 * ship-by date with the sales to date and the base batch in transit, on the
 * booked sprint lane only; the sprint sends what that run asks for, never more
 * than was booked.
 */
function decideSprints(lines: readonly PlanLine[], series: readonly { id: string; units: number[] }[], skus: readonly SkuMaster[], first: number): Map<string, BatchLine | null> {
  const decided = new Map<string, BatchLine | null>();
  const byDay = new Map<number, PlanLine[]>();
  for (const line of lines) if (line.sprint) byDay.set(line.sprint.shipBy, [...(byDay.get(line.sprint.shipBy) ?? []), line]);
  const skuById = new Map(skus.map((s) => [s.sku, s]));
  const unitsById = new Map(series.map((s) => [s.id, s.units]));
  for (const [day, group] of byDay) {
    const lane = LANES.filter((l) => l.name === group[0].sprint?.lane);
    const histories: DailySeries[] = [];
    const replanSkus: SkuMaster[] = [];
    for (const line of group) {
      const h = dailySeries(line.sku, first, (unitsById.get(line.sku) ?? []).slice(0, day - first));
      if (!h.ok) throw new Error(h.error.message);
      histories.push(h.value);
      const sku = skuById.get(line.sku) as SkuMaster;
      replanSkus.push({ ...sku, inTransit: line.base?.units ?? 0, inTransitArrival: line.base?.arriveBy ?? day });
    }
    const replan = planEvent({ series: histories, skus: replanSkus, lanes: lane, policy: { ...POLICY, planDate: day } });
    const wanted = new Map(replan.lines.map((l) => [l.sku, (l.base?.cartons ?? 0) + (l.sprint?.cartons ?? 0)]));
    for (const line of group) {
      const booked = line.sprint as BatchLine;
      decided.set(line.sku, cutBatch(booked, wanted.get(line.sku) ?? booked.cartons, skuById.get(line.sku) as SkuMaster));
    }
  }
  return decided;
}

/** Ships `units` of `sku` on the cheapest lane that still arrives in time. */
function shipCheapest(sku: SkuMaster, units: number): BatchLine[] {
  const options = laneOptions(sku, LANES, START, POLICY.receivingDays, POLICY.safetyDays, POLICY.planDate);
  if (!options.ok) throw new Error(options.error.message);
  const option = cheapestOption(options.value, () => true);
  const cartons = Math.ceil(units / sku.unitsPerCarton - 1e-9);
  if (!option || cartons <= 0) return [];
  const line = batchLine(sku, option, cartons, POLICY);
  if (!line.ok) throw new Error(line.error.message);
  return [line.value];
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function report(name: string, outcomes: readonly Outcome[], ms?: number): string {
  const demand = sum(outcomes.map((o) => o.demand));
  const sold = sum(outcomes.map((o) => o.sold));
  const row = [
    name.padEnd(22),
    `${((sold / demand) * 100).toFixed(1)} %`.padStart(8),
    String(sum(outcomes.map((o) => o.stockOutDays))).padStart(9),
    Math.round(sum(outcomes.map((o) => o.leftover))).toLocaleString("en-US").padStart(9),
    Math.round(sum(outcomes.map((o) => o.shipped))).toLocaleString("en-US").padStart(9),
    `$${Math.round(sum(outcomes.map((o) => o.cost))).toLocaleString("en-US")}`.padStart(11),
  ];
  return row.join("  ") + (ms === undefined ? "" : `   (planned in ${ms.toFixed(0)} ms)`);
}

/** Runs the replay and prints the comparison. */
export function benchPlanReplay(): void {
  const { firstDate, series } = loadM5();
  const [y, m, d] = firstDate.replace(/^d_/, "").split("-").map(Number);
  const first = Number.isFinite(y) && m ? serialFromYmd(y, m, d) : serialFromYmd(2011, 1, 29);
  const prices = meanPrices();
  const trainDays = POLICY.planDate - first;
  const window = (units: readonly number[]) => units.slice(START - first, END + COVER_DAYS + 1 - first);

  const histories: DailySeries[] = [];
  const skus: SkuMaster[] = [];
  for (const s of series) {
    const r = dailySeries(s.id, first, s.units.slice(0, trainDays));
    if (!r.ok) throw new Error(r.error.message);
    histories.push(r.value);
    skus.push(skuFor(s.id, prices.get(s.id) ?? 3));
  }
  const t0 = performance.now();
  const plan = planEvent({ series: histories, skus, lanes: LANES, policy: POLICY });
  const ms = performance.now() - t0;

  const peak: Outcome[] = [];
  const lastYear: Outcome[] = [];
  const ads: Outcome[] = [];
  const lineBySku = new Map(plan.lines.map((l) => [l.sku, l]));
  const sprints = decideSprints(plan.lines, series, skus, first);
  series.forEach((s, i) => {
    const sku = skus[i];
    const actual = window(s.units);
    const line = lineBySku.get(s.id);
    const peakLines = line ? [line.base, sprints.get(s.id) ?? null].filter((b): b is BatchLine => b !== null) : [];
    const shipped = sum(peakLines.map((b) => b.units));
    const p = play(shipped, actual);
    peak.push({ ...p, shipped, cost: costOf(peakLines, p, sku) });

    const lyStart = POLICY.pastEventStarts[POLICY.pastEventStarts.length - 1] - first;
    const ly = Math.ceil(1.2 * sum(s.units.slice(lyStart, lyStart + (END - START + 1))));
    const lyLines = shipCheapest(sku, ly);
    const lyShipped = sum(lyLines.map((b) => b.units));
    const lp = play(lyShipped, actual);
    lastYear.push({ ...lp, shipped: lyShipped, cost: costOf(lyLines, lp, sku) });

    const recent = s.units.slice(trainDays - 30, trainDays);
    const q = Math.ceil((sum(recent) / 30) * (actual.length + 7));
    const adsLines = shipCheapest(sku, q);
    const adsShipped = sum(adsLines.map((b) => b.units));
    const ap = play(adsShipped, actual);
    ads.push({ ...ap, shipped: adsShipped, cost: costOf(adsLines, ap, sku) });
  });

  const fill = (o: readonly Outcome[]) => sum(o.map((x) => x.sold)) / sum(o.map((x) => x.demand));
  const cost = (o: readonly Outcome[]) => sum(o.map((x) => x.cost));
  console.log(`\n## Black Friday 2015 replayed on M5 (${series.length} series): planned ${70} days ahead, window = event + ${COVER_DAYS} cover days`);
  console.log(`${"policy".padEnd(22)}  fill rate  stock-out  leftover   shipped  total cost`);
  console.log(report("PeakStock", peak, ms));
  console.log(report("last year + 20 %", lastYear));
  console.log(report("ADS × days + 7", ads));
  const better = fill(peak) > Math.max(fill(lastYear), fill(ads));
  const cheaper = cost(peak) <= Math.min(cost(lastYear), cost(ads));
  const perSold = (o: readonly Outcome[]) => cost(o) / sum(o.map((x) => x.sold));
  console.log(`total cost per unit sold: PeakStock $${perSold(peak).toFixed(2)}, last year + 20 % $${perSold(lastYear).toFixed(2)}, ADS × days + 7 $${perSold(ads).toFixed(2)}`);
  const costVerdict = cheaper ? "cost MET" : `cost MISSED (PeakStock ${cost(peak) <= cost(ads) ? "below" : "above"} ADS × days + 7, ${cost(peak) <= cost(lastYear) ? "below" : "above"} last year + 20 %)`;
  console.log(`goal: higher fill rate than both at no more total cost: fill rate ${better ? "MET" : "MISSED"}, ${costVerdict}`);
}
