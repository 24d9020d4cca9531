/**
 * A workbook held in memory: the tests' workbook and the browser preview's.
 * A sheet is a grid of cells plus any number of Excel tables over it (PeakStock's
 * and the user's); output tables keep their headers and formats so the preview
 * can show dates as dates and money as money. Outputs are replaced in place, as
 * in Excel: the sheet object and its tab stay, the table keeps its name and
 * top-left cell, other cells are kept. Browser-safe: no Node, no exceljs, no Office.
 */
import { serialFromDate } from "./dateSerial";
import {
  overlaps, setCell, toCells, writeTableInto, type MemorySheet, type MemoryTable, type SheetContents, type StoredSheet, type StoredTable,
} from "./memorySheet";
import { parseOwnership } from "./ownershipRegistry";
import { usedRange } from "./usedRange";
import type { Grid, OutputLanguage, OutputWrite, TableInfo, WorkbookPort } from "./workbookPort";
import { checkOutputTargets, checkTableWrite, sameSheetName, sheetNameProblem } from "./writeChecks";

export type { MemorySheet, MemoryTable } from "./memorySheet";

/** {@link WorkbookPort} over plain grids, with read access to what was written. */
export class MemoryWorkbook implements WorkbookPort {
  private readonly sheets: StoredSheet[] = [];
  private settings: string | null = null;
  private ownership: string | null = null;
  private readonly listeners = new Set<() => void>();

  /**
   * @param sheets input sheets by name, in tab order (note: JavaScript puts
   * integer-like keys such as "2024" first); Dates become serial days
   * @throws Error for an invalid sheet name or two names equal ignoring case
   */
  constructor(sheets: Readonly<Record<string, readonly (readonly unknown[])[]>> = {}) {
    for (const [name, rows] of Object.entries(sheets)) {
      const problem = sheetNameProblem(name);
      if (problem !== null) throw new Error(`Cannot create the workbook: ${problem}`);
      if (this.find(name)) throw new Error(`Cannot create the workbook: two sheets are named "${name}" (names ignore case)`);
      this.sheets.push({ name, cells: toCells(rows), tables: [] });
    }
  }

  /**
   * Calls `listener` after every change (outputs, settings, sheets edited), so
   * the browser preview can redraw its grid.
   * @returns a function that stops the calls
   */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  private find(name: string): StoredSheet | undefined {
    return this.sheets.find((sheet) => sameSheetName(sheet.name, name));
  }

