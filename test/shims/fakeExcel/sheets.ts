/**
 * The fake's worksheets and ranges (values, number formats, widths, conditional formats).
 */
import { bytesOf, CollectionProxy, Loadable, once } from "./base";
import type { FakeContext } from "./context";
import { addressOf, boxesOverlap, FakeOfficeError, parseAddress, type Box, type ConditionalFormatRecord, type SheetRecord } from "./state";
import { ChartsProxy, TablesProxy } from "./tables";

/** The active sheet of a fake workbook without sheets (a state real Excel never is in). */
const NO_SHEET: SheetRecord = { name: "", visibility: "Visible", values: [], formats: [], frozenRows: 0, widths: new Map(), conditionalFormats: [], charts: [], cellFormatting: [], pageLayout: {} };

/** `worksheet.pageLayout`: every property set is recorded on the sheet; `setPrintTitleRows` as "printTitleRows". */
function pageLayoutProxy(ctx: FakeContext, record: () => SheetRecord): Record<string, unknown> {
  const footers: Record<string, unknown> = {};
  const set = (name: string, value: unknown): void => ctx.enqueue(`pageLayout.${name}`, () => {
    record().pageLayout[name] = value;
  });
  for (const name of ["leftFooter", "centerFooter", "rightFooter", "leftHeader", "centerHeader", "rightHeader"]) {
    Object.defineProperty(footers, name, { set: (value: unknown) => set(`defaultForAllPages.${name}`, value) });
  }
  const layout: Record<string, unknown> = {
    setPrintTitleRows: (rows: string) => set("printTitleRows", rows),
    headersFooters: { defaultForAllPages: footers },
  };
  for (const name of ["orientation", "zoom", "leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"]) {
    Object.defineProperty(layout, name, { set: (value: unknown) => set(name, value) });
  }
  return layout;
}

export class WorksheetsProxy extends CollectionProxy<WorksheetProxy> {
  constructor(ctx: FakeContext) {
    super(ctx, "worksheets");
  }

  protected records(): WorksheetProxy[] {
    return this.ctx.excel.sheets.map((sheet) => new WorksheetProxy(this.ctx, () => sheet));
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, once(() => this.ctx.excel.sheetOrThrow(name)));
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, once(() => this.ctx.excel.findSheet(name) ?? null));
  }

  getActiveWorksheet(): WorksheetProxy {
    // A real workbook always has a sheet; the contract's empty workbook has none, so a placeholder stands in.
    return new WorksheetProxy(this.ctx, once(() => this.ctx.excel.active ?? NO_SHEET));
  }

  add(name: string): WorksheetProxy {
    let made: SheetRecord | null = null;
    this.ctx.enqueue("worksheets.add", () => {
      made = this.ctx.excel.newSheet(name);
    });
    return new WorksheetProxy(this.ctx, () => made);
  }
}

export class WorksheetProxy extends Loadable {
  readonly freezePanes = {
    freezeRows: (count = 1): void => this.ctx.enqueue("worksheet.freezeRows", () => {
      this.record().frozenRows = count;
    }),
  };
  readonly tables: TablesProxy;
  readonly charts: ChartsProxy;
  readonly pageLayout: Record<string, unknown>;

  constructor(ctx: FakeContext, private readonly resolve: () => SheetRecord | null | undefined) {
    super(ctx, "worksheet");
    this.tables = new TablesProxy(ctx, () => this.record());
    this.charts = new ChartsProxy(ctx, () => this.record());
    this.pageLayout = pageLayoutProxy(ctx, () => this.record());
  }

  /** The sheet, or ItemNotFound. */
  record(): SheetRecord {
    const sheet = this.resolve();
    if (!sheet || (sheet !== NO_SHEET && !this.ctx.excel.sheets.includes(sheet))) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return sheet;
  }

  protected isNull(): boolean {
    return !this.resolve();
  }

  protected read(prop: string): unknown {
    const sheet = this.record();
    if (prop === "name") return sheet.name;
    if (prop === "position") return this.ctx.excel.sheets.indexOf(sheet);
    if (prop === "visibility") return sheet.visibility;
    throw new FakeOfficeError("PropertyNotFound", `worksheet has no property ${prop}`);
  }

