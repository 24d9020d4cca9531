/**
 * The distribution of future demand behind a forecast: each day's demand and the
 * total over any run of days, as count distributions ({@link countDistribution})
 * with the variance model of {@link forecastDispersion}. One object serves the daily
 * quantiles of `PEAK.FORECAST`, the event total of `PEAK.EVENTDEMAND` and the plan,
 * and the newsvendor quantities of the plan's economics (any p in (0, 1), any
 * sub-window: days before the event, the event, the cover days).
 */
import { countDistribution, type CountDistribution } from "../stats/countDistribution";
import type { ForecastDispersion } from "./forecastDispersion";

/** Future demand, day by day and over windows; days are counted from the forecast's first day (0, lead 1). */
export interface DemandDistribution {
  readonly horizonDays: number;
  /** Mean demand per day, units/day (the point forecast). */
  readonly mean: readonly number[];
  readonly dispersion: ForecastDispersion;
  /** Day `day`'s demand (0 ≤ day < horizonDays). */
  day(day: number): CountDistribution;
  /** Quantile p of every day's demand, units/day (mid-distribution quantiles). */
  dailyQuantiles(p: number): number[];
  /**
   * Total demand over days [fromDay, toDay) (clipped to the horizon), units.
   * @param multiplier scales the window's mean (an event uplift), default 1
   * @param multiplierCv the multiplier's own uncertainty as a coefficient of variation, default 0
   */
  window(fromDay: number, toDay: number, multiplier?: number, multiplierCv?: number): CountDistribution;
}

/**
 * Builds the distribution of demand around `meanUnitsPerDay` (clipped at 0).
 * Baseline window variance B = Σμ + b·Σμ² + Σᵢⱼ μᵢμⱼ·(v + g·min(ℓᵢ, ℓⱼ)) with ℓ = day + 1,
 * held at `dispersion.measuredLeadDays` beyond it (the level error is not extrapolated
 * past the leads the backtest measured).
 * With a multiplier m of cv c (independent of the baseline), the total has mean m·M and
 * variance m·M + m²·(1 + c²)·(B − M) + c²·m²·M² (the product of independent factors,
 * Goodman 1960, "On the exact variance of products"; the Poisson part m·M stays a count's).
 * @example
 * // 4 days of 5/day, b = 0.15, v = 0.05, g = 0:
 * // Var(Σ) = 20 + 0.15·100 + 0.05·400 = 55 → negative binomial, mean 20, size 400 ÷ 35
 * demandDistribution([5, 5, 5, 5], { dailyNoise: 0.15, levelShared: 0.05, levelGrowthPerDay: 0, evidenceUnits: 100 }).window(0, 4).variance // 55
 */
export function demandDistribution(meanUnitsPerDay: readonly number[], dispersion: ForecastDispersion): DemandDistribution {
  const mean = meanUnitsPerDay.map((m) => (Number.isFinite(m) && m > 0 ? m : 0));
  const { dailyNoise: b, levelShared: v, levelGrowthPerDay: g } = dispersion;
  const cap = dispersion.measuredLeadDays ?? Number.POSITIVE_INFINITY;
  const leadOf = (i: number): number => Math.min(i + 1, cap);
  // Each day's distribution is made once: the Forecast sheet asks four quantiles of every day.
  const days: (CountDistribution | undefined)[] = [];
  // Days with the same mean and lead have the same distribution, made once and shared: past the
  // measured leads a weekly forecast repeats every week.
  const byMean = new Map<number, Map<number, CountDistribution>>();
  const day = (i: number): CountDistribution => {
    const made = days[i];
    if (made) return made;
    const m = mean[i] ?? 0;
    const lead = leadOf(i);
    let byLead = byMean.get(m);
    if (!byLead) {
      byLead = new Map();
      byMean.set(m, byLead);
    }
    let d = byLead.get(lead);
    if (!d) {
      d = countDistribution(m, m + (b + v + g * lead) * m * m);
      byLead.set(lead, d);
    }
    if (Number.isInteger(i) && i >= 0 && i < mean.length) days[i] = d;
    return d;
  };
  return {
    horizonDays: mean.length,
    mean,
    dispersion,
    day,
    dailyQuantiles(p: number): number[] {
      // a shared day's quantile is worked out once
      const known = new Map<CountDistribution, number>();
      const out: number[] = [];
      for (let i = 0; i < mean.length; i++) {
        const d = day(i);
        let q = known.get(d);
        if (q === undefined) {
          q = d.quantile(p);
          known.set(d, q);
        }
        out.push(q);
      }
      return out;
    },
    window(fromDay: number, toDay: number, multiplier = 1, multiplierCv = 0): CountDistribution {
      let total = 0;
      let squares = 0;
      let leadSquares = 0;
      let cross = 0; // Σ_{i<j} μi μj ℓi, walking i downward with the suffix sum Σ_{j>i} μj
      let suffix = 0;
      for (let i = Math.min(mean.length, toDay) - 1; i >= Math.max(0, fromDay); i--) {
        const m = mean[i];
        total += m;
        squares += m * m;
        leadSquares += m * m * leadOf(i);
        cross += m * leadOf(i) * suffix;
        suffix += m;
      }
      const excess = b * squares + v * total * total + g * (leadSquares + 2 * cross);
      const k = Math.max(0, multiplier);
      const c2 = multiplierCv * multiplierCv;
      return countDistribution(k * total, k * total + k * k * (1 + c2) * excess + c2 * k * k * total * total);
    },
  };
}
