/**
 * {@link WorkbookPort.writeOutputs} over Office.js, all or nothing. Excel has no
 * transaction across syncs, so PeakStock makes its own: everything is checked
 * and worked out first (targets, sizes, chunks under the payload limit), the
 * tables about to be replaced are copied aside inside Excel (outputBackup.ts),
 * then every output is written (outputWrite.ts) and the ownership registry
 * stored; only then are the copies dropped. If any step fails, the replaced
 * tables are put back from their copies, new sheets removed and the registry
 * restored before the error is passed on — the previous results whole. No sheet
 * of the seller's or of PeakStock's is deleted or renamed on the way.
 */
import type { OutputLanguage, OutputWrite } from "../workbookPort";
import { checkOutputTargets, checkTableWrite, sameSheetName, SETTINGS_SHEET_NAME } from "../writeChecks";
import type { ExcelSteps } from "./excelSteps";
import { chartsOf, committedChartName, isNewChartName, isPeakStockChartName } from "../chartLayout";
import { BACKUP_SHEET_NAME, backupBox, makeBackups, removeSheets, restoreBackup, type Backup } from "./outputBackup";
import { planOutput, writeCreated, writeReplaced, type OutputPlan } from "./outputWrite";
import { columnPieces, OWNERSHIP_COLUMN, readStoreGrid, settingsPieces, writeColumnPieces } from "./settingsSheet";
import { freeName, loadInventory } from "./workbookInventory";

