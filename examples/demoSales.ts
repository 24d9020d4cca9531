/**
 * Daily sales and stock of one demo SKU (`demoCatalog.ts`), simulated from a
 * seeded PRNG: a demand model (trend, weekly pattern, season, marketplace
 * events, noise) and a seller who re-orders every two weeks by sea. Same seed,
 * same numbers.
 */
import { mulberry32, poisson } from "../src/engine/stats/seededRandom";
import { serialFromYmd, weekdayOfSerial, ymdFromSerial } from "../src/engine/dates";
import { CATEGORY_UPLIFT, DEMO_EVENTS, type DemoEventKind, type DemoSeason, type DemoSku } from "./demoCatalog";

/** One SKU's simulated history and its position on the plan date. */
export interface SimulatedSku {
  /** Selling price, USD/unit. */
  readonly price: number;
  /** Units sold per day of the history. */
  readonly units: readonly number[];
  /** Revenue per day, USD (event days at the deal price). */
  readonly revenue: readonly number[];
  /** Units on hand at the start of each day (after that day's arrivals). */
  readonly onHand: readonly number[];
  /** Units on hand on the plan date (the day after the history). */
  readonly onHandAtPlan: number;
  /** Units shipped and not yet received on the plan date. */
  readonly inTransit: number;
  /** When they arrive, Excel serial day (undefined when nothing is in transit). */
  readonly inTransitArrival?: number;
  /** First day of the forced stock-out, Excel serial (undefined when none happened). */
  readonly stockOutStart?: number;
  /** Expected units over the planned event (mean demand × this SKU's Black Friday uplift). */
  readonly plannedEventUnits: number;
  /** Expected units/day around the planned event without its uplift. */
  readonly baselineAtEvent: number;
}

/** Sea freight door to door plus FBA receiving, days, for re-orders in the history. */
const REPLENISH_TRANSIT_DAYS = 40;
/** The seller reviews stock every two weeks. */
const REVIEW_DAYS = 14;
/** Cover ordered beyond lead time and review period, days. */
const SAFETY_COVER_DAYS = 21;
/** Sunday … Saturday: weekends sell more. */
const WEEKDAY: readonly number[] = [1.14, 0.96, 0.93, 0.94, 0.96, 1.0, 1.12];
/** Share of the event uplift on each event day, and the days around it. */
const EVENT_SHAPE: Readonly<Record<DemoEventKind, { readonly days: readonly number[]; readonly before: number; readonly beforeFactor: (u: number) => number; readonly after: number; readonly afterFactor: number }>> = {
  prime: { days: [1.15, 0.9, 0.85, 1.1], before: 2, beforeFactor: () => 0.92, after: 2, afterFactor: 0.9 },
  bfcm: { days: [1.15, 0.85, 0.85, 1.15], before: 7, beforeFactor: (u) => 1 + 0.15 * (u - 1), after: 3, afterFactor: 0.85 },
  "fall-prime": { days: [1.05, 0.95], before: 0, beforeFactor: () => 1, after: 1, afterFactor: 0.95 },
};
/** Mean size of a slow mover's order, units. */
const INTERMITTENT_ORDER = 2.5;

/** A per-SKU seed, so adding a SKU leaves the others' numbers alone (FNV-1a of the SKU). */
function skuSeed(seed: number, sku: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < sku.length; i++) h = Math.imul(h ^ sku.charCodeAt(i), 0x01000193);
  return (h ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
}

