/**
 * The fake's tables and charts.
 */
import { CollectionProxy, Loadable, once } from "./base";
import type { FakeContext } from "./context";
import { RangeProxy, WorksheetProxy } from "./sheets";
import { FakeOfficeError, parseAddress, type ChartRecord, type SheetRecord, type TableRecord } from "./state";

export class TablesProxy extends CollectionProxy<TableProxy> {
  constructor(ctx: FakeContext, private readonly sheet: (() => SheetRecord) | null) {
    super(ctx, "tables");
  }

  protected records(): TableProxy[] {
    const sheet = this.sheet?.();
    return this.ctx.excel.tables.filter((t) => !sheet || t.sheet === sheet).map((table) => new TableProxy(this.ctx, () => table));
  }

  private find(name: string): TableRecord | undefined {
    const table = this.ctx.excel.findTable(name);
    return table && (!this.sheet || table.sheet === this.sheet()) ? table : undefined;
  }

  getItem(name: string): TableProxy {
    return new TableProxy(this.ctx, once(() => this.find(name) ?? null));
  }

  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(this.ctx, once(() => this.find(name) ?? null), true);
  }

  add(address: string, hasHeaders: boolean): TableProxy {
    if (!this.sheet) throw new Error("The fake adds tables through worksheet.tables only");
    if (!hasHeaders) throw new Error("The fake models tables with headers only");
    const sheet = this.sheet;
    let made: TableRecord | null = null;
    this.ctx.enqueue("tables.add", () => {
      made = this.ctx.excel.addTable(sheet(), address);
    });
    return new TableProxy(this.ctx, () => made);
  }
}

export class TableProxy extends Loadable {
  constructor(ctx: FakeContext, private readonly resolve: () => TableRecord | null, private readonly nullable = false) {
    super(ctx, "table");
  }

  private record(): TableRecord {
    const table = this.resolve();
    if (!table || !this.ctx.excel.tables.includes(table)) throw new FakeOfficeError("ItemNotFound", "The requested table doesn't exist.");
    return table;
  }

  protected isNull(): boolean {
    if (!this.nullable) this.record();
    return this.resolve() === null;
  }

  protected read(prop: string): unknown {
    if (prop === "name") return this.record().name;
    if (prop === "style") return this.record().style;
    throw new FakeOfficeError("PropertyNotFound", `table has no property ${prop}`);
  }

  protected override child(prop: string): Loadable {
    if (prop === "worksheet") return this.worksheet;
    return super.child(prop);
  }

  private worksheetProxy: WorksheetProxy | undefined;
  get worksheet(): WorksheetProxy {
    return (this.worksheetProxy ??= new WorksheetProxy(this.ctx, () => this.record().sheet));
  }

  get name(): string {
    return this.value("name");
  }
  set name(name: string) {
    this.ctx.enqueue("table.name", () => this.ctx.excel.renameTable(this.record(), name));
  }
  set style(style: string) {
    this.ctx.enqueue("table.style", () => {
      this.record().style = style;
    });
  }

  /** The table's whole range, header included. */
  getRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => this.record().sheet, () => parseAddress(this.record().address));
  }

  /** `Table.resize` (ExcelApi 1.13): the header stays in its row, the new range overlaps the old. */
  resize(newRange: RangeProxy | string): void {
    this.ctx.enqueue("table.resize", () => this.ctx.excel.resizeTable(this.record(), typeof newRange === "string" ? newRange : newRange.addressNow()));
  }
}

/** A sheet's charts: `add`, `getItemOrNullObject(name)`, `load("items/name")`. */
export class ChartsProxy extends CollectionProxy<ChartProxy> {
  constructor(ctx: FakeContext, private readonly sheet: () => SheetRecord) {
    super(ctx, "charts");
  }

  protected records(): ChartProxy[] {
    return this.sheet().charts.map((chart) => new ChartProxy(this.ctx, () => chart, this.sheet));
  }

