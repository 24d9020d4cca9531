/**
 * The engine's daily sales series for one SKU: one value per calendar day, no
 * gaps, oldest first, dated by the Excel serial of its first day. The builders
 * (`buildSeriesFromLong`, `buildSeriesFromWide`) make them from sheet rows;
 * {@link dailySeries} makes one from a plain array (custom functions, tests).
 */
import { err, ok, type Result } from "../errors";
import { validateSeries } from "../forecast/validateSeries";

/** A SKU's daily sales history. Arrays are parallel to `units`. */
export interface DailySeries {
  readonly sku: string;
  /** Excel serial (days) of `units[0]`. */
  readonly startSerial: number;
  /** Units sold per day, one per day, no gaps, oldest first. */
  readonly units: readonly number[];
  /** true = masked (stock-out or past event window): not used for the baseline. */
  readonly excluded: readonly boolean[];
  /** Days with no data (no sheet row, a blank wide cell, a date with no column), filled with 0. */
  readonly missingDays: number;
  /** Days marked excluded because on-hand was 0 and nothing sold. */
  readonly stockOutDays: number;
  /** Revenue per day, when the data has it. */
  readonly revenue?: readonly number[];
  /** On-hand units per day (summed over the day's rows), null where unknown; when the data has it. */
  readonly onHand?: readonly (number | null)[];
  /** Distinct marketplaces seen for this SKU, in order of first appearance; when the data has them. */
  readonly marketplaces?: readonly string[];
}

/**
 * Excel serial (days) of a series' last day: startSerial + length − 1.
 * @example seriesEndSerial({ startSerial: 46000, units: [1, 2, 3], … }) // 46002
 */
export function seriesEndSerial(series: DailySeries): number {
  return series.startSerial + series.units.length - 1;
}

/**
 * Makes a {@link DailySeries} from a plain array of units/day, checked: at least
 * one day, every value finite and ≥ 0, `excluded` (when given) the same length,
 * `startSerial` a whole number. No missing or stock-out days are recorded.
 * @param sku the SKU the series belongs to
 * @param startSerial Excel serial (days) of the first value
 * @param unitsPerDay units sold per day, oldest first
 * @param excluded optional mask: true = not used for the baseline
 * @example dailySeries("A", 46023, [3, 0, 5]) // ok({ sku: "A", startSerial: 46023, units: [3, 0, 5], excluded: [false, false, false], missingDays: 0, stockOutDays: 0 })
 */
export function dailySeries(
  sku: string,
  startSerial: number,
  unitsPerDay: readonly number[],
  excluded?: readonly boolean[],
): Result<DailySeries> {
  const checked = validateSeries(unitsPerDay, 1, `SKU ${sku}`);
  if (!checked.ok) return checked;
  if (!Number.isInteger(startSerial)) {
    return err("BAD_DATE", `SKU ${sku}: the start date ${startSerial} is not a whole Excel date serial`, { sku });
  }
  if (excluded && excluded.length !== unitsPerDay.length) {
    return err("INCONSISTENT_INPUT", `SKU ${sku}: ${excluded.length} exclusion flags for ${unitsPerDay.length} days`, { sku });
  }
  return ok({
    sku,
    startSerial,
    units: unitsPerDay.slice(),
    excluded: excluded ? excluded.slice() : unitsPerDay.map(() => false),
    missingDays: 0,
    stockOutDays: 0,
  });
}
