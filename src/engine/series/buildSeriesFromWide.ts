/**
 * Daily series per SKU from a wide block: one row per SKU, one column per date.
 */
import { cellAddress, cellValue, columnLetter, excelErrorOf, readNumber, readText } from "../cells";
import { isoFromSerial, parseDate, type DayOrder } from "../dates";
import { fail, ok, relocated, type ErrorLocation, type Result } from "../errors";
import { placeParam, quoted } from "../messages/messageText";
import { INPUT_LIMITS } from "../workbook/inputLimits";
import type { DailySeries } from "./dailySeries";
import { inferDayOrder, type DateSample } from "./inferDayOrder";
import type { LeftOutRows } from "./isolatedDates";
import { keptColumns } from "./keptColumns";

/** One SKU row of a wide block: the SKU cell, the cells under the date header, the 1-based sheet row. */
export interface WideSalesRow {
  readonly sku: unknown;
  /** Cells from the first date column on, parallel to the header. */
  readonly values: readonly unknown[];
  readonly row: number;
}

/** A wide block: the date header (from the first date column on) and the SKU rows. */
export interface WideSalesBlock {
  readonly header: readonly unknown[];
  readonly rows: readonly WideSalesRow[];
}

/** Options of {@link buildSeriesFromWide}. Column indexes are 0-based sheet columns (A = 0). */
export interface WideSeriesOptions {
  /** Sheet name for cell addresses (default "Sales"). */
  readonly sheet?: string;
  /** Day order of `a/b/yyyy` text dates in the header, when the user said which. */
  readonly dayOrder?: DayOrder;
  /** Sheet column of `header[0]` (default 1, column B). */
  readonly firstDateColumn?: number;
  /** Sheet column of the SKU (default 0, column A). */
  readonly skuColumn?: number;
  /** 1-based sheet row of the date header (default 1). */
  readonly headerRow?: number;
  /** Extend every series with zeros (counted as missing days) to this Excel serial (days). */
  readonly endSerial?: number;
  /** Leave out date columns after this Excel serial day (the plan date), before their cells are checked. */
  readonly lastDay?: number;
}

/** A SKU that has more than one row: its rows were summed. */
export interface DuplicateSku {
  readonly sku: string;
  /** The 1-based sheet rows, ascending. */
  readonly rows: readonly number[];
}

/** What {@link buildSeriesFromWide} did, for the seller to check. */
export interface WideSeriesReport {
  /** SKU rows used. */
  readonly rows: number;
  /** Rows with a blank SKU and every value blank, skipped. */
  readonly blankRows: number;
  readonly skus: number;
  /** First header date (Excel serial). */
  readonly firstSerial: number;
  /** Last day of every series: the last header date, or `endSerial`. */
  readonly lastSerial: number;
  readonly dateColumns: number;
  /** Calendar days between the first and last header date that have no column. */
  readonly gapDays: number;
  /** Blank value cells in the rows used (read as 0, or before a SKU's first value). */
  readonly blankCells: number;
  /** Days filled with 0 over all series (blank cells after a SKU's first value, gap days, days after the header). */
  readonly missingDays: number;
  readonly duplicates: readonly DuplicateSku[];
  /** The day order used for `a/b/yyyy` text header dates, null when none needed one. */
  readonly dayOrder: DayOrder | null;
  /** Date columns after the `lastDay` option (the plan date), left out. */
  readonly afterLastDay: LeftOutRows | null;
  /** Date columns more than a year away from all the others (a typo in the year), left out. */
  readonly isolated: LeftOutRows | null;
}

/** Series (SKUs in order of first appearance) and the report. */
export interface WideSeriesBuild {
  readonly series: DailySeries[];
  readonly report: WideSeriesReport;
}

/** Most units one cell may hold (a module constant for the fast path). */
const MAX_UNITS = INPUT_LIMITS.units;

