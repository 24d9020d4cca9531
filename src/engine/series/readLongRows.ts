/**
 * Reading and checking long sales rows into parallel arrays, the first step of
 * `buildSeriesFromLong`.
 */
import { cellValue, excelErrorOf, readNumber, readText } from "../cells";
import { isoFromSerial, parseDate, type DayOrder } from "../dates";
import { fail, ok, relocated, type ErrorLocation, type Result } from "../errors";
import { placeParam, quoted } from "../messages/messageText";
import { INPUT_LIMITS } from "../workbook/inputLimits";
import { inferDayOrder, type DateSample } from "./inferDayOrder";
import { keptDateRange, type LeftOutRows } from "./isolatedDates";
import { withoutIsolatedDates } from "./withoutIsolatedDates";

/** One sheet row of long sales data: raw cell values and the 1-based sheet row. */
export interface LongSalesRow {
  readonly date: unknown;
  readonly sku: unknown;
  readonly units: unknown;
  readonly marketplace?: unknown;
  readonly revenue?: unknown;
  readonly onHand?: unknown;
  /** 1-based sheet row (header included), for messages. */
  readonly row: number;
}

/** The columns of long sales data, as {@link LongRowOptions.columns} names them. */
export type LongColumn = "date" | "sku" | "units" | "marketplace" | "revenue" | "onHand";

/** Options of {@link readLongRows}. */
export interface LongRowOptions {
  /** Sheet name for messages (default "Sales"). */
  readonly sheet?: string;
  /** Day order of `a/b/yyyy` text dates, when the user said which. */
  readonly dayOrder?: DayOrder;
  /** Keep only rows of this marketplace (case and surrounding spaces ignored). */
  readonly marketplace?: string;
  /** Column headers as the sheet spells them, for messages (default Date, SKU, Units, Marketplace, Revenue, OnHand). */
  readonly columns?: Partial<Readonly<Record<LongColumn, string>>>;
  /** Leave out rows dated after this Excel serial day (the plan date), before their other cells are checked. */
  readonly lastDay?: number;
}

/** Marks a blank revenue or on-hand cell in {@link LongRowTable} (real values are ≥ 0). */
export const NO_VALUE = -1;

/**
 * The rows used, column by column: entry i of each array belongs to the i-th
 * row used (0 ≤ i < `used`). SKUs and marketplaces are indexes into the name
 * lists, in order of first appearance.
 */
export interface LongRowTable {
  readonly used: number;
  readonly skuOf: Int32Array;
  readonly serialOf: Int32Array;
  readonly unitsOf: Float64Array;
  /** {@link NO_VALUE} where the cell was blank. */
  readonly revenueOf: Float64Array;
  /** {@link NO_VALUE} where the cell was blank. */
  readonly onHandOf: Float64Array;
  /** −1 where the cell was blank. */
  readonly marketOf: Int32Array;
  /** 1-based sheet row. */
  readonly rowOf: Int32Array;
  readonly skuNames: readonly string[];
  /** Earliest date (Excel serial) of each SKU. */
  readonly skuFirst: readonly number[];
  readonly marketNames: readonly string[];
  readonly blankRows: number;
  readonly otherMarketplaceRows: number;
  /** Earliest and latest date over all rows used, and the first row holding the latest. */
  readonly firstSerial: number;
  readonly lastSerial: number;
  readonly lastRow: number;
  readonly dayOrder: DayOrder | null;
  /** Rows dated after `lastDay`, left out. */
  readonly afterLastDay: LeftOutRows | null;
  /** Rows whose dates sit more than a year from all the others (`keptDateRange`), left out. */
  readonly isolated: LeftOutRows | null;
}

const LABELS: Readonly<Record<LongColumn, string>> = {
  date: "Date", sku: "SKU", units: "Units", marketplace: "Marketplace", revenue: "Revenue", onHand: "OnHand",
};

/** Sanity limits, held in module constants for the fast paths: global lookups are slow in some hosts (jest's vm). */
const MAX_UNITS = INPUT_LIMITS.units;
const MAX_REVENUE = INPUT_LIMITS.revenueUsd;

/** The plain value of a cell, calling `cellValue` only for wrapped (object) values. */
function plain(v: unknown): unknown {
  return typeof v === "object" && v !== null ? cellValue(v) : v;
}

