/**
 * Holt-Winters additive seasonal method without trend, ETS(A,N,A) (Hyndman &
 * Athanasopoulos, FPP3 §8.3 and Table 8.8; Hyndman et al. 2008, Table 6.1), season
 * length m days (default 7, the weekly pattern of daily retail):
 *   ŷ(t) = ℓ(t−1) + s(t−m),  e(t) = y(t) − ŷ(t)
 *   ℓ(t) = ℓ(t−1) + α·e(t),  s(t) = s(t−m) + γ·e(t)
 *   forecast ŷ(T+h) = ℓ(T) + s(T+h−m·(k+1)),  k = ⌊(h−1)/m⌋
 *   var(h) = σ²·[1 + α²·(h−1) + γ·k·(2α + γ)]
 * No trend term: over a few weeks daily retail sales rarely follow a straight line, a
 * trend fitted to noisy daily data mostly adds forecast error, and the trended case is
 * covered by `holtDamped`; model selection picks between them per SKU. (Excel's
 * FORECAST.ETS is the trended AAA version.)
 * α, γ minimise the in-sample one-step SSE by bounded Nelder–Mead over α ∈ [0.0001,
 * 0.9999], γ ∈ [0.0001, 1 − α]. Initial states by the heuristic of Hyndman et al. 2008
 * §2.6.1 / R `forecast::ets`: classical additive decomposition (centred moving average)
 * of the first seasons gives the seasonal indices s0…s(m−1), normalised to sum 0;
 * ℓ0 = mean of the first max(10, 2m) seasonally adjusted days. R uses the first 3
 * seasons and then optimises these states; we do not optimise them (too slow for the
 * per-SKU budget) and use the first 6 seasons instead, which averages out more noise.
 * Parameter `s{j}` is the initial effect of series day j+1 (and j+1+m, j+1+2m, …).
 * `options.params` fixes α and γ (both or neither) and optionally ℓ0 and the seasonal
 * start (used only when all of s0…s(m−1) are given).
 * `forecastsAtOrigins` runs the recursion once over the whole series and reads ℓ and the
 * seasonal indices at each origin (restarting only for origins inside the first 6 seasons
 * when the initial states are not all given, as the heuristic then reads fewer days).
 * @example
 * // α = 0.5, γ = 0.25, m = 2, ℓ0 = 10, s0 = −1, s1 = 1 on [9, 11, 10, 12]:
 * // fitted [9, 11, 9, 11.5]; then ℓ = 10.75, s = (−0.75, 1.125) → forecast(2).mean [10, 11.875]
 * holtWinters.fit([9, 11, 10, 12], { seasonLength: 2, params: { alpha: 0.5, gamma: 0.25, l0: 10, s0: -1, s1: 1 } })
 */
import { allFinite } from "./allFinite";
import { err, ok, type Result } from "../errors";
import { optimize } from "../stats/optimize";
import { checkWeight, readEtsParams } from "./etsParams";
import { normalIntervals } from "./intervals";
import type { FitOptions, FittedModel, ForecastModel } from "./model";
import { refitAtOrigins } from "./refitAtOrigins";
import { validateOrigins } from "./validateOrigins";
import { validateSeries } from "./validateSeries";

const LABEL = "Holt-Winters (weekly)";
const DEFAULT_SEASON_DAYS = 7;
const ALPHA: readonly [number, number] = [0.0001, 0.9999];
const GAMMA_MIN = 0.0001;
/** Seasons used for the initial seasonal indices (R uses 3). */
const INIT_SEASONS = 6;
/** Nelder–Mead evaluation cap; each evaluation is one pass over the series. */
const MAX_EVALUATIONS = 40;

/**
 * In-sample one-step SSE; `season` is scratch (length m), overwritten. Written as
 * ℓ(t) = (1 − α)·ℓ(t−1) + α·(y(t) − s(t−m)), s(t) = (1 − γ)·s(t−m) + γ·(y(t) − ℓ(t−1)):
 * algebraically the recursion above, with a shorter floating-point dependency chain.
 */
