/**
 * Watch advice for one SKU during the run-up: the alert, how many units to re-order
 * and the fastest lane that still lands before the event ends, with a one-line reason.
 * Source: DESIGN.md §1 item 9.
 */
import { isoFromSerial, parseDate } from "../dates";
import { err, ok, type Result } from "../errors";
import { fastestLaneArrivingBy } from "../logistics/shipByDates";
import type { Lane } from "../plan/types";
import { checkNonNegative } from "../stock/checkArgument";
import { watchAlert, type WatchAlert } from "./watchAlert";

/** Inputs of {@link reorderAdvice}. Units are units; serials are Excel serial days. */
export interface ReorderAdviceInput {
  /** Units sold so far in the watch window. */
  readonly actualToDateUnits: number;
  /** Units forecast for the same days. */
  readonly forecastToDateUnits: number;
  /** Forecast units/day from the plan day to the event end; only its sum is used. */
  readonly remainingDailyForecast: readonly number[];
  /** Units sellable now. */
  readonly onHandUnits: number;
  /** Units on the way that will be sellable before the event ends (default 0). */
  readonly inboundUnits?: number;
  /** Alert threshold, fraction 0–1 (default 0.3). */
  readonly threshold?: number;
  /** The difference must also exceed this many units to alert (default 0; see watchAlert). */
  readonly minDeviationUnits?: number;
  /** Lanes to choose from when a re-order is needed. */
  readonly lanes: readonly Lane[];
  /** Today: the day a re-order could ship, Excel serial day. */
  readonly planDaySerial: number;
  /** Last day of the event: the re-order must be sellable by it, Excel serial day. */
  readonly eventEndSerial: number;
  /** Warehouse receiving, days. */
  readonly receivingDays: number;
  /** Battery/liquid goods: only lanes that allow them. */
  readonly sensitive: boolean;
}

/** What {@link reorderAdvice} returns. */
export interface ReorderAdvice {
  readonly alert: WatchAlert;
  /** Whole units to re-order (0 when none). */
  readonly reorderUnits: number;
  /** Name of the fastest lane sellable by the event end; absent with no re-order or no such lane. */
  readonly lane?: string;
  /** That lane's worst-case sellable day, Excel serial day. */
  readonly arrivesBy?: number;
  /** One sentence with the numbers. */
  readonly why: string;
}

/** Shows units: whole numbers as they are, others to one decimal. */
function u(units: number): string {
  return Number.isInteger(units) ? String(units) : units.toFixed(1);
}

/** How far actual is from forecast, in words, for the start of `why`. */
function salesVsForecast(alert: WatchAlert, actual: number, forecast: number, threshold: number): string {
  const pair = `(${u(actual)} vs ${u(forecast)} units)`;
  if (forecast === 0) return `Sales to date are ${u(actual)} units against a forecast of 0`;
  const pct = Math.round((Math.abs(actual - forecast) / forecast) * 100);
  if (alert === "REORDER") return `Sales are ${pct}% above forecast ${pair}`;
  if (alert === "SLOW") return `Sales are ${pct}% below forecast ${pair}`;
  return `Sales are within ${Math.round(threshold * 100)}% of forecast ${pair}`;
}

/**
 * 1. alert = {@link watchAlert}(actual, forecast, threshold).
 * 2. Remaining demand = Σ remainingDailyForecast, scaled by actual ÷ forecast when the alert
 *    is REORDER (the rest of the run sells as the run so far); unscaled for SLOW and OK,
 *    and unscaled when the forecast to date is 0 (no ratio exists; `why` says so).
 * 3. reorderUnits = ⌈max(0, remaining demand − (on hand + inbound))⌉.
 * 4. When reorderUnits > 0: {@link fastestLaneArrivingBy}(lanes, plan day, event end,
 *    receiving days, sensitive), shipping on the plan day (goods assumed ready; supplier
 *    lead time is not added). No lane in time → no `lane`, and `why` says how late the fastest is.
 * The re-order is sized against the whole remaining window, including days before it can
 * land; sales lost before arrival are not netted off.
 * @param input see {@link ReorderAdviceInput}
 * @returns the advice, or NOT_A_NUMBER / NEGATIVE_VALUE / OUT_OF_RANGE / BAD_DATE naming the argument,
 * INCONSISTENT_INPUT (event end before the plan day), or a lane error from {@link fastestLaneArrivingBy}
 * @example reorderAdvice({ actualToDateUnits: 150, forecastToDateUnits: 100, remainingDailyForecast: [20 × 10 days],
 *   onHandUnits: 180, inboundUnits: 20, lanes: [air: 2 + 10 days], planDaySerial: 46300, eventEndSerial: 46330,
 *   receivingDays: 14, sensitive: false })
 * // ok({ alert: "REORDER", reorderUnits: 100, lane: "Air", arrivesBy: 46326, why: "Sales are 50% above forecast
 * // (150 vs 100 units), so the remaining 200-unit forecast scales to 300 against 200 available: re-order 100 units
 * // by Air, sellable by 2026-10-31." }): 200 × 1.5 = 300; 300 − (180 + 20) = 100; 46300 + 2 + 10 + 14 = 46326
 */
