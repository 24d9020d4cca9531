/**
 * The watch alert: actual sales to date against the forecast to date.
 * Source: DESIGN.md §1 item 9.
 */
import { err, ok, type Result } from "../errors";
import { checkNonNegative } from "../stock/checkArgument";

/** REORDER: selling well above plan; SLOW: well below; OK: within the threshold. */
export type WatchAlert = "REORDER" | "SLOW" | "OK";

/** Relative slack on each boundary, so that 3 × (1 − 0.3) = 2.0999999999999996 still counts as 2.1, on the line. */
const BOUNDARY_SLACK = 1e-9;

/**
 * Compares actual and forecast units over the same days so far:
 * - REORDER when actual > forecast × (1 + threshold),
 * - SLOW when actual < forecast × (1 − threshold),
 * - OK otherwise. A value exactly on a boundary is OK (the comparisons are strict,
 *   with a relative slack of 1e-9 so that floating-point noise does not trip them).
 *
 * With a forecast of 0 any sale is a REORDER (no ratio exists), and 0 against 0 is OK.
 * A threshold of 0 alerts on any difference; at 1 a SLOW alert can no longer fire
 * (actual cannot be below 0). Source: DESIGN.md §1 item 9 (30 % default, configurable).
 * @param actualToDateUnits units sold so far in the watch window, ≥ 0
 * @param forecastToDateUnits units forecast for the same days, ≥ 0
 * @param threshold fraction, 0–1 (default 0.3 = 30 %)
 * @returns the alert, or NOT_A_NUMBER / NEGATIVE_VALUE / OUT_OF_RANGE naming the argument
 * @example watchAlert(140, 100) // ok("REORDER"): 140 > 100 × 1.3 = 130
 * @example watchAlert(130, 100) // ok("OK"): exactly on the line
 * @param minDeviationUnits the difference must also exceed this many units (default 0); the Watch
 *   view passes 2·√forecast, the Poisson noise of small counts, so 0 sold against 1 forecast is OK
 * @example watchAlert(60, 100) // ok("SLOW"): 60 < 100 × 0.7 = 70
 * @example watchAlert(0, 1, 0.3, 2) // ok("OK"): 1 unit short is within 2 units of noise
 */
export function watchAlert(actualToDateUnits: number, forecastToDateUnits: number, threshold = 0.3, minDeviationUnits = 0): Result<WatchAlert> {
  const actual = checkNonNegative(actualToDateUnits, "actual_units");
  if (!actual.ok) return actual;
  const forecast = checkNonNegative(forecastToDateUnits, "forecast_units");
  if (!forecast.ok) return forecast;
  const t = checkNonNegative(threshold, "threshold");
  if (!t.ok) return t;
  if (t.value > 1) {
    return err("OUT_OF_RANGE", `threshold must be a fraction between 0 and 1 (0.3 = 30 %), got ${t.value}`, { argument: "threshold" });
  }
  const a = actual.value;
  const f = forecast.value;
  if (Math.abs(a - f) <= Math.max(0, minDeviationUnits)) return ok("OK");
  if (f === 0) return ok(a > 0 ? "REORDER" : "OK");
  if (a > f * (1 + t.value) * (1 + BOUNDARY_SLACK)) return ok("REORDER");
  if (a < f * (1 - t.value) * (1 - BOUNDARY_SLACK)) return ok("SLOW");
  return ok("OK");
}