function hwSse(y: readonly number[], alpha: number, gamma: number, l0: number, s0: Float64Array, season: Float64Array): number {
  const m = season.length;
  season.set(s0);
  const keepL = 1 - alpha;
  const keepS = 1 - gamma;
  let level = l0;
  let sse = 0;
  let j = 0;
  for (let t = 0; t < y.length; t++) {
    const yt = y[t];
    const s = season[j];
    const e = yt - level - s;
    sse += e * e;
    season[j] = keepS * s + gamma * (yt - level);
    level = keepL * level + alpha * (yt - s);
    if (++j === m) j = 0;
  }
  return sse;
}

/**
 * Initial seasonal indices and level (Hyndman et al. 2008 §2.6.1): centred moving
 * average of order m (2×m for even m) over the first min(lengthDays, INIT_SEASONS·m) days,
 * detrended values averaged per day of the season and centred to sum 0.
 */
function initialStates(y: readonly number[], m: number, lengthDays: number): { l0: number; s0: Float64Array } {
  const n = Math.min(lengthDays, INIT_SEASONS * m);
  const half = Math.floor(m / 2);
  const sum = new Float64Array(m);
  const count = new Float64Array(m);
  for (let t = half; t < n - half; t++) {
    let trend = 0;
    if (m % 2 === 1) {
      for (let i = t - half; i <= t + half; i++) trend += y[i];
      trend /= m;
    } else {
      for (let i = t - half + 1; i < t + half; i++) trend += y[i];
      trend = (trend + 0.5 * (y[t - half] + y[t + half])) / m;
    }
    sum[t % m] += y[t] - trend;
    count[t % m]++;
  }
  const s0 = new Float64Array(m);
  let mean = 0;
  for (let j = 0; j < m; j++) {
    s0[j] = count[j] > 0 ? sum[j] / count[j] : 0;
    mean += s0[j] / m;
  }
  for (let j = 0; j < m; j++) s0[j] -= mean;
  const maxn = Math.min(Math.max(10, 2 * m), lengthDays);
  let l0 = 0;
  for (let t = 0; t < maxn; t++) l0 += (y[t] - s0[t % m]) / maxn;
  return { l0, s0 };
}

/** Parameter names of the seasonal start, s0 … s(m−1). */
function seasonKeys(m: number): string[] {
  return Array.from({ length: m }, (_, j) => `s${j}`);
}
const WEEKLY_KEYS = seasonKeys(DEFAULT_SEASON_DAYS);

/** What `params` fixes: α, γ (both or neither, in range), ℓ0, and the seasonal start when all m indices are given. */
interface HwFixed {
  readonly smoothing: number[] | undefined;
  readonly l0: number | undefined;
  readonly s0: number[] | undefined;
}

function readHwParams(params: FitOptions["params"], m: number): Result<HwFixed> {
  const keys = m === DEFAULT_SEASON_DAYS ? WEEKLY_KEYS : seasonKeys(m);
  const fixed = readEtsParams(LABEL, params, ["alpha", "gamma"], ["l0", ...keys]);
  if (!fixed.ok) return fixed;
  const { smoothing, states } = fixed.value;
  if (smoothing !== undefined) {
    const [alpha, gamma] = smoothing;
    const alphaOk = checkWeight(LABEL, "alpha", alpha, 0, 1);
    if (!alphaOk.ok) return alphaOk;
    const gammaOk = checkWeight(LABEL, "gamma", gamma, 0, 1 - alpha, false, `1 − alpha (${1 - alpha})`);
    if (!gammaOk.ok) return gammaOk;
  }
  const s0 = states.slice(1);
  return ok({ smoothing, l0: states[0], s0: s0.every((v): v is number => v !== undefined) ? s0 : undefined });
}

/** The recursion over `y` from ℓ0 and `season` (updated in place, m = its length): the last level and the one-step SSE, writing the one-step forecasts into `fitted` when given. */
function hwPass(y: readonly number[], alpha: number, gamma: number, l0: number, season: Float64Array, fitted: number[] | null): { level: number; sse: number } {
  const m = season.length;
  let level = l0;
  let sse = 0;
  for (let t = 0; t < y.length; t++) {
    const j = t % m;
    const f = level + season[j];
    if (fitted) fitted[t] = f;
    const e = y[t] - f;
    sse += e * e;
    level += alpha * e;
    season[j] += gamma * e;
  }
  return { level, sse };
}

