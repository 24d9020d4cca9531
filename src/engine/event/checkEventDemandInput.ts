/**
 * The argument checks of {@link eventDemand}, in one place, each naming the
 * argument in plain English.
 */
import { isoFromSerial } from "../dates";
import { err, ok, type Result } from "../errors";
import { validateHistory } from "./dailyHistory";
import type { EventDemandInput } from "./eventDemand";

/** What the checks derive from a valid input. */
export interface CheckedEventDemandInput {
  /** Event's first day (floored serial). */
  readonly eventStart: number;
  readonly eventDays: number;
  /** Past event starts, floored. */
  readonly pastStarts: readonly number[];
}

function numberIn(value: number | undefined, name: string, test: (v: number) => boolean, range: string): Result<true> {
  if (value === undefined) return ok(true);
  if (typeof value !== "number" || Number.isNaN(value)) return err("NOT_A_NUMBER", `${name} is not a number`, { argument: name });
  if (!test(value)) return err("OUT_OF_RANGE", `${name} must be ${range}; got ${value}`, { argument: name });
  return ok(true);
}

function perDay(values: readonly number[], name: string, eventDays: number): Result<true> {
  if (values.length !== eventDays) {
    return err("INCONSISTENT_INPUT", `${name} has ${values.length} values but the event has ${eventDays} days; give one per event day`, { argument: name });
  }
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "number" || !Number.isFinite(v)) return err("NOT_A_NUMBER", `${name}, event day ${i + 1}: ${String(v)} is not a number`, { argument: name, index: i + 1 });
    if (v < 0) return err("NEGATIVE_VALUE", `${name}, event day ${i + 1}: ${v} is negative`, { argument: name, index: i + 1 });
  }
  return ok(true);
}

/**
 * Checks an {@link EventDemandInput}: the history (non-empty, values ≥ 0), the
 * event (end not before start), one baseline mean ≥ 0 per event day, a lead ≥ 0,
 * growth and override ≥ 0, quantile in (0.5, 1), last-year weight in [0, 1],
 * portfolio uplift ≥ 0, and every past event's window
 * ending before this event starts.
 * @example checkEventDemandInput({ ...input, event: { startSerial: 46353, endSerial: 46350 } })
 * // error INCONSISTENT_INPUT "event: the end date 2026-11-24 is before the start date 2026-11-27"
 */
export function checkEventDemandInput(input: EventDemandInput): Result<CheckedEventDemandInput> {
  const history = validateHistory(input.history, "history");
  if (!history.ok) return history;
  const { startSerial, endSerial } = input.event;
  if (!Number.isFinite(startSerial) || !Number.isFinite(endSerial)) {
    return err("NOT_A_NUMBER", "event: the start and end must be date serials", { argument: "event" });
  }
  const eventStart = Math.floor(startSerial);
  const eventEnd = Math.floor(endSerial);
  if (eventEnd < eventStart) {
    return err("INCONSISTENT_INPUT", `event: the end date ${isoFromSerial(eventEnd)} is before the start date ${isoFromSerial(eventStart)}`, { argument: "event" });
  }
  const eventDays = eventEnd - eventStart + 1;
  const mean = perDay(input.baselineForecast.meanUnitsPerDay, "baselineForecast.meanUnitsPerDay", eventDays);
  if (!mean.ok) return mean;

  const finiteAtLeast0 = (v: number) => Number.isFinite(v) && v >= 0;
  const checks: Result<true>[] = [
    numberIn(input.growth, "growth", finiteAtLeast0, "0 or more (1 = no growth)"),
    numberIn(input.upliftOverride, "upliftOverride", finiteAtLeast0, "0 or more (1 = no uplift)"),
    numberIn(input.quantile, "quantile", (v) => v > 0.5 && v < 1, "above 0.5 and below 1 (0.9 = P90)"),
    numberIn(input.blendWeightLastYear, "blendWeightLastYear", (v) => v >= 0 && v <= 1, "between 0 and 1"),
    numberIn(input.baselineForecast.leadDays, "baselineForecast.leadDays", finiteAtLeast0, "0 or more"),
    numberIn(input.portfolioUplift ?? undefined, "portfolioUplift", finiteAtLeast0, "0 or more, or empty"),
    numberIn(input.portfolioUpliftCv ?? undefined, "portfolioUpliftCv", finiteAtLeast0, "0 or more, or empty"),
    numberIn(input.priorUnits, "priorUnits", finiteAtLeast0, "0 or more"),
  ];
  for (const c of checks) if (!c.ok) return c;

  const pastStarts: number[] = [];
  for (let i = 0; i < input.pastEventStarts.length; i++) {
    const s = input.pastEventStarts[i];
    if (typeof s !== "number" || !Number.isFinite(s)) {
      return err("NOT_A_NUMBER", `pastEventStarts item ${i + 1} (${String(s)}) is not a date serial`, { argument: "pastEventStarts", index: i + 1 });
    }
    const day = Math.floor(s);
    if (day + eventDays - 1 >= eventStart) {
      return err(
        "INCONSISTENT_INPUT",
        `pastEventStarts item ${i + 1} (${isoFromSerial(day)}): that past window runs into or after this event (starting ${isoFromSerial(eventStart)}); give earlier years only`,
        { argument: "pastEventStarts", index: i + 1 },
      );
    }
    pastStarts.push(day);
  }
  return ok({ eventStart, eventDays, pastStarts });
}
