/**
 * The workbook the task pane works on (PANE_CONTRACT.md): Excel's, through
 * Office.js, when the add-in runs in Excel; else the browser preview's
 * in-memory workbook; else none. Asked when the user acts, never waiting for
 * Office.js.
 */
import { OfficeWorkbook } from "./officeWorkbook";
import { isExcelReady } from "./officeHost";
import type { WorkbookPort } from "./workbookPort";

/** The global the browser preview puts its MemoryWorkbook on before the task pane loads. */
export const PREVIEW_WORKBOOK_KEY = "__PEAKSTOCK_PREVIEW_WORKBOOK__";

/** One OfficeWorkbook for the session, so its sync stats add up across runs. */
let officeBook: OfficeWorkbook | null = null;

const PORT_METHODS = ["sheetNames", "readSheet", "listTables", "writeOutputs", "loadOwnership", "loadSettings", "saveSettings"] as const;

/** True when `value` has every WorkbookPort method. */
function isWorkbookPort(value: unknown): value is WorkbookPort {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return PORT_METHODS.every((method) => typeof record[method] === "function");
}

/**
 * Inside Excel (Office.js loaded and reporting Excel) the {@link OfficeWorkbook};
 * otherwise the workbook on `globalThis.__PEAKSTOCK_PREVIEW_WORKBOOK__`; otherwise null.
 * @example getActiveWorkbook() // an OfficeWorkbook in Excel; the preview's MemoryWorkbook in the browser; null in node
 */
export function getActiveWorkbook(): WorkbookPort | null {
  if (isExcelReady()) return (officeBook ??= new OfficeWorkbook());
  const preview = (globalThis as Record<string, unknown>)[PREVIEW_WORKBOOK_KEY];
  return isWorkbookPort(preview) ? preview : null;
}