function blank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/**
 * Builds one daily series per SKU from a wide block.
 *
 * Rules: blank cells at the end of the header are ignored; every other header
 * cell must be a date (serial or text; `a/b/yyyy` read in one order for the whole
 * header, see `inferDayOrder`), strictly increasing from left to right — a gap
 * between dates is filled with 0 and counted. A value cell must be blank or a
 * number ≥ 0 (text, an Excel error or a negative is an error naming the cell in
 * A1 style, "Sales!H12: 'abc' is not a number"). A blank cell reads as 0 and is
 * counted, except before a SKU's first non-blank value: a SKU's series starts at
 * its first value (as in long data, where a series starts at the SKU's first
 * row). A row with a blank SKU and no values is skipped; rows of the same SKU are
 * summed and reported. No day is marked excluded (a wide block has no on-hand).
 * @example
 * buildSeriesFromWide({ header: ["2026-01-05", "2026-01-06", "2026-01-08"],
 *   rows: [{ row: 2, sku: "A", values: [3, "", 4] }] })
 * // ok: series A from serial 46027, units [3, 0, 0, 4], missingDays 2 (a blank cell and a gap day)
 */
export function buildSeriesFromWide(block: WideSalesBlock, options: WideSeriesOptions = {}): Result<WideSeriesBuild> {
  const sheet = options.sheet ?? "Sales";
  const firstDateColumn = options.firstDateColumn ?? 1;
  const skuColumn = options.skuColumn ?? 0;
  const headerRow = options.headerRow ?? 1;
  /** A cell of the block, named by its A1 address (a date column has no header of its own). */
  const at = (row: number, j: number): ErrorLocation => ({ sheet, row, column: columnLetter(firstDateColumn + j), address: cellAddress(sheet, row, firstDateColumn + j) });
  const headerAt = (j: number): ErrorLocation => at(headerRow, j);

  // The date header.
  const header = block.header.map(cellValue);
  let width = header.length;
  while (width > 0 && blank(header[width - 1])) width--;
  if (width === 0) return fail("noHeaderDates", "EMPTY_SERIES", { place: placeParam({ sheet }), headerRow }, { sheet, row: headerRow });
  const samples: DateSample[] = [];
  for (let j = 0; j < width; j++) {
    const h = header[j];
    if (typeof h === "string") samples.push({ text: h, where: headerAt(j) });
  }
  const order = inferDayOrder(samples, options.dayOrder);
  if (!order.ok) return order;
  const serials: number[] = [];
  for (let j = 0; j < width; j++) {
    const h = header[j];
    const place = placeParam(headerAt(j));
    if (blank(h)) return fail("blankDateHeader", "MISSING_VALUE", { place }, headerAt(j));
    const excelError = excelErrorOf(h);
    if (excelError) return fail("excelError", "BAD_DATE", { place, error: excelError }, headerAt(j));
    const parsed = parseDate(h, headerAt(j), order.value ?? undefined);
    if (!parsed.ok) return relocated(parsed.error, headerAt(j));
    const serial = parsed.value;
    if (j > 0 && serial <= serials[j - 1]) {
      const before = placeParam(headerAt(j - 1));
      return serial === serials[j - 1]
        ? fail("dateTwiceInHeader", "DUPLICATE_KEY", { place, date: isoFromSerial(serial), other: before }, headerAt(j))
        : fail("dateOutOfOrder", "INCONSISTENT_INPUT", { place, date: isoFromSerial(serial), previous: isoFromSerial(serials[j - 1]), other: before }, headerAt(j));
    }
    serials.push(serial);
  }
  const kept = keptColumns(serials, options.lastDay, headerAt);
  if (!kept.ok) return kept;
  const { lo, hi, afterLastDay, isolated } = kept.value;
  const first = serials[lo];
  const lastHeader = serials[hi];
  let end = lastHeader;
  if (options.endSerial !== undefined) {
    const e = options.endSerial;
    if (!Number.isInteger(e)) return fail("endNotWhole", "BAD_DATE", { place: placeParam({ sheet }), end: e }, { sheet });
    if (e < lastHeader) {
      return fail("afterEndDate", "INCONSISTENT_INPUT", { place: placeParam(headerAt(hi)), date: isoFromSerial(lastHeader), end: isoFromSerial(e) }, headerAt(hi));
    }
    end = e;
  }
  const span = end - first + 1;
  const dayOf = serials.map((s) => s - first);

  // The SKU rows.
  const index = new Map<string, number>();
  const names: string[] = [];
  const unitsBy: number[][] = [];
  const hasBy: Uint8Array[] = [];
  const rowsBy: number[][] = [];
  let used = 0;
  let blankRows = 0;
  let blankCells = 0;
  for (const r of block.rows) {
    const skuCell = cellValue(r.sku);
    const values = r.values;
    if (blank(skuCell) && values.every((v) => blank(cellValue(v)))) {
      blankRows++;
      continue;
    }
    const s = readText(skuCell, { sheet, row: r.row, column: columnLetter(skuColumn), address: cellAddress(sheet, r.row, skuColumn) });
    if (!s.ok) return s;
    const sku = s.value as string;
    for (let j = width; j < values.length; j++) {
      if (!blank(cellValue(values[j]))) {
        return fail("valueWithoutDate", "INCONSISTENT_INPUT", { place: placeParam(at(r.row, j)), last: placeParam(headerAt(width - 1)) }, at(r.row, j));
      }
    }
    let k = index.get(sku);
    if (k === undefined) {
      k = names.length;
      index.set(sku, k);
      names.push(sku);
      unitsBy.push(new Array<number>(span).fill(0));
      hasBy.push(new Uint8Array(span));
      rowsBy.push([]);
    }
    const units = unitsBy[k];
    const has = hasBy[k];
    rowsBy[k].push(r.row);
    used++;
    const cells = Math.min(values.length, hi + 1);
    blankCells += hi + 1 - Math.max(cells, lo);
    for (let j = lo; j < cells; j++) {
      const raw = values[j];
      let n: number;
      if (typeof raw === "number" && raw >= 0 && raw <= MAX_UNITS) n = raw; // fast path for the common case
      else {
        const v = cellValue(raw);
        if (blank(v)) {
          blankCells++;
          continue;
        }
        const read = readNumber(v, at(r.row, j), { min: 0, limit: MAX_UNITS });
        if (!read.ok) return read;
        n = read.value as number;
      }
      units[dayOf[j]] += n;
      has[dayOf[j]] = 1;
    }
  }
  if (used === 0) return fail("noWideRows", "EMPTY_SERIES", { place: placeParam({ sheet }) }, { sheet });

  const series: DailySeries[] = [];
  let missingAll = 0;
  for (let k = 0; k < names.length; k++) {
    const has = hasBy[k];
    let start = 0;
    while (start < span && has[start] === 0) start++;
    if (start === span) {
      const where = { sheet, row: rowsBy[k][0], sku: names[k] };
      return fail("skuWithoutValues", "EMPTY_SERIES", { place: placeParam({ sheet, row: rowsBy[k][0] }), sku: quoted(names[k]) }, where);
    }
    let missingDays = 0;
    for (let d = start; d < span; d++) if (has[d] === 0) missingDays++;
    missingAll += missingDays;
    const len = span - start;
    series.push({
      sku: names[k],
      startSerial: first + start,
      units: start === 0 ? unitsBy[k] : unitsBy[k].slice(start),
      excluded: new Array<boolean>(len).fill(false),
      missingDays,
      stockOutDays: 0,
    });
  }
  const duplicates: DuplicateSku[] = [];
  for (let k = 0; k < names.length; k++) if (rowsBy[k].length > 1) duplicates.push({ sku: names[k], rows: rowsBy[k].slice().sort((a, b) => a - b) });

  return ok({
    series,
    report: {
      rows: used,
      blankRows,
      skus: names.length,
      firstSerial: first,
      lastSerial: end,
      dateColumns: hi - lo + 1,
      gapDays: lastHeader - first + 1 - (hi - lo + 1),
      blankCells,
      missingDays: missingAll,
      duplicates,
      dayOrder: order.value,
      afterLastDay,
      isolated,
    },
  });
}