function blank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/**
 * Checks every long row and keeps its parts in parallel typed arrays (no object
 * per row), for speed on 365,000-row histories. Rules: see `buildSeriesFromLong`.
 * @param rows the data rows in sheet order
 * @returns the table, EMPTY_SERIES when no row holds data, or the first bad cell's error
 * @example
 * readLongRows([{ row: 2, date: "2026-01-05", sku: "A", units: 3 }])
 * // ok: used 1, skuNames ["A"], serialOf [46027], unitsOf [3], revenueOf [-1]
 */
export function readLongRows(rows: readonly LongSalesRow[], options: LongRowOptions = {}): Result<LongRowTable> {
  const sheet = options.sheet ?? "Sales";
  const label: Readonly<Record<LongColumn, string>> = { ...LABELS, ...options.columns };
  const loc = (row: number, col: LongColumn): ErrorLocation => ({ sheet, row, column: label[col] });

  // One day order for the whole Date column, from its distinct text values.
  const samples: DateSample[] = [];
  const seenText = new Set<string>();
  let prevText: unknown = undefined;
  for (const r of rows) {
    const d = plain(r.date);
    if (typeof d === "string" && d !== prevText && !seenText.has(d)) {
      seenText.add(d);
      samples.push({ text: d, where: loc(r.row, "date") });
    }
    prevText = d;
  }
  const order = inferDayOrder(samples, options.dayOrder);
  if (!order.ok) return order;
  const dayOrder = order.value ?? undefined;
  const dateCache = new Map<string, number>();
  let prevDate: unknown = undefined;
  let prevSerial = 0;

  // Pass 1: check every row, keep its parts in parallel arrays.
  const n = rows.length;
  const skuOf = new Int32Array(n);
  const serialOf = new Int32Array(n);
  const unitsOf = new Float64Array(n);
  const revenueOf = new Float64Array(n); // NO_VALUE = blank
  const onHandOf = new Float64Array(n); // NO_VALUE = blank
  const marketOf = new Int32Array(n); // -1 = blank
  const rowOf = new Int32Array(n);
  const skuIndex = new Map<string, number>();
  const skuNames: string[] = [];
  const skuFirst: number[] = [];
  const marketIndex = new Map<string, number>();
  const marketNames: string[] = [];
  const wanted = options.marketplace?.trim().toLowerCase();
  let used = 0;
  let blankRows = 0;
  let otherMarketplaceRows = 0;
  let firstAll = Infinity;
  let lastAll = -Infinity;
  let lastRow = 0;
  let prevSku = "";
  let prevK = 0;
  const lastDay = options.lastDay;
  let laterRows = 0;
  let firstLater: LeftOutRows | null = null;

  for (const r of rows) {
    const date = plain(r.date);
    const units = plain(r.units);
    const market = plain(r.marketplace);
    const revenue = plain(r.revenue);
    const onHand = plain(r.onHand);
    const skuCell = plain(r.sku);
    if (blank(date) && blank(skuCell) && blank(units) && blank(market) && blank(revenue) && blank(onHand)) {
      blankRows++;
      continue;
    }
    // Fast paths for plain cells; the readers (and their messages) only for the rest.
    let marketName: string | null = null;
    if (!blank(market)) {
      const m = readText(market, loc(r.row, "marketplace"));
      if (!m.ok) return m;
      marketName = m.value;
    }
    if (wanted !== undefined && (marketName === null || marketName.toLowerCase() !== wanted)) {
      otherMarketplaceRows++;
      continue;
    }
    let sku: string;
    if (typeof skuCell === "string" && skuCell !== "" && skuCell[0] !== "#" && skuCell.trim() === skuCell) sku = skuCell;
    else {
      const s = readText(skuCell, loc(r.row, "sku"));
      if (!s.ok) return s;
      sku = s.value as string;
    }

    // Dates repeat (data sorted by date or by SKU): reuse the last row's, then the cache.
    let serial: number | undefined = date === prevDate ? prevSerial : typeof date === "string" ? dateCache.get(date) : undefined;
    if (serial === undefined) {
      const at = loc(r.row, "date");
      if (blank(date)) return fail("blankCell", "MISSING_VALUE", { place: placeParam(at) }, at);
      const excelError = excelErrorOf(date);
      if (excelError) return fail("excelError", "BAD_DATE", { place: placeParam(at), error: excelError }, at);
      const parsed = parseDate(date, at, dayOrder);
      if (!parsed.ok) return relocated(parsed.error, at);
      serial = parsed.value;
      if (typeof date === "string") dateCache.set(date, serial);
    }
    prevDate = date;
    prevSerial = serial;
    if (lastDay !== undefined && serial > lastDay) {
      if (laterRows++ === 0) firstLater = { count: 0, first: loc(r.row, "date"), firstSerial: serial };
      continue;
    }

    let unitCount: number;
    if (typeof units === "number" && units >= 0 && units <= MAX_UNITS) unitCount = units;
    else {
      const u = readNumber(units, loc(r.row, "units"), { min: 0, blank: "skip", limit: INPUT_LIMITS.units });
      if (!u.ok) return u;
      if (u.value === null) return fail("blankUnits", "MISSING_VALUE", { place: placeParam(loc(r.row, "units")) }, loc(r.row, "units"));
      unitCount = u.value;
    }
    let revenueAmount = NO_VALUE;
    if (typeof revenue === "number" && revenue >= 0 && revenue <= MAX_REVENUE) revenueAmount = revenue;
    else if (!blank(revenue)) {
      const rev = readNumber(revenue, loc(r.row, "revenue"), { min: 0, limit: INPUT_LIMITS.revenueUsd });
      if (!rev.ok) return rev;
      revenueAmount = rev.value as number;
    }
    let onHandUnits = NO_VALUE;
    if (typeof onHand === "number" && onHand >= 0 && onHand <= MAX_UNITS) onHandUnits = onHand;
    else if (!blank(onHand)) {
      const oh = readNumber(onHand, loc(r.row, "onHand"), { min: 0, limit: INPUT_LIMITS.units });
      if (!oh.ok) return oh;
      onHandUnits = oh.value as number;
    }

    let k = sku === prevSku ? prevK : skuIndex.get(sku);
    if (k === undefined) {
      k = skuNames.length;
      skuIndex.set(sku, k);
      skuNames.push(sku);
      skuFirst.push(serial);
    } else if (serial < skuFirst[k]) skuFirst[k] = serial;
    prevSku = sku;
    prevK = k;
    let mk = -1;
    if (marketName !== null) {
      mk = marketIndex.get(marketName) ?? -1;
      if (mk === -1) {
        mk = marketNames.length;
        marketIndex.set(marketName, mk);
        marketNames.push(marketName);
      }
    }
    skuOf[used] = k;
    serialOf[used] = serial;
    unitsOf[used] = unitCount;
    revenueOf[used] = revenueAmount;
    onHandOf[used] = onHandUnits;
    marketOf[used] = mk;
    rowOf[used] = r.row;
    used++;
    if (serial < firstAll) firstAll = serial;
    if (serial > lastAll) {
      lastAll = serial;
      lastRow = r.row;
    }
  }

  if (used === 0 && firstLater) {
    return fail("allAfterLastDay", "EMPTY_SERIES", { place: placeParam({ sheet }), count: laterRows, lastDay: isoFromSerial(lastDay ?? 0) }, { sheet });
  }
  if (used === 0) {
    return wanted !== undefined
      ? fail("noMarketplaceRows", "EMPTY_SERIES", { place: placeParam({ sheet }), marketplace: quoted(options.marketplace ?? "") }, { sheet })
      : fail("noSalesRows", "EMPTY_SERIES", { place: placeParam({ sheet }) }, { sheet });
  }
  const table: LongRowTable = {
    used, skuOf, serialOf, unitsOf, revenueOf, onHandOf, marketOf, rowOf, skuNames, skuFirst, marketNames,
    blankRows, otherMarketplaceRows, firstSerial: firstAll, lastSerial: lastAll, lastRow, dayOrder: order.value,
    afterLastDay: firstLater ? { ...firstLater, count: laterRows } : null,
    isolated: null,
  };
  const keep = keptDateRange(serialOf, used);
  return ok(keep ? withoutIsolatedDates(table, keep, (row) => loc(row, "date")) : table);
}