  get name(): string {
    return this.value("name");
  }
  set name(name: string) {
    this.ctx.enqueue("worksheet.name", () => this.ctx.excel.renameSheet(this.record(), name));
  }
  get position(): number {
    return this.value("position");
  }
  set position(position: number) {
    this.ctx.enqueue("worksheet.position", () => this.ctx.excel.moveSheet(this.record(), position));
  }
  get visibility(): string {
    return this.value("visibility");
  }
  set visibility(visibility: SheetRecord["visibility"]) {
    this.ctx.enqueue("worksheet.visibility", () => {
      this.record().visibility = visibility;
    });
  }

  delete(): void {
    this.ctx.enqueue("worksheet.delete", () => this.ctx.excel.deleteSheet(this.record()));
  }

  activate(): void {
    this.ctx.enqueue("worksheet.activate", () => {
      this.ctx.excel.active = this.record();
    });
  }

  getRange(address: string): RangeProxy {
    return new RangeProxy(this.ctx, () => this.record(), () => parseAddress(address));
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): RangeProxy {
    return new RangeProxy(this.ctx, () => this.record(), () => ({ row, column, rows, columns }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    if (!valuesOnly) throw new Error("The fake models getUsedRangeOrNullObject(true) only");
    return new RangeProxy(this.ctx, () => this.record(), once(() => this.ctx.excel.usedBox(this.record())));
  }
}

export class RangeProxy extends Loadable {
  readonly format: { columnWidth: number; wrapText: boolean; textOrientation: number; horizontalAlignment: string; autofitRows: () => void };
  readonly conditionalFormats = {
    add: (type: string): ConditionalFormatProxy => {
      const made: ConditionalFormatRecord = { address: "", type, formula: null, fill: null };
      this.ctx.enqueue("conditionalFormats.add", () => {
        made.address = this.addressNow();
        this.sheet().conditionalFormats.push(made);
      });
      return new ConditionalFormatProxy(this.ctx, made);
    },
    /** Removes every conditional format whose range meets this one. */
    clearAll: (): void => {
      this.ctx.enqueue("conditionalFormats.clearAll", () => {
        const box = this.boxOrThrow();
        const sheet = this.sheet();
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !boxesOverlap(parseAddress(cf.address), box));
      });
    },
  };

  /** `Range.clear`: "Contents" blanks the values; "Formats" resets number formats and drops conditional formats met; "All" both. */
  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.ctx.enqueue("range.clear", () => {
      const box = this.boxOrThrow();
      const sheet = this.sheet();
      for (let r = box.row; r < box.row + box.rows; r++) {
        for (let c = box.column; c < box.column + box.columns; c++) {
          if (applyTo !== "Formats" && sheet.values[r]) sheet.values[r][c] = "";
          if (applyTo !== "Contents" && sheet.formats[r]) delete sheet.formats[r][c];
        }
      }
      if (applyTo !== "Contents") sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !boxesOverlap(parseAddress(cf.address), box));
    });
  }

  /**
   * `Range.copyFrom` with "Values" (the values as they are, blanks included) or
   * "Formats" (number formats, and the conditional formats inside the source,
   * moved by the offset; their formulas are not adjusted, so the fake expects
   * copies to the same address). The destination takes the source's size from
   * its top-left cell. "All" and "Formulas" would also copy tables: refused here.
   */
  copyFrom(source: RangeProxy, copyType: "Values" | "Formats" | "All" | "Formulas" = "All"): void {
    if (copyType !== "Values" && copyType !== "Formats") throw new Error(`The fake models copyFrom with "Values" or "Formats" only, not "${copyType}"`);
    this.ctx.enqueue("range.copyFrom", () => {
      const from = source.boxNow();
      const fromSheet = source.sheetNow();
      const at = this.boxOrThrow();
      const to = this.sheet();
      const values = this.ctx.excel.valuesOf(fromSheet, from);
      const formats = Array.from({ length: from.rows }, (_, r) => Array.from({ length: from.columns }, (_, c) => fromSheet.formats[from.row + r]?.[from.column + c]));
      for (let r = 0; r < from.rows; r++) {
        for (let c = 0; c < from.columns; c++) {
          if (copyType === "Values") (to.values[at.row + r] ??= [])[at.column + c] = values[r][c];
          else {
            const format = formats[r][c];
            if (format === undefined) delete (to.formats[at.row + r] ?? [])[at.column + c];
            else (to.formats[at.row + r] ??= [])[at.column + c] = format;
          }
        }
      }
      if (copyType === "Formats") {
        for (const cf of fromSheet.conditionalFormats.filter((f) => boxesOverlap(parseAddress(f.address), from))) {
          const box = parseAddress(cf.address);
          to.conditionalFormats.push({ ...cf, address: addressOf({ ...box, row: box.row - from.row + at.row, column: box.column - from.column + at.column }) });
        }
      }
    });
  }

  /** The range's sheet, inside a sync. */
  sheetNow(): SheetRecord {
    return this.sheet();
  }

  /** The range's box, inside a sync. */
  boxNow(): Box {
    return this.boxOrThrow();
  }

  constructor(ctx: FakeContext, private readonly sheet: () => SheetRecord, private readonly box: () => Box | null) {
    super(ctx, "range");
    const format = {
      autofitRows: (): void => this.ctx.enqueue("range.format.autofitRows", () => {
        this.sheet().cellFormatting.push(`autofitRows ${this.addressNow()}`);
      }),
    } as RangeProxy["format"];
    Object.defineProperty(format, "columnWidth", {
      set: (points: number) => this.ctx.enqueue("range.format.columnWidth", () => {
        const b = this.boxOrThrow();
        for (let c = b.column; c < b.column + b.columns; c++) this.sheet().widths.set(c, points);
      }),
    });
    for (const name of ["wrapText", "textOrientation", "horizontalAlignment"]) {
      Object.defineProperty(format, name, {
        set: (value: unknown) => this.ctx.enqueue(`range.format.${name}`, () => {
          this.sheet().cellFormatting.push(`${name} ${this.addressNow()} ${String(value)}`);
        }),
      });
    }
    this.format = format;
  }

  private boxOrThrow(): Box {
    const box = this.box();
    if (!box) throw new FakeOfficeError("ItemNotFound", "The range is a null object");
    return box;
  }

  addressNow(): string {
    return addressOf(this.boxOrThrow());
  }

  protected isNull(): boolean {
    return this.box() === null;
  }

  protected read(prop: string): unknown {
    const box = this.boxOrThrow();
    switch (prop) {
      case "values": return this.ctx.excel.valuesOf(this.sheet(), box);
      case "rowIndex": return box.row;
      case "columnIndex": return box.column;
      case "rowCount": return box.rows;
      case "columnCount": return box.columns;
      case "address": return `${this.sheet().name}!${addressOf(box)}`;
      default: throw new FakeOfficeError("PropertyNotFound", `range has no property ${prop}`);
    }
  }

  private checkShape(grid: unknown[][], box: Box): void {
    if (grid.length !== box.rows || grid.some((row) => row.length !== box.columns)) {
      throw new FakeOfficeError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    }
  }

  get values(): unknown[][] {
    return this.value("values");
  }
  get rowIndex(): number {
    return this.value("rowIndex");
  }
  get columnIndex(): number {
    return this.value("columnIndex");
  }
  get rowCount(): number {
    return this.value("rowCount");
  }
  get columnCount(): number {
    return this.value("columnCount");
  }
  get address(): string {
    return this.value("address");
  }
  set values(grid: unknown[][]) {
    this.ctx.enqueue("range.values", () => {
      const box = this.boxOrThrow();
      this.checkShape(grid, box);
      grid.forEach((row, r) => row.forEach((value, c) => this.ctx.excel.setCell(this.sheet(), box.row + r, box.column + c, value)));
    }, bytesOf(grid));
  }

  get numberFormat(): string[][] {
    return this.value("numberFormat");
  }
  set numberFormat(grid: string[][]) {
    this.ctx.enqueue("range.numberFormat", () => {
      const box = this.boxOrThrow();
      this.checkShape(grid, box);
      const formats = this.sheet().formats;
      grid.forEach((row, r) => row.forEach((format, c) => {
        (formats[box.row + r] ??= [])[box.column + c] = format;
      }));
    }, bytesOf(grid));
  }
}

class ConditionalFormatProxy {
  readonly custom: { rule: { formula: string }; format: { fill: { color: string } } };

  constructor(ctx: FakeContext, record: ConditionalFormatRecord) {
    const rule = {} as { formula: string };
    Object.defineProperty(rule, "formula", { set: (formula: string) => ctx.enqueue("conditionalFormat.rule.formula", () => { record.formula = formula; }) });
    const fill = {} as { color: string };
    Object.defineProperty(fill, "color", { set: (color: string) => ctx.enqueue("conditionalFormat.fill.color", () => { record.fill = color; }) });
    this.custom = { rule, format: { fill } };
  }
}
