/**
 * What is in the workbook, read in one step: the sheets in tab order and every
 * table with the sheet and range it covers. Which of them PeakStock owns is the
 * ownership registry's to say (ownership.ts), not this file's.
 */
import type { TableInfo } from "../workbookPort";
import { sameSheetName } from "../writeChecks";
import type { ExcelSteps } from "./excelSteps";

export interface SheetInfo {
  readonly name: string;
  /** Tab position, 0-based, hidden sheets included. */
  readonly position: number;
}

export interface Inventory {
  /** In tab order. */
  readonly sheets: readonly SheetInfo[];
  /** In tab order, then from the top left. */
  readonly tables: readonly TableInfo[];
}

/**
 * Reads the workbook's sheets, and with `tables` every table and its range:
 * one step, two syncs when tables are asked for (the tables' ranges can be
 * asked for only once the tables are known).
 * @example await loadInventory(steps) // { sheets: [{ name: "Sales", position: 0 }, { name: "Plan", position: 1 }], tables: [{ name: "PeakStock_Plan", sheet: "Plan", top: 0, left: 0, rows: 61, columns: 20 }] }
 */
export function loadInventory(steps: ExcelSteps, options: { readonly tables?: boolean } = {}): Promise<Inventory> {
  return steps.step(async (step) => {
    const workbook = step.context.workbook;
    const sheetItems = workbook.worksheets.load("items/name,items/position");
    const tableItems = options.tables === false ? null : workbook.tables.load("items/name,items/worksheet/name");
    await step.sync();
    const sheets = sheetItems.items.map((s) => ({ name: s.name, position: s.position })).sort((a, b) => a.position - b.position);
    if (tableItems === null || tableItems.items.length === 0) return { sheets, tables: [] };
    const ranges = tableItems.items.map((t) => t.getRange().load("rowIndex,columnIndex,rowCount,columnCount"));
    await step.sync();
    const position = (sheet: string): number => sheets.find((s) => sameSheetName(s.name, sheet))?.position ?? Number.MAX_SAFE_INTEGER;
    const tables: TableInfo[] = tableItems.items.map((t, i) => ({
      name: t.name,
      sheet: t.worksheet.name,
      top: ranges[i].rowIndex,
      left: ranges[i].columnIndex,
      rows: ranges[i].rowCount,
      columns: ranges[i].columnCount,
    }));
    tables.sort((a, b) => position(a.sheet) - position(b.sheet) || a.top - b.top || a.left - b.left);
    return { sheets, tables };
  });
}

/**
 * The sheet named `name` ignoring case, as Excel compares names.
 * @example findSheetInfo(inventory, "PLAN") // { name: "Plan", position: 1 }
 */
export function findSheetInfo(inventory: Inventory, name: string): SheetInfo | undefined {
  return inventory.sheets.find((sheet) => sameSheetName(sheet.name, name));
}

/**
 * `base`, or `base2`, `base3` … : the first not in `taken` (ignoring case).
 * @example freeName("_PeakStock_backup", ["_peakstock_backup"]) // "_PeakStock_backup2"
 */
export function freeName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  let name = base;
  for (let n = 2; lower.has(name.toLowerCase()); n++) name = `${base}${n}`;
  return name;
}
