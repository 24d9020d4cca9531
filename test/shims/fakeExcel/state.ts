/**
 * A hand-made stand-in for Excel behind Office.js, for the OfficeWorkbook tests:
 * sheets with cells and number formats, tables, frozen rows, conditional
 * formats, charts, and a request context that queues every read and write and
 * runs them in order at `sync()` as Office.js does (a failing command stops the
 * batch; the commands before it stay done). office-addin-mock cannot model this
 * part: its objects are a fixed tree, `collection.load("items/name")` throws
 * there, objects made by `add()` are not reached by its `sync()`, and it has no
 * order of commands.
 *
 * Each sync is logged with the commands it carried and the bytes of the values
 * and number formats it sent, measured here (UTF-8 JSON), independently of what
 * PeakStock estimates.
 */
import { FakeContext } from "./context";

/** An error as Office.js raises it: `code` is one of `Excel.ErrorCodes`. */
export class FakeOfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export interface ConditionalFormatRecord {
  address: string;
  type: string;
  formula: string | null;
  fill: string | null;
}

export interface ChartRecord {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  categoryNames: string | null;
  series: { name: string; values: string | null }[];
  position: string[];
  /** What was set on the series by position (`series.getItemAt(i)`), as "i property value", in order. */
  seriesSettings?: string[];
}

export interface SheetRecord {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Cell values by row and column (0-based); undefined or "" is blank. */
  values: unknown[][];
  /** Number formats by row and column; undefined is General. */
  formats: string[][];
  frozenRows: number;
  /** Column widths in points by column. */
  widths: Map<number, number>;
  conditionalFormats: ConditionalFormatRecord[];
  charts: ChartRecord[];
  /** Cell formatting beyond number formats, as queued: one entry per call, e.g. "wrapText A2:A9 true", "autofitRows A1:C9". */
  cellFormatting: string[];
  /** `worksheet.pageLayout` as set (ExcelApi 1.9): property → value; "printTitleRows" for setPrintTitleRows. */
  pageLayout: Record<string, unknown>;
}

export interface TableRecord {
  name: string;
  sheet: SheetRecord;
  address: string;
  style: string;
}

/** One command queued on a context. */
export interface Op {
  readonly name: string;
  /** Bytes of the values or formats it sends. */
  readonly bytes: number;
  readonly apply: () => void;
}

export interface SyncRecord {
  ops: string[];
  sentBytes: number;
  calcSuspended: boolean;
  screenSuspended: boolean;
  error: string | null;
}

