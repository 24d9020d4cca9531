/**
 * Masking past event windows so that promotion spikes do not inflate the baseline.
 */
import { isoFromSerial } from "../dates";
import { err, ok, type Result } from "../errors";
import type { DailySeries } from "./dailySeries";

/** A closed range of days, as Excel serials (days): start and end both included. */
export interface SerialWindow {
  readonly startSerial: number;
  readonly endSerial: number;
}

/**
 * A copy of the series with every day inside a window marked excluded (days
 * already excluded, e.g. stock-outs, stay excluded). Windows are closed
 * [startSerial, endSerial]; serials with a time fraction are floored; the parts
 * of a window outside the series are ignored. Units, missing and stock-out counts
 * are unchanged.
 * @param series the series (not modified)
 * @param windows past event windows (e.g. last year's Prime Day, 2 days)
 * @returns the masked series, or BAD_DATE / INCONSISTENT_INPUT for a window that
 *   is not a pair of finite serials with start ≤ end
 * @example
 * // series from serial 46000 with 5 days; window 46001–46002
 * maskWindows(s, [{ startSerial: 46001, endSerial: 46002 }]) // excluded [false, true, true, false, false]
 */
export function maskWindows(series: DailySeries, windows: readonly SerialWindow[]): Result<DailySeries> {
  const excluded = series.excluded.slice();
  for (let w = 0; w < windows.length; w++) {
    const { startSerial, endSerial } = windows[w];
    if (!Number.isFinite(startSerial) || !Number.isFinite(endSerial)) {
      return err("BAD_DATE", `Event window ${w + 1}: start and end must be dates`, { index: w + 1, sku: series.sku });
    }
    const from = Math.floor(startSerial);
    const to = Math.floor(endSerial);
    if (to < from) {
      return err(
        "INCONSISTENT_INPUT",
        `Event window ${w + 1}: the end ${isoFromSerial(to)} is before the start ${isoFromSerial(from)}`,
        { index: w + 1, sku: series.sku },
      );
    }
    const lo = Math.max(from - series.startSerial, 0);
    const hi = Math.min(to - series.startSerial, excluded.length - 1);
    for (let d = lo; d <= hi; d++) excluded[d] = true;
  }
  return ok({ ...series, excluded });
}
