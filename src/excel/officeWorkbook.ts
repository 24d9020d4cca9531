/**
 * The workbook inside Excel, through the Excel JavaScript API (Office.js): the
 * add-in's {@link WorkbookPort}. The same rules as the .xlsx and memory
 * workbooks (writeChecks.ts), the same settings sheet as the .xlsx file, and
 * Office.js habits: everything read is loaded first, each step is one sync,
 * large ranges travel in chunks under Excel on the web's 5 MB request limit,
 * calculation (and, from ExcelApi 1.9, screen updating) is paused while writing,
 * and a step Excel refuses because a cell is being edited is tried again.
 * The helpers live in `office/`, one concept a file.
 */
import type { ChartSpec, OutputTable } from "../engine/plan/outputTable";
import type { SheetKind } from "../engine/workbook/headerAliases";
import type { RetryOptions } from "./office/cellEditRetry";
import { ExcelSteps, type ExcelRun, type SyncStats } from "./office/excelSteps";
import { SYNC_PAYLOAD_LIMIT_BYTES } from "./office/payloadSize";
import { readUsedGrid } from "./office/readUsedRange";
import { canSuspendScreenUpdating, checkRequirements, type IsSetSupported } from "./office/requirements";
import { loadSettingsText, saveSettingsText } from "./office/settingsSheet";
import { writeOwnedTable } from "./office/tableWrite";
import { isOwnedIn, loadInventory, ownedSheetIn } from "./office/workbookInventory";
import type { Grid, OutputLanguage, WorkbookPort } from "./workbookPort";
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
   * Whether this Excel can run PeakStock (ExcelApi 1.7), with a plain message
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
    const inventory = await loadInventory(this.steps);
    return inventory.sheets.map((sheet) => sheet.name).filter((name) => !sameSheetName(name, SETTINGS_SHEET_NAME));
  }

  async readSheet(name: string): Promise<Grid> {
    this.ensureSupported();
    const grid = await readUsedGrid(this.steps, name, this.limitBytes);
    if (grid === null) throw new Error(`The workbook has no sheet named "${name}"`);
    return grid;
  }

  async isOwnedSheet(name: string): Promise<boolean> {
    this.ensureSupported();
    return isOwnedIn(await loadInventory(this.steps), name);
  }

  async ownedSheetOf(kind: SheetKind): Promise<string | null> {
    this.ensureSupported();
    return ownedSheetIn(await loadInventory(this.steps), kind);
  }

  async writeTable(sheetName: string, table: OutputTable, language: OutputLanguage): Promise<void> {
    this.ensureSupported();
    await writeOwnedTable(this.steps, { sheetName, table, language, limitBytes: this.limitBytes });
  }

  /** Writes the chart's table like {@link writeTable}, with a titled line chart of its numeric columns against its dates beside it. */
  async writeChart(sheetName: string, chart: ChartSpec, language: OutputLanguage): Promise<void> {
    this.ensureSupported();
    await writeOwnedTable(this.steps, { sheetName, table: chart.table, language, chartTitle: chart.title, limitBytes: this.limitBytes });
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

  /** The settings JSON from the veryHidden `_PeakStock` sheet (as xlsxWorkbook stores it), or null. */
  async loadSettings(): Promise<string | null> {
    this.ensureSupported();
    return loadSettingsText(this.steps);
  }

  /** Replaces the settings in column A of the veryHidden `_PeakStock` sheet, 32,767 characters a cell. */
  async saveSettings(json: string): Promise<void> {
    this.ensureSupported();
    await saveSettingsText(this.steps, json, this.limitBytes);
  }
}
