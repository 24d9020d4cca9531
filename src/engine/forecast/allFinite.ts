/**
 * Finite checks over many values as plain loops: `values.every(Number.isFinite)`
 * boxes each double it hands to the callback, which the backtests of every SKU
 * turned into garbage.
 */

/**
 * True when every value is finite (false for NaN or ±Infinity).
 * @example allFinite([1, 2.5]) // true; allFinite(Float64Array.of(1, NaN)) // false
 */
export function allFinite(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return false;
  return true;
}

/**
 * True when every value of every row is finite.
 * @example allRowsFinite([[1], [2, Infinity]]) // false
 */
export function allRowsFinite(rows: readonly ArrayLike<number>[]): boolean {
  for (const row of rows) if (!allFinite(row)) return false;
  return true;
}
