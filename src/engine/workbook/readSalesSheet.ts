/**
 * The `Sales` sheet from a plain grid, in either layout DESIGN.md §3 allows:
 * long (Date, SKU, Units[, Marketplace, Revenue, OnHand], one row per SKU and
 * day) or wide (one row per SKU, one column per date).
 */
import { cellValue, isBlankCell } from "../cells";
import { parseDate, type DayOrder } from "../dates";
import { fail, ok, type Result } from "../errors";
import { listParam, phrase, placeParam, type MessageParam } from "../messages/messageText";
import { buildSeriesFromLong, type LongSeriesReport } from "../series/buildSeriesFromLong";
import { buildSeriesFromWide, type WideSalesRow, type WideSeriesReport } from "../series/buildSeriesFromWide";
import type { DailySeries } from "../series/dailySeries";
import type { LongColumn, LongSalesRow } from "../series/readLongRows";
import { SALES_SHEET, type SalesKey, type SheetSpec } from "./headerAliases";
import { bilingualName, headerKeyOf, normalizeHeader } from "./matchHeaders";
import { cellOf, readSheetTable, type Grid, type GridOptions } from "./sheetTable";

/** Options of {@link readSalesSheet}: the grid's place and date order, and the builders' options. */
export interface SalesSheetOptions extends GridOptions {
  /** Long layout only: keep only rows of this marketplace (a wide block has no Marketplace column, so it is ignored there). */
  readonly marketplace?: string;
  /** Extend every series with zeros (counted as missing days) to this Excel serial (days). */
  readonly endSerial?: number;
  /** Leave out sales dated after this Excel serial day (the plan date); the report counts them. */
  readonly lastDay?: number;
  /** The headers to read by (default `SALES_SHEET`; the Watch's `SALES_TO_DATE_SHEET` also knows Destination). */
  readonly spec?: SheetSpec<SalesKey>;
}

/** Long-layout result: the report of `buildSeriesFromLong`, and the header's sheet row. */
export interface LongSalesSheet {
  readonly layout: "long";
  readonly series: DailySeries[];
  /** `blankRows` counts every all-blank row below the header. */
  readonly report: LongSeriesReport & { readonly headerRow: number };
}

/** Wide-layout result: the report of `buildSeriesFromWide`, and the header's sheet row. */
export interface WideSalesSheet {
  readonly layout: "wide";
  readonly series: DailySeries[];
  readonly report: WideSeriesReport & { readonly headerRow: number };
}

/** What {@link readSalesSheet} read: the layout found, one series per SKU and the builder's report. */
export type SalesSheet = LongSalesSheet | WideSalesSheet;

/** How many non-blank rows from the top may be titles or notes before the header (as `readSheetTable`). */
const HEADER_SEARCH_ROWS = 10;
/** Fewest date cells that make a header row a wide date header. */
export const MIN_WIDE_DATE_COLUMNS = 7;
/** First cells of a wide header accepted besides the SKU header's spellings: 产品 ("product"), as Chinese wide reports head it. */
const WIDE_SKU_EXTRA = new Set(["产品", "product"].map(normalizeHeader));

const LONG_COLUMN: Readonly<Record<SalesKey, LongColumn>> = {
  Date: "date", SKU: "sku", Units: "units", Marketplace: "marketplace", Revenue: "revenue", OnHand: "onHand",
};

