/**
 * Writing many rows to a sheet in chunks, each one step (one sync) carrying
 * less than {@link SYNC_PAYLOAD_LIMIT_BYTES}: a 100,000-row plan goes out as a
 * handful of ~4 MB requests instead of one that Excel on the web would refuse.
 */
import type { ExcelSteps } from "./excelSteps";
import { SYNC_PAYLOAD_LIMIT_BYTES } from "./payloadSize";
import { rowChunks, type RowChunk } from "./rowChunks";
import { rowPayloadBytes, type ExcelRow } from "./tableCells";

/** Bytes a chunk's request carries besides its rows: brackets, the range's address, Office.js's envelope. */
export const CHUNK_OVERHEAD_BYTES = 1024;

export interface RowsToWrite {
  /** The sheet, by name. */
  readonly sheetName: string;
  /** Row of the first row written, 0-based (0 = row 1). */
  readonly firstRow: number;
  /** Column of the first cell of each row, 0-based (default 0 = column A). */
  readonly firstColumn?: number;
  /** How many rows. */
  readonly count: number;
  /** Columns in every row. */
  readonly width: number;
  /** Row `i` (0-based among the rows written), built when needed so a long table is never held twice. */
  readonly rowAt: (i: number) => ExcelRow;
  /** Most bytes per chunk (default {@link SYNC_PAYLOAD_LIMIT_BYTES}). */
  readonly limitBytes?: number;
}

/** Rows cut into chunks before anything is written: {@link prepareRows}. */
export interface PreparedRows {
  readonly rows: RowsToWrite;
  readonly chunks: readonly RowChunk[];
}

/**
 * Cuts the rows into chunks under the limit, before anything is written, so a
 * row no request can carry is refused while the workbook is still untouched.
 * @throws Error naming the row when a single row is over the limit
 * @example prepareRows({ sheetName: "Plan", firstRow: 0, count: 100_001, width: 7, rowAt }).chunks.length // 5: ~17 MB in ~4 MB chunks
 */
export function prepareRows(rows: RowsToWrite): PreparedRows {
  const sizes = new Array<number>(rows.count);
  for (let i = 0; i < rows.count; i++) sizes[i] = rowPayloadBytes(rows.rowAt(i));
  return { rows, chunks: rowChunks(sizes, rows.limitBytes ?? SYNC_PAYLOAD_LIMIT_BYTES, CHUNK_OVERHEAD_BYTES) };
}

/**
 * Writes prepared rows, one step (one sync) per chunk: each chunk's number
 * formats first and then its values (so Text cells take text as text), pausing
 * calculation.
 * @returns the number of chunks (steps) it took
 */
export async function writePreparedRows(steps: ExcelSteps, prepared: PreparedRows): Promise<number> {
  const { rows, chunks } = prepared;
  for (const chunk of chunks) {
    const count = chunk.end - chunk.start;
    const numberFormat: string[][] = new Array<string[]>(count);
    const values: (string | number)[][] = new Array<(string | number)[]>(count);
    for (let i = 0; i < count; i++) {
      const row = rows.rowAt(chunk.start + i);
      numberFormat[i] = row.numberFormat;
      values[i] = row.values;
    }
    // One step per chunk: the payload limit is per request, so each chunk needs its own sync.
    await steps.step(async (step) => {
      step.pauseForWrite();
      const range = step.context.workbook.worksheets.getItem(rows.sheetName).getRangeByIndexes(rows.firstRow + chunk.start, rows.firstColumn ?? 0, count, rows.width);
      range.numberFormat = numberFormat;
      range.values = values;
      await step.sync(chunk.bytes);
    });
  }
  return chunks.length;
}

/**
 * Writes `rows.count` rows ({@link prepareRows}, then {@link writePreparedRows}).
 * @returns the number of chunks (steps) it took
 * @throws Error when a single row is over the limit, before anything is written
 * @example await writeRowsInChunks(steps, { sheetName: "Plan", firstRow: 0, count: 100_001, width: 7, rowAt }) // 5: ~17 MB in ~4 MB chunks
 */
export async function writeRowsInChunks(steps: ExcelSteps, rows: RowsToWrite): Promise<number> {
  return writePreparedRows(steps, prepareRows(rows));
}
