/**
 * The portfolio's uplift in past runs of an event: all SKUs' window units over
 * all the units their baselines predicted.
 */
import { sampleStandardDeviation } from "simple-statistics";
import type { PastYearUplift } from "./pastEventUplift";

/** What the portfolio figure needs from each SKU's `PastEventUplift` result. */
export type SkuPastYears = { readonly perYear: readonly Pick<PastYearUplift, "eventStartSerial" | "usable" | "windowUnits" | "expectedUnits">[] };

/** The portfolio's uplift in one past run of the event. */
export interface PortfolioYearUplift {
  readonly eventStartSerial: number;
  /** Σ window units ÷ Σ expected units over SKUs usable that year. */
  readonly uplift: number;
  readonly skusUsed: number;
}

/** The portfolio's uplift over all past runs. */
export interface PortfolioUplift {
  /** Σ window units ÷ Σ expected units over every usable SKU-year; null when there is none. */
  readonly uplift: number | null;
  /** SKUs with at least one usable year. */
  readonly skusUsed: number;
  /** Usable (SKU, year) pairs. */
  readonly skuYearsUsed: number;
  readonly windowUnits: number;
  readonly expectedUnits: number;
  /** One entry per past event start with a usable SKU, oldest first. */
  readonly perYear: readonly PortfolioYearUplift[];
  /**
   * Coefficient of variation of the per-year portfolio uplifts (sample sd ÷
   * mean) when there are at least 2 years; null otherwise. Tells how much the
   * event's lift moves from year to year.
   */
  readonly cvAcrossYears: number | null;
}

/**
 * Pools SKUs' past-event measurements into one portfolio uplift:
 * uplift = Σ(SKU, year) window units ÷ Σ(SKU, year) expected units, over the
 * usable SKU-years only (expected units = baseline units/day × window days).
 *
 * This is the uplift of the portfolio's summed sales, i.e. a volume-weighted
 * mean of the SKUs' uplifts with weights = expected units. A mean of SKU ratios
 * would let a SKU that sells 0.1/day and sold 2 units in the window (uplift 4)
 * count as much as one selling 100/day; the ratio of sums does not.
 * @param skus each SKU's `PastEventUplift` result (or anything with its `perYear`)
 * @example
 * // A: 30 sold vs 10 expected; B: 12 vs 12; C: 3 vs 8
 * portfolioUplift([A, B, C]).uplift // 1.5   (hand: (30+12+3) ÷ (10+12+8) = 45 ÷ 30)
 */
export function portfolioUplift(skus: readonly SkuPastYears[]): PortfolioUplift {
  let windowUnits = 0;
  let expectedUnits = 0;
  let skusUsed = 0;
  let skuYearsUsed = 0;
  const byYear = new Map<number, { window: number; expected: number; skus: number }>();
  for (const sku of skus) {
    let used = false;
    for (const y of sku.perYear) {
      if (!y.usable || !(y.expectedUnits > 0)) continue;
      used = true;
      skuYearsUsed++;
      windowUnits += y.windowUnits;
      expectedUnits += y.expectedUnits;
      const year = byYear.get(y.eventStartSerial) ?? { window: 0, expected: 0, skus: 0 };
      year.window += y.windowUnits;
      year.expected += y.expectedUnits;
      year.skus++;
      byYear.set(y.eventStartSerial, year);
    }
    if (used) skusUsed++;
  }
  const perYear = [...byYear.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([eventStartSerial, y]) => ({ eventStartSerial, uplift: y.window / y.expected, skusUsed: y.skus }));
  let cvAcrossYears: number | null = null;
  if (perYear.length >= 2) {
    const uplifts = perYear.map((y) => y.uplift);
    const mean = uplifts.reduce((a, b) => a + b, 0) / uplifts.length;
    cvAcrossYears = mean > 0 ? sampleStandardDeviation(uplifts) / mean : null;
  }
  return {
    uplift: expectedUnits > 0 ? windowUnits / expectedUnits : null,
    skusUsed,
    skuYearsUsed,
    windowUnits,
    expectedUnits,
    perYear,
    cvAcrossYears,
  };
}
