/**
 * One SKU's event demand from its daily series: forecast the baseline from the
 * day after the history to the event's last day (with `auto` or a named model,
 * fitted on the series with this event's past windows and other excluded days
 * re-filled), then {@link eventDemand} over the event's days. The custom
 * function `PEAK.EVENTDEMAND` and the plan both call this.
 */
import { isoFromSerial } from "../dates";
import { err, ok, type Result } from "../errors";
import type { KnownDays } from "../forecast/calendarEffects";
import type { DemandDistribution } from "../forecast/demandDistribution";
import type { DispersionPrior } from "../forecast/forecastDispersion";
import { forecastDistribution } from "../forecast/forecastDistribution";
import type { ForecastResult, ModelName } from "../forecast/model";
import type { DailySeries } from "../series/dailySeries";
import { imputeExcluded } from "../series/imputeExcluded";
import { maskWindows } from "../series/maskWindows";
import { eventDemand, type EventDemand, type EventWindow } from "./eventDemand";

export interface ForecastEventDemandInput {
  /** The SKU's daily series; `excluded` marks stock-outs and other promotions, not this event's past windows. */
  readonly series: DailySeries;
  readonly event: EventWindow;
  /** First days (Excel serials) of the same event in earlier years. */
  readonly pastEventStarts: readonly number[];
  /** "auto" (default) or a registered model name. */
  readonly model?: "auto" | ModelName | string;
  /** Season length for seasonal models, days (default 7). */
  readonly seasonLength?: number;
  readonly portfolioUplift?: number | null;
  readonly portfolioUpliftCv?: number | null;
  readonly upliftOverride?: number;
  readonly growth?: number;
  /** Weight of "last year × growth" (default: {@link eventDemand}'s). */
  readonly blendWeightLastYear?: number;
  /** Shrinkage prior of the SKU's uplift toward the portfolio's, expected units (default: {@link eventDemand}'s). */
  readonly priorUnits?: number;
  /** Upper quantile besides P50 (default 0.9). */
  readonly quantile?: number;
  /** Days after the event the baseline forecast should also cover (default 0). */
  readonly coverDaysAfter?: number;
  /** Known holidays and special days, positions from the series' first day ({@link KnownDays}); this event's own days need not be listed. */
  readonly knownDays?: readonly KnownDays[];
  /** What the baseline's spread is shrunk toward (default: DEFAULT_DISPERSION_PRIOR). */
  readonly prior?: DispersionPrior;
  /**
   * Baselines already fitted on THIS series (owned by the caller, one map per series): the plans of one
   * book's scenarios share them, so a scenario that only changes lanes, capacity or growth refits nothing.
   * Keyed by the horizon, the masked windows and the model; `knownDays` and `prior` must be the same for every call.
   */
  readonly baselineMemo?: Map<string, unknown>;
}

/** The baseline forecast behind an event demand. */
export interface EventBaseline {
  /** Model label, e.g. "holtWinters" or "ses 45% + sba 30% + tsb 25%". */
  readonly label: string;
  /** Why this model, one sentence. */
  readonly reason: string;
  /** Excel serial of the forecast's first day (the day after the history). */
  readonly firstSerial: number;
  /** Daily baseline forecast from firstSerial to the event's last day + coverDaysAfter, with 80 %/95 % intervals (units/day). */
  readonly forecast: ForecastResult;
  /**
   * The baseline demand's distribution over the same days (day 0 = firstSerial): any
   * window's total, e.g. the days before the event, `window(0, start − firstSerial)`.
   */
  readonly distribution: DemandDistribution;
  /**
   * The history the baseline was fitted on: this event's past windows and other
   * excluded days re-filled (units/day, same days as the series). Safety stock reads it too.
   */
  readonly trainingUnits: readonly number[];
}

export interface ForecastedEventDemand {
  readonly demand: EventDemand;
  readonly baseline: EventBaseline;
}

