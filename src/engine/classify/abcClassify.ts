/**
 * ABC classification by share of revenue (Pareto analysis).
 */
import { err, ok, type Result } from "../errors";
import { describeValue } from "../stock/checkArgument";

/** ABC class: A the few SKUs that make most of the revenue, C the long tail. */
export type AbcClass = "A" | "B" | "C";

/** Cumulative-share limits: A up to `a`, B up to `b`, C the rest (fractions, 0 < a ≤ b ≤ 1). */
export interface AbcThresholds {
  readonly a: number;
  readonly b: number;
}

/** DESIGN.md §1 item 2: A ≤ 80 %, B ≤ 95 % (supplychainpy uses 80/90: pass your own). */
export const DEFAULT_ABC_THRESHOLDS: AbcThresholds = Object.freeze({ a: 0.8, b: 0.95 });

/** One SKU's revenue over the analysis period (USD or any one currency). */
export interface AbcInput {
  readonly key: string;
  readonly revenue: number;
}

/** One SKU's place in the Pareto table. */
export interface AbcItem {
  readonly key: string;
  readonly revenue: number;
  readonly class: AbcClass;
  /** revenue ÷ total revenue. */
  readonly share: number;
  /** Running share of revenue up to and including this item, in table order. */
  readonly cumulativeShare: number;
}

/** What {@link abcClassify} returns. */
export interface AbcResult {
  /** Sorted by revenue, highest first; ties by key (plain string order). */
  readonly items: readonly AbcItem[];
  readonly totalRevenue: number;
  /** Set when the classes could not be told apart, e.g. no revenue at all. */
  readonly note?: string;
}

function checkThresholds(t: AbcThresholds): Result<true> {
  for (const [name, v] of [["a", t.a], ["b", t.b]] as const) {
    if (typeof v !== "number" || !Number.isFinite(v)) {
      return err("NOT_A_NUMBER", `ABC threshold ${name} is not a number (${describeValue(v)})`, { argument: `abc_threshold_${name}` });
    }
    if (!(v > 0 && v <= 1)) {
      return err("OUT_OF_RANGE", `ABC threshold ${name} must be a share between 0 and 1 (e.g. 0.8), got ${v}`, { argument: `abc_threshold_${name}` });
    }
  }
  if (t.b < t.a) return err("OUT_OF_RANGE", `ABC threshold b (${t.b}) is smaller than threshold a (${t.a})`, { argument: "abc_threshold_b" });
  return ok(true);
}

/**
 * Sorts SKUs by revenue and classes them by cumulative share of total revenue.
 *
 * Convention: walking down the table, an item is A while the cumulative share
 * BEFORE adding it is < a, B while it is < b, C otherwise. So the item that crosses
 * a line belongs to the class above it: the top seller is always A, and class A holds
 * at least a share `a` of revenue (with 50/30/20 and a = 0.8, the third item starts
 * at exactly 0.80 and is B). Shares are computed as running sum ÷ total, so an exact
 * boundary stays exact. An item with no revenue is always C. Total revenue 0 → every
 * item is C with a note. Thresholds: DESIGN.md §1 item 2 (80/95 %); Silver, Pyke &
 * Thomas, ABC classification.
 * @param items SKU key and revenue (≥ 0) over the same period; keys unique
 * @param thresholds cumulative-share limits, default {@link DEFAULT_ABC_THRESHOLDS}
 * @returns the table, or NOT_A_NUMBER / NEGATIVE_VALUE naming the SKU, DUPLICATE_KEY,
 * MISSING_VALUE (blank key), OUT_OF_RANGE (thresholds)
 * @example abcClassify([{ key: "S1", revenue: 50 }, { key: "S2", revenue: 30 }, { key: "S3", revenue: 20 }])
 * // S1 A (share 0.5, cumulative 0.5), S2 A (0.3, 0.8), S3 B (0.2, 1.0): S3 starts at 0.8, not < 0.8
 */
