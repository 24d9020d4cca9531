/**
 * Splits a SKU's stock across marketplaces (or warehouses) by forecast share, with minimums.
 * Source: DESIGN.md §1 item 8.
 */
import { err, ok, type Result } from "../errors";
import { checkNonNegative } from "../stock/checkArgument";

/** One destination of the split. */
export interface ShareInput {
  /** Unique name, e.g. the marketplace "Amazon US". */
  readonly key: string;
  /** Its forecast demand (units, or any common unit: only the ratios matter), ≥ 0. */
  readonly forecast: number;
  /** Whole units it must get before the rest is shared (default 0). */
  readonly minimum?: number;
}

/** One row of {@link allocateByShare}'s answer. */
export interface Allocation {
  readonly key: string;
  /** Whole units. */
  readonly units: number;
}

/**
 * Whole-unit split, summing exactly to `totalUnits`:
 * 1. every key first gets its minimum;
 * 2. the rest R = total − Σ minimum is shared in proportion to forecast: quota_i = R × f_i ÷ Σf;
 * 3. each key gets ⌊quota_i⌋, and the R − Σ⌊quota⌋ units left go one each to the largest
 *    fractional parts (largest-remainder / Hamilton method); equal parts go to the key listed first.
 * So every key ends within one unit of minimum + quota. When every forecast is 0 the rest is
 * shared equally (same rounding). Output is in input order.
 * Source: DESIGN.md §1 item 8; largest-remainder rounding as in proportional apportionment.
 * @param totalUnits units to split, a whole number ≥ 0
 * @param shares destinations: unique non-empty keys, forecasts ≥ 0, whole minimums ≥ 0; at least one
 * @returns the split, or NOT_A_NUMBER / NEGATIVE_VALUE / OUT_OF_RANGE (not whole, minimums above the
 * total) / MISSING_VALUE (no shares, blank key) / DUPLICATE_KEY, naming the share by position and key
 * @example allocateByShare(10, [{ key: "US", forecast: 5 }, { key: "CA", forecast: 3, minimum: 4 }, { key: "MX", forecast: 2 }])
 * // ok([{ key: "US", units: 3 }, { key: "CA", units: 6 }, { key: "MX", units: 1 }]):
 * // R = 10 − 4 = 6; quotas 3, 1.8, 1.2 → floors 3, 1, 1; the 1 unit left goes to CA (.8) → CA 4 + 1 + 1
 * @example allocateByShare(10, [{ key: "A", forecast: 1 }, { key: "B", forecast: 1 }, { key: "C", forecast: 1 }])
 * // ok([4, 3, 3] units): quotas 3.33 each, the tie goes to A, listed first
 */
export function allocateByShare(totalUnits: number, shares: readonly ShareInput[]): Result<Allocation[]> {
  const total = checkNonNegative(totalUnits, "total_units");
  if (!total.ok) return total;
  if (!Number.isInteger(total.value) || total.value > Number.MAX_SAFE_INTEGER) {
    return err("OUT_OF_RANGE", `total_units must be a whole number of units (got ${total.value})`, { argument: "total_units" });
  }
  if (!Array.isArray(shares as unknown) || shares.length === 0) return err("MISSING_VALUE", "shares: there is nothing to allocate to", { argument: "shares" });

  const seen = new Set<string>();
  const minima: number[] = [];
  let minimumSum = 0;
  let forecastSum = 0;
  for (let i = 0; i < shares.length; i++) {
    const s = shares[i];
    const where = { argument: "shares", index: i + 1 };
    if (typeof s?.key !== "string" || s.key.trim() === "") return err("MISSING_VALUE", `share ${i + 1} has no key`, where);
    if (seen.has(s.key)) return err("DUPLICATE_KEY", `share ${i + 1}: key '${s.key}' appears more than once`, where);
    seen.add(s.key);
    const f = checkNonNegative(s.forecast, `share ${i + 1} ('${s.key}') forecast`);
    if (!f.ok) return err(f.error.code, f.error.message, where);
    const m = checkNonNegative(s.minimum ?? 0, `share ${i + 1} ('${s.key}') minimum`);
    if (!m.ok) return err(m.error.code, m.error.message, where);
    if (!Number.isInteger(m.value)) {
      return err("OUT_OF_RANGE", `share ${i + 1} ('${s.key}') minimum must be a whole number of units (got ${m.value})`, where);
    }
    minima.push(m.value);
    minimumSum += m.value;
    forecastSum += f.value;
  }
  if (minimumSum > total.value) {
    return err("OUT_OF_RANGE", `the minimums add up to ${minimumSum} units, more than the ${total.value} units to allocate`, { argument: "shares" });
  }

  const rest = total.value - minimumSum;
  const n = shares.length;
  const weights = forecastSum > 0 ? shares.map((s) => s.forecast / forecastSum) : shares.map(() => 1 / n);
  const quotas = weights.map((w) => rest * w);
  const units = quotas.map((q) => Math.floor(q));
  let left = rest - units.reduce((a, b) => a + b, 0);
  // Largest fractional part first; equal parts keep input order (the sort is stable).
  const order = quotas.map((q, i) => ({ i, frac: q - Math.floor(q) })).sort((a, b) => b.frac - a.frac);
  // Floating-point quotas can sum a hair away from `rest`; these loops absorb that and are
  // normally a single pass giving one unit each to the first `left` keys.
  for (let k = 0; left > 0; k = (k + 1) % n, left--) units[order[k].i] += 1;
  for (let k = n - 1; left < 0; k = (k - 1 + n) % n) {
    if (units[order[k].i] > 0) {
      units[order[k].i] -= 1;
      left++;
    }
  }
  return ok(shares.map((s, i) => ({ key: s.key, units: minima[i] + units[i] })));
}
