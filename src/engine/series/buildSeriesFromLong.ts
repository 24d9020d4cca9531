/**
 * Daily series per SKU from long sales rows (Date, SKU, Units[, Marketplace,
 * Revenue, OnHand]), as the `Sales` sheet or a CSV export holds them.
 */
import { isoFromSerial, type DayOrder } from "../dates";
import { fail, ok, type Result } from "../errors";
import { placeParam } from "../messages/messageText";
import type { DailySeries } from "./dailySeries";
import type { LeftOutRows } from "./isolatedDates";
import { NO_VALUE, readLongRows, type LongRowOptions, type LongSalesRow } from "./readLongRows";

export type { LongColumn, LongSalesRow } from "./readLongRows";

/** Options of {@link buildSeriesFromLong}: those of `readLongRows` and the series' end. */
export interface LongSeriesOptions extends LongRowOptions {
  /** Extend every series with zeros (counted as missing days) to this Excel serial (days). */
  readonly endSerial?: number;
}

/** Rows sharing a date, SKU and marketplace: summed, and listed here. */
export interface DuplicateDay {
  readonly sku: string;
  /** Excel serial (days) of the date. */
  readonly serial: number;
  readonly marketplace?: string;
  /** The 1-based sheet rows, ascending. */
  readonly rows: readonly number[];
}

/** What {@link buildSeriesFromLong} did, for the seller to check. */
export interface LongSeriesReport {
  /** Rows used. */
  readonly rows: number;
  /** Rows with every cell blank, skipped. */
  readonly blankRows: number;
  /** Rows of other marketplaces (or none) skipped by the `marketplace` option. */
  readonly otherMarketplaceRows: number;
  readonly skus: number;
  /** Earliest date in the data (Excel serial). */
  readonly firstSerial: number;
  /** Last day of every series: the last date in the data, or `endSerial`. */
  readonly lastSerial: number;
  /** Days filled with 0, over all SKUs. */
  readonly missingDays: number;
  /** Days masked as stock-outs, over all SKUs. */
  readonly stockOutDays: number;
  readonly duplicates: readonly DuplicateDay[];
  /** The day order used for `a/b/yyyy` text dates, null when none needed one. */
  readonly dayOrder: DayOrder | null;
  /** Rows dated after the `lastDay` option (the plan date), left out. */
  readonly afterLastDay: LeftOutRows | null;
  /** Rows dated more than a year away from every other row (a typo in the year), left out. */
  readonly isolated: LeftOutRows | null;
}

/** Series (SKUs in order of first appearance) and the report. */
export interface LongSeriesBuild {
  readonly series: DailySeries[];
  readonly report: LongSeriesReport;
}

/**
 * Builds one daily series per SKU from long rows.
 *
 * Rules: a row whose cells are all blank is skipped; a blank SKU or Date is
 * MISSING_VALUE naming the row and column; Units must be a number ≥ 0 (text, an
 * Excel error, a negative or a blank is an error — a day with no sales is written
 * 0); Revenue and OnHand may be blank, else numbers ≥ 0. Text dates of the form
 * `a/b/yyyy` are read in one order for the whole column (see `inferDayOrder`).
 * Each SKU's series runs from its earliest date to the last date in the whole
 * data (or `endSerial`); days with no row are 0 and counted as missing. Rows with
 * the same date, SKU and marketplace are summed and listed as duplicates; rows of
 * different marketplaces are summed without comment. A day whose on-hand is 0 and
 * whose units are 0 is a stock-out: excluded from the baseline and counted.
 * When `marketplace` is set, other rows are skipped before any other check
 * (their text dates still count when the column's day order is inferred); when
 * `lastDay` is set, rows dated after it are skipped before their Units are read,
 * and counted (`afterLastDay`). Rows whose dates sit more than a year away from
 * all the others, on a side holding at most 1 % of the rows (`keptDateRange`: a
 * year typed wrong), are left out and counted (`isolated`).
 * Checks run column-wide for the date order first, then row by row; the first
 * error found is returned.
 * @param rows the data rows in sheet order
 * @example
 * buildSeriesFromLong([
 *   { row: 2, date: "2026-01-05", sku: "A", units: 3 },
 *   { row: 3, date: "2026-01-07", sku: "A", units: 4 },
 * ]) // ok: series A from serial 46027, units [3, 0, 4], missingDays 1
 */
