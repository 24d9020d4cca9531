/**
 * The preview's workbook: a MemoryWorkbook that can also bring a sheet to the
 * front, as OfficeWorkbook.activateSheet does in Excel, so the task pane's links
 * to the result sheets switch the preview grid's tab.
 */
import { MemoryWorkbook } from "../excel/memoryWorkbook";

export class PreviewWorkbook extends MemoryWorkbook {
  private readonly activations = new Set<(name: string) => void>();

  /**
   * Calls `listener` with the sheet's name (as the workbook spells it) when a sheet is activated.
   * @returns a function that stops the calls
   */
  onActivate(listener: (name: string) => void): () => void {
    this.activations.add(listener);
    return () => this.activations.delete(listener);
  }

  /**
   * Shows sheet `name` (names ignore case).
   * @throws Error when there is no such sheet, as Excel's getItem does
   */
  async activateSheet(name: string): Promise<void> {
    const sheet = this.getSheet(name);
    if (!sheet) throw new Error(`The workbook has no sheet named "${name}"`);
    for (const listener of this.activations) listener(sheet.name);
  }
}