function fitHoltWinters(unitsPerDay: readonly number[], options: FitOptions = {}): Result<FittedModel> {
  const m = options.seasonLength ?? DEFAULT_SEASON_DAYS;
  if (!Number.isInteger(m) || m < 2) return badSeasonLength(m);
  const checked = validateSeries(unitsPerDay, 2 * m, LABEL);
  if (!checked.ok) return checked;
  const y = unitsPerDay;
  const fixed = readHwParams(options.params, m);
  if (!fixed.ok) return fixed;
  const init = initialStates(y, m, y.length);
  const l0 = fixed.value.l0 ?? init.l0;
  const s0 = fixed.value.s0 !== undefined ? Float64Array.from(fixed.value.s0) : init.s0;

  let alpha: number;
  let gamma: number;
  if (fixed.value.smoothing !== undefined) {
    [alpha, gamma] = fixed.value.smoothing;
  } else {
    // Search (α, u) in a box, γ = 0.0001 + u·(1 − α − 0.0001), so that γ ≤ 1 − α always holds.
    const gammaOf = (a: number, u: number): number => GAMMA_MIN + u * (1 - a - GAMMA_MIN);
    const scratch = new Float64Array(m);
    // Start α = 0.05, γ ≈ 0.03 (daily retail smooths slowly): tuned on m5-tiny for the
    // 40-evaluation budget (mean SSE 0.0003 % above a 2,000-evaluation search).
    const best = optimize((x) => hwSse(y, x[0], gammaOf(x[0], x[1]), l0, s0, scratch), [0.05, 0.03], [ALPHA[0], 0], [ALPHA[1], 1], {
      maxEvaluations: MAX_EVALUATIONS,
      initialStep: [0.1, 0.1],
    });
    [alpha, gamma] = [best.x[0], gammaOf(best.x[0], best.x[1])];
  }

  const n = y.length;
  const season = Float64Array.from(s0);
  const { level, sse } = hwPass(y, alpha, gamma, l0, season, null);
  // the fitted values only when read (the same pass again): the backtest fits for the parameters alone
  let fitted: number[] | null = null;
  if (!Number.isFinite(sse) || !Number.isFinite(level) || !allFinite(season)) return modelFailed();
  // α, γ, ℓ0 and m − 1 free seasonal indices are estimated; = residualSigma(y, fitted, m + 2)
  const sigma = Math.sqrt(sse / Math.max(1, n - (m + 2)));
  const params: Record<string, number> = { alpha, gamma, l0 };
  for (let j = 0; j < m; j++) params[`s${j}`] = s0[j];
  return ok({
    model: "holtWinters",
    params,
    get fitted() {
      if (!fitted) {
        fitted = new Array<number>(n);
        hwPass(y, alpha, gamma, l0, Float64Array.from(s0), fitted);
      }
      return fitted;
    },
    sigma,
    forecast(horizonDays: number) {
      const mean: number[] = [];
      const sd: number[] = [];
      const a2 = alpha * alpha;
      const g2 = gamma * (2 * alpha + gamma);
      let j = n % m; // season index of day T + h
      let k = 0; // ⌊(h − 1)/m⌋
      for (let h = 1; h <= horizonDays; h++) {
        mean.push(level + season[j]);
        sd.push(sigma * Math.sqrt(1 + a2 * (h - 1) + g2 * k));
        if (++j === m) j = 0;
        if (h % m === 0) k++;
      }
      return normalIntervals(mean, sd);
    },
  });
}

function badSeasonLength(m: number): Result<never> {
  return err("OUT_OF_RANGE", `${LABEL}: season length must be a whole number of days, at least 2 (got ${m})`, { argument: "seasonLength" });
}