export function buildSeriesFromLong(rows: readonly LongSalesRow[], options: LongSeriesOptions = {}): Result<LongSeriesBuild> {
  const read = readLongRows(rows, options);
  if (!read.ok) return read;
  const { used, skuOf, serialOf, unitsOf, revenueOf, onHandOf, marketOf, rowOf, skuNames, skuFirst, marketNames } = read.value;
  const sheet = options.sheet ?? "Sales";
  let end = read.value.lastSerial;
  if (options.endSerial !== undefined) {
    const e = options.endSerial;
    if (!Number.isInteger(e)) return fail("endNotWhole", "BAD_DATE", { place: placeParam({ sheet }), end: e }, { sheet });
    if (e < end) {
      const { lastRow } = read.value;
      const column = options.columns?.date ?? "Date";
      const where = { sheet, row: lastRow, column };
      return fail("afterEndDate", "INCONSISTENT_INPUT", { place: placeParam(where), date: isoFromSerial(end), end: isoFromSerial(e) }, where);
    }
    end = e;
  }

  // Pass 2: lay each row on its SKU's calendar.
  const k = skuNames.length;
  const unitsBy: number[][] = [];
  const rowAt: Int32Array[] = []; // index (into the pass-1 arrays) of the day's first row, −1 = none
  const revenueBy: (number[] | undefined)[] = new Array<number[] | undefined>(k);
  const onHandBy: ((number | null)[] | undefined)[] = new Array<(number | null)[] | undefined>(k);
  const marketsBy: number[][] = [];
  for (let s = 0; s < k; s++) {
    const len = end - skuFirst[s] + 1;
    unitsBy.push(new Array<number>(len).fill(0));
    rowAt.push(new Int32Array(len).fill(-1));
    marketsBy.push([]);
  }
  const collisions = new Map<number, number[]>();
  for (let i = 0; i < used; i++) {
    const s = skuOf[i];
    const d = serialOf[i] - skuFirst[s];
    const len = unitsBy[s].length;
    const first = rowAt[s][d];
    if (first === -1) rowAt[s][d] = i;
    else {
      const group = collisions.get(first);
      if (group) group.push(i);
      else collisions.set(first, [first, i]);
    }
    unitsBy[s][d] += unitsOf[i];
    if (revenueOf[i] !== NO_VALUE) (revenueBy[s] ??= new Array<number>(len).fill(0))[d] += revenueOf[i];
    if (onHandOf[i] !== NO_VALUE) {
      const oh = (onHandBy[s] ??= new Array<number | null>(len).fill(null));
      oh[d] = (oh[d] ?? 0) + onHandOf[i];
    }
    if (marketOf[i] >= 0 && !marketsBy[s].includes(marketOf[i])) marketsBy[s].push(marketOf[i]);
  }

  const series: DailySeries[] = [];
  let missingAll = 0;
  let stockOutAll = 0;
  for (let s = 0; s < k; s++) {
    const units = unitsBy[s];
    const onHand = onHandBy[s];
    const excluded = new Array<boolean>(units.length).fill(false);
    let missingDays = 0;
    let stockOutDays = 0;
    for (let d = 0; d < units.length; d++) {
      if (rowAt[s][d] === -1) missingDays++;
      if (onHand && onHand[d] === 0 && units[d] === 0) {
        excluded[d] = true;
        stockOutDays++;
      }
    }
    missingAll += missingDays;
    stockOutAll += stockOutDays;
    const revenue = revenueBy[s];
    series.push({
      sku: skuNames[s],
      startSerial: skuFirst[s],
      units,
      excluded,
      missingDays,
      stockOutDays,
      ...(revenue ? { revenue } : {}),
      ...(onHand ? { onHand } : {}),
      ...(marketsBy[s].length > 0 ? { marketplaces: marketsBy[s].map((mk) => marketNames[mk]) } : {}),
    });
  }

  const duplicates: DuplicateDay[] = [];
  for (const group of collisions.values()) {
    const byMarket = new Map<number, number[]>();
    for (const i of group) {
      const list = byMarket.get(marketOf[i]);
      if (list) list.push(rowOf[i]);
      else byMarket.set(marketOf[i], [rowOf[i]]);
    }
    for (const [mk, sheetRows] of byMarket) {
      if (sheetRows.length < 2) continue;
      const i = group[0];
      duplicates.push({
        sku: skuNames[skuOf[i]],
        serial: serialOf[i],
        ...(mk >= 0 ? { marketplace: marketNames[mk] } : {}),
        rows: sheetRows.sort((a, b) => a - b),
      });
    }
  }
  duplicates.sort((a, b) => a.rows[0] - b.rows[0]);

  return ok({
    series,
    report: {
      rows: used,
      blankRows: read.value.blankRows,
      otherMarketplaceRows: read.value.otherMarketplaceRows,
      skus: k,
      firstSerial: read.value.firstSerial,
      lastSerial: end,
      missingDays: missingAll,
      stockOutDays: stockOutAll,
      duplicates,
      dayOrder: read.value.dayOrder,
      afterLastDay: read.value.afterLastDay,
      isolated: read.value.isolated,
    },
  });
}
