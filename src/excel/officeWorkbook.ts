/**
 * The workbook inside Excel, through the Excel JavaScript API (Office.js): the
 * add-in's {@link WorkbookPort}. The same rules as the .xlsx and memory
 * workbooks (writeChecks.ts), the same `_PeakStock` store as the .xlsx file, and
 * Office.js habits: everything read is loaded first, each step is one sync,
 * large ranges travel in chunks under Excel on the web's 5 MB request limit,
 * calculation and screen updating are paused while writing, and a step Excel
 * refuses because a cell is being edited is tried again. Outputs are replaced
 * in place, all or nothing (office/writeOutputs.ts). The helpers live in
 * `office/`, one concept a file.
 */
import type { RetryOptions } from "./office/cellEditRetry";
import { ExcelSteps, type ExcelRun, type SyncStats } from "./office/excelSteps";
import { SYNC_PAYLOAD_LIMIT_BYTES } from "./office/payloadSize";
import { readUsedGrid } from "./office/readUsedRange";
import { canSuspendScreenUpdating, checkRequirements, type IsSetSupported } from "./office/requirements";
import { loadColumnText, OWNERSHIP_COLUMN, saveColumnText, SETTINGS_COLUMN } from "./office/settingsSheet";
import { loadInventory } from "./office/workbookInventory";
import { writeOfficeOutputs } from "./office/writeOutputs";
import type { Grid, OutputLanguage, OutputWrite, TableInfo, WorkbookPort } from "./workbookPort";
import { sameSheetName, SETTINGS_SHEET_NAME } from "./writeChecks";

export { checkRequirements } from "./office/requirements";
export type { ExcelRun, SyncStats } from "./office/excelSteps";

export interface OfficeWorkbookOptions {
  /** Runs a batch against the workbook; default `Excel.run` (tests pass a fake). */
  readonly run?: ExcelRun;
  /** Default `Office.context.requirements.isSetSupported`. */
  readonly isSetSupported?: IsSetSupported;
  /** Waits between cell-edit-mode retries (tests pass ones that do not wait). */
  readonly retry?: RetryOptions;
  /** Most bytes one sync may carry, default {@link SYNC_PAYLOAD_LIMIT_BYTES} (~4 MB). */
  readonly limitBytes?: number;
}

/** {@link WorkbookPort} over the open Excel workbook. */
export class OfficeWorkbook implements WorkbookPort {
  private readonly steps: ExcelSteps;
  private readonly isSetSupported: IsSetSupported | undefined;
  private readonly limitBytes: number;
  private supported: { ok: true } | { ok: false; message: string } | undefined;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.isSetSupported = options.isSetSupported;
    this.limitBytes = options.limitBytes ?? SYNC_PAYLOAD_LIMIT_BYTES;
    const run: ExcelRun = options.run ?? ((batch) => Excel.run(batch));
    this.steps = new ExcelSteps(run, { ...options.retry, canSuspendScreen: canSuspendScreenUpdating(this.isSetSupported) });
  }

  /**
   * Syncs so far and the largest payload sent in one (`largestSyncBytes`,
   * estimated as the UTF-8 size of the values and formats queued), the figure
   * the benchmark reports against Excel on the web's 5 MB limit.
   */
  get stats(): SyncStats {
    return this.steps.stats;
  }

  /**
   * Whether this Excel can run PeakStock (ExcelApi 1.13), with a plain message
   * when it cannot. The task pane shows the message; every method below throws
   * it.
   */
  checkRequirements(): { ok: true } | { ok: false; message: string } {
    this.supported ??= checkRequirements(this.isSetSupported);
    return this.supported;
  }

  private ensureSupported(): void {
    const check = this.checkRequirements();
    if (!check.ok) throw new Error(check.message);
  }

  async sheetNames(): Promise<string[]> {
    this.ensureSupported();
    const inventory = await loadInventory(this.steps, { tables: false });
    return inventory.sheets.map((sheet) => sheet.name).filter((name) => !sameSheetName(name, SETTINGS_SHEET_NAME));
  }

  async readSheet(name: string): Promise<Grid> {
    this.ensureSupported();
    const grid = await readUsedGrid(this.steps, name, this.limitBytes);
    if (grid === null) throw new Error(`The workbook has no sheet named "${name}"`);
    return grid;
  }

  /** Every table with the range it covers: one step of two syncs. */
  async listTables(): Promise<TableInfo[]> {
    this.ensureSupported();
    return [...(await loadInventory(this.steps)).tables];
  }

  /** Writes the outputs in place or on new sheets, all or nothing: office/writeOutputs.ts. */
  async writeOutputs(writes: readonly OutputWrite[], language: OutputLanguage, ownership: string): Promise<void> {
    this.ensureSupported();
    await writeOfficeOutputs(this.steps, { writes, language, ownership, limitBytes: this.limitBytes });
  }

  /** The ownership registry JSON from column B of the veryHidden `_PeakStock` sheet, or null. */
  async loadOwnership(): Promise<string | null> {
    this.ensureSupported();
    return loadColumnText(this.steps, OWNERSHIP_COLUMN);
  }

  /**
   * Brings sheet `name` to the front (the task pane's links to the result
   * sheets). Not part of WorkbookPort: the pane checks for it.
   */
  async activateSheet(name: string): Promise<void> {
    this.ensureSupported();
    await this.steps.step(async (step) => {
      step.context.workbook.worksheets.getItem(name).activate();
      await step.sync();
    });
  }

  /** The settings JSON from column A of the veryHidden `_PeakStock` sheet (as xlsxWorkbook stores it), or null. */
  async loadSettings(): Promise<string | null> {
    this.ensureSupported();
    return loadColumnText(this.steps, SETTINGS_COLUMN);
  }

  /** Replaces the settings in column A of the veryHidden `_PeakStock` sheet in place, 32,767 characters a cell; column B (ownership) is kept. */
  async saveSettings(json: string): Promise<void> {
    this.ensureSupported();
    await saveColumnText(this.steps, SETTINGS_COLUMN, json, this.limitBytes);
  }
}
