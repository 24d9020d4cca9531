/**
 * A SKU's sellable stock day by day: what is there at the start of each day,
 * lots landing on their days, each day's demand served from what is there.
 * Source: DESIGN.md §1 item 9 (projected stock-out date, leftover).
 */

/** Units becoming sellable at the start of `day` (Excel serial). */
export interface StockArrival {
  readonly day: number;
  readonly units: number;
}

/** Inputs of {@link stockPath}: units, units/day and Excel serial days. */
export interface StockPathInput {
  /** The first day, Excel serial. */
  readonly startSerial: number;
  /** Units sellable at the start of the first day, before its arrivals. */
  readonly startUnits: number;
  /** Lots landing; one dated before the first day counts on the first day, one after the last day is not counted. */
  readonly arrivals: readonly StockArrival[];
  /** Demand (or sales) of each day from the first, units/day ≥ 0. */
  readonly demandPerDay: readonly number[];
}

/** What {@link stockPath} returns. */
export interface StockPath {
  /** Stock at the start of each day, that day's arrivals included, units. */
  readonly startOfDay: readonly number[];
  /** Demand the stock could not serve, per day, units. */
  readonly lostPerDay: readonly number[];
  /** The first day with lost demand, Excel serial; null when every day is served. */
  readonly firstShortDay: number | null;
  /** Stock after the last day, units. */
  readonly endUnits: number;
  /** Σ lostPerDay, units. */
  readonly lostUnits: number;
}

/** Relative slack, so that ten days of 0.1 units use up 1 unit exactly instead of falling 1e-16 short. */
const SLACK = 1e-9;

/**
 * Walks the days: stock(day) = what was left + the lots landing that day; the day's
 * demand is served up to that stock, the rest is lost (never taken from stock that
 * lands later); left = stock − served. Negative inputs count as 0.
 * Used with actual sales for the days so far (a day starting at 0 and selling nothing
 * was out of stock) and with the forecast for the days ahead (the first short day is
 * the projected stock-out, the lost units the shortfall).
 * @example stockPath({ startSerial: 46300, startUnits: 25, arrivals: [{ day: 46303, units: 30 }], demandPerDay: [10, 10, 10, 10, 10] })
 * // startOfDay [25, 15, 5, 30, 20], lostPerDay [0, 0, 5, 0, 0], firstShortDay 46302, endUnits 10, lostUnits 5:
 * // day 3 wants 10 and has 5; the 30 land on day 4: 30 − 10 = 20, 20 − 10 = 10
 */
export function stockPath(input: StockPathInput): StockPath {
  const days = input.demandPerDay.length;
  const landing = new Array<number>(days).fill(0);
  for (const lot of input.arrivals) {
    const i = Math.max(0, Math.floor(lot.day) - input.startSerial);
    if (i < days) landing[i] += Math.max(0, lot.units);
  }
  const startOfDay: number[] = [];
  const lostPerDay: number[] = [];
  let left = Math.max(0, input.startUnits);
  let firstShortDay: number | null = null;
  let lostUnits = 0;
  for (let i = 0; i < days; i++) {
    const stock = left + landing[i];
    const demand = Math.max(0, input.demandPerDay[i] || 0);
    startOfDay.push(stock);
    const lost = demand > stock + SLACK * Math.max(1, stock) ? demand - stock : 0;
    lostPerDay.push(lost);
    if (lost > 0) {
      lostUnits += lost;
      if (firstShortDay === null) firstShortDay = input.startSerial + i;
    }
    left = Math.max(0, stock - demand);
    if (left < SLACK * Math.max(1, stock)) left = 0;
  }
  return { startOfDay, lostPerDay, firstShortDay, endUnits: left, lostUnits };
}
