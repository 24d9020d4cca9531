/**
 * Replacing a sheet so that a failure leaves the old one whole: the new sheet is
 * built under a temporary name, and only once it is complete is the old sheet
 * deleted and the new one renamed into its place, in one step.
 */
import type { ExcelSteps } from "./excelSteps";
import type { SheetInfo } from "./workbookInventory";

export interface SheetReplacement {
  /** The name the finished sheet takes. */
  readonly finalName: string;
  /** The sheet it replaces, or null for a new sheet. */
  readonly existing: SheetInfo | null;
  /** A name no sheet has, to build under. */
  readonly tempName: string;
  /** Queued with adding the sheet, in the first step (widths, frozen rows, visibility). */
  readonly create: (sheet: Excel.Worksheet) => void;
  /** Fills the new sheet, in as many steps as it needs. */
  readonly build: () => Promise<void>;
  /** Queued in the swap step before the rename (e.g. giving the new table its final name). */
  readonly onSwap?: (sheet: Excel.Worksheet) => void;
  /** Activates the new sheet (the old one was the active sheet). */
  readonly activate?: boolean;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Deletes a sheet, ignoring failure (it may never have been made): one step.
 * @example await removeSheetQuietly(steps, "_PeakStock_new")
 */
export async function removeSheetQuietly(steps: ExcelSteps, name: string): Promise<void> {
  try {
    await steps.step(async (step) => {
      step.context.workbook.worksheets.getItem(name).delete();
      await step.sync();
    });
  } catch {
    // Nothing to remove, or Excel refused: the error that brought us here is the one to report.
  }
}

/** True when a sheet of that name exists: one step. */
async function sheetExists(steps: ExcelSteps, name: string): Promise<boolean> {
  return steps.step(async (step) => {
    const sheet = step.context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("name");
    await step.sync();
    return !sheet.isNullObject;
  });
}

/**
 * Builds the new sheet under `tempName`, then deletes the old sheet, renames the
 * new one and puts it at the old one's tab position, in one step. A failure
 * while building removes the new sheet and leaves the old one as it was. Excel
 * does not roll back a failed step, so when the swap itself fails the old
 * sheet's fate is looked up: still there, the new sheet is removed; gone (or
 * unknown), the new sheet is kept and the message says where it is.
 * @throws the building or swapping error, its message extended when the data now lives on the temporary sheet
 * @example await replaceSheet(steps, { finalName: "Plan", existing: { name: "Plan", position: 2 }, tempName: "_PeakStock_new", create, build })
 */
export async function replaceSheet(steps: ExcelSteps, plan: SheetReplacement): Promise<void> {
  try {
    await steps.step(async (step) => {
      step.pauseForWrite(true);
      plan.create(step.context.workbook.worksheets.add(plan.tempName));
      await step.sync();
    });
    await plan.build();
  } catch (error) {
    await removeSheetQuietly(steps, plan.tempName);
    throw error;
  }
  const { existing } = plan;
  try {
    await steps.step(async (step) => {
      step.pauseForWrite(true);
      const sheets = step.context.workbook.worksheets;
      if (existing) sheets.getItem(existing.name).delete();
      const sheet = sheets.getItem(plan.tempName);
      plan.onSwap?.(sheet);
      sheet.name = plan.finalName;
      if (existing) sheet.position = existing.position;
      if (plan.activate) sheet.activate();
      await step.sync();
    });
  } catch (error) {
    const oldThere = existing === null ? true : await sheetExists(steps, existing.name).catch(() => undefined);
    if (oldThere === true) {
      await removeSheetQuietly(steps, plan.tempName);
      throw error;
    }
    const state = oldThere === false
      ? `the old sheet "${existing?.name}" is deleted and the new one is on sheet "${plan.tempName}"`
      : `the new one is on sheet "${plan.tempName}"`;
    throw new Error(`${messageOf(error)}. PeakStock could not finish replacing "${plan.finalName}": ${state}; rename it to "${plan.finalName}".`);
  }
}
