/**
 * The weekly shape of a SKU's sales: how much each day of the week sells relative
 * to the average day, over the last 52 weeks, shrunk toward a flat week by how many
 * units it rests on. Classical multiplicative decomposition (FPP3 §3.4) with a
 * credibility weight (Bühlmann & Gisler 2005): a SKU that sold 20 units in a year
 * cannot show a reliable weekday pattern.
 */

/** Weeks of history the profile reads. */
const PROFILE_WEEKS = 52;
/** Evidence (units) at which the measured shape and the flat week weigh the same; chosen on the development origins (bench/tuneOrigins.ts). */
export const WEEKDAY_PRIOR_UNITS = 100;
/** No day of the week is forecast below this share of the average day unless it never sells. */
const FLOOR = 0.1;

/**
 * Index j (0 … 6) of the profile is for days whose position t in the series has t mod 7 = j.
 * @param unitsPerDay daily units, oldest first
 * @param endDay the profile reads days before this index (default: the whole series)
 * @param priorUnits shrinkage weight in units (default {@link WEEKDAY_PRIOR_UNITS})
 * @returns seven factors with mean 1
 * @example weekdayProfile([1, 1, 1, 1, 1, 2, 2, 1, 1, 1, 1, 1, 2, 2], 14, 0) // [0.778, 0.778, 0.778, 0.778, 0.778, 1.556, 1.556]   (hand: 1 ÷ (18/14), 2 ÷ (18/14))
 */
export function weekdayProfile(unitsPerDay: readonly number[], endDay = unitsPerDay.length, priorUnits = WEEKDAY_PRIOR_UNITS): number[] {
  const from = Math.max(0, endDay - PROFILE_WEEKS * 7);
  const sums = new Array<number>(7).fill(0);
  const counts = new Array<number>(7).fill(0);
  let total = 0;
  for (let t = from; t < endDay; t++) {
    sums[t % 7] += unitsPerDay[t];
    counts[t % 7]++;
    total += unitsPerDay[t];
  }
  const days = endDay - from;
  if (total <= 0 || counts.some((c) => c === 0)) return new Array<number>(7).fill(1);
  const mean = total / days;
  const w = total / (total + priorUnits);
  const raw = sums.map((s, j) => Math.max(FLOOR, w * (s / counts[j] / mean) + (1 - w)));
  const avg = raw.reduce((a, b) => a + b, 0) / 7;
  return raw.map((r) => r / avg);
}
