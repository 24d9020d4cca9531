/**
 * A workbook held in memory: the tests' workbook and the browser preview's.
 * Sheets are plain grids; output tables keep their headers and formats so the
 * preview can show dates as dates and money as money. Browser-safe: no Node,
 * no exceljs, no Office.
 */
import type { CellFormat, ChartSpec, Highlight, OutputCell, OutputColumn, OutputTable } from "../engine/plan/outputTable";
import type { SheetKind } from "../engine/workbook/headerAliases";
import { serialFromDate } from "./dateSerial";
import { usedRange } from "./usedRange";
import type { Grid, OutputLanguage, WorkbookPort } from "./workbookPort";
import {
  checkTableWrite, ownedTableName, sameSheetName, sheetNameProblem, tableElsewhereMessage, userSheetMessage,
} from "./writeChecks";

/** An output table as written: what the preview renders. */
export interface MemoryTable {
  /** The sheet it is on. */
  readonly sheet: string;
  /** `PeakStock_<Kind>`. */
  readonly name: string;
  readonly kind: SheetKind;
  readonly language: OutputLanguage;
  readonly columns: readonly OutputColumn[];
  /** Header row as written (in `language`). */
  readonly headers: readonly string[];
  /** Format per column, in column order. */
  readonly formats: readonly CellFormat[];
  /** Data rows (dates as serial days), without the header. */
  readonly rows: readonly (readonly OutputCell[])[];
  /** Rows frozen at the top: the header. */
  readonly frozenRows: number;
  /** Conditional formats asked for (Alerts by severity). */
  readonly highlights: readonly Highlight[];
  /** The chart drawn over the table, when written by writeChart. */
  readonly chartTitle: string | null;
}

/** One sheet: its values from A1 and, on an output sheet, the table it holds. */
export interface MemorySheet {
  readonly name: string;
  /** The used range as {@link WorkbookPort.readSheet} returns it. */
  readonly values: Grid;
  /** The PeakStock table on this sheet, or null on a user's sheet. */
  readonly table: MemoryTable | null;
}

interface StoredSheet {
  name: string;
  values: Grid;
  table: MemoryTable | null;
}

/** A copy of a grid as read: dates as Excel serials, blanks null, rectangular. */
function toGrid(rows: readonly (readonly unknown[])[]): Grid {
  return usedRange(rows.map((row) => row.map((v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? serialFromDate(v) : v))));
}

/** {@link WorkbookPort} over plain grids, with read access to what was written. */
export class MemoryWorkbook implements WorkbookPort {
  private readonly sheets: StoredSheet[] = [];
  private settings: string | null = null;
  private readonly listeners = new Set<() => void>();

  /**
   * Calls `listener` after every write (tables, charts, settings, replaced
   * sheets), so the browser preview can redraw its grid.
   * @returns a function that stops the calls
   */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Replaces or adds an input sheet, as a user editing the workbook would (preview and tests). */
  setSheet(name: string, rows: readonly (readonly unknown[])[]): void {
    const existing = this.find(name);
    if (existing && existing.table !== null) throw new Error(userSheetMessage(name));
    if (existing) existing.values = toGrid(rows);
    else this.sheets.push({ name, values: toGrid(rows), table: null });
    this.changed();
  }

  /** Removes a sheet (preview and tests). */
  removeSheet(name: string): void {
    const existing = this.find(name);
    if (existing) this.sheets.splice(this.sheets.indexOf(existing), 1);
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

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
      this.sheets.push({ name, values: toGrid(rows), table: null });
    }
  }

  private find(name: string): StoredSheet | undefined {
    return this.sheets.find((sheet) => sameSheetName(sheet.name, name));
  }

  async sheetNames(): Promise<string[]> {
    return this.sheets.map((sheet) => sheet.name);
  }

  async readSheet(name: string): Promise<Grid> {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`The workbook has no sheet named "${name}"`);
    return sheet.values.map((row) => [...row]);
  }

  async ownedSheetOf(kind: SheetKind): Promise<string | null> {
    return this.sheets.find((sheet) => sheet.table?.kind === kind)?.name ?? null;
  }

  async isOwnedSheet(name: string): Promise<boolean> {
    return this.find(name)?.table != null;
  }

  async writeTable(sheetName: string, table: OutputTable, language: OutputLanguage): Promise<void> {
    const headers = checkTableWrite(sheetName, table, language);
    const existing = this.find(sheetName);
    if (existing && existing.table === null) throw new Error(userSheetMessage(existing.name));
    const tableName = ownedTableName(table.kind);
    const other = this.sheets.find((s) => s !== existing && s.table !== null && sameSheetName(s.table.name, tableName));
    if (other) throw new Error(tableElsewhereMessage(tableName, other.name, sheetName));

    const rows = table.rows.map((row) => Object.freeze([...row]));
    const written: MemoryTable = Object.freeze({
      sheet: sheetName,
      name: tableName,
      kind: table.kind,
      language,
      columns: Object.freeze(table.columns.map((c) => Object.freeze({ ...c }))),
      headers: Object.freeze(headers),
      formats: Object.freeze(table.columns.map((c) => c.format)),
      rows: Object.freeze(rows),
      frozenRows: 1,
      highlights: Object.freeze([...(table.highlights ?? [])]),
      chartTitle: null,
    });
    const next: StoredSheet = { name: sheetName, values: usedRange([headers, ...rows]), table: written };
    if (existing) this.sheets[this.sheets.indexOf(existing)] = next;
    else this.sheets.push(next);
    this.changed();
  }

  async writeChart(sheetName: string, chart: ChartSpec, language: OutputLanguage): Promise<void> {
    await this.writeTable(sheetName, chart.table, language);
    const sheet = this.find(sheetName) as StoredSheet;
    sheet.table = Object.freeze({ ...(sheet.table as MemoryTable), chartTitle: chart.title });
    this.changed();
  }

  async loadSettings(): Promise<string | null> {
    return this.settings;
  }

  async saveSettings(json: string): Promise<void> {
    this.settings = json;
    this.changed();
  }

  /** A sheet's values and table (undefined when there is no such sheet); names ignore case. */
  getSheet(name: string): MemorySheet | undefined {
    const sheet = this.find(name);
    return sheet && { name: sheet.name, values: sheet.values.map((row) => [...row]), table: sheet.table };
  }

  /** The PeakStock tables, in tab order. */
  tables(): MemoryTable[] {
    return this.sheets.flatMap((sheet) => (sheet.table ? [sheet.table] : []));
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
