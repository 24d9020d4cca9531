/**
 * The task pane's way to the workbook: the contract's getActiveWorkbook (Excel
 * through Office.js, or the preview's in-memory workbook), asked when the user
 * acts, never at import time.
 */
import { ok, type Result } from "../engine/errors";
import type { ChartSpec } from "../engine/plan/outputTable";
import { getActiveWorkbook } from "../excel/activeWorkbook";
import { writeOwnedOutputs } from "../excel/ownership";
import type { OutputLanguage, WorkbookPort } from "../excel/workbookPort";

/** The workbook the pane works on, or null (outside Excel with no preview workbook). */
export function activeWorkbook(): WorkbookPort | null {
  try {
    return getActiveWorkbook();
  } catch {
    return null;
  }
}

/** A workbook that can bring a sheet to the front (not every WorkbookPort can). */
interface SheetActivation {
  activateSheet(name: string): Promise<void>;
}

function canActivate(book: WorkbookPort): book is WorkbookPort & SheetActivation {
  return typeof (book as Partial<SheetActivation>).activateSheet === "function";
}

/**
 * Selects sheet `name` in the workbook.
 * @returns false when the workbook cannot (the pane then names the tab instead)
 */
export async function activateSheet(book: WorkbookPort, name: string): Promise<boolean> {
  if (!canActivate(book)) return false;
  await book.activateSheet(name);
  return true;
}

/**
 * Writes a SKU's chart (history, forecast, 80 % band, event window) on PeakStock's
 * Chart sheet — a native line chart in Excel — through the ownership registry like
 * every output (the same sheet and table again on the next chart), and brings that
 * sheet to the front.
 * @returns the sheet written, or the seller's notes the chart's table would grow into (nothing written)
 * @throws what the workbook throws while writing
 */
export async function writeSkuChart(book: WorkbookPort, spec: ChartSpec, language: OutputLanguage): Promise<Result<string>> {
  const written = await writeOwnedOutputs(book, [{ table: spec.table, chartTitle: spec.title }], language);
  if (!written.ok) return written;
  const name = written.value.Chart ?? "";
  await activateSheet(book, name).catch(() => false);
  return ok(name);
}
