/**
 * Arrays that V8 stores as plain doubles from the start. An array literal of whole
 * numbers is stored as small integers and turns into doubles at its first fraction, so
 * the sales series reached the forecasting loops in several storage kinds; a loop that
 * has seen several reads its elements through a generic path that boxes every double
 * (measured: 3.8 µs instead of 1.0 µs to check 730 days, and garbage). The values, and so
 * every result, are the same whatever the storage kind; only the speed differs.
 */

/**
 * An empty array stored as doubles: whole numbers pushed into it are stored as doubles too.
 * @example const a = emptyDoubles(); a.push(3); a // [3]
 */
export function emptyDoubles(): number[] {
  const out = [0.5];
  out.pop();
  return out;
}

/**
 * A copy of `values` stored as doubles (the same numbers; no holes).
 * @example doublesOf([1, 2, 3]) // [1, 2, 3]
 */
export function doublesOf(values: readonly number[]): number[] {
  const out = emptyDoubles();
  for (let i = 0; i < values.length; i++) out.push(values[i]);
  return out;
}
