/**
 * The per-SKU history summary the seller sees first: how much history, how fast
 * it sells now and a year ago, its peak and its trend.
 */
import type { DailySeries } from "./dailySeries";

/** Days of one year back, aligned on the weekday: 52 weeks. */
export const SAME_PERIOD_LAG_DAYS = 364;

/** Summary of one series. Averages are over non-excluded (baseline) days only. */
export interface SeriesSummary {
  readonly sku: string;
  /** First and last day summarised (Excel serials); null when no day is. */
  readonly firstSerial: number | null;
  readonly lastSerial: number | null;
  /** Calendar days summarised, excluded days included. */
  readonly daysOfHistory: number;
  /** Days used for the baseline: daysOfHistory − excludedDays. */
  readonly baselineDays: number;
  /** Units sold over all days summarised, excluded days included. */
  readonly totalUnits: number;
  /** Mean units/day over baseline days. */
  readonly avgUnitsPerDay: number | null;
  /** Highest units on a baseline day, and the (earliest) date it happened. */
  readonly maxUnitsPerDay: number | null;
  readonly maxSerial: number | null;
  /** Mean units/day over the baseline days among the last 30 / 90 calendar days. */
  readonly last30UnitsPerDay: number | null;
  readonly last90UnitsPerDay: number | null;
  /** OLS slope of units/day against the date over the last 90 baseline days (units/day per day). */
  readonly trendUnitsPerDayPerDay: number | null;
  /** slope × 30 ÷ mean units/day of that window: change per 30 days as a fraction (0.1 = +10 %). */
  readonly trendPct: number | null;
  /** Mean units/day over the baseline days of the 30 days 364 days before the last 30. */
  readonly samePeriodLastYearUnitsPerDay: number | null;
  /** Share of baseline days with 0 units. */
  readonly zeroDaysShare: number | null;
  readonly excludedDays: number;
  /** The series' missing and stock-out days (whole series, not cut at asOfSerial). */
  readonly missingDays: number;
  readonly stockOutDays: number;
}

/** Mean of the non-excluded units on days [from, to] (indexes), null when there are none. */
function windowMean(units: readonly number[], excluded: readonly boolean[], from: number, to: number): number | null {
  let sum = 0;
  let count = 0;
  for (let d = Math.max(from, 0); d <= to; d++) {
    if (!excluded[d]) {
      sum += units[d];
      count++;
    }
  }
  return count === 0 ? null : sum / count;
}

/**
 * Summarises a series up to `asOfSerial` (default: its last day; a later date is
 * cut to the last day, an earlier one drops the days after it).
 * - avgUnitsPerDay = Σ units ÷ baseline days; max over baseline days.
 * - last30 / last90 = mean over the baseline days of the last 30 / 90 calendar
 *   days (all of the series when it is shorter).
 * - trend = OLS slope b = Σ(x−x̄)(y−ȳ) ÷ Σ(x−x̄)² of units y on day x over the last
 *   90 baseline days (fewer if the series has fewer; needs 2), and
 *   trendPct = b × 30 ÷ ȳ (null when ȳ = 0).
 * - same period last year = mean over the baseline days of the 30 days ending
 *   364 days before the last day. 364 = 52 weeks keeps weekdays aligned (a Friday
 *   compares with a Friday), which matters more for daily retail sales than the
 *   one-day calendar shift; null when the series does not reach back that far.
 * Empty input never gives NaN: counts and totals are 0, and any mean, share, max
 * or slope over no days is null.
 * @param series the series (not modified)
 * @param options.asOfSerial last day to summarise (Excel serial)
 * @example
 * // units 0, 1, 2, …, 99 on 100 days, nothing excluded:
 * // avgUnitsPerDay 49.5, maxUnitsPerDay 99, last30UnitsPerDay 84.5, last90UnitsPerDay 54.5,
 * // trendUnitsPerDayPerDay 1, trendPct 30 ÷ 54.5 = 0.5505
 */
export function summarizeSeries(series: DailySeries, options: { readonly asOfSerial?: number } = {}): SeriesSummary {
  const { units, excluded, startSerial } = series;
  let last = units.length - 1;
  if (options.asOfSerial !== undefined && Number.isFinite(options.asOfSerial)) {
    last = Math.min(last, Math.floor(options.asOfSerial) - startSerial);
  }
  const days = Math.max(last + 1, 0);

  let totalUnits = 0;
  let baselineDays = 0;
  let baselineUnits = 0;
  let zeroDays = 0;
  let max: number | null = null;
  let maxIndex = -1;
  for (let d = 0; d < days; d++) {
    const u = units[d];
    totalUnits += u;
    if (excluded[d]) continue;
    baselineDays++;
    baselineUnits += u;
    if (u === 0) zeroDays++;
    if (max === null || u > max) {
      max = u;
      maxIndex = d;
    }
  }

  // Trend over the last 90 baseline days; x centred on the window for accuracy.
  const xs: number[] = [];
  for (let d = last; d >= 0 && xs.length < 90; d--) if (!excluded[d]) xs.push(d);
  let slope: number | null = null;
  let trendPct: number | null = null;
  if (xs.length >= 2) {
    let sx = 0;
    let sy = 0;
    for (const x of xs) {
      sx += x;
      sy += units[x];
    }
    const mx = sx / xs.length;
    const my = sy / xs.length;
    let sxy = 0;
    let sxx = 0;
    for (const x of xs) {
      sxy += (x - mx) * (units[x] - my);
      sxx += (x - mx) * (x - mx);
    }
    slope = sxy / sxx;
    trendPct = my === 0 ? null : (slope * 30) / my;
  }

  const lyEnd = last - SAME_PERIOD_LAG_DAYS;
  const sply = days > 0 && lyEnd - 29 >= 0 ? windowMean(units, excluded, lyEnd - 29, lyEnd) : null;

  return {
    sku: series.sku,
    firstSerial: days > 0 ? startSerial : null,
    lastSerial: days > 0 ? startSerial + last : null,
    daysOfHistory: days,
    baselineDays,
    totalUnits,
    avgUnitsPerDay: baselineDays === 0 ? null : baselineUnits / baselineDays,
    maxUnitsPerDay: max,
    maxSerial: maxIndex < 0 ? null : startSerial + maxIndex,
    last30UnitsPerDay: days > 0 ? windowMean(units, excluded, last - 29, last) : null,
    last90UnitsPerDay: days > 0 ? windowMean(units, excluded, last - 89, last) : null,
    trendUnitsPerDayPerDay: slope,
    trendPct,
    samePeriodLastYearUnitsPerDay: sply,
    zeroDaysShare: baselineDays === 0 ? null : zeroDays / baselineDays,
    excludedDays: days - baselineDays,
    missingDays: series.missingDays,
    stockOutDays: series.stockOutDays,
  };
}
