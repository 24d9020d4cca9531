/**
 * What is in the workbook, read in one step: the sheets in tab order, the
 * tables and the sheet each is on, and the active sheet. The workbook's
 * questions (which sheets, which are PeakStock's) are answered from it.
 */
import type { SheetKind } from "../../engine/workbook/headerAliases";
import { isOwnedTableName, ownedTableName, sameSheetName } from "../writeChecks";
import type { ExcelSteps } from "./excelSteps";

export interface SheetInfo {
  readonly name: string;
  /** Tab position, 0-based, hidden sheets included. */
  readonly position: number;
}

export interface TableInfo {
  readonly name: string;
  /** The sheet the table is on. */
  readonly sheet: string;
}

export interface Inventory {
  /** In tab order. */
  readonly sheets: readonly SheetInfo[];
  readonly tables: readonly TableInfo[];
  /** The sheet the user has open. */
  readonly activeSheet: string;
}

/**
 * Reads the workbook's sheets, tables and active sheet: one step.
 * @example await loadInventory(steps) // { sheets: [{ name: "Sales", position: 0 }, { name: "Plan", position: 1 }], tables: [{ name: "PeakStock_Plan", sheet: "Plan" }], activeSheet: "Sales" }
 */
export function loadInventory(steps: ExcelSteps): Promise<Inventory> {
  return steps.step(async (step) => {
    const workbook = step.context.workbook;
    const sheets = workbook.worksheets.load("items/name,items/position");
    const tables = workbook.tables.load("items/name,items/worksheet/name");
    const active = workbook.worksheets.getActiveWorksheet().load("name");
    await step.sync();
    return {
      sheets: sheets.items.map((s) => ({ name: s.name, position: s.position })).sort((a, b) => a.position - b.position),
      tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
      activeSheet: active.name,
    };
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
 * True when the sheet holds a table named `PeakStock_<Kind>`.
 * @example isOwnedIn(inventory, "plan") // true: it holds PeakStock_Plan
 */
export function isOwnedIn(inventory: Inventory, sheetName: string): boolean {
  return inventory.tables.some((table) => sameSheetName(table.sheet, sheetName) && isOwnedTableName(table.name));
}

/**
 * The sheet holding `PeakStock_<kind>`, or null.
 * @example ownedSheetIn(inventory, "Plan") // "Plan"
 */
export function ownedSheetIn(inventory: Inventory, kind: SheetKind): string | null {
  const name = ownedTableName(kind);
  return inventory.tables.find((table) => sameSheetName(table.name, name))?.sheet ?? null;
}

/**
 * `base`, or `base2`, `base3` … : the first not in `taken` (ignoring case).
 * @example freeName("_PeakStock_new", ["_peakstock_new"]) // "_PeakStock_new2"
 */
export function freeName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  let name = base;
  for (let n = 2; lower.has(name.toLowerCase()); n++) name = `${base}${n}`;
  return name;
}
