/**
 * Handing the preview's workbook to the task pane: the pane's
 * `getActiveWorkbook()` (src/excel/activeWorkbook.ts) returns the workbook on
 * `globalThis[PREVIEW_WORKBOOK_KEY]` when Office.js is not there (PANE_CONTRACT.md).
 */
import { PREVIEW_WORKBOOK_KEY } from "../excel/activeWorkbook";
import type { MemoryWorkbook } from "../excel/memoryWorkbook";

/** Puts `book` where the task pane finds it. Call before taskpane.js runs. */
export function registerPreviewWorkbook(book: MemoryWorkbook): void {
  (globalThis as Record<string, unknown>)[PREVIEW_WORKBOOK_KEY] = book;
}

/**
 * Runs the task pane bundle (the add-in's own taskpane.js, without office.js)
 * in this page; it renders into `#container`.
 * @returns when the script has run
 */
export function loadTaskPane(src = "taskpane.js"): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Cannot load the task pane (${src})`));
    document.body.appendChild(script);
  });
}
