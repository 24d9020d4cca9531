/**
 * What the preview should write, computed in Node: the demo workbook's grids
 * read by XlsxWorkbook (as the command line reads them), planned by the pure
 * engine (planFromSheets) with the event, policy, lanes and sources the task
 * pane stored in the page's workbook, laid out as MemoryWorkbook stores a table.
 */
import { join } from "node:path";
import type { Grid } from "../../src/engine/workbook/sheetTable";
import { columnHeader, type OutputTable } from "../../src/engine/plan/outputTable";
import { planFromSheets, type SheetsPlan } from "../../src/engine/plan/planFromSheets";
import { parseSettings } from "../../src/excel/planSettings";
import { usedRange } from "../../src/excel/usedRange";
import type { OutputLanguage } from "../../src/excel/workbookPort";
import { XlsxWorkbook } from "../../src/excel/xlsxWorkbook";
import { ROOT } from "../../scripts/buildPreview";

export const DEMO_PATH = join(ROOT, "examples", "peakstock-demo.xlsx");

export interface WorkbookGrids {
  readonly sheetNames: string[];
  readonly grids: Record<string, Grid>;
}

/** Every sheet of the demo workbook as XlsxWorkbook.readSheet gives it. */
export async function demoGrids(): Promise<WorkbookGrids> {
  const book = await XlsxWorkbook.open(DEMO_PATH);
  const sheetNames = await book.sheetNames();
  const grids: Record<string, Grid> = {};
  for (const name of sheetNames) grids[name] = await book.readSheet(name);
  return { sheetNames, grids };
}

/**
 * The plan the pane should have made: planFromSheets over `input` with the settings it stored.
 * @throws when the settings cannot be read or the plan fails (the demo plans)
 */
export function expectedPlan(input: WorkbookGrids, settingsJson: string, language: OutputLanguage = "en"): SheetsPlan {
  const settings = parseSettings(settingsJson);
  if (!settings.ok) throw new Error(`The pane's stored settings do not parse: ${settings.error.message}`);
  const { policy, lanes, sources } = settings.value;
  const planned = planFromSheets({
    sheetNames: input.sheetNames,
    grids: input.grids,
    language,
    policy,
    ...(Object.keys(sources).length > 0 ? { sources } : {}),
    ...(lanes !== null ? { lanes } : {}),
  });
  if (!planned.ok) throw new Error(`The engine could not plan the demo: ${planned.error.message}`);
  return planned.value;
}

/** A table's cells as MemoryWorkbook holds them: header row in `language`, then the rows (used range). */
export function tableValues(table: OutputTable, language: OutputLanguage): Grid {
  return usedRange([table.columns.map((c) => columnHeader(c, language)), ...table.rows]);
}
