/**
 * XYZ classification by the coefficient of variation of period demand.
 */
import { engineError, err, ok, type EngineError, type Result } from "../errors";
import { demandStats } from "../stats/demandStats";
import { describeValue } from "../stock/checkArgument";

/** XYZ class: X steady, Y variable, Z erratic (or never sold). */
export type XyzClass = "X" | "Y" | "Z";

/** Coefficient-of-variation limits: X up to `x`, Y up to `y`, Z above (0 ≤ x ≤ y). */
export interface XyzThresholds {
  readonly x: number;
  readonly y: number;
}

/** DESIGN.md §1 item 2: X ≤ 0.5, Y ≤ 1.0, Z above. */
export const DEFAULT_XYZ_THRESHOLDS: XyzThresholds = Object.freeze({ x: 0.5, y: 1.0 });

/** One SKU's demand per period, oldest first (use `weeklyTotals` to turn days into weeks). */
export interface XyzInput {
  readonly key: string;
  readonly unitsPerPeriod: readonly number[];
}

/** A classified SKU. */
export interface XyzItem {
  readonly key: string;
  readonly status: "ok";
  readonly class: XyzClass;
  /** sample sd ÷ mean; Infinity when the SKU never sold (mean 0). */
  readonly cv: number;
  /** Mean units per period. */
  readonly mean: number;
  /** Sample sd of units per period. */
  readonly sd: number;
  readonly periods: number;
  readonly note?: string;
}

/** A SKU that could not be classified; the others still are. */
export interface XyzFailure {
  readonly key: string;
  readonly status: "error";
  readonly error: EngineError;
}

/** Per-SKU outcome of {@link xyzClassify}. */
export type XyzOutcome = XyzItem | XyzFailure;

function checkThresholds(t: XyzThresholds): Result<true> {
  for (const [name, v] of [["x", t.x], ["y", t.y]] as const) {
    if (typeof v !== "number" || !Number.isFinite(v)) {
      return err("NOT_A_NUMBER", `XYZ threshold ${name} is not a number (${describeValue(v)})`, { argument: `xyz_threshold_${name}` });
    }
    if (v < 0) return err("NEGATIVE_VALUE", `XYZ threshold ${name} (${v}) is negative`, { argument: `xyz_threshold_${name}` });
  }
  if (t.y < t.x) return err("OUT_OF_RANGE", `XYZ threshold y (${t.y}) is smaller than threshold x (${t.x})`, { argument: "xyz_threshold_y" });
  return ok(true);
}

function classifyOne(item: XyzInput, t: XyzThresholds): XyzOutcome {
  const label = `SKU '${item.key}'`;
  const stats = demandStats(item.unitsPerPeriod, `${label} demand per period`);
  if (!stats.ok) return { key: item.key, status: "error", error: engineError(stats.error.code, stats.error.message, { ...stats.error.where, sku: item.key }) };
  const { count, mean, sd } = stats.value;
  if (count < 2) {
    return {
      key: item.key,
      status: "error",
      error: engineError("INSUFFICIENT_HISTORY", `${label}: XYZ needs at least 2 periods of demand; it has ${count}`, { sku: item.key }),
    };
  }
  if (mean === 0) {
    return { key: item.key, status: "ok", class: "Z", cv: Infinity, mean, sd, periods: count, note: "never sold in these periods: class Z" };
  }
  const cv = sd / mean;
  const cls: XyzClass = cv <= t.x ? "X" : cv <= t.y ? "Y" : "Z";
  return { key: item.key, status: "ok", class: cls, cv, mean, sd, periods: count };
}

/**
 * Classes SKUs by the coefficient of variation of their demand per period:
 * cv = sample sd ÷ mean; X when cv ≤ x, Y when cv ≤ y, Z above (DESIGN.md §1 item 2,
 * defaults 0.5 / 1.0, on weekly demand).
 * Pass weekly totals (see `weeklyTotals`), not daily sales: daily cv is inflated by
 * the weekday pattern. A SKU that never sold (mean 0) is Z with cv = Infinity and a
 * note. Each SKU succeeds or fails on its own (fewer than 2 periods, a negative or
 * non-numeric value); only bad thresholds or duplicate keys fail the whole call.
 * @param items SKU key and demand per period (units), oldest first
 * @param thresholds cv limits, default {@link DEFAULT_XYZ_THRESHOLDS}
 * @returns one outcome per SKU in input order, or NOT_A_NUMBER / NEGATIVE_VALUE /
 * OUT_OF_RANGE (thresholds), DUPLICATE_KEY, MISSING_VALUE (blank key)
 * @example xyzClassify([{ key: "S1", unitsPerPeriod: [10, 10, 10] }, { key: "S2", unitsPerPeriod: [0, 20, 0, 20] }])
 * // S1 X (cv 0); S2 Z (mean 10, sd √(400/3) = 11.547, cv 1.155 > 1.0)
 */
export function xyzClassify(items: readonly XyzInput[], thresholds: XyzThresholds = DEFAULT_XYZ_THRESHOLDS): Result<XyzOutcome[]> {
  const t = checkThresholds(thresholds);
  if (!t.ok) return t;
  const seen = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const key = items[i].key;
    if (typeof key !== "string" || key.trim() === "") return err("MISSING_VALUE", `XYZ item ${i + 1} has no SKU key`, { index: i + 1 });
    const first = seen.get(key);
    if (first !== undefined) {
      return err("DUPLICATE_KEY", `SKU '${key}' appears twice in the XYZ list (items ${first} and ${i + 1})`, { index: i + 1, sku: key });
    }
    seen.set(key, i + 1);
  }
  return ok(items.map((item) => classifyOne(item, thresholds)));
}