/**
 * Event-window demand (P50 and P90 by default) for one SKU, with the baseline
 * forecast it was built on.
 *
 * Baseline: the series with this event's past windows (each as long as this
 * event) masked and every excluded day re-filled ({@link imputeExcluded}) is
 * forecast `event end − history end` days ahead with its distribution
 * ({@link forecastDistribution}); the event days' means, the measured spread and the
 * lead feed {@link eventDemand}, which measures the uplift and last year's window on
 * the unmasked history. The plan, `PEAK.EVENTDEMAND` and the benchmarks all call this.
 * @returns INCONSISTENT_INPUT when the event does not start after the history
 *   ends, the model's or the event demand's errors otherwise
 * @example
 * // 120 days of 10/day ending 2026-11-12, a 4-day event from 2026-11-27, uplift 2:
 * forecastEventDemand({ series, event: { startSerial: 46353, endSerial: 46356 }, pastEventStarts: [], upliftOverride: 2, model: "ses" })
 * // demand.p50Units 80 (hand: 10/day × 4 days × 2)
 */
export function forecastEventDemand(input: ForecastEventDemandInput): Result<ForecastedEventDemand> {
  const { series, event } = input;
  const historyEnd = series.startSerial + series.units.length - 1;
  const eventStart = Math.floor(event.startSerial);
  const eventEnd = Math.floor(event.endSerial);
  if (series.units.length === 0) return err("EMPTY_SERIES", `SKU '${series.sku}': the sales history is empty`, { sku: series.sku });
  if (eventStart <= historyEnd) {
    return err(
      "INCONSISTENT_INPUT",
      `The event starts on ${isoFromSerial(eventStart)}, inside the sales history that runs to ${isoFromSerial(historyEnd)}; plan an event after the last day of sales`,
      { sku: series.sku },
    );
  }
  if (eventEnd < eventStart) {
    return err("INCONSISTENT_INPUT", `The event ends on ${isoFromSerial(eventEnd)}, before it starts on ${isoFromSerial(eventStart)}`, { sku: series.sku });
  }
  const eventDays = eventEnd - eventStart + 1;
  const windows = input.pastEventStarts.map((s) => ({ startSerial: Math.floor(s), endSerial: Math.floor(s) + eventDays - 1 }));
  const masked = maskWindows(series, windows);
  if (!masked.ok) return masked;
  const coverDays = Math.max(0, Math.floor(input.coverDaysAfter ?? 0));
  const horizonDays = eventEnd - historyEnd + coverDays;
  const trainingUnits = imputeExcluded(masked.value);
  const memoKey = `${horizonDays}|${input.model ?? "auto"}|${input.seasonLength ?? ""}|${windows.map((w) => w.startSerial).join(",")}|${eventDays}`;
  const remembered = input.baselineMemo?.get(memoKey) as ReturnType<typeof forecastDistribution> | undefined;
  const baseline =
    remembered ??
    forecastDistribution(trainingUnits, horizonDays, {
      model: input.model ?? "auto",
      ...(input.seasonLength === undefined ? {} : { seasonLength: input.seasonLength }),
      ...(input.knownDays ? { knownDays: input.knownDays } : {}),
      ...(input.prior ? { prior: input.prior } : {}),
    });
  if (!remembered) input.baselineMemo?.set(memoKey, baseline);
  if (!baseline.ok) return baseline;

  const offset = eventStart - historyEnd - 1;
  const mean = baseline.value.forecast.mean.slice(offset, offset + eventDays);
  const demand = eventDemand({
    history: { startSerial: series.startSerial, units: series.units, excluded: series.excluded },
    event: { startSerial: eventStart, endSerial: eventEnd },
    pastEventStarts: input.pastEventStarts,
    baselineForecast: { meanUnitsPerDay: mean, dispersion: baseline.value.distribution.dispersion, leadDays: offset },
    portfolioUplift: input.portfolioUplift ?? null,
    portfolioUpliftCv: input.portfolioUpliftCv ?? null,
    ...(input.upliftOverride === undefined ? {} : { upliftOverride: input.upliftOverride }),
    ...(input.growth === undefined ? {} : { growth: input.growth }),
    ...(input.blendWeightLastYear === undefined ? {} : { blendWeightLastYear: input.blendWeightLastYear }),
    ...(input.priorUnits === undefined ? {} : { priorUnits: input.priorUnits }),
    ...(input.quantile === undefined ? {} : { quantile: input.quantile }),
  });
  if (!demand.ok) return demand;
  return ok({
    demand: demand.value,
    baseline: {
      label: baseline.value.label,
      reason: baseline.value.reason,
      firstSerial: historyEnd + 1,
      forecast: baseline.value.forecast,
      distribution: baseline.value.distribution,
      trainingUnits,
    },
  });
}
