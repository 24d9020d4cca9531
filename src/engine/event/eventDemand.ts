/**
 * A SKU's demand over an event window, P50 and an upper quantile, with the
 * parts that made it: last year's same window × growth blended with the
 * baseline forecast × uplift.
 */
import { isoFromSerial } from "../dates";
import { err, ok, type Result } from "../errors";
import { normalQuantile } from "../stats/normalQuantile";
import { checkEventDemandInput } from "./checkEventDemandInput";
import { sumDaySpan, type DailyHistory } from "./dailyHistory";
import { eventSigma } from "./eventSigma";
import { pastEventUplift, type PastEventUpliftOptions, type PastYearUplift } from "./pastEventUplift";
import { DEFAULT_PRIOR_UNITS, shrinkUplift, type ShrunkUpliftSource } from "./shrinkUplift";

/** The event's first and last day (inclusive), Excel serials. */
export interface EventWindow {
  readonly startSerial: number;
  readonly endSerial: number;
}

/** The forecasting layer's baseline (no event) over the event's days, one value per day. */
export interface BaselineForecast {
  readonly meanUnitsPerDay: readonly number[];
  /** Forecast sd per day (units/day); callers derive it from the 80 % interval: (upper − mean) ÷ 1.2816. */
  readonly sdUnitsPerDay: readonly number[];
}

export interface EventDemandInput {
  /**
   * The SKU's daily history (a `DailySeries` fits). Exclude stock-outs and other
   * events' windows, but not this event's past windows: they are what the
   * uplift and "last year" are measured on.
   */
  readonly history: DailyHistory;
  readonly event: EventWindow;
  /** First days (Excel serials) of the same event in earlier years; each window has this event's length. */
  readonly pastEventStarts: readonly number[];
  readonly baselineForecast: BaselineForecast;
  /** The portfolio's uplift ({@link portfolioUplift}), or null when there is none. */
  readonly portfolioUplift: number | null;
  /** Year-to-year cv of the portfolio uplift, used for the spread when the SKU has fewer than 2 usable years. */
  readonly portfolioUpliftCv?: number | null;
  /** The seller's uplift; wins over the SKU's and the portfolio's. */
  readonly upliftOverride?: number;
  /** Multiplies last year's window (YoY growth, ad spend). Default 1. */
  readonly growth?: number;
  /** Weight of "last year × growth", 0 … 1. Default 0.5 when last year's window is usable, else 0. */
  readonly blendWeightLastYear?: number;
  /** Upper quantile reported besides P50, in (0.5, 1). Default 0.9. */
  readonly quantile?: number;
  /** Shrinkage prior k in expected units ({@link shrinkUplift}). Default 30. */
  readonly priorUnits?: number;
  /** Correlation ρ between the baseline forecast errors of different event days, 0 … 1. Default 0.3. */
  readonly dayCorrelation?: number;
  /** How past uplifts are measured ({@link pastEventUplift}). */
  readonly upliftOptions?: PastEventUpliftOptions;
}

export interface EventDemand {
  /** Median event-window demand (units over the whole event). */
  readonly p50Units: number;
  /** Demand at `quantile` (units over the whole event); ≥ p50Units. */
  readonly pQUnits: number;
  readonly quantile: number;
  readonly eventDays: number;
  /** The uplift applied to the baseline forecast. */
  readonly uplift: number;
  readonly upliftSource: "override" | ShrunkUpliftSource;
  /** Weight of the SKU's own uplift in `uplift` (0 with an override). */
  readonly weightOwn: number;
  readonly skuUplift: number | null;
  readonly skuYearsUsed: number;
  readonly portfolioUplift: number | null;
  readonly perYear: readonly PastYearUplift[];
  /** Last year's window units (scaled up over excluded days), before growth; null when unusable. */
  readonly lastYearUnits: number | null;
  /** First day of the window taken as "last year". */
  readonly lastYearStartSerial: number;
  readonly lastYearWeight: number;
  /** Σ baseline forecast mean over the event days (units). */
  readonly trendUnits: number;
  readonly trendTimesUplift: number;
  readonly growth: number;
  /** sd of the event total (units). */
  readonly sigmaUnits: number;
  /** cv of the uplift used in the spread (0 when unknown). */
  readonly upliftCv: number;
  /** Short plain-English lines for a "why" column. */
  readonly parts: readonly string[];
}

