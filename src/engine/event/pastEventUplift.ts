/**
 * A SKU's uplift in earlier runs of the same event: window units/day ÷ the
 * units/day of the weeks before it, per past year and combined.
 */
import { isoFromSerial } from "../dates";
import { err, ok, type Result } from "../errors";
import { historyEndSerial, sumDaySpan, validateHistory, type DailyHistory } from "./dailyHistory";

/** How the baseline before each past event is taken. */
export interface PastEventUpliftOptions {
  /** Weeks of baseline before the event (after the gap). Default 4 (28 days). */
  readonly baselineWeeks?: number;
  /**
   * Days skipped right before the event, default 7. Shoppers hold back in the
   * days before a known sale (the pre-event lull) and sellers start deals and
   * ads early (the ramp); either bends the baseline, so the baseline ends
   * `gapDays` before the event's first day. Use 0 to compare with the days
   * right before the event.
   */
  readonly gapDays?: number;
  /**
   * Share of the days in a window, and separately in a baseline, that must be
   * non-excluded for the year to count. Default 0.5.
   */
  readonly minCoverage?: number;
}

/** One past run of the event. Sums count non-excluded days only. */
export interface PastYearUplift {
  /** Excel serial (days) of this past event's first day. */
  readonly eventStartSerial: number;
  /** True when this year enters the combined uplift. */
  readonly usable: boolean;
  /** Why the year was skipped (plain English); absent when usable. */
  readonly reason?: string;
  /** Units sold in the window (evidence). */
  readonly windowUnits: number;
  readonly windowDaysUsed: number;
  /** Window units/day; null when the window is unusable. */
  readonly windowUnitsPerDay: number | null;
  readonly baselineDaysUsed: number;
  /** Baseline units/day; null when the baseline is unusable. */
  readonly baselineUnitsPerDay: number | null;
  /** Units the baseline predicts for the window's used days: per day, the mean of the baseline days on the same weekday. */
  readonly expectedUnits: number;
  /** Window units ÷ expected units (weekday-matched); null when it cannot be measured. */
  readonly uplift: number | null;
}

/** The SKU's uplift over all usable past years. */
export interface PastEventUplift {
  readonly perYear: readonly PastYearUplift[];
  /** Σ window units ÷ Σ expected units over usable years (ratio of sums); null when no year is usable. */
  readonly uplift: number | null;
  readonly yearsUsed: number;
  /** Σ window units over usable years. */
  readonly windowUnits: number;
  /** Σ expected units over usable years: the volume the uplift rests on (the evidence for shrinkage). */
  readonly expectedUnits: number;
}

function checkWhole(value: number, min: number, name: string): Result<number> {
  if (!Number.isInteger(value) || value < min) {
    return err("OUT_OF_RANGE", `${name} must be a whole number ≥ ${min}; got ${value}`, { argument: name });
  }
  return ok(value);
}

/**
 * Measures a SKU's uplift in each earlier run of the event.
 *
 * For a past event starting on day s with window length L:
 * window = s … s+L−1; baseline = the `baselineWeeks`·7 days ending `gapDays`
 * before s. Per year, uplift = (window units ÷ window days) ÷ (baseline units ÷
 * baseline days), excluded days skipped in both, where the baseline units of each
 * window day are those of the same weekday in the baseline weeks (so a weekend-heavy
 * window is not taken for an uplift). Combined uplift = Σ window units ÷ Σ expected
 * units over usable years — a ratio of
 * sums, so a year with more volume counts more and a near-empty year cannot
 * swing the figure (the mean of per-year ratios would let it).
 *
 * A year is skipped, with the reason, when its window or baseline is not wholly
 * inside the history, when fewer than `minCoverage` of either's days are
 * non-excluded, when the baseline sold nothing (uplift not measurable, reported
 * as null, never Infinity) or when neither sold anything. Uplift below 1 is
 * kept: some SKUs sell less during an event.
 *
 * Method: promotional lift as sales in the promotion ÷ a baseline from the
 * weeks before it (Blattberg & Neslin, *Sales Promotion*, 1990, ch. on
 * baseline estimation; the "uplift coefficient" of e-commerce ERP planning,
 * DESIGN.md §1 item 3).
 * @param history the SKU's daily history (units/day), with stock-outs (and other
 *   events' windows) excluded but NOT this event's past windows — masked with
 *   `maskWindows` they would all be skipped
 * @param eventLengthDays days in each window (the current event's length)
 * @param pastEventStarts Excel serials of each past event's first day
 * @param options baseline weeks (4), gap days (7), minimum coverage (0.5)
 * @example
 * // 10 units/day, except 30/day in the 4-day windows starting s1 and s2 (each ≥ 35 days into the history)
 * pastEventUplift(history, 4, [s1, s2]).value.uplift // 3   (hand: (120 + 120) ÷ (10×4 + 10×4))
 */
