/**
 * The proxy objects the fake Excel hands to the code under test: the same
 * names and shapes as Office.js's, with its rules — properties read only after
 * `load` and `sync`, writes queued and run in order at `sync`, object paths
 * (getItem, add) resolved when their first command runs. This file: the
 * request context and its workbook; the proxies are in base, sheets and tables.
 */
import { TablesProxy } from "./tables";
import { WorksheetsProxy } from "./sheets";
import type { FakeExcel, Op } from "./state";

/** The request context: `workbook`, `application`, `sync`. */
export class FakeContext {
  private queue: Op[] = [];
  readonly workbook: WorkbookProxy;
  readonly application = {
    suspendApiCalculationUntilNextSync: (): void => this.enqueue("application.suspendApiCalculationUntilNextSync", () => undefined),
    suspendScreenUpdatingUntilNextSync: (): void => this.enqueue("application.suspendScreenUpdatingUntilNextSync", () => undefined),
  };

  constructor(readonly excel: FakeExcel) {
    this.workbook = new WorkbookProxy(this);
  }

  enqueue(name: string, apply: () => void, bytes = 0): void {
    this.queue.push({ name, apply, bytes });
  }

  pending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    this.excel.execute(ops);
  }
}

export class WorkbookProxy {
  readonly worksheets: WorksheetsProxy;
  readonly tables: TablesProxy;

  constructor(ctx: FakeContext) {
    this.worksheets = new WorksheetsProxy(ctx);
    this.tables = new TablesProxy(ctx, null);
  }
}
