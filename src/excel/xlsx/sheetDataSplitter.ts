/**
 * Splits a worksheet part, streamed in pieces, into the text before
 * `<sheetData>`, the cells inside it that a filter keeps (as written, byte for
 * byte), and the text after `</sheetData>`. Replacing a table in place uses
 * it: the old table's cells are dropped, every other cell, row height and
 * element of the sheet (drawings, comments, validations, formats) is kept.
 */
import { addressOf, parseAddress } from "./cellAddress";
import { attribute } from "./xmlScanner";

/** One kept cell: zero-based column and its XML as written. */
export interface KeptCell {
  readonly column: number;
  readonly xml: string;
}

/** A row with kept cells or attributes of its own (height, style, hidden …). */
export interface KeptRow {
  /** Zero-based row. */
  readonly row: number;
  /** The row's attributes as written, without `r` and `spans` (to be recomputed). */
  readonly attributes: string;
  readonly cells: KeptCell[];
}

/** The parts of a split sheet. */
export interface SplitSheet {
  /** Everything before `<sheetData>` (declaration, dimension, views, columns). */
  readonly head: string;
  readonly rows: readonly KeptRow[];
  /** Everything after `</sheetData>` (merges, formats, validations, drawings, table parts …, `</worksheet>`). */
  readonly tail: string;
  /** Bounding box of the kept cells (zero-based), or null when none is kept. */
  readonly keptExtent: { bottom: number; right: number } | null;
}

/** Streams a worksheet part and keeps the cells `keep(row, column)` accepts. */
export class SheetDataSplitter {
  private mode: "head" | "data" | "tail" = "head";
  private rest = "";
  private head = "";
  private tail = "";
  private readonly rows: KeptRow[] = [];
  private current: KeptRow | null = null;
  private rowIndex = -1;
  private column = -1;
  private bottom = -1;
  private right = -1;

  /**
   * @param keep whether to keep the cell at a zero-based row and column
   * @param onDrop called with the XML of each cell dropped
   */
  constructor(private readonly keep: (row: number, column: number) => boolean, private readonly onDrop: (xml: string) => void = () => {}) {}

  /** Scans the next piece of the part's text. */
  write(piece: string): void {
    let s = this.rest + piece;
    if (this.mode === "head") {
      const m = /<(?:[A-Za-z_][\w.-]*:)?sheetData(?=[\s/>])[^>]*?(\/?)>/.exec(s);
      if (!m) {
        // Keep a tail long enough to hold a split "<sheetData" start.
        const cut = Math.max(0, s.length - 64);
        this.head += s.slice(0, cut);
        this.rest = s.slice(cut);
        return;
      }
      this.head += s.slice(0, m.index);
      s = s.slice(m.index + m[0].length);
      this.mode = m[1] === "/" ? "tail" : "data";
    }
    if (this.mode === "data") s = this.scanData(s);
    if (this.mode === "tail") {
      this.tail += s;
      s = "";
    }
    this.rest = s;
  }

  /** Consumes rows and cells from `s`; returns what is left unfinished. */
  private scanData(s: string): string {
    let p = 0;
    for (;;) {
      const lt = s.indexOf("<", p);
      if (lt < 0) return "";
      const gt = s.indexOf(">", lt);
      if (gt < 0) return s.slice(lt);
      const tag = s.slice(lt, gt + 1);
      const name = /^<\/?(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(tag)?.[1] ?? "";
      const closing = tag[1] === "/";
      const selfClosing = tag.endsWith("/>");
      if (name === "sheetData" && closing) {
        this.endRow();
        this.mode = "tail";
        return s.slice(gt + 1);
      }
      if (name === "row") {
        if (closing) this.endRow();
        else {
          this.startRow(tag);
          if (selfClosing) this.endRow();
        }
        p = gt + 1;
      } else if (name === "c" && !closing) {
        let end = gt + 1;
        if (!selfClosing) {
          const close = /<\/(?:[A-Za-z_][\w.-]*:)?c>/g;
          close.lastIndex = gt + 1;
          const m = close.exec(s);
          if (!m) return s.slice(lt);
          end = m.index + m[0].length;
        }
        this.cell(tag, s.slice(lt, end));
        p = end;
      } else if (!closing && !selfClosing) {
        // An element inside a row other than a cell (extLst): skip it whole.
        const qualified = /^<([^\s/>]+)/.exec(tag)?.[1] ?? name;
        const close = s.indexOf(`</${qualified}>`, gt + 1);
        if (close < 0) return s.slice(lt);
        p = close + qualified.length + 3;
      } else p = gt + 1;
    }
  }

  private startRow(tag: string): void {
    const r = attribute(tag, "r");
    this.rowIndex = r !== undefined ? Number(r) - 1 : this.rowIndex + 1;
    this.column = -1;
    const attributes = tag
      .replace(/^<(?:[A-Za-z_][\w.-]*:)?row/, "")
      .replace(/\/?>$/, "")
      .replace(/\s(r|spans)\s*=\s*("[^"]*"|'[^']*')/g, "");
    this.current = { row: this.rowIndex, attributes, cells: [] };
  }

  private endRow(): void {
    const row = this.current;
    this.current = null;
    if (row && (row.cells.length > 0 || row.attributes.trim() !== "")) this.rows.push(row);
  }

  private cell(openTag: string, xml: string): void {
    const ref = attribute(openTag, "r");
    this.column = ref !== undefined ? parseAddress(ref).column : this.column + 1;
    if (!this.current || !this.keep(this.rowIndex, this.column)) {
      this.onDrop(xml);
      return;
    }
    // A cell placed by position alone gets its address, as its neighbours may be dropped.
    const placed = ref !== undefined ? xml : xml.replace(/^<((?:[A-Za-z_][\w.-]*:)?c)(?=[\s/>])/, `<$1 r="${addressOf(this.rowIndex, this.column)}"`);
    this.current.cells.push({ column: this.column, xml: placed });
    this.bottom = Math.max(this.bottom, this.rowIndex);
    this.right = Math.max(this.right, this.column);
  }

  /** The split, once the whole part is written. */
  finish(): SplitSheet {
    if (this.mode === "head") this.head += this.rest;
    else if (this.mode === "tail") this.tail += this.rest;
    this.rest = "";
    return { head: this.head, rows: this.rows, tail: this.tail, keptExtent: this.bottom < 0 ? null : { bottom: this.bottom, right: this.right } };
  }
}
