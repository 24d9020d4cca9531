/**
 * Shared fixtures for the `forecastsAtOrigins` tests: series of every shape the
 * backtest meets, and checks against the slow reference `refitAtOrigins` (re-fit on
 * the history before each origin with the parameters held fixed).
 */
import type { FitOptions, ForecastModel } from "../../../../src/engine/forecast/model";
import { refitAtOrigins } from "../../../../src/engine/forecast/refitAtOrigins";

/** 12 weeks of a weekly pattern with a little deterministic noise. */
const WEEKLY = Object.freeze(Array.from({ length: 84 }, (_, t) => [4, 6, 5, 7, 9, 14, 12][t % 7] + ((t * 7919) % 5) - 2));
/** An upward trend with noise, 90 days. */
const TREND = Object.freeze(Array.from({ length: 90 }, (_, t) => 5 + 0.2 * t + ((t * 31) % 7) - 3));
/** Never sold, 60 days. */
const ZEROS = Object.freeze(new Array<number>(60).fill(0));
/** A slow mover whose first sale is on day 13 (index 12); sales on about 3 days in 11 after that. */
const INTERMITTENT = Object.freeze(Array.from({ length: 120 }, (_, t) => (t >= 12 && (t * 7919) % 11 < 3 ? 1 + ((t * 31) % 5) : 0)));
/** Sells every other day for 30 days, nothing for 60 days, then sells again for 30 days. */
const LONG_ZERO_RUN = Object.freeze(Array.from({ length: 120 }, (_, t) => (t < 30 ? (t % 2 === 0 ? 4 + (t % 3) : 0) : t >= 90 ? 2 + (t % 4) : 0)));

/** Each fixture with its name, for `it.each`. */
export const SHAPES: readonly (readonly [string, readonly number[]])[] = [
  ["a weekly pattern", WEEKLY],
  ["a trend", TREND],
  ["all zeros", ZEROS],
  ["intermittent sales starting late", INTERMITTENT],
  ["a long run of zeros between sales", LONG_ZERO_RUN],
];

/** Origins across the series: the first day, inside the zero runs, weekly steps, and the end (o = n). */
export function originsFor(lengthDays: number, firstOrigin = 1): number[] {
  const picks = [firstOrigin, firstOrigin + 1, 7, 13, 14, 21, 30, 45, 59, 75, 89, 100, lengthDays - 1, lengthDays];
  return [...new Set(picks.filter((o) => o >= firstOrigin && o <= lengthDays))].sort((a, b) => a - b);
}

/**
 * Expects `model.forecastsAtOrigins` to give, within 1e-9, the point forecasts that
 * re-fitting at each origin gives, `horizonDays` per origin.
 */
export function expectSameAsRefit(
  model: ForecastModel,
  unitsPerDay: readonly number[],
  params: Readonly<Record<string, number>>,
  origins: readonly number[],
  horizonDays: number,
  options?: FitOptions,
): void {
  const fast = model.forecastsAtOrigins(unitsPerDay, params, origins, horizonDays, options);
  const slow = refitAtOrigins(model, unitsPerDay, params, origins, horizonDays, options);
  if (!slow.ok) throw new Error(`reference failed: ${slow.error.message}`);
  if (!fast.ok) throw new Error(`forecastsAtOrigins failed: ${fast.error.message}`);
  expect(fast.value).toHaveLength(origins.length);
  fast.value.forEach((row, k) => {
    expect(row).toHaveLength(horizonDays);
    row.forEach((v, d) => {
      if (Math.abs(v - slow.value[k][d]) > 1e-9) throw new Error(`origin ${origins[k]}, day ${d + 1}: ${v} vs re-fit ${slow.value[k][d]}`);
    });
  });
}

/**
 * Expects the request errors every model reports the same way: origins outside
 * 1..n or not whole (OUT_OF_RANGE), out of order (INCONSISTENT_INPUT), a horizon
 * below 1 day (OUT_OF_RANGE), and a bad series even after the last origin.
 */
export function expectRequestErrors(model: ForecastModel, params: Readonly<Record<string, number>>): void {
  const y = WEEKLY;
  const n = y.length;
  const code = (r: ReturnType<ForecastModel["forecastsAtOrigins"]>): string => (r.ok ? "ok" : r.error.code);
  expect(code(model.forecastsAtOrigins(y, params, [0], 7))).toBe("OUT_OF_RANGE");
  expect(code(model.forecastsAtOrigins(y, params, [n + 1], 7))).toBe("OUT_OF_RANGE");
  expect(code(model.forecastsAtOrigins(y, params, [30.5], 7))).toBe("OUT_OF_RANGE");
  expect(code(model.forecastsAtOrigins(y, params, [40, 30], 7))).toBe("INCONSISTENT_INPUT");
  expect(code(model.forecastsAtOrigins(y, params, [30], 0))).toBe("OUT_OF_RANGE");
  expect(code(model.forecastsAtOrigins([...y.slice(0, 80), -1, ...y.slice(81)], params, [30], 7))).toBe("NEGATIVE_VALUE");
  expect(code(model.forecastsAtOrigins([], params, [], 7))).toBe("EMPTY_SERIES");
  const none = model.forecastsAtOrigins(y, params, [], 7);
  expect(none.ok ? none.value : none.error.code).toEqual([]);
}
