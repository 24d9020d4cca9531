/**
 * Argument checks the logistics functions share, on top of ../stock/checkArgument:
 * whole counts (cartons), box dimensions and fractional rates. Each names the
 * argument as the seller sees it (`length_cm`, `cartons`, `duty_rate`).
 */
import { fail, ok, type Result } from "../errors";
import { placeParam } from "../messages/messageText";
import { checkNonNegative } from "../stock/checkArgument";

/**
 * Accepts a whole number ≥ 0 (a count of cartons or packages).
 * @returns the count, NOT_A_NUMBER / NEGATIVE_VALUE, or OUT_OF_RANGE for a fraction
 * @example checkWholeCount(2.5, "cartons") // err OUT_OF_RANGE "cartons must be a whole number (got 2.5)"
 */
export function checkWholeCount(value: unknown, argument: string): Result<number> {
  const n = checkNonNegative(value, argument);
  if (!n.ok) return n;
  if (!Number.isInteger(n.value)) return fail("argWhole", "OUT_OF_RANGE", { place: placeParam({ argument }), value: n.value }, { argument });
  return n;
}

/**
 * Accepts a fraction in [0, max] — a duty or insurance rate entered as 0.075 for 7.5 %.
 * The upper bound catches a percentage typed as a plain number (25 meant as 25 %).
 * @example checkRate(25, "duty_rate", 5) // err OUT_OF_RANGE "duty_rate (25) is above 5; enter rates as fractions (0.25 for 25 %)"
 */
export function checkRate(value: unknown, argument: string, max: number): Result<number> {
  const r = checkNonNegative(value, argument);
  if (!r.ok) return r;
  if (r.value > max) {
    return fail("argRateAbove", "OUT_OF_RANGE", { place: placeParam({ argument }), value: r.value, max }, { argument });
  }
  return r;
}

/**
 * Volume of a box, length × width × height in the cube of the dimensions' unit
 * (cm → cm³, in → in³), after checking each side is a finite number ≥ 0.
 * @param names the three arguments' names, e.g. ["length_cm", "width_cm", "height_cm"]
 * @returns the volume, or NOT_A_NUMBER / NEGATIVE_VALUE naming the side, or OUT_OF_RANGE when the product overflows
 * @example checkBoxVolume(50, 40, 30, ["length_cm", "width_cm", "height_cm"]) // ok(60000)
 */
export function checkBoxVolume(
  length: unknown,
  width: unknown,
  height: unknown,
  names: readonly [string, string, string],
): Result<number> {
  const l = checkNonNegative(length, names[0]);
  if (!l.ok) return l;
  const w = checkNonNegative(width, names[1]);
  if (!w.ok) return w;
  const h = checkNonNegative(height, names[2]);
  if (!h.ok) return h;
  const volume = l.value * w.value * h.value;
  if (!Number.isFinite(volume)) {
    return fail("argProductTooLarge", "OUT_OF_RANGE", { a: names[0], b: names[1], c: names[2] }, { argument: names[0] });
  }
  return ok(volume);
}
