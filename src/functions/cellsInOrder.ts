/**
 * Range arguments as a flat list of cells in reading order.
 */

/**
 * The cells of a range argument row by row; a bare value (a scalar argument
 * typed `any`) is a one-cell range.
 * @example cellsInOrder([[1, 2], [3, 4]]) // [1, 2, 3, 4]
 * @example cellsInOrder(5) // [5]
 */
export function cellsInOrder(range: unknown): unknown[] {
  if (!Array.isArray(range)) return [range];
  const cells: unknown[] = [];
  for (const row of range as unknown[]) {
    if (Array.isArray(row)) for (const cell of row as unknown[]) cells.push(cell);
    else cells.push(row);
  }
  return cells;
}
