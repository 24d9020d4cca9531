/**
 * How PeakStock talks to Excel: in steps. A step is one `Excel.run` with one
 * `context.sync()`: it queues its reads and writes, sends them together, and is
 * retried whole when Excel is in cell-edit mode (a refused sync changes
 * nothing). Every sync is counted with the payload it carries, so the largest
 * request can be checked against Excel on the web's 5 MB limit.
 */
import { withCellEditRetry, type RetryOptions } from "./cellEditRetry";

/** `Excel.run`, or a stand-in with the same shape (tests). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** What the steps so far have sent and received. */
export interface SyncStats {
  /** `context.sync()` calls that went through. */
  readonly syncs: number;
  /** Largest estimated payload sent in one sync (values, number formats), bytes. */
  readonly largestSyncBytes: number;
  /** Largest estimated payload received in one sync (values read), bytes. */
  readonly largestResponseBytes: number;
  /** Steps run again because Excel was in cell-edit mode. */
  readonly retries: number;
}

/** The step's view of Excel. */
export interface Step {
  readonly context: Excel.RequestContext;
  /**
   * The step's sync. Before it, a writing step calls {@link pauseForWrite}.
   * @param sentBytes estimated payload of what was queued ({@link payloadBytes} of its values and formats)
   */
  sync(sentBytes?: number): Promise<void>;
  /** Records the payload the last sync brought back (values read), bytes. */
  received(bytes: number): void;
  /**
   * Pauses calculation until the sync (ExcelApi 1.6) and, where `screen` is
   * asked and the host can (ExcelApi 1.9), screen updating. Ask for the screen
   * only in the steps the user sees (adding, deleting or renaming a sheet), not in
   * every chunk: repeated screen pauses make Excel flicker.
   */
  pauseForWrite(screen?: boolean): void;
}

export interface ExcelStepsOptions extends RetryOptions {
  /** Whether `suspendScreenUpdatingUntilNextSync` is there (ExcelApi 1.9). */
  readonly canSuspendScreen?: boolean;
}

/** Runs steps against Excel and keeps their {@link SyncStats}. */
export class ExcelSteps {
  private syncs = 0;
  private largestSent = 0;
  private largestReceived = 0;
  private retries = 0;

  constructor(private readonly run: ExcelRun, private readonly options: ExcelStepsOptions = {}) {}

  /** Counts so far (a copy). */
  get stats(): SyncStats {
    return { syncs: this.syncs, largestSyncBytes: this.largestSent, largestResponseBytes: this.largestReceived, retries: this.retries };
  }

  /**
   * Runs `batch` in its own `Excel.run`; retried whole while Excel is in
   * cell-edit mode, so it must be safe to repeat.
   */
  step<T>(batch: (step: Step) => Promise<T>): Promise<T> {
    return withCellEditRetry(() => this.run((context) => batch(this.stepIn(context))), {
      ...this.options,
      onRetry: (attempt, delayMs) => {
        this.retries++;
        this.options.onRetry?.(attempt, delayMs);
      },
    });
  }

  private stepIn(context: Excel.RequestContext): Step {
    return {
      context,
      sync: async (sentBytes = 0) => {
        this.largestSent = Math.max(this.largestSent, sentBytes); // sent even when Excel then refuses it
        await context.sync();
        this.syncs++;
      },
      received: (bytes) => {
        this.largestReceived = Math.max(this.largestReceived, bytes);
      },
      pauseForWrite: (screen = false) => {
        context.application.suspendApiCalculationUntilNextSync();
        if (screen && this.options.canSuspendScreen) context.application.suspendScreenUpdatingUntilNextSync();
      },
    };
  }
}
