/**
 * Known days with their own sales level — holidays, a closed store, paydays, the
 * seller's own calendar — measured on the SKU's history: for every past occurrence
 * of a named day, its sales against the same weekday one and two weeks before and
 * after (which carries the weekly shape and the local level), pooled over the
 * occurrences as a ratio of sums and shrunk toward "no effect" (1) by the units it
 * rests on (a credibility weight, Bühlmann & Gisler 2005). Dividing the history by
 * these factors keeps a holiday from pulling the baseline up or down; multiplying
 * the forecast by them keeps a known holiday ahead from being forecast as an
 * ordinary day (FPP3 §7.4, dummy variables for holidays, here multiplicative).
 */

/** A named kind of day and where it falls: 0-based positions from the series' first day (positions past its end are forecast days). */
export interface KnownDays {
  readonly name: string;
  readonly days: readonly number[];
}

/** One kind of day's measured effect. */
export interface CalendarEffect {
  readonly name: string;
  /** Sales on such a day ÷ the usual level for that weekday (1 = no effect). */
  readonly factor: number;
  /** Past occurrences the factor was measured on. */
  readonly occurrences: number;
}

/** Evidence (baseline units) at which the measured effect and "no effect" weigh the same; chosen on the development origins (bench/tuneOrigins.ts). */
export const CALENDAR_PRIOR_UNITS = 20;
const NEIGHBOURS = [-14, -7, 7, 14];
/** Factors are kept within these bounds (a closed day is not quite 0: it keeps the division finite). */
const MIN_FACTOR = 0.05;
const MAX_FACTOR = 10;

/**
 * Measures each kind of known day on `unitsPerDay` and returns the effects with a
 * per-position factor (product of the effects of the kinds falling on that day).
 * @param unitsPerDay daily units, oldest first
 * @param known the named days (history and future positions)
 * @param priorUnits shrinkage weight in units (default {@link CALENDAR_PRIOR_UNITS})
 * @example
 * // a day that sold 0 twice where the neighbouring same weekdays sold 10 each:
 * // ratio 0 ÷ 80, weight 80 ÷ (80 + 20) = 0.8 → factor 0.8·0 + 0.2·1 = 0.2
 * calendarEffects(y, [{ name: "Christmas", days: [20, 384] }]).effects[0].factor // 0.2
 */
export function calendarEffects(unitsPerDay: readonly number[], known: readonly KnownDays[], priorUnits = CALENDAR_PRIOR_UNITS): { effects: CalendarEffect[]; factorAt: (t: number) => number } {
  const n = unitsPerDay.length;
  const factorByDay = new Map<number, number>();
  const effects: CalendarEffect[] = [];
  const knownSet = new Set<number>();
  for (const k of known) for (const d of k.days) knownSet.add(d);
  for (const k of known) {
    let sold = 0;
    let usual = 0;
    let occurrences = 0;
    for (const d of k.days) {
      if (d < 0 || d >= n) continue;
      let sum = 0;
      let count = 0;
      for (const offset of NEIGHBOURS) {
        const t = d + offset;
        if (t < 0 || t >= n || knownSet.has(t)) continue;
        sum += unitsPerDay[t];
        count++;
      }
      if (count < 2) continue;
      sold += unitsPerDay[d];
      usual += sum / count;
      occurrences++;
    }
    const w = usual / (usual + priorUnits);
    const measured = usual > 0 ? sold / usual : 1;
    const factor = Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, w * measured + (1 - w)));
    effects.push({ name: k.name, factor, occurrences });
    for (const d of k.days) factorByDay.set(d, (factorByDay.get(d) ?? 1) * factor);
  }
  return { effects, factorAt: (t) => factorByDay.get(t) ?? 1 };
}
