/**
 * The fake's worksheets and ranges (values, number formats, widths, conditional formats).
 */
import { bytesOf, CollectionProxy, Loadable, once } from "./base";
import type { FakeContext } from "./context";
import { addressOf, FakeOfficeError, parseAddress, type Box, type ChartRecord, type ConditionalFormatRecord, type SheetRecord } from "./state";
import { ChartProxy, TablesProxy } from "./tables";

/** The active sheet of a fake workbook without sheets (a state real Excel never is in). */
const NO_SHEET: SheetRecord = { name: "", visibility: "Visible", values: [], formats: [], frozenRows: 0, widths: new Map(), conditionalFormats: [], charts: [] };

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
  readonly charts = {
    add: (type: string, source: RangeProxy, seriesBy = "Auto"): ChartProxy => {
      let made: ChartRecord | null = null;
      this.ctx.enqueue("charts.add", () => {
        made = { type, source: source.addressNow(), seriesBy, title: "", categoryNames: null, series: [], position: [] };
        this.record().charts.push(made);
      });
      return new ChartProxy(this.ctx, () => made as unknown as ChartRecord);
    },
  };

  constructor(ctx: FakeContext, private readonly resolve: () => SheetRecord | null | undefined) {
    super(ctx, "worksheet");
    this.tables = new TablesProxy(ctx, () => this.record());
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
  readonly format: { columnWidth: number };
  readonly conditionalFormats = {
    add: (type: string): ConditionalFormatProxy => {
      const made: ConditionalFormatRecord = { address: "", type, formula: null, fill: null };
      this.ctx.enqueue("conditionalFormats.add", () => {
        made.address = this.addressNow();
        this.sheet().conditionalFormats.push(made);
      });
      return new ConditionalFormatProxy(this.ctx, made);
    },
  };

  constructor(ctx: FakeContext, private readonly sheet: () => SheetRecord, private readonly box: () => Box | null) {
    super(ctx, "range");
    const format = {} as { columnWidth: number };
    Object.defineProperty(format, "columnWidth", {
      set: (points: number) => this.ctx.enqueue("range.format.columnWidth", () => {
        const b = this.boxOrThrow();
        for (let c = b.column; c < b.column + b.columns; c++) this.sheet().widths.set(c, points);
      }),
    });
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