export interface OfficeOutputs {
  readonly writes: readonly OutputWrite[];
  readonly language: OutputLanguage;
  /** The ownership registry's JSON, stored in `_PeakStock` column B with the outputs. */
  readonly ownership: string;
  /** Most bytes per sync. */
  readonly limitBytes?: number;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What has been started, so a failure knows what to undo. */
interface Progress {
  readonly started: OutputPlan[];
  registryStarted: boolean;
}

/**
 * Writes the outputs and the registry, all or nothing (see the file's comment).
 * Steps: 1 to read the sheets and tables (2 syncs), 1 to read `_PeakStock`, 1
 * to keep copies of the tables replaced, then per output 3 steps plus 1 per
 * chunk of rows, 1 for the registry, 1 to drop the copies.
 * @throws Error before anything changes for a bad table or target (writeChecks.ts) or a row no sync can carry;
 * Excel's error after a failure part-way, once the previous results are back
 */
export async function writeOfficeOutputs(steps: ExcelSteps, outputs: OfficeOutputs): Promise<void> {
  const { writes, language, limitBytes } = outputs;
  const headers = writes.map(({ target, table }) => checkTableWrite(target.sheet, table, language));
  const inventory = await loadInventory(steps);
  const sheetNames = inventory.sheets.map((s) => s.name);
  checkOutputTargets(writes, { sheetNames: sheetNames.filter((name) => !sameSheetName(name, SETTINGS_SHEET_NAME)), tables: inventory.tables });
  const plans = writes.map((write, i) => planOutput(write, headers[i], inventory.tables, limitBytes));
  const store = await readStoreGrid(steps);
  const oldRegistry = columnPieces(store, OWNERSHIP_COLUMN);
  const newRegistry = settingsPieces(outputs.ownership);

  const taken = [...sheetNames, ...writes.map((w) => w.target.sheet)];
  const backups: Backup[] = [];
  for (const plan of plans) {
    if (plan.old === null) continue;
    const sheet = freeName(BACKUP_SHEET_NAME, taken);
    taken.push(sheet);
    backups.push({ plan, sheet, box: backupBox(plan) });
  }
  try {
    await makeBackups(steps, backups);
  } catch (error) {
    await removeSheets(steps, backups.map((b) => b.sheet));
    throw error;
  }

  const progress: Progress = { started: [], registryStarted: false };
  try {
    for (const plan of plans) {
      progress.started.push(plan);
      await (plan.old === null ? writeCreated(steps, plan) : writeReplaced(steps, plan));
    }
    progress.registryStarted = true;
    await writeColumnPieces(steps, { column: OWNERSHIP_COLUMN, pieces: newRegistry, oldCount: oldRegistry.length, createSheet: store === null, limitBytes });
  } catch (error) {
    const unrestored = await undo(steps, progress, backups, { storeExisted: store !== null, oldRegistry, newCount: newRegistry.length, limitBytes });
    if (unrestored.length === 0) throw error;
    const kept = backups.filter((b) => unrestored.includes(b.plan.write.target.sheet)).map((b) => `"${b.sheet}"`);
    throw new Error(
      `${messageOf(error)}. PeakStock could not put back ${unrestored.map((s) => `"${s}"`).join(", ")} as ${unrestored.length === 1 ? "it was" : "they were"}`
      + (kept.length > 0 ? `; the previous table${kept.length === 1 ? " is" : "s are"} kept on the hidden sheet${kept.length === 1 ? "" : "s"} ${kept.join(", ")} (Unhide to see ${kept.length === 1 ? "it" : "them"}).` : "."),
    );
  }
  await commit(steps, plans, backups);
}

/**
 * Undoes what was started, newest first: replaced tables put back from their
 * copies, new sheets removed, the registry column restored (or the `_PeakStock`
 * sheet removed when this call made it); the copies are dropped once all is back.
 * @returns the sheets that could not be put back (their copies are kept)
 */
async function undo(
  steps: ExcelSteps, progress: Progress, backups: readonly Backup[],
  registry: { readonly storeExisted: boolean; readonly oldRegistry: readonly string[]; readonly newCount: number; readonly limitBytes?: number },
): Promise<string[]> {
  const unrestored: string[] = [];
  if (progress.registryStarted) {
    const undone = registry.storeExisted
      ? await writeColumnPieces(steps, {
        column: OWNERSHIP_COLUMN, pieces: registry.oldRegistry, oldCount: Math.max(registry.newCount, registry.oldRegistry.length), createSheet: false, limitBytes: registry.limitBytes,
      }).then(() => true, () => false)
      : await removeSheets(steps, [SETTINGS_SHEET_NAME]);
    if (!undone) unrestored.push(SETTINGS_SHEET_NAME);
  }
  for (const plan of [...progress.started].reverse()) {
    const target = plan.write.target;
    const backup = backups.find((b) => b.plan === plan);
    const undone = backup ? await restoreBackup(steps, backup).then(() => true, () => false) : await removeSheets(steps, [target.sheet]);
    if (!undone) unrestored.push(target.sheet);
  }
  const restoredAll = backups.every((b) => !unrestored.includes(b.plan.write.target.sheet));
  if (restoredAll) await removeSheets(steps, backups.map((b) => b.sheet));
  return unrestored;
}

/**
 * Drops the copies and gives a replaced sheet's new charts their names (the
 * charts PeakStock drew there before go; any other chart stays). The outputs
 * and the registry are complete by now, so this is tidying: tried twice, and a
 * failure leaves a hidden copy or a second chart behind, never a broken result.
 */
async function commit(steps: ExcelSteps, plans: readonly OutputPlan[], backups: readonly Backup[]): Promise<void> {
  const charted = plans.filter((plan) => plan.old !== null && chartsOf(plan.write).length > 0).map((plan) => plan.write.target.sheet);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      if (charted.length > 0) {
        await steps.step(async (step) => {
          const sheets = step.context.workbook.worksheets;
          const lists = charted.map((sheet) => sheets.getItem(sheet).charts.load("items/name"));
          await step.sync();
          for (const list of lists) {
            for (const chart of list.items) if (isPeakStockChartName(chart.name)) chart.delete();
            for (const chart of list.items) if (isNewChartName(chart.name)) chart.name = committedChartName(chart.name);
          }
          await step.sync();
        });
        charted.length = 0;
      }
      if (await removeSheets(steps, backups.map((b) => b.sheet))) return;
    } catch {
      // tried again below; the outputs are whole either way
    }
  }
}
