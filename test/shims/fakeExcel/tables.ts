/**
 * The fake's tables and charts.
 */
import { CollectionProxy, Loadable, once } from "./base";
import type { FakeContext } from "./context";
import type { RangeProxy } from "./sheets";
import { WorksheetProxy } from "./sheets";
import { FakeOfficeError, type ChartRecord, type SheetRecord, type TableRecord } from "./state";

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
}

export class ChartProxy {
  readonly title: { text: string };
  readonly axes: { categoryAxis: { setCategoryNames(range: RangeProxy): void } };
  readonly series: { add(name?: string): { setValues(range: RangeProxy): void } };

  constructor(private readonly ctx: FakeContext, private readonly record: () => ChartRecord) {
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
    };
  }

  setPosition(start: string, end?: string): void {
    this.ctx.enqueue("chart.setPosition", () => {
      this.record().position = end === undefined ? [start] : [start, end];
    });
  }
}
