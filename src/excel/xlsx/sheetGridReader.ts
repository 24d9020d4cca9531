/**
 * A worksheet part's cells as the grid {@link WorkbookPort.readSheet} returns,
 * read as a stream (ECMA-376 Part 1 §18.3.1.4 `c`, §18.18.11 ST_CellType):
 * numbers as numbers; shared, inline and formula text as text (`_xHHHH_`
 * escapes and entities decoded); booleans; errors as their text ("#N/A");
 * ISO dates (`t="d"`) as 1900-system serials; a formula as its cached value
 * (blank when it has none); cells merged into another (not the merge's
 * top-left) blank. In a 1904-system workbook, numbers formatted as dates are
 * moved to the 1900 system (+1,462 days), so every grid speaks one calendar.
 */
import { serialFromDate } from "../dateSerial";
import type { Grid } from "../workbookPort";
import { decodeXlsxText } from "../xlsxText";
import { parseAddress, parseRange, type CellRange } from "./cellAddress";
import { attribute, XmlScanner, type XmlEvents } from "./xmlScanner";
import { unescapeXml } from "./xmlEscape";

/** Days between the 1904 and the 1900 date systems' day 0 (1904-01-01 is 1900-system serial 1,462). */
export const DATE_1904_OFFSET_DAYS = 1462;

/** How to read a sheet's cells: the workbook's shared strings and calendar. */
export interface SheetReadContext {
  readonly sharedStrings: readonly string[];
  /** True for a 1904-date-system workbook (`<workbookPr date1904="1"/>`). */
  readonly date1904: boolean;
  /** Style indices (`s`) whose number format shows a date; only consulted in a 1904 workbook. */
  readonly dateStyles: ReadonlySet<number>;
}

/** The cells of one row so far, by zero-based column; holes are blank. */
type Row = unknown[];