export function reorderAdvice(input: ReorderAdviceInput): Result<ReorderAdvice> {
  const alert = watchAlert(input.actualToDateUnits, input.forecastToDateUnits, input.threshold ?? 0.3, input.minDeviationUnits ?? 0);
  if (!alert.ok) return alert;
  if (!Array.isArray(input.remainingDailyForecast as unknown)) {
    return err("NOT_A_NUMBER", "remaining_daily_forecast is not a list of daily units", { argument: "remaining_daily_forecast" });
  }
  let remaining = 0;
  for (let i = 0; i < input.remainingDailyForecast.length; i++) {
    const day = checkNonNegative(input.remainingDailyForecast[i], `remaining_daily_forecast day ${i + 1}`);
    if (!day.ok) return err(day.error.code, day.error.message, { argument: "remaining_daily_forecast", index: i + 1 });
    remaining += day.value;
  }
  const onHand = checkNonNegative(input.onHandUnits, "on_hand_units");
  if (!onHand.ok) return onHand;
  const inbound = checkNonNegative(input.inboundUnits ?? 0, "inbound_units");
  if (!inbound.ok) return inbound;
  const planDay = parseDate(input.planDaySerial, "plan_day");
  if (!planDay.ok) return err(planDay.error.code, planDay.error.message, { argument: "plan_day" });
  const eventEnd = parseDate(input.eventEndSerial, "event_end");
  if (!eventEnd.ok) return err(eventEnd.error.code, eventEnd.error.message, { argument: "event_end" });
  if (eventEnd.value < planDay.value) {
    return err("INCONSISTENT_INPUT", `event_end (${isoFromSerial(eventEnd.value)}) is before plan_day (${isoFromSerial(planDay.value)})`, {
      argument: "event_end",
    });
  }
  const receiving = checkNonNegative(input.receivingDays, "receiving_days");
  if (!receiving.ok) return receiving;

  const actual = input.actualToDateUnits;
  const forecast = input.forecastToDateUnits;
  const threshold = input.threshold ?? 0.3;
  const scale = alert.value === "REORDER" && forecast > 0 ? actual / forecast : 1;
  const demand = remaining * scale;
  const available = onHand.value + inbound.value;
  // 1e-9 slack: 200 × 1.1 = 220.00000000000003 must not order an extra unit.
  const reorderUnits = Math.max(0, Math.ceil(demand - available - 1e-9 * Math.max(1, demand)));

  const head = salesVsForecast(alert.value, actual, forecast, threshold);
  const joint = alert.value === "REORDER" ? ", so " : alert.value === "SLOW" ? ": hold the sprint batch and plan clearance; " : ", and ";
  const demandText =
    scale !== 1
      ? `the remaining ${u(remaining)}-unit forecast scales to ${u(demand)}`
      : alert.value === "REORDER"
        ? `the remaining forecast of ${u(remaining)} units is used unscaled`
        : `the remaining forecast is ${u(demand)} units`;
  const start = `${head}${joint}${demandText}`;

  if (reorderUnits === 0) {
    return ok({ alert: alert.value, reorderUnits: 0, why: `${start}, covered by ${u(available)} available: no re-order.` });
  }
  const choice = fastestLaneArrivingBy(input.lanes, planDay.value, eventEnd.value, receiving.value, input.sensitive);
  if (!choice.ok) return choice;
  const need = `${start} against ${u(available)} available: re-order ${reorderUnits} units`;
  const { lane, sellableDay } = choice.value;
  if (lane === undefined || sellableDay === undefined) {
    return ok({ alert: alert.value, reorderUnits, why: `${need}, but ${lowerFirst(choice.value.why)}` });
  }
  return ok({ alert: alert.value, reorderUnits, lane: lane.name, arrivesBy: sellableDay, why: `${need} by ${lane.name}, sellable by ${isoFromSerial(sellableDay)}.` });
}

/** "No lane …" → "no lane …", to continue a sentence. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
