/**
 * A workbook in an .xlsx file, through exceljs: the command line's workbook.
 * Node only (it reads and writes files); the browser preview uses
 * `memoryWorkbook.ts` instead.
 *
 * Caveat of exceljs: it keeps values, styles, tables, merges, defined names,
 * data validation and conditional formats of the sheets it does not touch, but
 * drops what it does not model (charts, pivot tables, slicers, threaded
 * comments). Saving over the user's own file can lose those.
 */
import { randomBytes } from "node:crypto";
import { open as openFile, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { ValueType, Workbook, type Worksheet } from "exceljs";
import { columnLetter } from "../engine/cells";
import type { Highlight, OutputTable } from "../engine/plan/outputTable";
import { columnWidth, NUMBER_FORMATS } from "./columnLayout";
import { dateFromSerial } from "./dateSerial";
import { chunkText } from "./settingsChunks";
import { usedRange } from "./usedRange";
import { plainCellValue } from "./xlsxCellValue";
import { encodeXlsxText, needsXlsxEncoding } from "./xlsxText";
import type { Grid, OutputLanguage, OutputWrite, TableInfo, WorkbookPort } from "./workbookPort";
import { checkOutputTargets, checkTableWrite, sameSheetName, SETTINGS_SHEET_NAME } from "./writeChecks";

/** exceljs keeps a sheet's tab position in `orderNo`, which its typings omit. */
type OrderedWorksheet = Worksheet & { orderNo: number };

/** exceljs's typings give `getTables()` a wrong element type; at run time each has its model in `table`. */
function tableModels(sheet: Worksheet): { name: string; tableRef?: string; ref: string }[] {
  return (sheet.getTables() as unknown as { table: { name: string; tableRef?: string; ref: string } }[]).map((t) => t.table);
}

/** Zero-based row and column of an A1 cell ("C3" → { row: 2, column: 2 }). */
function cellOf(a1: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1.trim().toUpperCase());
  if (!match) return { row: 0, column: 0 };
  let column = 0;
  for (const ch of match[1]) column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/** Column of `_PeakStock` (1-based, as exceljs counts) holding the settings (A) and the ownership registry (B). */
const SETTINGS_COLUMN = 1;
const OWNERSHIP_COLUMN = 2;

/** {@link WorkbookPort} over an .xlsx workbook held by exceljs. */
export class XlsxWorkbook implements WorkbookPort {
  private constructor(private readonly book: Workbook) {}

  /**
   * Reads an .xlsx file.
   * @throws Error naming the file when it cannot be read as .xlsx
   */
  static async open(path: string): Promise<XlsxWorkbook> {
    const book = new Workbook();
    try {
      await book.xlsx.readFile(path);
    } catch (error) {
      throw new Error(`Cannot read "${path}" as an .xlsx workbook: ${error instanceof Error ? error.message : String(error)}`);
    }
    return new XlsxWorkbook(book);
  }

  /**
   * Reads an .xlsx file's bytes.
   * @throws Error when they are not an .xlsx workbook
   */
  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const book = new Workbook();
    // A copy as a plain ArrayBuffer: exceljs's typings want one (JSZip reads either).
    const bytes = new Uint8Array(data instanceof Uint8Array ? data : new Uint8Array(data)).buffer;
    try {
      await book.xlsx.load(bytes);
    } catch (error) {
      throw new Error(`Cannot read the data as an .xlsx workbook: ${error instanceof Error ? error.message : String(error)}`);
    }
    return new XlsxWorkbook(book);
  }

  /**
   * The workbook as .xlsx bytes. Text that XML would change (carriage returns,
   * control characters, a literal `_xHHHH_`) is escaped while writing
   * (`xlsxText.ts`), so every sheet's text reads back as it was.
   */
  async toBuffer(): Promise<Buffer> {
    const restore: (() => void)[] = [];
    try {
      for (const sheet of this.book.worksheets) {
        sheet.eachRow({ includeEmpty: false }, (row) => {
          row.eachCell({ includeEmpty: false }, (cell) => {
            const value = cell.value;
            if (cell.type === ValueType.String && typeof value === "string" && needsXlsxEncoding(value)) {
              cell.value = encodeXlsxText(value);
              restore.push(() => { cell.value = value; });
            } else if (cell.type === ValueType.RichText && value && typeof value === "object" && "richText" in value
              && value.richText.some((run) => needsXlsxEncoding(run.text))) {
              cell.value = { richText: value.richText.map((run) => ({ ...run, text: encodeXlsxText(run.text) })) };
              restore.push(() => { cell.value = value; });
            }
          });
        });
      }
      const written = await this.book.xlsx.writeBuffer();
      return Buffer.isBuffer(written) ? written : Buffer.from(written as ArrayBuffer);
    } finally {
      for (const undo of restore) undo();
    }
  }

  /**
   * Writes the workbook to `path`: first to a temporary file in the same folder,
   * flushed to disk, then renamed over `path`. A rename within a folder is
   * atomic, so a crash leaves either the old file or the new one, never half of one.
   */
  async save(path: string): Promise<void> {
    const bytes = await this.toBuffer();
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
    try {
      const handle = await openFile(temp, "wx");
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, path);
    } catch (error) {
      await unlink(temp).catch(() => undefined); // nothing to clean when the temp file was never made
      throw error;
    }
  }

  private find(name: string): Worksheet | undefined {
    return this.book.worksheets.find((sheet) => sameSheetName(sheet.name, name));
  }

  async sheetNames(): Promise<string[]> {
    return this.book.worksheets.map((sheet) => sheet.name).filter((name) => !sameSheetName(name, SETTINGS_SHEET_NAME));
  }

  async readSheet(name: string): Promise<Grid> {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`The workbook has no sheet named "${name}"`);
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values: unknown[] = [];
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        values[columnNumber - 1] = plainCellValue(cell);
      });
      rows[rowNumber - 1] = values;
    });
    return usedRange(rows);
  }

  /** Every table, from exceljs's model of each sheet, in tab order. */
  async listTables(): Promise<TableInfo[]> {
    return this.book.worksheets.flatMap((sheet) => tableModels(sheet).map((model) => {
      const [from, to = from] = (model.tableRef ?? model.ref).split(":");
      const a = cellOf(from);
      const b = cellOf(to);
      return { name: model.name, sheet: sheet.name, top: a.row, left: a.column, rows: b.row - a.row + 1, columns: b.column - a.column + 1 };
    }));
  }

  /**
   * Writes the outputs, all or nothing: every new sheet is built whole under a
   * temporary name first; only when all are built does each take its place (a
   * "replace" at the old sheet's tab position, the old sheet removed). This
   * replaces a PeakStock sheet whole, other cells on it included.
   */
  async writeOutputs(writes: readonly OutputWrite[], language: OutputLanguage, ownership: string): Promise<void> {
    const headers = writes.map(({ target, table }) => checkTableWrite(target.sheet, table, language));
    checkOutputTargets(writes, { sheetNames: await this.sheetNames(), tables: await this.listTables() });
    const built: Worksheet[] = [];
    try {
      writes.forEach(({ target, table }, i) => {
        let tempName = "_PeakStock_new";
        for (let n = 2; this.find(tempName); n++) tempName = `_PeakStock_new${n}`;
        const sheet = this.book.addWorksheet(tempName, {
          views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
        });
        built.push(sheet);
        fillTable(sheet, target.tableName, headers[i], table);
      });
    } catch (error) {
      for (const sheet of built) this.book.removeWorksheet(sheet.id);
      throw error;
    }
    writes.forEach(({ target }, i) => {
      const sheet = built[i];
      const existing = target.mode === "replace" ? this.find(target.sheet) : undefined;
      if (existing) {
        (sheet as OrderedWorksheet).orderNo = (existing as OrderedWorksheet).orderNo;
        this.book.removeWorksheet(existing.id);
      }
      sheet.name = target.sheet;
    });
    this.writeStoreColumn(OWNERSHIP_COLUMN, ownership);
  }

  /** The ownership registry JSON from column B of `_PeakStock`, or null when there is none. */
  async loadOwnership(): Promise<string | null> {
    const pieces = this.storeColumn(OWNERSHIP_COLUMN);
    return pieces === null || pieces.length === 0 ? null : pieces.join("");
  }

  /** The text pieces down a column of `_PeakStock` (1-based), or null when there is no such sheet. */
  private storeColumn(column: number): string[] | null {
    const sheet = this.find(SETTINGS_SHEET_NAME);
    if (!sheet) return null;
    const pieces: string[] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const value = sheet.getCell(r, column).value;
      if (typeof value !== "string" || value === "") break;
      pieces.push(value);
    }
    return pieces;
  }

  /** Replaces the text down one column of `_PeakStock` (made veryHidden when missing), keeping the other column. */
  private writeStoreColumn(column: number, text: string): void {
    const sheet = this.find(SETTINGS_SHEET_NAME) ?? this.book.addWorksheet(SETTINGS_SHEET_NAME, { state: "veryHidden" });
    const old = this.storeColumn(column)?.length ?? 0;
    const pieces = chunkText(text);
    for (let i = 0; i < Math.max(old, pieces.length); i++) sheet.getCell(i + 1, column).value = i < pieces.length ? pieces[i] : null;
  }

  /**
   * The settings JSON, from the hidden `_PeakStock` sheet (see {@link saveSettings}),
   * or null when the workbook has none.
   */
  async loadSettings(): Promise<string | null> {
    return this.storeColumn(SETTINGS_COLUMN)?.join("") ?? null;
  }

  /**
   * Stores the settings JSON in column A of a sheet named `_PeakStock`, cut into
   * pieces of at most 32,767 characters (Excel's limit per cell) in A1, A2 …
   * The sheet is `veryHidden`: it is not in Excel's Unhide list, so sellers do
   * not edit it by accident, yet it travels with the file. A sheet, rather than
   * document properties (255 characters each in Excel), a custom XML part
   * (exceljs cannot write one) or Office.js `settings` (the command line cannot
   * reach them), is the one store that exceljs, Office.js and Excel all read and
   * write, so the add-in and the command line see the same plan. Replaces any
   * earlier settings whole; column B (the ownership registry) is kept.
   */
  async saveSettings(json: string): Promise<void> {
    this.writeStoreColumn(SETTINGS_COLUMN, json);
  }
}