/** A 1900-system serial from an ISO 8601 date-time (read as UTC), or null. */
function serialFromIso(text: string): number | null {
  const iso = /[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`;
  const time = Date.parse(iso.includes("T") || iso.length > 10 ? iso : `${iso}T00:00:00Z`);
  return Number.isNaN(time) ? null : serialFromDate(new Date(time));
}

/** Builds the rows from cell events. */
class SheetEvents implements XmlEvents {
  readonly rows: (Row | undefined)[] = [];
  readonly merges: CellRange[] = [];
  private inData = false;
  private rowIndex = -1;
  private row: Row = [];
  private column = -1;
  private type = "n";
  private style = 0;
  private collecting = false;
  private inInline = false;
  private phonetic = 0;
  private pieces: string[] = [];
  private hasValue = false;

  constructor(private readonly context: SheetReadContext) {}

  open(name: string, attributes: string, selfClosing: boolean): void {
    if (!this.inData) {
      if (name === "sheetData" && !selfClosing) this.inData = true;
      else if (name === "mergeCell") {
        const range = parseRange(attribute(attributes, "ref") ?? "");
        if (range) this.merges.push(range);
      }
      return;
    }
    switch (name) {
      case "c": {
        const ref = attribute(attributes, "r");
        this.column = ref !== undefined ? parseAddress(ref).column : this.column + 1;
        if (this.column < 0) this.column = 0;
        this.type = attribute(attributes, "t") ?? "n";
        const s = attribute(attributes, "s");
        this.style = s === undefined ? 0 : Number(s);
        this.pieces = [];
        this.hasValue = false;
        this.inInline = false;
        break;
      }
      case "v":
        if (!selfClosing) this.collecting = true;
        this.hasValue = true;
        break;
      case "is":
        this.inInline = true;
        this.hasValue = true;
        break;
      case "rPh":
        this.phonetic++;
        break;
      case "t":
        if (this.inInline && this.phonetic === 0 && !selfClosing) this.collecting = true;
        break;
      case "row": {
        const r = attribute(attributes, "r");
        this.rowIndex = r !== undefined ? Number(r) - 1 : this.rowIndex + 1;
        if (!(this.rowIndex >= 0)) this.rowIndex = 0;
        this.row = this.rows[this.rowIndex] ?? [];
        this.rows[this.rowIndex] = this.row;
        this.column = -1;
        break;
      }
    }
  }

  close(name: string): void {
    if (!this.inData) return;
    switch (name) {
      case "v":
      case "t":
        this.collecting = false;
        break;
      case "rPh":
        this.phonetic--;
        break;
      case "c":
        if (this.hasValue) {
          const value = this.value(this.pieces.length === 1 ? this.pieces[0] : this.pieces.join(""));
          if (value !== null) this.row[this.column] = value;
        }
        break;
      case "sheetData":
        this.inData = false;
        break;
    }
  }

  text(raw: string): void {
    if (this.collecting) this.pieces.push(raw);
  }

  /** The cell's plain value from its type and raw text; null for blank. */
  private value(raw: string): unknown {
    switch (this.type) {
      case "s": {
        const text = this.context.sharedStrings[Number(raw)];
        return text === undefined || text === "" ? null : text;
      }
      case "str":
      case "inlineStr": {
        const text = decodeXlsxText(unescapeXml(raw));
        return text === "" ? null : text;
      }
      case "b":
        return raw.trim() === "1" || raw.trim() === "true";
      case "e":
        return raw === "" ? null : unescapeXml(raw);
      case "d":
        return raw === "" ? null : serialFromIso(raw.trim());
      default: {
        if (raw === "") return null;
        const x = Number(raw);
        if (!Number.isFinite(x)) return null;
        return this.context.date1904 && this.context.dateStyles.has(this.style) ? x + DATE_1904_OFFSET_DAYS : x;
      }
    }
  }
}

/** Blanks every cell of each merge except its top-left one. */
function clearMerged(rows: (Row | undefined)[], merges: readonly CellRange[]): void {
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, rows.length - 1); r++) {
      const row = rows[r];
      if (!row) continue;
      for (let c = m.left; c <= Math.min(m.right, row.length - 1); c++) {
        if (r !== m.top || c !== m.left) row[c] = undefined;
      }
    }
  }
}

/** The extent of the cells that hold a value: rows × columns from A1. */
export interface UsedExtent {
  readonly rows: number;
  readonly columns: number;
}

/**
 * A streaming reader of one worksheet part: feed its text with `write`, then
 * `finish` gives the grid. `limitCells` guards the rectangle from A1 to the last
 * used cell (a stray value in column XFD would otherwise make a grid of
 * billions of blanks): `finish` returns the extent instead of a grid when over it.
 */
export class SheetGridReader {
  private readonly events: SheetEvents;
  private readonly scanner: XmlScanner;

  constructor(context: SheetReadContext) {
    this.events = new SheetEvents(context);
    this.scanner = new XmlScanner(this.events);
  }

  /** Scans the next piece of the part's text. */
  write(piece: string): void {
    this.scanner.write(piece);
  }

  /**
   * The grid, rectangular from A1 to the last row and column holding a value,
   * blanks null; or, when that rectangle has more than `limitCells` cells, its extent.
   */
  finish(limitCells: number): { grid: Grid } | { tooLarge: UsedExtent } {
    this.scanner.end();
    const { rows, merges } = this.events;
    clearMerged(rows, merges);
    let height = 0;
    let width = 0;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      for (let c = row.length - 1; c >= 0; c--) {
        const v = row[c];
        if (v !== undefined && v !== null) {
          height = r + 1;
          if (c + 1 > width) width = c + 1;
          break;
        }
      }
    }
    if (height * width > limitCells) return { tooLarge: { rows: height, columns: width } };
    const grid: unknown[][] = new Array<unknown[]>(height);
    for (let r = 0; r < height; r++) {
      const row = rows[r] ?? [];
      row.length = width;
      for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = null;
      grid[r] = row;
    }
    rows.length = 0;
    return { grid };
  }
}
