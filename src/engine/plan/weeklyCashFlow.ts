/**
 * The cash-flow schedule by week: what goes out for purchases, freight, duty, storage and contingency.
 * Source: DESIGN.md §1 item 7 ("Cash-flow schedule by week") and §3 (the CashFlow output).
 */
import { isoFromSerial, parseDate, weekdayOfSerial } from "../dates";
import { err, ok, type Result } from "../errors";
import { checkNonNegative } from "../stock/checkArgument";

/** What a payment is for. */
export type CashCategory = "purchase" | "freight" | "duty" | "storage" | "contingency";

const CATEGORIES: readonly CashCategory[] = ["purchase", "freight", "duty", "storage", "contingency"];

/** The first day of a week. */
export type WeekStart = "monday" | "sunday";

/** One payment. */
export interface CashItem {
  /** The day it is paid, Excel serial day. */
  readonly daySerial: number;
  readonly category: CashCategory;
  /** Amount paid out, USD ≥ 0. */
  readonly amountUsd: number;
}

/** One week of {@link weeklyCashFlow}: USD per category, the week's total and the running total. */
export interface CashFlowWeek {
  /** First day of the week, Excel serial day. */
  readonly weekStartSerial: number;
  readonly purchase: number;
  readonly freight: number;
  readonly duty: number;
  readonly storage: number;
  readonly contingency: number;
  /** Sum of the five categories this week, USD. */
  readonly total: number;
  /** Sum of `total` up to and including this week, USD. */
  readonly cumulative: number;
}

/** More weeks than this between the first and the last payment is taken for a mistyped date. */
const MAX_WEEKS = 520;

/**
 * Sums payments into weeks starting on `weekStartsOn` (Monday, the ISO week, by default):
 * weekStart = day − ((weekday − first weekday) mod 7). One row per week from the first
 * payment's week to the last one's, sorted, weeks with no payment filled with zeros;
 * total = Σ categories; cumulative = running Σ total. No payments → no rows. Amounts are
 * summed as given (no rounding to cents). A span over 520 weeks (10 years) is reported as
 * an error, as it is almost always a mistyped year.
 * @param items payments: a date serial, one of the five categories, USD ≥ 0
 * @param weekStartsOn "monday" (default) or "sunday"
 * @returns the weekly rows, or BAD_DATE / OUT_OF_RANGE (category, week start, span) /
 * NOT_A_NUMBER / NEGATIVE_VALUE naming the item by position
 * @example weeklyCashFlow([{ daySerial: 46294, category: "purchase", amountUsd: 3000 }, // Tue 2026-09-29
 *   { daySerial: 46308, category: "freight", amountUsd: 1200 }])                       // Tue 2026-10-13
 * // ok([{ weekStartSerial: 46293, purchase: 3000, …, total: 3000, cumulative: 3000 },
 * //     { weekStartSerial: 46300, all 0, total: 0, cumulative: 3000 },
 * //     { weekStartSerial: 46307, freight: 1200, total: 1200, cumulative: 4200 }])
 */
export function weeklyCashFlow(items: readonly CashItem[], weekStartsOn: WeekStart = "monday"): Result<CashFlowWeek[]> {
  if (weekStartsOn !== "monday" && weekStartsOn !== "sunday") {
    return err("OUT_OF_RANGE", `week_starts_on must be "monday" or "sunday" (got ${String(weekStartsOn)})`, { argument: "week_starts_on" });
  }
  if (!Array.isArray(items as unknown)) return err("NOT_A_NUMBER", "items is not a list of payments", { argument: "items" });
  const firstWeekday = weekStartsOn === "monday" ? 1 : 0;
  const byWeek = new Map<number, Record<CashCategory, number>>();
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const where = { argument: "items", index: i + 1 };
    const label = `cash item ${i + 1}`;
    const day = parseDate(item?.daySerial, `${label}, day`);
    if (!day.ok) return err(day.error.code, day.error.message, where);
    if (!CATEGORIES.includes(item.category)) {
      return err("OUT_OF_RANGE", `${label}, category: '${String(item.category)}' is not one of ${CATEGORIES.join(", ")}`, where);
    }
    const amount = checkNonNegative(item.amountUsd, `${label}, amount_usd`);
    if (!amount.ok) return err(amount.error.code, amount.error.message, where);
    const weekStart = day.value - ((weekdayOfSerial(day.value) - firstWeekday + 7) % 7);
    let week = byWeek.get(weekStart);
    if (week === undefined) {
      week = { purchase: 0, freight: 0, duty: 0, storage: 0, contingency: 0 };
      byWeek.set(weekStart, week);
    }
    week[item.category] += amount.value;
    first = Math.min(first, weekStart);
    last = Math.max(last, weekStart);
  }
  if (byWeek.size === 0) return ok([]);
  const weeks = (last - first) / 7 + 1;
  if (weeks > MAX_WEEKS) {
    return err("OUT_OF_RANGE", `the payments span ${weeks} weeks (${isoFromSerial(first)} to ${isoFromSerial(last)}); check for a mistyped year`, {
      argument: "items",
    });
  }
  const rows: CashFlowWeek[] = [];
  let cumulative = 0;
  for (let weekStart = first; weekStart <= last; weekStart += 7) {
    const w = byWeek.get(weekStart) ?? { purchase: 0, freight: 0, duty: 0, storage: 0, contingency: 0 };
    const total = w.purchase + w.freight + w.duty + w.storage + w.contingency;
    cumulative += total;
    rows.push({ weekStartSerial: weekStart, ...w, total, cumulative });
  }
  return ok(rows);
}