export function pastEventUplift(
  history: DailyHistory,
  eventLengthDays: number,
  pastEventStarts: readonly number[],
  options: PastEventUpliftOptions = {},
): Result<PastEventUplift> {
  const valid = validateHistory(history);
  if (!valid.ok) return valid;
  const length = checkWhole(eventLengthDays, 1, "eventLengthDays");
  if (!length.ok) return length;
  const weeks = checkWhole(options.baselineWeeks ?? 4, 1, "baselineWeeks");
  if (!weeks.ok) return weeks;
  const gap = checkWhole(options.gapDays ?? 7, 0, "gapDays");
  if (!gap.ok) return gap;
  const minCoverage = options.minCoverage ?? 0.5;
  if (!(minCoverage > 0 && minCoverage <= 1)) {
    return err("OUT_OF_RANGE", `minCoverage must be above 0 and at most 1; got ${minCoverage}`, { argument: "minCoverage" });
  }
  const starts: number[] = [];
  for (let i = 0; i < pastEventStarts.length; i++) {
    const s = pastEventStarts[i];
    if (typeof s !== "number" || !Number.isFinite(s)) {
      return err("NOT_A_NUMBER", `pastEventStarts item ${i + 1} (${String(s)}) is not a date serial`, { argument: "pastEventStarts", index: i + 1 });
    }
    const day = Math.floor(s);
    if (starts.includes(day)) {
      return err("DUPLICATE_KEY", `pastEventStarts item ${i + 1} (${isoFromSerial(day)}) appears twice`, { argument: "pastEventStarts", index: i + 1 });
    }
    starts.push(day);
  }

  const L = length.value;
  const baselineDays = weeks.value * 7;
  const firstSerial = Math.floor(history.startSerial);
  const lastSerial = historyEndSerial(history);
  const perYear = starts.map((s) => measureYear(history, s, L, baselineDays, gap.value, minCoverage, firstSerial, lastSerial));

  let windowUnits = 0;
  let expectedUnits = 0;
  let yearsUsed = 0;
  for (const y of perYear) {
    if (!y.usable) continue;
    windowUnits += y.windowUnits;
    expectedUnits += y.expectedUnits;
    yearsUsed++;
  }
  return ok({ perYear, uplift: yearsUsed > 0 ? windowUnits / expectedUnits : null, yearsUsed, windowUnits, expectedUnits });
}

function measureYear(
  history: DailyHistory,
  s: number,
  L: number,
  baselineDays: number,
  gapDays: number,
  minCoverage: number,
  firstSerial: number,
  lastSerial: number,
): PastYearUplift {
  const baselineTo = s - gapDays - 1;
  const baselineFrom = baselineTo - baselineDays + 1;
  const windowTo = s + L - 1;
  const empty = { eventStartSerial: s, usable: false, windowUnits: 0, windowDaysUsed: 0, windowUnitsPerDay: null, baselineDaysUsed: 0, baselineUnitsPerDay: null, expectedUnits: 0, uplift: null };
  const label = `past event ${isoFromSerial(s)}`;
  if (windowTo > lastSerial || s < firstSerial) {
    return { ...empty, reason: `${label}: its window ${isoFromSerial(s)} … ${isoFromSerial(windowTo)} is not inside the history (${isoFromSerial(firstSerial)} … ${isoFromSerial(lastSerial)})` };
  }
  if (baselineFrom < firstSerial) {
    return { ...empty, reason: `${label}: its ${baselineDays}-day baseline starts ${isoFromSerial(baselineFrom)}, before the history begins (${isoFromSerial(firstSerial)})` };
  }
  const w = sumDaySpan(history, s, windowTo);
  const b = sumDaySpan(history, baselineFrom, baselineTo);
  const windowUnitsPerDay = w.daysUsed > 0 ? w.units / w.daysUsed : null;
  const baselineUnitsPerDay = b.daysUsed > 0 ? b.units / b.daysUsed : null;
  const measured = { ...empty, windowUnits: w.units, windowDaysUsed: w.daysUsed, windowUnitsPerDay, baselineDaysUsed: b.daysUsed, baselineUnitsPerDay };
  if (w.daysUsed < minCoverage * L) {
    const hint = w.daysUsed === 0 ? " (if the event windows were masked as excluded, pass the history masked for stock-outs only)" : "";
    return { ...measured, reason: `${label}: only ${w.daysUsed} of its ${L} window days are not excluded${hint}` };
  }
  if (b.daysUsed < minCoverage * baselineDays) {
    return { ...measured, reason: `${label}: only ${b.daysUsed} of its ${baselineDays} baseline days are not excluded` };
  }
  if (b.units === 0) {
    const reason = w.units > 0
      ? `${label}: no sales in the ${baselineDays} days before but ${w.units} units in the window, so the uplift cannot be measured`
      : `${label}: no sales in the window or in the ${baselineDays} days before`;
    return { ...measured, reason };
  }
  const expectedUnits = weekdayExpected(history, s, windowTo, baselineFrom, baselineTo, baselineUnitsPerDay as number);
  return { ...measured, usable: true, expectedUnits, uplift: w.units / expectedUnits };
}

/**
 * Units the baseline predicts for the window's non-excluded days, day by day: each
 * window day gets the mean of the baseline days on the same weekday (the baseline is
 * whole weeks, so every weekday is there `baselineWeeks` times), or the baseline's
 * flat rate when all of those were excluded. Measuring against a flat rate would
 * credit a Fri–Mon window's weekend to the event, and the forecast it multiplies
 * already has the weekend in it.
 */
function weekdayExpected(history: DailyHistory, from: number, to: number, baselineFrom: number, baselineTo: number, flatRate: number): number {
  const start = Math.floor(history.startSerial);
  const sums = new Array<number>(7).fill(0);
  const counts = new Array<number>(7).fill(0);
  for (let d = baselineFrom; d <= baselineTo; d++) {
    const i = d - start;
    if (history.excluded?.[i]) continue;
    sums[d % 7] += history.units[i];
    counts[d % 7]++;
  }
  let expected = 0;
  for (let d = from; d <= to; d++) {
    if (history.excluded?.[d - start]) continue;
    expected += counts[d % 7] > 0 ? sums[d % 7] / counts[d % 7] : flatRate;
  }
  return expected > 0 ? expected : flatRate * (to - from + 1);
}
