/**
 * Marketplace storage fee for a volume held over a span of days, with the
 * peak-season rate in October–December.
 */
import { parseDate, serialFromYmd, ymdFromSerial } from "../dates";
import { err, ok, type Result } from "../errors";
import { checkNonNegative } from "../stock/checkArgument";

function checkSerial(value: unknown, argument: string): Result<number> {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return err("NOT_A_NUMBER", `${argument} is not a date serial (${String(value)})`, { argument });
  }
  const day = parseDate(value, argument);
  return day.ok ? day : err(day.error.code, day.error.message, { argument });
}

/**
 * Storage fee, USD, for `cubicFeet` held every day from `startSerial` up to but
 * not including `endSerial`, prorated by day:
 * fee = Σ over days d in [start, end) of cubicFeet × rate(month of d) ÷ days in that month,
 * where rate is the Oct–Dec rate in October, November and December and the
 * Jan–Sep rate otherwise.
 *
 * Amazon bills each month on the daily average volume stored, so a month's fee
 * is the sum of each day's volume × the monthly rate ÷ the month's days — which
 * is this sum. Spans are half-open, so fee(a, b) + fee(b, c) = fee(a, c).
 * Defaults are Amazon US standard-size rates from 1 April 2024: $0.78 per ft³
 * per month Jan–Sep, $2.40 Oct–Dec (Seller Central, "2024 FBA monthly inventory
 * storage fee and aged inventory surcharge changes"; DESIGN.md §1 item 7).
 * Surcharges (aged inventory, storage utilisation, capacity overage) are not included.
 * @param cubicFeet volume stored, ft³ (≥ 0)
 * @param startSerial first day stored, Excel serial day (a time fraction is floored)
 * @param endSerial first day no longer stored, Excel serial day (≥ startSerial)
 * @param rateJanSepUsdPerFt3Month off-peak rate, USD per ft³ per month (default 0.78)
 * @param rateOctDecUsdPerFt3Month peak rate, USD per ft³ per month (default 2.40)
 * @returns USD, or NOT_A_NUMBER / NEGATIVE_VALUE / BAD_DATE naming the argument, or
 * INCONSISTENT_INPUT when the span ends before it starts
 * @example storageFeeUsd(10, 46281, 46311) // 2026-09-16 to 2026-10-16
 * // ok(15.5129): 10 × 0.78 × 15/30 (Sep 16–30) + 10 × 2.40 × 15/31 (Oct 1–15) = 3.9 + 11.6129
 */
export function storageFeeUsd(
  cubicFeet: number,
  startSerial: number,
  endSerial: number,
  rateJanSepUsdPerFt3Month = 0.78,
  rateOctDecUsdPerFt3Month = 2.4,
): Result<number> {
  const volume = checkNonNegative(cubicFeet, "cubic_feet");
  if (!volume.ok) return volume;
  const start = checkSerial(startSerial, "start_serial");
  if (!start.ok) return start;
  const end = checkSerial(endSerial, "end_serial");
  if (!end.ok) return end;
  const offPeak = checkNonNegative(rateJanSepUsdPerFt3Month, "rate_jan_sep_usd_per_ft3_month");
  if (!offPeak.ok) return offPeak;
  const peak = checkNonNegative(rateOctDecUsdPerFt3Month, "rate_oct_dec_usd_per_ft3_month");
  if (!peak.ok) return peak;
  if (end.value < start.value) {
    return err("INCONSISTENT_INPUT", `end_serial (${end.value}) is before start_serial (${start.value})`, { argument: "end_serial" });
  }
  let fee = 0;
  let day = start.value;
  // One step per calendar month: every day of a month costs the same.
  while (day < end.value) {
    const { year, month } = ymdFromSerial(day);
    const monthStart = serialFromYmd(year, month, 1);
    const nextMonthStart = serialFromYmd(year, month + 1, 1); // Date.UTC rolls month 13 into January
    const stop = Math.min(end.value, nextMonthStart);
    const rate = month >= 10 ? peak.value : offPeak.value;
    fee += (volume.value * rate * (stop - day)) / (nextMonthStart - monthStart);
    day = stop;
  }
  if (!Number.isFinite(fee)) return err("OUT_OF_RANGE", `cubic_feet (${volume.value}) is too large to compute`, { argument: "cubic_feet" });
  return ok(fee);
}
