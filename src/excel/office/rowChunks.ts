/**
 * Cutting a long run of rows into pieces that each fit in one request to Excel.
 */

/** Rows `start` (inclusive) to `end` (exclusive) and their estimated payload in bytes. */
export interface RowChunk {
  readonly start: number;
  readonly end: number;
  readonly bytes: number;
}

/** Bytes as people read them: "3.2 MB", "20 kB". */
function sizeText(bytes: number): string {
  return bytes >= 100_000 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1000)} kB`;
}

/**
 * Consecutive chunks of rows, each as many rows as fit: a chunk's bytes are
 * `overheadBytes` + the sum of its rows' bytes, at most `limitBytes`. Greedy, so
 * every chunk but the last is full to within one row.
 * @param rowBytes estimated payload of each row, bytes (e.g. {@link payloadBytes} of its cells)
 * @param limitBytes most bytes a chunk may carry
 * @param overheadBytes bytes every chunk carries besides its rows (brackets, address)
 * @throws Error naming the row when a single row is over the limit (it cannot be sent at all)
 * @example rowChunks([40, 40, 40], 100) // [{ start: 0, end: 2, bytes: 80 }, { start: 2, end: 3, bytes: 40 }]
 */
export function rowChunks(rowBytes: readonly number[], limitBytes: number, overheadBytes = 0): RowChunk[] {
  const chunks: RowChunk[] = [];
  let start = 0;
  let bytes = overheadBytes;
  for (let i = 0; i < rowBytes.length; i++) {
    const row = rowBytes[i];
    if (overheadBytes + row > limitBytes) {
      throw new Error(`Row ${i + 1} holds ${sizeText(row)}, more than one request to Excel can carry (${sizeText(limitBytes - overheadBytes)})`);
    }
    if (bytes + row > limitBytes) {
      chunks.push({ start, end: i, bytes });
      start = i;
      bytes = overheadBytes;
    }
    bytes += row;
  }
  if (rowBytes.length > start) chunks.push({ start, end: rowBytes.length, bytes });
  return chunks;
}