function modelFailed(): Result<never> {
  return err("MODEL_FAILED", `${LABEL} could not fit this series: the smoothing did not give finite values`);
}

/**
 * `holtWinters.forecastsAtOrigins`: one pass of the recursion, reading ℓ and the seasonal
 * indices at each origin. When ℓ0 or the seasonal start is not given, the heuristic reads
 * the first min(o, 6m) days, so origins o < 6m restart the pass from their own start.
 */
function hwAtOrigins(
  unitsPerDay: readonly number[],
  params: Readonly<Record<string, number>>,
  originIndexes: readonly number[],
  horizonDays: number,
  options: FitOptions = {},
): Result<number[][]> {
  const m = options.seasonLength ?? DEFAULT_SEASON_DAYS;
  if (!Number.isInteger(m) || m < 2) return badSeasonLength(m);
  const y = unitsPerDay;
  const checked = validateSeries(y, 2 * m, LABEL);
  if (!checked.ok) return checked;
  const request = validateOrigins(LABEL, y.length, originIndexes, horizonDays, 2 * m);
  if (!request.ok) return request;
  const fixed = readHwParams(params, m);
  if (!fixed.ok) return fixed;
  const { smoothing, l0, s0 } = fixed.value;
  // α, γ not fixed: fit optimises them on each history, which no single pass can share.
  if (smoothing === undefined) return refitAtOrigins(holtWinters, y, params, originIndexes, horizonDays, options);
  const [alpha, gamma] = smoothing;

  const out: number[][] = [];
  const season = new Float64Array(m);
  let startDays = -1; // days the current pass's initial states were read from
  let level = 0;
  let sse = 0;
  let t = 0;
  let j = 0; // t mod m
  for (const o of originIndexes) {
    const days = l0 !== undefined && s0 !== undefined ? 0 : Math.min(INIT_SEASONS * m, o);
    if (days !== startDays) {
      const init = days > 0 ? initialStates(y, m, days) : { l0: 0, s0: season };
      season.set(s0 ?? init.s0);
      level = l0 ?? init.l0;
      startDays = days;
      sse = 0;
      t = 0;
      j = 0;
    }
    for (; t < o; t++) {
      const f = level + season[j];
      const e = y[t] - f;
      sse += e * e;
      level += alpha * e;
      season[j] += gamma * e;
      if (++j === m) j = 0;
    }
    if (!Number.isFinite(sse) || !Number.isFinite(level) || !allFinite(season)) return modelFailed();
    const row = new Array<number>(horizonDays); // horizonDays is checked: a whole number ≥ 1
    for (let h = 0, s = j; h < horizonDays; h++) {
      row[h] = Math.max(0, level + season[s]); // clipped as normalIntervals does
      if (++s === m) s = 0;
    }
    out.push(row);
  }
  return ok(out);
}

/**
 * Holt-Winters additive (ETS(A,N,A)): a smoothed level plus a weekly pattern that adapts.
 * Formulas, sources and the no-trend choice in the file header.
 * @example holtWinters.fit([9, 11, 10, 12], { seasonLength: 2, params: { alpha: 0.5, gamma: 0.25, l0: 10, s0: -1, s1: 1 } }) // forecast(2).mean [10, 11.875]
 * @example holtWinters.forecastsAtOrigins([9, 11, 10, 12, 10], { alpha: 0.5, gamma: 0.25, l0: 10, s0: -1, s1: 1 }, [4, 5], 2, { seasonLength: 2 })
 *   // ok([[10, 11.875], [11.875, 10]])
 */
export const holtWinters: ForecastModel = {
  name: "holtWinters",
  description: "A smoothed level plus a weekly pattern (e.g. busier weekends) that adapts over time; no trend.",
  minLength: (options) => 2 * (options?.seasonLength ?? DEFAULT_SEASON_DAYS),
  fit: (unitsPerDay, options) => fitHoltWinters(unitsPerDay, options),
  forecastsAtOrigins: (unitsPerDay, params, originIndexes, horizonDays, options) => hwAtOrigins(unitsPerDay, params, originIndexes, horizonDays, options),
};