/** Writes `table` on an empty sheet as an Excel table with formats and widths. */
function fillTable(sheet: Worksheet, tableName: string, headers: readonly string[], table: OutputTable): void {
  const formats = table.columns.map((column) => column.format);
  const rows = table.rows.map((row) => row.map((cell, j) => (formats[j] === "date" && typeof cell === "number" ? dateFromSerial(cell) : cell)));
  sheet.addTable({
    name: tableName,
    displayName: tableName,
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    // Excel needs a data row under a table's header: an empty output gets one blank row.
    rows: rows.length > 0 ? rows : [headers.map(() => null)],
  });
  formats.forEach((format, j) => {
    const column = sheet.getColumn(j + 1);
    column.width = columnWidth(headers[j], table.rows.map((row) => row[j]), format);
    for (let r = 0; r < Math.max(1, rows.length); r++) sheet.getCell(r + 2, j + 1).numFmt = NUMBER_FORMATS[format];
  });
  addHighlights(sheet, table);
}

/** Fill colours of the highlight tones (Excel's own "Bad" and "Neutral" styles, and "Good"). */
const TONE_FILL: Readonly<Record<Highlight["tone"], string>> = { danger: "FFFFC7CE", warning: "FFFFEB9C", success: "FFC6EFCE" };

/** Conditional formats: whole rows whose column equals the value, e.g. Alerts with Severity "high". */
function addHighlights(sheet: Worksheet, table: OutputTable): void {
  const last = columnLetter(table.columns.length - 1);
  for (const h of table.highlights ?? []) {
    const j = table.columns.findIndex((c) => c.key === h.column);
    if (j < 0 || table.rows.length === 0) continue;
    const letter = columnLetter(j);
    sheet.addConditionalFormatting({
      ref: `A2:${last}${table.rows.length + 1}`,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [`$${letter}2="${h.equals.replace(/"/g, '""')}"`],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: TONE_FILL[h.tone] } } },
        },
      ],
    });
  }
}