/** The Sales headers a row names, in sheet order (no repeats). */
function salesKeysOf(cells: readonly unknown[], spec: SheetSpec<SalesKey>): SalesKey[] {
  const keys: SalesKey[] = [];
  for (const c of cells) {
    const v = cellValue(c);
    const key = typeof v === "string" ? headerKeyOf(v, spec)?.key : undefined;
    if (key !== undefined && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** Index of a row's first non-blank cell when it heads a SKU column, else −1. */
function wideSkuIndex(cells: readonly unknown[], spec: SheetSpec<SalesKey>): number {
  const j = cells.findIndex((c) => !isBlankCell(c));
  if (j < 0) return -1;
  const v = cellValue(cells[j]);
  if (typeof v !== "string") return -1;
  return headerKeyOf(v, spec)?.key === "SKU" || WIDE_SKU_EXTRA.has(normalizeHeader(v)) ? j : -1;
}

/** Cells after `from` that read as dates (an ambiguous d/m text counts: it is a date, its order is settled later). */
function dateCellCount(cells: readonly unknown[], from: number, order: DayOrder | undefined): number {
  let n = 0;
  for (let j = from; j < cells.length; j++) {
    const v = cellValue(cells[j]);
    if (isBlankCell(v)) continue;
    const parsed = parseDate(typeof v === "string" ? v.trim() : v, "", order);
    if (parsed.ok || parsed.error.code === "AMBIGUOUS_DATE") n++;
  }
  return n;
}

/** The error when no header row of either layout is found, naming both layouts and the nearest miss. */
function noHeader(grid: Grid, sheet: string, firstRow: number, order: DayOrder | undefined, spec: SheetSpec<SalesKey>): Result<never> {
  const name = (key: SalesKey): string => bilingualName(spec.headers.find((h) => h.key === key) ?? { key, en: key, zh: key });
  const required = spec.headers.filter((h) => h.required).map((h) => h.key);
  const optional = spec.headers.filter((h) => !h.required).map((h) => name(h.key));
  let miss: MessageParam = "";
  let missRow: number | undefined;
  let missColumn: string | undefined;
  for (let i = 0, tried = 0; i < grid.length && tried < HEADER_SEARCH_ROWS && missRow === undefined; i++) {
    const cells = grid[i] ?? [];
    if (cells.every(isBlankCell)) continue;
    tried++;
    const keys = salesKeysOf(cells, spec);
    const sku = wideSkuIndex(cells, spec);
    if (keys.length >= 2) {
      const lacking = required.filter((k) => !keys.includes(k));
      missRow = firstRow + i;
      miss = phrase("salesHeaderLacks", { row: missRow, found: listParam(keys.map(name), "comma"), lacking: listParam(lacking.map(name)) });
      missColumn = spec.headers.find((h) => h.key === lacking[0])?.en;
    } else if (sku >= 0) {
      const dates = dateCellCount(cells, sku + 1, order);
      missRow = firstRow + i;
      miss = phrase(dates === 1 ? "salesHeaderOneDate" : "salesHeaderFewDates", { row: missRow, first: String(cellValue(cells[sku])).trim(), dates });
    }
  }
  return fail(
    "salesNoHeader",
    "MISSING_COLUMN",
    { place: placeParam({ sheet }), rows: HEADER_SEARCH_ROWS, required: listParam(required.map(name)), optional: listParam(optional, "comma"), minDates: MIN_WIDE_DATE_COLUMNS, miss },
    { sheet, ...(missRow !== undefined ? { row: missRow } : {}), ...(missColumn !== undefined ? { column: missColumn } : {}) },
  );
}

/**
 * Reads the `Sales` sheet into one daily series per SKU, finding the layout by
 * its header row (the first of the top ten non-blank rows that fits; title rows
 * above it are skipped):
 * - long, when the row names Date and Units (English or Chinese, any order, as
 *   `SALES_SHEET` spells them): the columns are matched by `readSheetTable` and
 *   the rows handed to `buildSeriesFromLong` with the headers as the sheet writes
 *   them, so its messages name sheet, row and column ("Sales row 5, Units: 'abc'
 *   is not a number");
 * - wide, when the row's first non-blank cell is SKU (an alias, or 产品) and at
 *   least {@link MIN_WIDE_DATE_COLUMNS} cells after it are dates (serials or
 *   text): the cells right of the SKU cell are the date header and each row
 *   below is a SKU, handed to `buildSeriesFromWide` (messages in A1 style,
 *   "Sales!H12: 'abc' is not a number").
 * All checks on dates, units, blanks, gaps and repeats are the builders' (see
 * them); their reports come back as they are, plus `headerRow` (and, for long
 * data, `blankRows` also counts the all-blank rows `readSheetTable` skipped).
 * @param grid the sheet's cells, from its first used row
 * @param options sheet name (default "Sales"), position of `grid[0][0]`, day
 * order of `a/b/yyyy` text dates, marketplace to keep (long only), end serial (days)
 * @returns the layout, series (SKUs in order of first appearance) and report;
 * MISSING_COLUMN naming both layouts' headers when no header row fits (and the
 * nearest miss, e.g. "Row 1 has Date (日期), SKU but not Units (销量)");
 * EMPTY_SERIES for an empty grid; otherwise the builders' first error
 * @example
 * readSalesSheet([["日期", "SKU", "销量"], ["2026-01-05", "A", 3], [46029, "A", 4]])
 * // ok: layout "long", series A from serial 46027 with units [3, 0, 4]; report.missingDays 1, headerRow 1
 */
export function readSalesSheet(grid: Grid, options: SalesSheetOptions = {}): Result<SalesSheet> {
  const spec = options.spec ?? SALES_SHEET;
  const sheet = options.sheet ?? spec.en;
  const firstRow = options.firstRow ?? 1;
  const firstColumn = options.firstColumn ?? 0;
  const order = options.dayOrder;

  let headerIndex = -1;
  let layout: "long" | "wide" = "long";
  let skuIndex = -1;
  for (let i = 0, tried = 0; i < grid.length && tried < HEADER_SEARCH_ROWS; i++) {
    const cells = grid[i] ?? [];
    if (cells.every(isBlankCell)) continue;
    tried++;
    const keys = salesKeysOf(cells, spec);
    if (keys.includes("Date") && keys.includes("Units")) {
      headerIndex = i;
      layout = "long";
      break;
    }
    const sku = wideSkuIndex(cells, spec);
    if (sku >= 0 && dateCellCount(cells, sku + 1, order) >= MIN_WIDE_DATE_COLUMNS) {
      headerIndex = i;
      layout = "wide";
      skuIndex = sku;
      break;
    }
  }
  if (headerIndex < 0) {
    return grid.every((cells) => (cells ?? []).every(isBlankCell)) ? fail("sheetEmpty", "EMPTY_SERIES", { place: placeParam({ sheet }) }, { sheet }) : noHeader(grid, sheet, firstRow, order, spec);
  }
  const headerRow = firstRow + headerIndex;

  if (layout === "wide") {
    const header = grid[headerIndex];
    const rows: WideSalesRow[] = [];
    for (let i = headerIndex + 1; i < grid.length; i++) {
      const cells = grid[i] ?? [];
      rows.push({ sku: cells[skuIndex], values: cells.slice(skuIndex + 1), row: firstRow + i });
    }
    const built = buildSeriesFromWide(
      { header: header.slice(skuIndex + 1), rows },
      {
        sheet,
        headerRow,
        skuColumn: firstColumn + skuIndex,
        firstDateColumn: firstColumn + skuIndex + 1,
        ...(order !== undefined ? { dayOrder: order } : {}),
        ...(options.endSerial !== undefined ? { endSerial: options.endSerial } : {}),
        ...(options.lastDay !== undefined ? { lastDay: options.lastDay } : {}),
      },
    );
    if (!built.ok) return built;
    return ok({ layout: "wide", series: built.value.series, report: { ...built.value.report, headerRow } });
  }

  // Long: let readSheetTable match the header row found (its errors name missing SKU, repeated headers …).
  const table = readSheetTable(grid.slice(headerIndex), spec, { sheet, firstRow: headerRow, firstColumn });
  if (!table.ok) return table;
  const t = table.value;
  const columns: Partial<Record<LongColumn, string>> = {};
  for (const key of Object.keys(t.labels) as SalesKey[]) columns[LONG_COLUMN[key]] = t.labels[key];
  const rows: LongSalesRow[] = t.rows.map((r) => ({
    row: r.row,
    date: cellOf(t, r, "Date"),
    sku: cellOf(t, r, "SKU"),
    units: cellOf(t, r, "Units"),
    marketplace: cellOf(t, r, "Marketplace"),
    revenue: cellOf(t, r, "Revenue"),
    onHand: cellOf(t, r, "OnHand"),
  }));
  const built = buildSeriesFromLong(rows, {
    sheet,
    columns,
    ...(order !== undefined ? { dayOrder: order } : {}),
    ...(options.marketplace !== undefined ? { marketplace: options.marketplace } : {}),
    ...(options.endSerial !== undefined ? { endSerial: options.endSerial } : {}),
    ...(options.lastDay !== undefined ? { lastDay: options.lastDay } : {}),
  });
  if (!built.ok) return built;
  const report = built.value.report;
  return ok({ layout: "long", series: built.value.series, report: { ...report, blankRows: report.blankRows + t.blankRows, headerRow } });
}