function gaussian(rand: () => number): number {
  const u = Math.max(1e-12, rand());
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/** Demand multiplier of a season on a day (1 = normal; for Christmas and Halloween, 1 = the peak). */
function seasonFactor(season: DemoSeason, serial: number, offSeason: number): number {
  const { year } = ymdFromSerial(serial);
  switch (season) {
    case "christmas": {
      const xmas = serialFromYmd(year, 12, 25);
      const before = xmas - serial;
      let peak: number;
      if (before >= 0 && before <= 90) peak = (1 - before / 90) ** 1.8 * (before < 4 ? 0.45 : 1);
      else peak = 0.25 * Math.exp(-(serial - (before < 0 ? xmas : serialFromYmd(year - 1, 12, 25))) / 6);
      return offSeason + (1 - offSeason) * peak;
    }
    case "halloween": {
      const before = serialFromYmd(year, 10, 31) - serial;
      const peak = before > 60 ? 0 : before >= 0 ? (1 - before / 60) ** 1.5 * (before < 3 ? 0.6 : 1) : 0.2 * Math.exp(before / 3);
      return offSeason + (1 - offSeason) * peak;
    }
    case "summer":
      return 1 + 0.45 * Math.cos((2 * Math.PI * (serial - serialFromYmd(year, 7, 10))) / 365.25);
    case "newyear":
      return 1 + 0.8 * Math.exp(-(serial - serialFromYmd(year, 1, 1)) / 20);
    case "none":
      return 1;
  }
}

/** Gift season for everyday goods: busy from mid-November, quiet after Christmas and in early January. */
function giftFactor(season: DemoSeason, serial: number): number {
  if (season !== "none") return 1;
  const { month, day } = ymdFromSerial(serial);
  if ((month === 11 && day >= 15) || (month === 12 && day <= 20)) return 1.2;
  return (month === 12 && day > 20) || (month === 1 && day <= 15) ? 0.9 : 1;
}

/**
 * Simulates one SKU's daily units, revenue and opening stock over the history
 * and its stock on the plan date.
 * @param item the SKU's catalogue entry
 * @param seed the workbook's seed
 * @param firstSerial first day of the history, Excel serial
 * @param days length of the history, days (the plan date is the day after)
 * @param plannedEvent the event being planned: first day (Excel serial) and length (days)
 * @example simulateSku(DEMO_SKUS[0], 20260915, 45550, 730, { start: 46353, days: 4 }).units.length // 730
 */
export function simulateSku(item: DemoSku, seed: number, firstSerial: number, days: number, plannedEvent: { readonly start: number; readonly days: number }): SimulatedSku {
  const rand = mulberry32(skuSeed(seed, item.sku));
  const [lo, hi] = CATEGORY_UPLIFT[item.category];
  const uplift = lo + (hi - lo) * rand();
  const bfcmUplift = Math.min(5, Math.max(1.5, uplift * (0.85 + 0.3 * rand())));
  const discount = 0.1 + 0.2 * rand();
  const sigma = 0.15 + 0.15 * rand();
  const weekly = WEEKDAY.map((w) => w * (1 + 0.04 * gaussian(rand)));
  const multiple = 2.7 + rand();
  const price = Math.max(Math.ceil(item.unitCost * 2.5 + 0.01), Math.min(Math.floor(item.unitCost * 4), Math.round(item.unitCost * multiple))) - 0.01;
  const offSeason = item.offSeason ?? 0.06;

  // Mean demand (units/day) and price factor for each day of the history and the look-ahead.
  const lead = item.supplierLeadDays + REPLENISH_TRANSIT_DAYS;
  const window = lead + REVIEW_DAYS + SAFETY_COVER_DAYS;
  const span = Math.max(days + window, plannedEvent.start - firstSerial + plannedEvent.days);
  const base = new Array<number>(span);
  for (let t = 0; t < span; t++) {
    const serial = firstSerial + t;
    base[t] = item.unitsPerDay * item.growthPerYear ** (t / 365) * weekly[weekdayOfSerial(serial)] * seasonFactor(item.season, serial, offSeason) * giftFactor(item.season, serial);
  }
  const mean = base.slice();
  const priceFactor = new Array<number>(span).fill(1);
  for (const event of DEMO_EVENTS) {
    const shape = EVENT_SHAPE[event.kind];
    const kindUplift = event.kind === "prime" ? uplift : event.kind === "bfcm" ? bfcmUplift : 1 + 0.35 * (uplift - 1);
    const u = Math.min(5, Math.max(event.kind === "fall-prime" ? 1 : 1.5, kindUplift * Math.exp(0.1 * gaussian(rand))));
    const [y, m, d] = event.start.split("-").map(Number);
    const start = serialFromYmd(y, m, d) - firstSerial;
    for (let k = -shape.before; k < shape.days.length + shape.after; k++) {
      const t = start + k;
      if (t < 0 || t >= span) continue;
      if (k < 0) mean[t] *= shape.beforeFactor(u);
      else if (k >= shape.days.length) mean[t] *= shape.afterFactor;
      else mean[t] *= (1 + (u - 1) * shape.days[k]) / giftFactor(item.season, firstSerial + t); // the uplift is over the weeks before, not over the gift season
      if (k >= 0 && k < shape.days.length) priceFactor[t] = 1 - discount;
      else if (k < 0 && event.kind === "bfcm") priceFactor[t] = 1 - discount / 2;
    }
  }
  const ahead = (t: number): number => mean.slice(t, t + window).reduce((a, b) => a + b, 0);
  const cartons = (units: number): number => Math.ceil(Math.max(units, item.moq) / item.unitsPerCarton) * item.unitsPerCarton;

  // Stock: opening stock and one order on the water; reviews every REVIEW_DAYS days.
  let stock = Math.round(ahead(0) * (0.45 + 0.2 * rand()));
  const pipeline: { ship: number; arrive: number; qty: number }[] = [{ ship: -REPLENISH_TRANSIT_DAYS, arrive: Math.round(lead / 2), qty: cartons(ahead(Math.round(lead / 2)) / 2) }];
  const reviewOffset = Math.floor(rand() * REVIEW_DAYS);
  const stockOutFrom = item.stockOut ? (() => {
    const [y, m, d] = item.stockOut.from.split("-").map(Number);
    return serialFromYmd(y, m, d) - firstSerial;
  })() : -1;
  let halted = false;
  let held = 0;
  let outStart = -1;
  const units: number[] = [];
  const revenue: number[] = [];
  const onHand: number[] = [];
  const arrive = (t: number): void => {
    for (let i = pipeline.length - 1; i >= 0; i--) {
      if (pipeline[i].arrive > t) continue;
      if (halted) held += pipeline[i].qty;
      else stock += pipeline[i].qty;
      pipeline.splice(i, 1);
    }
  };
  for (let t = 0; t <= days; t++) {
    if (t === stockOutFrom) halted = true; // the supplier's delay: nothing arrives until the outage is over
    if (halted && outStart >= 0 && t === outStart + (item.stockOut?.days ?? 0)) {
      halted = false;
      stock += Math.max(held, cartons(ahead(t))); // the late batch, topped up to cover until a new order can arrive
      held = 0;
    }
    arrive(t);
    if (halted && outStart < 0 && stock === 0) outStart = t;
    if (t === days) break;
    if (!halted && t % REVIEW_DAYS === reviewOffset) {
      const position = stock + pipeline.reduce((a, p) => a + p.qty, 0);
      const need = ahead(t) - position;
      if (need > 0) pipeline.push({ ship: t + item.supplierLeadDays, arrive: t + lead, qty: cartons(need) });
    }
    const draw = item.intermittent
      ? rand() < Math.min(0.9, mean[t] / INTERMITTENT_ORDER) ? 1 + poisson(rand, INTERMITTENT_ORDER - 1) : 0
      : poisson(rand, mean[t] * Math.exp(sigma * gaussian(rand) - (sigma * sigma) / 2));
    const sold = Math.min(draw, stock);
    onHand.push(stock);
    units.push(sold);
    revenue.push(Math.round(sold * price * priceFactor[t] * 100) / 100);
    stock -= sold;
  }
  const shipped = pipeline.filter((p) => p.ship <= days && p.arrive > days);
  const eventStart = plannedEvent.start - firstSerial;
  let eventBase = 0;
  for (let k = 0; k < plannedEvent.days; k++) eventBase += base[eventStart + k];
  return {
    price,
    units,
    revenue,
    onHand,
    onHandAtPlan: stock,
    inTransit: shipped.reduce((a, p) => a + p.qty, 0),
    ...(shipped.length > 0 ? { inTransitArrival: firstSerial + Math.max(...shipped.map((p) => p.arrive)) } : {}),
    ...(outStart >= 0 ? { stockOutStart: firstSerial + outStart } : {}),
    plannedEventUnits: eventBase * bfcmUplift,
    baselineAtEvent: eventBase / plannedEvent.days,
  };
}
