/**
 * Keeping the previous results aside while PeakStock writes over them in
 * place, and putting them back if the write fails part-way. The copy is made
 * inside Excel with `Range.copyFrom` (ExcelApi 1.9): no values travel to the
 * add-in and back, whatever the size of the table. Each replaced table's range
 * — grown to cover the new table too, so a note written over is kept as well —
 * goes to the same address on a hidden sheet of its own, once as values and
 * once as formats (number formats, conditional formats), never with "All",
 * which would copy the table object itself (Excel pastes a whole table as a new
 * table). Docs: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-cut-copy-paste
 */
import { chartsOf } from "../chartLayout";
import type { ExcelSteps } from "./excelSteps";
import { boxAddress, unionBox, type CellBox, type OutputPlan } from "./outputWrite";

/** The base name of the hidden sheets holding the copies (`_PeakStock_backup`, `_PeakStock_backup2` …). */
export const BACKUP_SHEET_NAME = "_PeakStock_backup";

/** A replaced output and where its previous cells are kept. */
export interface Backup {
  readonly plan: OutputPlan;
  /** The hidden sheet holding the copy. */
  readonly sheet: string;
  /** The cells kept: the old table's range and the new one's, on both sheets. */
  readonly box: CellBox;
  /**
   * For an output with a chart, the names of the charts on its sheet before the write (filled by
   * {@link makeBackups}): putting it back removes any other, even one a failed step left unnamed.
   */
  chartsBefore?: string[];
}

/**
 * The cells a replace may change: its old table's range grown to the new one's.
 * @example backupBox(plan) // { top: 0, left: 0, rows: 61, columns: 21 }
 */
export function backupBox(plan: OutputPlan): CellBox {
  const old = plan.old;
  return old === null ? plan.box : unionBox(old, plan.box);
}

/** Copies `from` onto `to` (same size): values, then formats. */
function copyCells(to: Excel.Range, from: Excel.Range): void {
  to.copyFrom(from, "Values");
  to.copyFrom(from, "Formats");
}

/**
 * Copies every backup's cells to its hidden sheet: one step, one sync, no
 * payload. The sheets are Hidden, not VeryHidden: should putting the previous
 * results back ever fail, the seller can still unhide them.
 */
export async function makeBackups(steps: ExcelSteps, backups: readonly Backup[]): Promise<void> {
  if (backups.length === 0) return;
  await steps.step(async (step) => {
    const sheets = step.context.workbook.worksheets;
    const charted = backups.filter((b) => chartsOf(b.plan.write).length > 0);
    if (charted.length > 0) {
      const charts = charted.map((b) => sheets.getItem(b.plan.write.target.sheet).charts.load("items/name"));
      await step.sync();
      charted.forEach((b, i) => {
        b.chartsBefore = charts[i].items.map((chart) => chart.name);
      });
    }
    step.pauseForWrite(true);
    for (const { plan, sheet, box } of backups) {
      const copy = sheets.add(sheet);
      copy.visibility = "Hidden";
      const address = boxAddress(box);
      copyCells(copy.getRange(address), sheets.getItem(plan.write.target.sheet).getRange(address));
    }
    await step.sync();
  });
}

/**
 * Puts a replaced table back as it was: the table resized to its old range, and
 * the kept cells copied back over everything the write changed (conditional
 * formats cleared first, as the copy adds the old ones). One step. For a
 * chart sheet, a second step removes every chart that was not there before
 * the write (the new one, named or not).
 */
export async function restoreBackup(steps: ExcelSteps, backup: Backup): Promise<void> {
  const { plan, box } = backup;
  const old = plan.old;
  if (old === null) return;
  const target = plan.write.target;
  await steps.step(async (step) => {
    step.pauseForWrite(true);
    const sheets = step.context.workbook.worksheets;
    const sheet = sheets.getItem(target.sheet);
    sheet.tables.getItem(target.tableName).resize(boxAddress(old));
    const range = sheet.getRange(boxAddress(box));
    range.conditionalFormats.clearAll();
    copyCells(range, sheets.getItem(backup.sheet).getRange(boxAddress(box)));
    await step.sync();
  });
  const before = backup.chartsBefore;
  if (before !== undefined) {
    await steps.step(async (step) => {
      const charts = step.context.workbook.worksheets.getItem(target.sheet).charts.load("items/name");
      await step.sync();
      const kept = [...before];
      let deleted = 0;
      for (const chart of charts.items) {
        const at = kept.indexOf(chart.name);
        if (at >= 0) kept.splice(at, 1);
        else {
          chart.delete();
          deleted++;
        }
      }
      if (deleted > 0) await step.sync();
    });
  }
}

/**
 * Deletes sheets by name in one step, ignoring any that is not there.
 * @returns false when Excel refused (the sheets may still be there)
 */
export async function removeSheets(steps: ExcelSteps, names: readonly string[]): Promise<boolean> {
  if (names.length === 0) return true;
  try {
    await steps.step(async (step) => {
      step.pauseForWrite(true);
      const sheets = names.map((name) => step.context.workbook.worksheets.getItemOrNullObject(name).load("name"));
      await step.sync();
      for (const sheet of sheets) if (!sheet.isNullObject) sheet.delete();
      await step.sync();
    });
    return true;
  } catch {
    return false;
  }
}
