/**
 * A header-and-rows sheet read from a plain grid: the header row found and
 * matched, the data rows kept with their sheet row numbers. The first step of
 * `readSkuSheet` and `readLanesSheet`.
 */
import { cellValue, isBlankCell } from "../cells";
import type { DayOrder } from "../dates";
import { fail, ok, relocated, type ErrorLocation, type Result } from "../errors";
import { placeParam } from "../messages/messageText";
import type { SheetSpec } from "./headerAliases";
import { matchHeaders, type HeaderColumns } from "./matchHeaders";

/** A sheet as rows of cell values (numbers, text, booleans, blanks, Excel errors, exceljs objects). */
export type Grid = readonly (readonly unknown[])[];

/** Where a grid sits on its sheet, and how to read it. */
export interface GridOptions {
  /** Sheet name for messages (default the contract's English name: "SKUs", "Lanes" …). */
  readonly sheet?: string;
  /** 1-based sheet row of `grid[0]` (default 1). */
  readonly firstRow?: number;
  /** 0-based sheet column of `grid[r][0]` (default 0, column A). */
  readonly firstColumn?: number;
  /** Day order of `a/b/yyyy` text dates, when the user said which. */
  readonly dayOrder?: DayOrder;
}

/** One non-blank data row and its 1-based sheet row. */
export interface TableRow {
  readonly row: number;
  readonly cells: readonly unknown[];
}

/** A matched sheet: where each header is, how the sheet spells it, and the data rows. */
export interface SheetTable<K extends string> {
  readonly sheet: string;
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
  readonly columns: HeaderColumns<K>;
  /** Each found header as the sheet writes it (trimmed), for messages. */
  readonly labels: Readonly<Partial<Record<K, string>>>;
  /** Data rows below the header, all-blank rows left out. */
  readonly rows: readonly TableRow[];
  readonly blankRows: number;
}

/** How many non-blank rows from the top may be titles or notes before the header. */
const HEADER_SEARCH_ROWS = 10;

/**
 * Finds the header row (the first of the top ten non-blank rows whose headers
 * match, so a title row above it is fine), matches it with `matchHeaders`, and
 * keeps every row below it that has a non-blank cell.
 * @param grid the sheet's cells, from its first used row
 * @param spec the sheet's headers
 * @returns the table, or the header row's MISSING_COLUMN / DUPLICATE_KEY error
 * (that of the first non-blank row when no row matches), or EMPTY_SERIES for an empty grid
 * @example readSheetTable([["SKU", "Unit cost"], ["A", 2], [], ["B", 3]], SKU_SHEET)
 * // ok: headerRow 1, columns { SKU: 0, UnitCost: 1 }, rows [{ row: 2, … }, { row: 4, … }], blankRows 1
 */
export function readSheetTable<K extends string>(grid: Grid, spec: SheetSpec<K>, options: GridOptions = {}): Result<SheetTable<K>> {
  const sheet = options.sheet ?? spec.en;
  const firstRow = options.firstRow ?? 1;
  const firstColumn = options.firstColumn ?? 0;
  const blank = (cells: readonly unknown[] | undefined): boolean => !cells || cells.every(isBlankCell);

  let headerIndex = -1;
  let columns: HeaderColumns<K> | undefined;
  let firstFailure: Result<SheetTable<K>> | undefined;
  let tried = 0;
  for (let i = 0; i < grid.length && tried < HEADER_SEARCH_ROWS; i++) {
    if (blank(grid[i])) continue;
    tried++;
    const matched = matchHeaders(grid[i], spec, sheet, firstColumn);
    if (matched.ok) {
      headerIndex = i;
      columns = matched.value;
      break;
    }
    const failure = relocated<SheetTable<K>>(matched.error, { ...matched.error.where, row: firstRow + i });
    if (matched.error.code === "DUPLICATE_KEY") return failure;
    firstFailure ??= failure;
  }
  if (!columns) return firstFailure ?? fail("sheetEmpty", "EMPTY_SERIES", { place: placeParam({ sheet }) }, { sheet });

  const labels: Partial<Record<K, string>> = {};
  const header = grid[headerIndex];
  for (const key of Object.keys(columns) as K[]) {
    labels[key] = String(cellValue(header[columns[key] as number])).trim();
  }
  const rows: TableRow[] = [];
  let blankRows = 0;
  for (let i = headerIndex + 1; i < grid.length; i++) {
    if (blank(grid[i])) blankRows++;
    else rows.push({ row: firstRow + i, cells: grid[i] });
  }
  return ok({ sheet, headerRow: firstRow + headerIndex, columns, labels, rows, blankRows });
}

/**
 * The raw cell of a header in a row (undefined when the sheet has no such column).
 * @example cellOf(table, { row: 2, cells: ["A", 2] }, "UnitCost") // 2 when UnitCost is column B
 */
export function cellOf<K extends string>(table: SheetTable<K>, row: TableRow, key: K): unknown {
  const j = table.columns[key];
  return j === undefined ? undefined : row.cells[j];
}

/**
 * Structured location of a cell, which messages name: sheet, 1-based row and the
 * column's header as the sheet writes it (else the key).
 * @example locationOf(table, 5, "UnitCost") // { sheet: "SKUs", row: 5, column: "Unit cost (USD)" }
 */
export function locationOf<K extends string>(table: SheetTable<K>, row: number, key: K): ErrorLocation {
  return { sheet: table.sheet, row, column: table.labels[key] ?? key };
}