export function abcClassify(items: readonly AbcInput[], thresholds: AbcThresholds = DEFAULT_ABC_THRESHOLDS): Result<AbcResult> {
  const t = checkThresholds(thresholds);
  if (!t.ok) return t;
  const seen = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const { key, revenue } = items[i];
    if (typeof key !== "string" || key.trim() === "") {
      return err("MISSING_VALUE", `ABC item ${i + 1} has no SKU key`, { index: i + 1 });
    }
    const first = seen.get(key);
    if (first !== undefined) {
      return err("DUPLICATE_KEY", `SKU '${key}' appears twice in the ABC list (items ${first} and ${i + 1})`, { index: i + 1, sku: key });
    }
    seen.set(key, i + 1);
    if (typeof revenue !== "number" || !Number.isFinite(revenue)) {
      return err("NOT_A_NUMBER", `SKU '${key}': revenue is not a number (${describeValue(revenue)})`, { index: i + 1, sku: key });
    }
    if (revenue < 0) return err("NEGATIVE_VALUE", `SKU '${key}': revenue (${revenue}) is negative`, { index: i + 1, sku: key });
  }
  const sorted = [...items].sort((x, y) => y.revenue - x.revenue || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  // Summed in table order, so the last running sum equals the total exactly.
  const total = sorted.reduce((s, x) => s + x.revenue, 0);
  if (total === 0) {
    return ok({
      items: sorted.map((x) => ({ key: x.key, revenue: x.revenue, class: "C" as const, share: 0, cumulativeShare: 0 })),
      totalRevenue: 0,
      note: items.length === 0 ? "No SKUs to classify" : "Total revenue is 0: every SKU is class C",
    });
  }
  let running = 0;
  const out = sorted.map((x): AbcItem => {
    const before = running / total;
    running += x.revenue;
    return { key: x.key, revenue: x.revenue, class: classAfter(before, x.revenue, thresholds), share: x.revenue / total, cumulativeShare: running / total };
  });
  return ok({ items: out, totalRevenue: total });
}

/** The class of an item whose running share before it is `before` (the convention of {@link abcClassify}). */
function classAfter(before: number, revenue: number, t: AbcThresholds): AbcClass {
  return revenue === 0 ? "C" : before < t.a ? "A" : before < t.b ? "B" : "C";
}

/**
 * {@link abcClassify} for values identified by their position (a worksheet
 * range), fast enough for a million cells: the same convention, ties of equal
 * revenue broken by position (the earlier first), the classes returned in input order.
 * @param revenues revenue per item (≥ 0), in input order
 * @param thresholds cumulative-share limits, default {@link DEFAULT_ABC_THRESHOLDS}
 * @returns one class per item, or NOT_A_NUMBER / NEGATIVE_VALUE naming the item (1-based), OUT_OF_RANGE (thresholds)
 * @example abcClassesByPosition([50, 500, 150, 300]) // ok(["C", "A", "B", "A"]): 500 (0 → A), 300 (0.5 → A), 150 (0.8 → B), 50 (0.95 → C)
 */
export function abcClassesByPosition(revenues: readonly number[], thresholds: AbcThresholds = DEFAULT_ABC_THRESHOLDS): Result<AbcClass[]> {
  const t = checkThresholds(thresholds);
  if (!t.ok) return t;
  const n = revenues.length;
  const revenue = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = revenues[i];
    if (typeof r !== "number" || !Number.isFinite(r)) return err("NOT_A_NUMBER", `item ${i + 1}: revenue is not a number (${describeValue(r)})`, { index: i + 1 });
    if (r < 0) return err("NEGATIVE_VALUE", `item ${i + 1}: revenue (${r}) is negative`, { index: i + 1 });
    revenue[i] = r;
  }
  // Highest revenue first by a native numeric sort of the negated values; the
  // running share before each rank is summed in that order, as abcClassify sums.
  const ranked = new Float64Array(n);
  for (let i = 0; i < n; i++) ranked[i] = -revenue[i];
  ranked.sort();
  const before = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) {
    before[k] = total;
    total -= ranked[k];
  }
  const classes = new Array<AbcClass>(n).fill("C");
  if (total === 0) return ok(classes);
  // Equal revenues hold consecutive ranks; the earlier position takes the earlier rank.
  const nextRank = new Map<number, number>();
  for (let k = n - 1; k >= 0; k--) nextRank.set(-ranked[k], k);
  for (let i = 0; i < n; i++) {
    const k = nextRank.get(revenue[i]) as number;
    nextRank.set(revenue[i], k + 1);
    classes[i] = classAfter(before[k] / total, revenue[i], thresholds);
  }
  return ok(classes);
}