const DEFAULT_QUANTILE = 0.9;
const DEFAULT_BLEND_LAST_YEAR = 0.5;
const DEFAULT_DAY_CORRELATION = 0.3;
/** 52 weeks: the same weekdays one year earlier. */
const DAYS_PER_YEAR_WEEKDAY_ALIGNED = 364;

/** Units, to one decimal. */
const u = (x: number): string => String(Math.round(x * 10) / 10);
const f2 = (x: number): string => x.toFixed(2);
const pct = (w: number): string => `${Math.round(w * 100)} %`;

/**
 * Event-window demand for one SKU.
 *
 * (a) last year = units in the window of the most recent past event (without
 *     past starts: the same weekdays 364 days before), × growth;
 * (b) trend × uplift = Σ baseline forecast mean over the event days × uplift,
 *     uplift = override, else {@link shrinkUplift}(own, expected units, portfolio);
 * (c) P50 = wLY·(a) + (1 − wLY)·(b);
 * (d) spread: see {@link eventSigma}; P_q = P50 + Φ⁻¹(q)·σ.
 *
 * Growth multiplies only the last-year side: the baseline forecast is fitted on
 * recent sales, so it already carries this year's growth; multiplying it again
 * would count growth twice. DESIGN.md §1 item 3 (blend "same period last year ×
 * growth" with "recent trend × uplift").
 * @example
 * // a 10-day event; last year's window sold 420 units; baseline forecast 30/day (sd 5/day)
 * eventDemand({ history, event: { startSerial: s, endSerial: s + 9 }, pastEventStarts: [s - 364],
 *   baselineForecast: { meanUnitsPerDay: Array(10).fill(30), sdUnitsPerDay: Array(10).fill(5) },
 *   portfolioUplift: null, upliftOverride: 1.5, growth: 1.1 }).value.p50Units
 * // 456   (hand: 0.5 × 420 × 1.1 + 0.5 × 300 × 1.5 = 231 + 225)
 */