  private sheetOrThrow(name: string): StoredSheet {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`The workbook has no sheet named "${name}"`);
    return sheet;
  }

  /**
   * Replaces or adds a sheet of plain values, as a user pasting a sheet would
   * (preview and tests).
   * @throws Error when the sheet holds tables (edit it with {@link setCells})
   */
  setSheet(name: string, rows: readonly (readonly unknown[])[]): void {
    const existing = this.find(name);
    if (existing && existing.tables.length > 0) throw new Error(`Sheet "${existing.name}" holds tables: type into it with setCells instead`);
    if (existing) existing.cells = toCells(rows);
    else {
      const problem = sheetNameProblem(name);
      if (problem !== null) throw new Error(`Cannot add the sheet: ${problem}`);
      this.sheets.push({ name, cells: toCells(rows), tables: [] });
    }
    this.changed();
  }

  /**
   * Types `rows` into a sheet from zero-based (`top`, `left`), as a user would:
   * notes beside a table, or formulas as their text ("=Plan!B2"). Blank cells
   * in `rows` (null) are left as they were.
   */
  setCells(name: string, top: number, left: number, rows: readonly (readonly unknown[])[]): void {
    const sheet = this.sheetOrThrow(name);
    rows.forEach((row, r) => row.forEach((value, c) => {
      if (value !== null && value !== undefined) setCell(sheet.cells, top + r, left + c, value instanceof Date ? serialFromDate(value) : value);
    }));
    this.changed();
  }

  /**
   * Makes the user's Excel table `name` over a range of a sheet (header row
   * included), as Insert ▸ Table does.
   * @throws Error when a table of that name exists (ignoring case) or the range overlaps another table
   */
  addTable(sheetName: string, name: string, box: { top: number; left: number; rows: number; columns: number }): void {
    const sheet = this.sheetOrThrow(sheetName);
    if (this.allTables().some((t) => sameSheetName(t.name, name))) throw new Error(`A table named ${name} already exists`);
    if (sheet.tables.some((t) => overlaps(t, box))) throw new Error(`The range overlaps a table on sheet "${sheet.name}"`);
    sheet.tables.push({ name, ...box, written: null });
    this.changed();
  }

  /**
   * Renames a sheet, as a seller keeping an old plan would (Plan → "Plan Sept").
   * @throws Error for an invalid or taken name
   */
  renameSheet(from: string, to: string): void {
    const sheet = this.sheetOrThrow(from);
    const problem = sheetNameProblem(to);
    if (problem !== null) throw new Error(`Cannot rename the sheet: ${problem}`);
    const other = this.find(to);
    if (other && other !== sheet) throw new Error(`A sheet named "${other.name}" already exists`);
    sheet.name = to;
    for (const table of sheet.tables) if (table.written) table.written = Object.freeze({ ...table.written, sheet: to });
    this.changed();
  }

  /** Renames a table, as a seller can in Excel's Table Design tab. */
  renameTable(from: string, to: string): void {
    const table = this.allTables().find((t) => sameSheetName(t.name, from));
    if (!table) throw new Error(`The workbook has no table named ${from}`);
    if (this.allTables().some((t) => t !== table && sameSheetName(t.name, to))) throw new Error(`A table named ${to} already exists`);
    table.name = to;
    if (table.written) table.written = Object.freeze({ ...table.written, name: to });
    this.changed();
  }

  /** Removes a sheet and its tables (preview and tests). */
  removeSheet(name: string): void {
    const existing = this.find(name);
    if (existing) this.sheets.splice(this.sheets.indexOf(existing), 1);
    this.changed();
  }

  private allTables(): StoredTable[] {
    return this.sheets.flatMap((sheet) => sheet.tables);
  }

  async sheetNames(): Promise<string[]> {
    return this.sheets.map((sheet) => sheet.name);
  }

  async readSheet(name: string): Promise<Grid> {
    return usedRange(this.sheetOrThrow(name).cells);
  }

  async listTables(): Promise<TableInfo[]> {
    return this.tableInfos();
  }

  private tableInfos(): TableInfo[] {
    return this.sheets.flatMap((sheet) => sheet.tables.map(({ name, top, left, rows, columns }) => ({ name, sheet: sheet.name, top, left, rows, columns })));
  }

  /**
   * Called before each output is staged (index in `writes`); throwing here
   * aborts the whole call with nothing changed. Tests override it to inject a
   * failure part-way.
   */
  protected beforeStage(_write: OutputWrite, _index: number): void {
    // Nothing to do in the workbook itself.
  }

  async writeOutputs(writes: readonly OutputWrite[], language: OutputLanguage, ownership: string): Promise<void> {
    const headers = writes.map(({ target, table }) => checkTableWrite(target.sheet, table, language));
    checkOutputTargets(writes, { sheetNames: await this.sheetNames(), tables: this.tableInfos() });
    // Stage every output on copies; only when all are built do they replace what is there.
    const staged = new Map<StoredSheet, SheetContents>();
    const created: StoredSheet[] = [];
    writes.forEach((write, i) => {
      this.beforeStage(write, i);
      const { target } = write;
      if (target.mode === "replace") {
        const sheet = this.sheetOrThrow(target.sheet);
        const stage: SheetContents = { cells: sheet.cells.map((row) => (row ? [...row] : row)), tables: sheet.tables.map((t) => ({ ...t })) };
        staged.set(sheet, stage);
        writeTableInto(stage, stage.tables.find((t) => sameSheetName(t.name, target.tableName)) as StoredTable, write, headers[i], language);
      } else {
        const slot: StoredTable = { name: target.tableName, top: 0, left: 0, rows: 0, columns: 0, written: null };
        const sheet: StoredSheet = { name: target.sheet, cells: [], tables: [slot] };
        writeTableInto(sheet, slot, write, headers[i], language);
        created.push(sheet);
      }
    });
    for (const [sheet, stage] of staged) {
      sheet.cells = stage.cells; // the same sheet object, in the same tab position
      sheet.tables = stage.tables;
    }
    this.sheets.push(...created);
    this.ownership = ownership;
    this.changed();
  }

  async loadOwnership(): Promise<string | null> {
    return this.ownership;
  }

  async loadSettings(): Promise<string | null> {
    return this.settings;
  }

  async saveSettings(json: string): Promise<void> {
    this.settings = json;
    this.changed();
  }

  /** A sheet's values and tables (undefined when there is no such sheet); names ignore case. */
  getSheet(name: string): MemorySheet | undefined {
    const sheet = this.find(name);
    if (!sheet) return undefined;
    const written = sheet.tables.filter((t) => t.written !== null);
    const owned = new Set(this.ownedTableNames());
    const table = (written.find((t) => owned.has(t.name.toLowerCase())) ?? written[0])?.written ?? null;
    return {
      name: sheet.name,
      values: usedRange(sheet.cells),
      table,
      tables: sheet.tables.map(({ name: tableName, top, left, rows, columns }) => ({ name: tableName, sheet: sheet.name, top, left, rows, columns })),
    };
  }

  private ownedTableNames(): string[] {
    return parseOwnership(this.ownership).tables.map((t) => t.table.toLowerCase());
  }

  /** The output tables PeakStock owns (the ownership registry names them), as written, in tab order. */
  tables(): MemoryTable[] {
    const owned = new Set(this.ownedTableNames());
    return this.allTables().flatMap((t) => (t.written !== null && owned.has(t.name.toLowerCase()) ? [t.written] : []));
  }
}

/**
 * A memory workbook holding `sheets` (grids from A1, row by row).
 * @example const book = createMemoryWorkbook({ Sales: [["Date", "SKU", "Units"], [46353, "A-1", 3]] });
 * await book.readSheet("Sales") // [["Date", "SKU", "Units"], [46353, "A-1", 3]]
 */
export function createMemoryWorkbook(sheets: Readonly<Record<string, readonly (readonly unknown[])[]>> = {}): MemoryWorkbook {
  return new MemoryWorkbook(sheets);
}
