/**
 * The shapes in which Excel hands over arguments: a scalar argument that points
 * at one cell arrives as [[value]], a range as rows of cells, and a scalar typed
 * `any` as a bare value. These helpers give each function the shape it wants.
 */

/**
 * The single value of a scalar argument: a one-cell range [[value]] becomes value;
 * anything else is returned as it is (a larger range stays a range, so the caller can refuse it).
 * @example scalarOf([[12]]) // 12
 * @example scalarOf(12) // 12
 */
export function scalarOf(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 1) {
    const row: unknown = value[0];
    if (Array.isArray(row) && row.length === 1) return row[0] as unknown;
  }
  return value;
}

/**
 * A range argument as rows of cells; a bare value is a one-cell range.
 * @example asRange(5) // [[5]]
 * @example asRange([[1, 2], [3]]) // [[1, 2], [3]]
 */
export function asRange(value: unknown): readonly (readonly unknown[])[] {
  if (Array.isArray(value)) return value.map((row: unknown) => (Array.isArray(row) ? (row as unknown[]) : [row]));
  return [[value]];
}

/**
 * The cells of a range argument row by row; a bare value is a one-cell range.
 * @example cellsInOrder([[1, 2], [3, 4]]) // [1, 2, 3, 4]
 * @example cellsInOrder(5) // [5]
 */
export function cellsInOrder(range: unknown): unknown[] {
  if (!Array.isArray(range)) return [range];
  let n = 0;
  for (const row of range as unknown[]) n += Array.isArray(row) ? row.length : 1;
  const cells = new Array<unknown>(n);
  let k = 0;
  for (const row of range as unknown[]) {
    if (Array.isArray(row)) for (const cell of row as unknown[]) cells[k++] = cell;
    else cells[k++] = row;
  }
  return cells;
}