  add(type: string, source: RangeProxy, seriesBy = "Auto"): ChartProxy {
    let made: ChartRecord | null = null;
    this.ctx.enqueue("charts.add", () => {
      const sheet = this.sheet();
      made = { name: `Chart ${sheet.charts.length + 1}`, type, source: source.addressNow(), seriesBy, title: "", categoryNames: null, series: [], position: [] };
      sheet.charts.push(made);
    });
    return new ChartProxy(this.ctx, () => made, this.sheet);
  }

  getItemOrNullObject(name: string): ChartProxy {
    return new ChartProxy(this.ctx, once(() => this.sheet().charts.find((c) => c.name.toLowerCase() === name.toLowerCase()) ?? null), this.sheet, true);
  }
}

export class ChartProxy extends Loadable {
  readonly title: { text: string };
  readonly axes: { categoryAxis: { setCategoryNames(range: RangeProxy): void } };
  readonly series: { add(name?: string): { setValues(range: RangeProxy): void }; getItemAt(index: number): Record<string, unknown> };

  constructor(ctx: FakeContext, private readonly resolve: () => ChartRecord | null, private readonly sheet: () => SheetRecord, private readonly nullable = false) {
    super(ctx, "chart");
    const record = (): ChartRecord => this.record();
    const title = {} as { text: string };
    Object.defineProperty(title, "text", { set: (text: string) => ctx.enqueue("chart.title.text", () => { record().title = text; }) });
    this.title = title;
    this.axes = {
      categoryAxis: {
        setCategoryNames: (range) => ctx.enqueue("chart.categoryAxis.setCategoryNames", () => { record().categoryNames = range.addressNow(); }),
      },
    };
    this.series = {
      add: (name = "") => {
        const made = { name, values: null as string | null };
        ctx.enqueue("chart.series.add", () => { record().series.push(made); });
        return { setValues: (range: RangeProxy) => ctx.enqueue("chart.series.setValues", () => { made.values = range.addressNow(); }) };
      },
      getItemAt: (index: number) => {
        const note = (property: string, value: unknown): void => ctx.enqueue(`chart.series.${property}`, () => {
          const chart = record();
          (chart.seriesSettings ??= []).push(`${index} ${property} ${String(value)}`);
        });
        const settable = (names: readonly string[], prefix = ""): Record<string, unknown> => {
          const target: Record<string, unknown> = {};
          for (const name of names) Object.defineProperty(target, name, { set: (value: unknown) => note(`${prefix}${name}`, value) });
          return target;
        };
        const series = settable(["name", "chartType", "gapWidth", "markerStyle"]);
        series.format = { fill: { setSolidColor: (color: string) => note("fill", color) }, line: settable(["color", "weight", "lineStyle"], "line.") };
        return series;
      },
    };
  }

  private record(): ChartRecord {
    const chart = this.resolve();
    if (!chart || !this.sheet().charts.includes(chart)) throw new FakeOfficeError("ItemNotFound", "The requested chart doesn't exist.");
    return chart;
  }

  protected isNull(): boolean {
    if (!this.nullable) this.record();
    return this.resolve() === null;
  }

  protected read(prop: string): unknown {
    if (prop === "name") return this.record().name;
    throw new FakeOfficeError("PropertyNotFound", `chart has no property ${prop}`);
  }

  get name(): string {
    return this.value("name");
  }
  set name(name: string) {
    this.ctx.enqueue("chart.name", () => {
      this.record().name = name;
    });
  }

  delete(): void {
    this.ctx.enqueue("chart.delete", () => {
      const charts = this.sheet().charts;
      charts.splice(charts.indexOf(this.record()), 1);
    });
  }

  setPosition(start: string, end?: string): void {
    this.ctx.enqueue("chart.setPosition", () => {
      this.record().position = end === undefined ? [start] : [start, end];
    });
  }
}
