/**
 * PEAK functions for demand: the daily forecast and the event's demand. Thin
 * adapters over the engine; the JSDoc below is Excel's metadata (functions.json).
 */
import { isBlankCell } from "../engine/cells";
import { fail, type Result } from "../engine/errors";
import { placeParam } from "../engine/messages/messageText";
import { forecastEventDemand } from "../engine/event/forecastEventDemand";
import { forecastDistribution } from "../engine/forecast/forecastDistribution";
import { buildSeriesFromLong } from "../engine/series/buildSeriesFromLong";
import type { DailySeries } from "../engine/series/dailySeries";
import { readNumberArgument } from "./argumentRules";
import { cellsInOrder, scalarOf } from "./argumentShape";
import { numbersFromRange } from "./numbersFromRange";
import { readDateArgument, readDateRange } from "./readDateArgument";
import { unwrap } from "./unwrap";

/** The model argument: blank → "AUTO". */
function modelName(model: unknown): string {
  return typeof model === "string" && model.trim() !== "" ? model.trim() : "AUTO";
}

/**
 * Forecast of daily units, one value per day for horizon_days days, spilled down a column. AUTO (default) backtests every model on the history and uses the best or a combination. With quantile, each day's demand at that quantile instead of the mean.
 * @customfunction FORECAST DEMANDFORECAST
 * @helpurl https://localhost:3000/help.html#forecast
 * @param history Units sold per day, oldest first, one cell per day. Blank cells are skipped.
 * @param horizon_days How many days to forecast (1 to 3660).
 * @param [model] "AUTO" (default) or a model: naive, seasonalNaive, movingAverage, weightedAverage, ses, holtDamped, holtWinters, croston, sba, tsb.
 * @param [season_length] Season length in days for seasonal models. Default 7.
 * @param [quantile] Leave empty for the mean; 0.01 to 0.99 for that quantile of each day's demand (0.9 = P90, a safer figure).
 * @returns One column of daily forecasts (units/day).
 */
export function forecast(history: unknown[][], horizon_days: unknown, model?: unknown, season_length?: unknown, quantile?: unknown): number[][] {
  const units = unwrap(numbersFromRange(history, "history"));
  const horizon = unwrap(readNumberArgument(horizon_days, "horizon_days"));
  const seasonLength = unwrap(readNumberArgument(season_length, "season_length"));
  const q = isBlankCell(scalarOf(quantile)) ? null : unwrap(readNumberArgument(quantile, "quantile"));
  if (units.length === 0) unwrap(fail("noSalesValues", "EMPTY_SERIES", { place: placeParam({ argument: "history" }) }, { argument: "history" }));
  const result = unwrap(forecastDistribution(units, horizon, { model: modelName(model), seasonLength }));
  const values = q === null ? result.distribution.mean : result.distribution.dailyQuantiles(q);
  return values.map((value) => [value]);
}

/** Dates and units side by side as a one-SKU daily series (missing days 0, duplicate dates summed). */
function seriesFromRanges(dates: unknown, dailySales: unknown): Result<DailySeries> {
  const dateCells = cellsInOrder(dates);
  const unitCells = cellsInOrder(dailySales);
  if (dateCells.length !== unitCells.length) {
    return fail("datesCountMismatch", "INCONSISTENT_INPUT", { dates: dateCells.length, units: unitCells.length }, { argument: "dates" });
  }
  const rows = dateCells.map((date, i) => ({ date, sku: "SKU", units: unitCells[i], row: i + 1 }));
  const built = buildSeriesFromLong(rows, { sheet: "Cell", columns: { date: "dates", units: "daily_sales" } });
  if (!built.ok) return built;
  const [series] = built.value.series;
  if (!series) return fail("noSalesValues", "EMPTY_SERIES", { place: placeParam({ argument: "daily_sales" }) }, { argument: "daily_sales" });
  return { ok: true, value: series };
}

/**
 * Units expected to sell during the event: baseline forecast times the uplift of past editions, blended with last year's event, times growth. P50 by default; quantile 0.9 gives P90. Same computation as the Plan sheet's EventDemandP50/P90.
 * @customfunction EVENTDEMAND
 * @helpurl https://localhost:3000/help.html#eventdemand
 * @param dates The dates of daily_sales, one per cell (dates or date text).
 * @param daily_sales Units sold on each of those dates.
 * @param event_start First day of the event (a date).
 * @param event_end Last day of the event (a date).
 * @param [past_event_starts] First days of the same event in earlier years (dates). Default: none (last year = the same weekdays 52 weeks earlier).
 * @param [uplift] Your own uplift (2 = twice the usual daily sales); overrides the one measured on past events.
 * @param [growth] Multiplies the whole event forecast as you expect it (1.2 = +20 %). Default 1.
 * @param [quantile] 0.5 (default) for the median; any value from 0.01 to 0.99, higher for a safer figure (0.9 = P90).
 * @returns Units over the whole event window.
 */
export function eventDemand(
  dates: unknown[][],
  daily_sales: unknown[][],
  event_start: unknown,
  event_end: unknown,
  past_event_starts?: unknown[][],
  uplift?: unknown,
  growth?: unknown,
  quantile?: unknown,
): number {
  const series = unwrap(seriesFromRanges(dates, daily_sales));
  const start = unwrap(readDateArgument(event_start, "event_start"));
  const end = unwrap(readDateArgument(event_end, "event_end"));
  const pastStarts = unwrap(readDateRange(past_event_starts, "past_event_starts"));
  const override = uplift === null || uplift === undefined || uplift === "" ? undefined : unwrap(readNumberArgument(uplift, "uplift"));
  const growthFactor = unwrap(readNumberArgument(growth, "growth"));
  const q = unwrap(readNumberArgument(quantile, "quantile"));
  const result = unwrap(
    forecastEventDemand({
      series,
      event: { startSerial: start, endSerial: end },
      pastEventStarts: pastStarts,
      growth: growthFactor,
      ...(override === undefined ? {} : { upliftOverride: override }),
    }),
  );
  return result.demand.distribution.quantile(q);
}
