/**
 * How far demand strays from a forecast, measured on the forecast's own backtest:
 * the parameters of {@link demandDistribution}'s variance model.
 *
 * Demand on a day ℓ days ahead (ℓ = 1 for the forecast's first day) is a count
 * around the forecast μ whose variance has three parts: Poisson noise μ, day-to-day
 * noise b·μ² that is independent from day to day, and the error of the forecast's
 * level, shared by neighbouring days and growing with the lead like a random walk
 * (a level that is 20 % too high is too high on all of a window's days, and the
 * level drifts further the further ahead one looks):
 *   Var(day ℓ) = μ + (b + v + g·ℓ)·μ²
 *   Cov(day i, day j) = (v + g·min(ℓᵢ, ℓⱼ))·μᵢ·μⱼ          (i ≠ j)
 * so that Var(Σ over a window) = Σμ + b·Σμ² + Σᵢ Σⱼ μᵢμⱼ·(v + g·min(ℓᵢ, ℓⱼ)).
 * (A negative binomial day with a multiplicative level error that is a random walk
 * from a fixed start: Hyndman et al. 2008 §6.1 for the random-walk level of
 * exponential smoothing, Cameron & Trivedi, *Regression Analysis of Count Data*,
 * §3.2, for the NB2 variance μ + αμ².)
 *
 * Moment estimates from the backtest's actual y and forecast f at origins k, days ℓ:
 *   A(ℓ) = (Σ_k (y − f)² − Σ_k f) ÷ Σ_k f²        the day's relative excess variance
 *   A(ℓ) ≈ α + g·ℓ                                  weighted least squares (weights Σ_k f²), α = b + v
 *   v = (Σ_k (Y_k − F_k)² − Σ F − α·Σf² − g·Σ_k Σᵢⱼ fᵢfⱼ·min(ℓᵢ, ℓⱼ)) ÷ (Σ_k F_k² − Σf²)
 * over the whole windows (Y, F the window totals), each clipped to [0, α], g ≥ 0.
 * Squared errors include the forecast's bias, so a biased forecast gets wider
 * quantiles. The estimates are shrunk toward a prior by how much evidence (forecast
 * units) they rest on, a credibility weight Σf ÷ (Σf + priorUnits) (Bühlmann &
 * Gisler, *A Course in Credibility Theory*, 2005).
 */

/** The variance model's parameters, dimensionless (relative variances). */
export interface ForecastDispersion {
  /** b: day-to-day relative variance beyond Poisson, independent between days. */
  readonly dailyNoise: number;
  /** v: relative variance of the level error at the start, shared by all days of a window. */
  readonly levelShared: number;
  /** g: growth of the level error's relative variance per day of lead. */
  readonly levelGrowthPerDay: number;
  /** Units of forecast the backtest estimate rests on (0 for the prior alone). */
  readonly evidenceUnits: number;
  /** The longest lead the backtest measured (days); the level error is held there beyond it. Absent = no limit. */
  readonly measuredLeadDays?: number;
}

/** The prior the backtest estimates are shrunk toward, and its weight in forecast units. */
export interface DispersionPrior {
  readonly dailyNoise: number;
  readonly levelShared: number;
  readonly levelGrowthPerDay: number;
  readonly priorUnits: number;
  /**
   * Multiplies the estimated level-error variances (v, g): the level drifts further
   * after the last origin than in the backtest, whose forecasts reuse parameters
   * fitted on the same history, and a month's total shows it (1 = none).
   */
  readonly inflation: number;
  /** Hold the level error at the longest measured lead instead of extrapolating its growth. */
  readonly holdBeyondMeasured: boolean;
}

/**
 * Prior: the median backtest estimates over the M5 series at the development origins
 * of bench/tuneOrigins.ts (all before the benchmark's first origin: b 0.207, v 0.035,
 * g 0.0016), weight 50 forecast units; level inflation 2, the smallest of 1, 1.5, 2,
 * 3, 4, 6 that brought the 28-day total's P90 into 87–93 % there (87.5 %; 83.4 % at 1).
 */
export const DEFAULT_DISPERSION_PRIOR: DispersionPrior = { dailyNoise: 0.21, levelShared: 0.035, levelGrowthPerDay: 0.0016, priorUnits: 50, inflation: 2, holdBeyondMeasured: true };

