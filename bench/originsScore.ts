/**
 * Scoring of one forecaster at one origin on the M5 series: point accuracy (WAPE,
 * MASE), daily calibration (interval coverage, share at or below P90, pinball loss)
 * and the window total's calibration (share at or below its P90, pinball loss at 0.5
 * and 0.9). Measures from the engine's own tested functions where it has them.
 */
import { naiveScale, type KnownDays } from "../src/engine";

/** What a forecaster answers for one series: daily mean and quantiles, and window-total quantiles. */
export interface OriginForecast {
  readonly mean: readonly number[];
  /** Daily quantile p of each day (units/day). */
  dailyQuantile(p: number): readonly number[];
  /** Quantile p of the total over the whole horizon (units). */
  totalQuantile(p: number): number;
}

/** One series at one origin: its training days and the days after. */
export interface OriginCase {
  readonly id: string;
  readonly category: string;
  /** The M5 calendar's holidays and SNAP days, positions from the first training day. */
  readonly knownDays: readonly KnownDays[];
  readonly train: readonly number[];
  readonly test: readonly number[];
}

/** Pooled figures over every series at one origin. */
export interface OriginScore {
  answered: number;
  absError: number;
  actual: number;
  maseSum: number;
  maseCount: number;
  days: number;
  in80: number;
  in95: number;
  belowP90: number;
  pinball50: number;
  pinball90: number;
  windows: number;
  windowBelowP90: number;
  windowPinball50: number;
  windowPinball90: number;
  ms: number;
}

/** Pinball (quantile) loss of quantile forecast `q` at level `tau` for outcome `y`. */
export function pinball(y: number, q: number, tau: number): number {
  return y >= q ? tau * (y - q) : (1 - tau) * (q - y);
}

/** An empty score to add series to. */
export function emptyScore(): OriginScore {
  return { answered: 0, absError: 0, actual: 0, maseSum: 0, maseCount: 0, days: 0, in80: 0, in95: 0, belowP90: 0, pinball50: 0, pinball90: 0, windows: 0, windowBelowP90: 0, windowPinball50: 0, windowPinball90: 0, ms: 0 };
}

/** Adds one series' forecast to `score`. */
export function addCase(score: OriginScore, c: OriginCase, f: OriginForecast): void {
  score.answered++;
  const lo80 = f.dailyQuantile(0.1);
  const hi80 = f.dailyQuantile(0.9);
  const lo95 = f.dailyQuantile(0.025);
  const hi95 = f.dailyQuantile(0.975);
  const med = f.dailyQuantile(0.5);
  let e = 0;
  for (let d = 0; d < c.test.length; d++) {
    const y = c.test[d];
    e += Math.abs(y - f.mean[d]);
    score.actual += y;
    score.days++;
    if (y >= lo80[d] && y <= hi80[d]) score.in80++;
    if (y >= lo95[d] && y <= hi95[d]) score.in95++;
    if (y <= hi80[d]) score.belowP90++;
    score.pinball50 += pinball(y, med[d], 0.5);
    score.pinball90 += pinball(y, hi80[d], 0.9);
  }
  score.absError += e;
  const scale = naiveScale(c.train);
  if (scale > 0) {
    score.maseSum += e / c.test.length / scale;
    score.maseCount++;
  }
  const total = c.test.reduce((a, b) => a + b, 0);
  score.windows++;
  const p90 = f.totalQuantile(0.9);
  if (total <= p90) score.windowBelowP90++;
  score.windowPinball50 += pinball(total, f.totalQuantile(0.5), 0.5);
  score.windowPinball90 += pinball(total, p90, 0.9);
}