/** A cell as Excel would store a value typed into a cell of this format. */
export function storeValue(value: unknown, format: string | undefined): unknown {
  if (typeof value !== "string" || value === "") return value;
  if (format === "@") return value; // Text: kept as sent (assumed for a leading apostrophe too; not checkable here)
  if (value.startsWith("'")) return value.slice(1); // the quote prefix
  const number = Number(value);
  if (value.trim() !== "" && Number.isFinite(number)) return number; // "00123", "+1", "-1"
  if (/^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
  if (/^[=+\-@]/.test(value)) return "#NAME?"; // read as a formula
  return value;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

/** Column letters of a 0-based column. */
export function letters(column0: number): string {
  let n = column0 + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function columnOf(text: string): number {
  let n = 0;
  for (const ch of text) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export interface Box {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** "B2:D10" or "A1" as a box. */
export function parseAddress(address: string): Box {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address);
  if (!match) throw new FakeOfficeError("InvalidArgument", `Bad address ${address}`);
  const [, c1, r1, c2 = c1, r2 = r1] = match;
  const row = Number(r1) - 1;
  const column = columnOf(c1);
  return { row, column, rows: Number(r2) - row, columns: columnOf(c2) - column + 1 };
}

export function addressOf(box: Box): string {
  return `${letters(box.column)}${box.row + 1}:${letters(box.column + box.columns - 1)}${box.row + box.rows}`;
}

/** True when two boxes share a cell. */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The fake Excel: its workbook state, its `run`, and what the tests inject and inspect. */
export class FakeExcel {
  sheets: SheetRecord[] = [];
  tables: TableRecord[] = [];
  active: SheetRecord | null = null;
  readonly syncs: SyncRecord[] = [];
  /** Names of the sheets deleted and renamed (from → to), in order: a re-run must delete or rename none of the seller's or its own. */
  readonly deleted: string[] = [];
  readonly renamed: string[] = [];
  runs = 0;
  /** Syncs still to refuse as if a cell were being edited. */
  cellEditSyncs = 0;
  private failures: { match: (op: Op) => boolean; error: FakeOfficeError }[] = [];
  /** Syncs still to let through before one fails (null: none is to fail). */
  private syncsBeforeFailure: number | null = null;
  private tableCount = 0;

  constructor(sheets: Record<string, readonly (readonly unknown[])[]> = {}) {
    for (const [name, rows] of Object.entries(sheets)) this.addSheet(name, rows);
  }

  /** `Excel.run`: a new context for the batch, its queue flushed at the end as Office.js does. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs++;
    const context = new FakeContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending()) await context.sync();
    return result;
  };

  /** Adds a sheet holding `rows` from A1 (as a user would type them; Dates are not converted). */
  addSheet(name: string, rows: readonly (readonly unknown[])[] = [], visibility: SheetRecord["visibility"] = "Visible"): SheetRecord {
    const record = this.newSheet(name);
    record.visibility = visibility;
    rows.forEach((row, r) => row.forEach((value, c) => this.setCell(record, r, c, value ?? "")));
    if (this.active === null) this.active = record;
    return record;
  }

  newSheet(name: string): SheetRecord {
    if (this.findSheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} already exists`);
    if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name)) throw new FakeOfficeError("InvalidArgument", `Bad sheet name ${name}`);
    const record: SheetRecord = { name, visibility: "Visible", values: [], formats: [], frozenRows: 0, widths: new Map(), conditionalFormats: [], charts: [], cellFormatting: [], pageLayout: {} };
    this.sheets.push(record);
    return record;
  }

  findSheet(name: string): SheetRecord | undefined {
    return this.sheets.find((sheet) => same(sheet.name, name));
  }

  sheetOrThrow(name: string): SheetRecord {
    const sheet = this.findSheet(name);
    if (!sheet) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (sheet ${name}).`);
    return sheet;
  }

  renameSheet(sheet: SheetRecord, name: string): void {
    const other = this.findSheet(name);
    if (other && other !== sheet) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} already exists`);
    this.renamed.push(`${sheet.name} → ${name}`);
    sheet.name = name;
  }

  deleteSheet(sheet: SheetRecord): void {
    const index = this.sheets.indexOf(sheet);
    if (index < 0) throw new FakeOfficeError("ItemNotFound", "The sheet was deleted");
    this.sheets.splice(index, 1);
    this.deleted.push(sheet.name);
    this.tables = this.tables.filter((table) => table.sheet !== sheet);
    if (this.active === sheet) this.active = this.sheets.find((s) => s.visibility === "Visible") ?? null;
  }

  moveSheet(sheet: SheetRecord, position: number): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(Math.max(0, Math.min(position, this.sheets.length)), 0, sheet);
  }

  addTable(sheet: SheetRecord, address: string): TableRecord {
    const box = parseAddress(address);
    if (box.rows === 1) box.rows = 2; // Excel adds a blank data row under a header-only table
    let name = "";
    do name = `Table${++this.tableCount}`; while (this.findTable(name));
    const table: TableRecord = { name, sheet, address: addressOf(box), style: "TableStyleMedium2" };
    this.tables.push(table);
    return table;
  }

  findTable(name: string): TableRecord | undefined {
    return this.tables.find((table) => same(table.name, name));
  }

  renameTable(table: TableRecord, name: string): void {
    const other = this.findTable(name);
    if (other && other !== table) throw new FakeOfficeError("InvalidArgument", `A table named ${name} already exists`);
    table.name = name;
  }

  setCell(sheet: SheetRecord, row: number, column: number, value: unknown): void {
    (sheet.values[row] ??= [])[column] = storeValue(value, sheet.formats[row]?.[column]);
  }

  /** The used range by value (`getUsedRange(true)`), or null when the sheet has no values. */
  usedBox(sheet: SheetRecord): Box | null {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    sheet.values.forEach((row, r) => row?.forEach((value, c) => {
      if (isBlank(value)) return;
      top = Math.min(top, r); left = Math.min(left, c); bottom = Math.max(bottom, r); right = Math.max(right, c);
    }));
    return bottom < 0 ? null : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  /** Values of a box as Office.js returns them: blanks "". */
  valuesOf(sheet: SheetRecord, box: Box): unknown[][] {
    return Array.from({ length: box.rows }, (_, r) => Array.from({ length: box.columns }, (_, c) => {
      const value = sheet.values[box.row + r]?.[box.column + c];
      return isBlank(value) ? "" : value;
    }));
  }

  /** A sheet's values from A1 to its used range's end, blanks null (for assertions). */
  grid(name: string): unknown[][] {
    const sheet = this.sheetOrThrow(name);
    const box = this.usedBox(sheet);
    if (!box) return [];
    return this.valuesOf(sheet, { row: 0, column: 0, rows: box.row + box.rows, columns: box.column + box.columns }).map((row) => row.map((v) => (v === "" ? null : v)));
  }

  /** Makes the `nth` command (1 = the first) whose name matches fail with `code` (once). */
  failOn(name: string | RegExp, code = "GeneralException", message = `Injected failure at ${String(name)}`, nth = 1): void {
    let seen = 0;
    const matches = (op: Op): boolean => typeof name === "string" ? op.name === name : name.test(op.name);
    this.failures.push({ match: (op) => matches(op) && ++seen === nth, error: new FakeOfficeError(code, message) });
  }

  /**
   * Makes the `n`th sync from now (1 = the next) fail part-way: the commands of
   * its first half run, then it throws, as a dropped connection would leave it.
   */
  failAtSync(n: number, code = "GeneralException"): void {
    this.syncsBeforeFailure = n - 1;
    this.syncFailureCode = code;
  }

  private syncFailureCode = "GeneralException";

  /** Resizes a table as `Table.resize` does: the header stays in its row and the new range overlaps the old. */
  resizeTable(table: TableRecord, address: string): void {
    const old = parseAddress(table.address);
    const box = parseAddress(address);
    if (box.row !== old.row || !boxesOverlap(box, old) || box.rows < 2) throw new FakeOfficeError("InvalidArgument", `Cannot resize ${table.name} from ${table.address} to ${address}`);
    const other = this.tables.find((t) => t !== table && t.sheet === table.sheet && boxesOverlap(parseAddress(t.address), box));
    if (other) throw new FakeOfficeError("InvalidOperation", `${address} overlaps table ${other.name}`);
    table.address = addressOf(box);
  }

  /** Runs a context's queue: called by FakeContext.sync. */
  execute(ops: readonly Op[]): void {
    const record: SyncRecord = { ops: ops.map((op) => op.name), sentBytes: ops.reduce((sum, op) => sum + op.bytes, 0), calcSuspended: false, screenSuspended: false, error: null };
    this.syncs.push(record);
    if (this.syncsBeforeFailure !== null && this.syncsBeforeFailure-- === 0) {
      this.syncsBeforeFailure = null;
      const done = Math.floor(ops.length / 2);
      for (const op of ops.slice(0, done)) op.apply();
      record.error = `sync ${this.syncs.length}: ${this.syncFailureCode}`;
      throw new FakeOfficeError(this.syncFailureCode, `Injected failure at sync ${this.syncs.length}`);
    }
    if (this.cellEditSyncs > 0) {
      this.cellEditSyncs--;
      record.error = "InvalidOperationInCellEditMode";
      throw new FakeOfficeError("InvalidOperationInCellEditMode", "The operation is not allowed while a cell is being edited.");
    }
    for (const op of ops) {
      const failure = this.failures.findIndex((f) => f.match(op));
      if (failure >= 0) {
        const [{ error }] = this.failures.splice(failure, 1);
        record.error = `${op.name}: ${error.code}`;
        throw error;
      }
      if (op.name === "application.suspendApiCalculationUntilNextSync") record.calcSuspended = true;
      if (op.name === "application.suspendScreenUpdatingUntilNextSync") record.screenSuspended = true;
      try {
        op.apply();
      } catch (error) {
        record.error = `${op.name}: ${(error as FakeOfficeError).code ?? String(error)}`;
        throw error;
      }
    }
  }
}
