/**
 * Reading a sheet's values as {@link WorkbookPort.readSheet} returns them: the
 * used range (cells with values, formatting ignored), placed from A1, in row
 * chunks whose responses stay under the payload limit.
 */
import { usedRange } from "../usedRange";
import type { Grid } from "../workbookPort";
import type { ExcelSteps } from "./excelSteps";
import { payloadBytes, SYNC_PAYLOAD_LIMIT_BYTES } from "./payloadSize";

/** Cells asked for in the first chunk, before the sheet's bytes per row are known (~20 bytes each: ~0.4 MB). */
export const FIRST_CHUNK_CELLS = 20_000;

/** Office.js's code for a sheet (or other item) that does not exist. */
const ITEM_NOT_FOUND = "ItemNotFound";

interface UsedBox {
  readonly name: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * Rows to ask for next: as many as fit in half the limit at the bytes per row
 * seen so far (half, as rows differ), at least 1, at most 4 times the last chunk.
 * @example nextChunkRows(1000, 400_000, 4_000_000) // 4000: 2 MB ÷ 400 bytes a row = 5000, capped at 4 × 1000
 */
export function nextChunkRows(lastRows: number, lastBytes: number, limitBytes: number): number {
  const perRow = Math.max(1, lastBytes / lastRows);
  return Math.max(1, Math.min(lastRows * 4, Math.floor(limitBytes / 2 / perRow)));
}

/**
 * The sheet's values from A1 to its last used row and column, blanks null; null
 * when there is no such sheet. One step to find the used range, then one step
 * per chunk of rows. The sheet name is matched as Excel matches it (ignoring case).
 * @example await readUsedGrid(steps, "sales") // [["Date", "SKU", "Units"], [46353, "A-1", 3]]
 */
export async function readUsedGrid(steps: ExcelSteps, sheetName: string, limitBytes: number = SYNC_PAYLOAD_LIMIT_BYTES): Promise<Grid | null> {
  let box: UsedBox;
  try {
    box = await steps.step(async (step) => {
      const sheet = step.context.workbook.worksheets.getItem(sheetName).load("name");
      const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
      await step.sync();
      if (used.isNullObject) return { name: sheet.name, rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 };
      return { name: sheet.name, rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount };
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === ITEM_NOT_FOUND) return null;
    throw error;
  }
  const rows: unknown[][] = [];
  const pad = new Array<undefined>(box.columnIndex).fill(undefined);
  let chunkRows = Math.max(1, Math.floor(FIRST_CHUNK_CELLS / Math.max(1, box.columnCount)));
  for (let r = 0; r < box.rowCount; ) {
    const count = Math.min(chunkRows, box.rowCount - r);
    const at = box;
    const start = r;
    // One step per chunk: Excel on the web's 5 MB limit applies to each response.
    const { values, bytes } = await steps.step(async (step) => {
      const range = step.context.workbook.worksheets.getItem(at.name).getRangeByIndexes(at.rowIndex + start, at.columnIndex, count, at.columnCount).load("values");
      await step.sync();
      const received = payloadBytes(range.values);
      step.received(received);
      return { values: range.values, bytes: received };
    });
    values.forEach((row, i) => {
      rows[at.rowIndex + start + i] = pad.length > 0 ? [...pad, ...row] : row;
    });
    r += count;
    chunkRows = nextChunkRows(count, bytes, limitBytes);
  }
  return usedRange(rows);
}