export function eventDemand(input: EventDemandInput): Result<EventDemand> {
  const checked = checkEventDemandInput(input);
  if (!checked.ok) return checked;
  const { eventStart, eventDays, pastStarts } = checked.value;
  const growth = input.growth ?? 1;
  const quantile = input.quantile ?? DEFAULT_QUANTILE;
  const history = input.history;

  const past = pastEventUplift(history, eventDays, pastStarts, input.upliftOptions);
  if (!past.ok) return past;
  const { perYear, yearsUsed } = past.value;
  const skuUplift = past.value.uplift;
  const parts: string[] = [];

  // Uplift: override, else the SKU's own shrunk toward the portfolio's.
  let uplift: number;
  let upliftSource: EventDemand["upliftSource"];
  let weightOwn: number;
  const ownText = skuUplift === null ? "" : `own ${f2(skuUplift)} (${yearsUsed} year${yearsUsed === 1 ? "" : "s"})`;
  if (input.upliftOverride !== undefined) {
    uplift = input.upliftOverride;
    upliftSource = "override";
    weightOwn = 0;
    parts.push(`uplift ${f2(uplift)} set by override${skuUplift === null ? "" : `; ${ownText} not used`}`);
  } else {
    const shrunk = shrinkUplift(skuUplift, past.value.expectedUnits, input.portfolioUplift, input.priorUnits ?? DEFAULT_PRIOR_UNITS);
    if (!shrunk.ok) return shrunk;
    ({ uplift, weightOwn, source: upliftSource } = shrunk.value);
    if (upliftSource === "shrunk") {
      parts.push(`uplift ${f2(uplift)} = ${pct(weightOwn)} ${ownText} + ${pct(1 - weightOwn)} portfolio ${f2(input.portfolioUplift as number)}`);
    } else if (upliftSource === "sku") {
      parts.push(`uplift ${f2(uplift)} = ${ownText}; no portfolio figure`);
    } else if (upliftSource === "portfolio") {
      parts.push(`uplift ${f2(uplift)} = portfolio; no usable past event for this SKU`);
    } else {
      parts.push("uplift 1.00: no past-event data for this SKU or the portfolio");
    }
  }
  for (const y of perYear) if (y.reason) parts.push(`skipped ${y.reason}`);

  // (a) Same window last year.
  const minCoverage = input.upliftOptions?.minCoverage ?? 0.5;
  const lastYearStartSerial = pastStarts.length > 0 ? Math.max(...pastStarts) : eventStart - DAYS_PER_YEAR_WEEKDAY_ALIGNED;
  const lyTo = lastYearStartSerial + eventDays - 1;
  const ly = sumDaySpan(history, lastYearStartSerial, lyTo);
  const lyText = `last year ${isoFromSerial(lastYearStartSerial)} … ${isoFromSerial(lyTo)}`;
  let lastYearUnits: number | null = null;
  let lyProblem = "";
  if (!ly.inside) lyProblem = `${lyText} is not inside the history`;
  else if (ly.daysUsed < minCoverage * eventDays) lyProblem = `only ${ly.daysUsed} of the ${eventDays} days of ${lyText} are not excluded`;
  else lastYearUnits = (ly.units / ly.daysUsed) * eventDays;
  let lastYearWeight = input.blendWeightLastYear ?? (lastYearUnits === null ? 0 : DEFAULT_BLEND_LAST_YEAR);
  if (lastYearUnits === null) {
    if (lastYearWeight > 0) parts.push(`last-year weight ${f2(lastYearWeight)} asked for, but ${lyProblem}: weight 0 used`);
    else parts.push(`${lyProblem}: last year not blended in`);
    lastYearWeight = 0;
  } else if (ly.daysUsed < eventDays) {
    parts.push(`${lyText}: ${u(ly.units)} units on ${ly.daysUsed} non-excluded days, scaled to ${u(lastYearUnits)} for ${eventDays} days`);
  }

  // (b) Baseline forecast × uplift, (c) the blend.
  const trendUnits = input.baselineForecast.meanUnitsPerDay.reduce((a, b) => a + b, 0);
  const trendTimesUplift = trendUnits * uplift;
  const lastYearSide = lastYearUnits === null ? 0 : lastYearUnits * growth;
  const p50Units = Math.max(0, lastYearWeight * lastYearSide + (1 - lastYearWeight) * trendTimesUplift);
  const trendText = `trend ${u(trendUnits)} × uplift ${f2(uplift)}`;
  if (lastYearWeight > 0) {
    parts.push(
      `P50 = ${f2(lastYearWeight)} × last year ${u(lastYearUnits as number)} × growth ${f2(growth)} + ${f2(1 - lastYearWeight)} × ${trendText} = ${u(p50Units)}`,
    );
  } else {
    parts.push(`P50 = ${trendText} = ${u(p50Units)}`);
  }

  // (d) Spread and the upper quantile.
  const ownUplifts = perYear.filter((y) => y.usable).map((y) => y.uplift as number);
  const sigma = eventSigma({
    sdUnitsPerDay: input.baselineForecast.sdUnitsPerDay,
    dayCorrelation: input.dayCorrelation ?? DEFAULT_DAY_CORRELATION,
    uplift,
    p50Units,
    ownUplifts,
    portfolioUpliftCv: input.portfolioUpliftCv ?? null,
  });
  const z = normalQuantile(quantile);
  const pQUnits = p50Units + z * sigma.sigmaUnits;
  const qName = `P${Math.round(quantile * 1000) / 10}`;
  parts.push(`${qName} = P50 ${u(p50Units)} + ${z.toFixed(3)} × σ ${u(sigma.sigmaUnits)} = ${u(pQUnits)}; ${sigma.explanation}`);

  if (!Number.isFinite(pQUnits)) {
    return err("MODEL_FAILED", "event demand: the figures could not be combined into a finite demand; check the baseline forecast and the history");
  }
  return ok({
    p50Units,
    pQUnits,
    quantile,
    eventDays,
    uplift,
    upliftSource,
    weightOwn,
    skuUplift,
    skuYearsUsed: yearsUsed,
    portfolioUplift: input.portfolioUplift,
    perYear,
    lastYearUnits,
    lastYearStartSerial,
    lastYearWeight,
    trendUnits,
    trendTimesUplift,
    growth,
    sigmaUnits: sigma.sigmaUnits,
    upliftCv: sigma.upliftCv,
    parts,
  });
}