/**
 * Estimates {@link ForecastDispersion} from a backtest whose origins all forecast the same
 * number of days (day d of an origin is lead d + 1).
 * @param actuals per origin, the actual units/day that followed
 * @param forecasts per origin, the point forecasts (units/day) of the same days
 * @param prior what the estimate is shrunk toward (default {@link DEFAULT_DISPERSION_PRIOR})
 * @example
 * // two origins of one day: actual [[4], [0]], forecast [[2], [2]]
 * // A(1) = ((4 + 4) − 4) ÷ 8 = 0.5 → α = 0.5, g = 0; windows are single days: v falls back to 0 → b = 0.5
 * forecastDispersion([[4], [0]], [[2], [2]], { dailyNoise: 0, levelShared: 0, levelGrowthPerDay: 0, priorUnits: 0, inflation: 1, holdBeyondMeasured: false })
 * // { dailyNoise: 0.5, levelShared: 0, levelGrowthPerDay: 0, evidenceUnits: 4 }
 */
export function forecastDispersion(actuals: readonly (readonly number[])[], forecasts: readonly (readonly number[])[], prior: DispersionPrior = DEFAULT_DISPERSION_PRIOR): ForecastDispersion {
  const h = actuals.reduce((m, y) => Math.max(m, y.length), 0);
  const sse = new Float64Array(h);
  const sf = new Float64Array(h);
  const sf2 = new Float64Array(h);
  let windowSse = 0;
  let windowF2 = 0;
  let crossMin = 0; // Σ_k Σ_{i≠j} f_i f_j min(ℓi, ℓj)
  for (let k = 0; k < actuals.length; k++) {
    const y = actuals[k];
    const f = forecasts[k];
    let yk = 0;
    let fk = 0;
    let suffix = 0; // Σ_{j>i} f_j, walking i downward
    for (let i = y.length - 1; i >= 0; i--) {
      const fi = Math.max(0, f[i]);
      const e = y[i] - fi;
      sse[i] += e * e;
      sf[i] += fi;
      sf2[i] += fi * fi;
      yk += y[i];
      fk += fi;
      crossMin += 2 * fi * (i + 1) * suffix;
      suffix += fi;
    }
    windowSse += (yk - fk) * (yk - fk);
    windowF2 += fk * fk;
  }
  let totalF = 0;
  let totalF2 = 0;
  for (let i = 0; i < h; i++) {
    totalF += sf[i];
    totalF2 += sf2[i];
  }
  const { intercept, slope } = excessTrend(sse, sf, sf2);
  const alpha = totalF2 > 0 ? Math.max(0, intercept) : prior.dailyNoise + prior.levelShared;
  const g = totalF2 > 0 ? Math.max(0, slope) : prior.levelGrowthPerDay;
  let leadSquares = 0; // Σ f_i² ℓ_i, the diagonal's growth part
  for (let i = 0; i < h; i++) leadSquares += sf2[i] * (i + 1);
  const offDiagonal = windowF2 - totalF2;
  const v = offDiagonal > 0 ? Math.min(alpha, Math.max(0, (windowSse - totalF - alpha * totalF2 - g * leadSquares - g * crossMin) / offDiagonal)) : 0;
  const w = totalF + prior.priorUnits > 0 ? totalF / (totalF + prior.priorUnits) : 0;
  const k = prior.inflation;
  return {
    dailyNoise: w * (alpha - v) + (1 - w) * prior.dailyNoise,
    levelShared: k * (w * v + (1 - w) * prior.levelShared),
    levelGrowthPerDay: k * (w * g + (1 - w) * prior.levelGrowthPerDay),
    evidenceUnits: totalF,
    ...(h > 0 && prior.holdBeyondMeasured ? { measuredLeadDays: h } : {}),
  };
}

/**
 * Weighted least-squares line through the per-lead excess variances A(ℓ) (weights Σf²,
 * which makes the weighted sum of A(ℓ) the pooled estimate); slope 0 with one lead.
 */
function excessTrend(sse: Float64Array, sf: Float64Array, sf2: Float64Array): { intercept: number; slope: number } {
  let sw = 0;
  let swx = 0;
  let swy = 0;
  let swxx = 0;
  let swxy = 0;
  for (let i = 0; i < sse.length; i++) {
    const w = sf2[i];
    if (!(w > 0)) continue;
    const x = i + 1;
    const a = (sse[i] - sf[i]) / w;
    sw += w;
    swx += w * x;
    swy += w * a;
    swxx += w * x * x;
    swxy += w * x * a;
  }
  if (sw === 0) return { intercept: 0, slope: 0 };
  const denominator = sw * swxx - swx * swx;
  if (denominator <= 1e-12 * sw * swxx) return { intercept: swy / sw, slope: 0 };
  const slope = (sw * swxy - swx * swy) / denominator;
  const mean = swy / sw;
  if (slope <= 0) return { intercept: mean, slope: 0 };
  return { intercept: (swy - slope * swx) / sw, slope };
}
