/**
 * Reading a percentage cell (duty rate, buffer, contingency …) as a fraction.
 */
import { readNumber } from "../cells";
import { err, ok, type ErrorLocation, type Result } from "../errors";

/** Options of {@link readFraction}. */
export interface ReadFractionOptions {
  /** Largest fraction allowed (default 1, i.e. 100 %). */
  readonly max?: number;
  /** Structured location attached to an error. */
  readonly location?: ErrorLocation;
}

/**
 * Reads a percentage written as a fraction (0.075, or a cell formatted 7.5 %,
 * which holds 0.075) or as text with a % sign ("7.5%"). A value above `max`
 * is most often a percentage typed without its sign (15 for 15 %), so the
 * message says how to write it. Blank gives null.
 * @param value the raw cell value
 * @param where how messages name the place, e.g. "Event row 9, BufferPct"
 * @returns the fraction (≥ 0), null for a blank cell, or NOT_A_NUMBER / NEGATIVE_VALUE / OUT_OF_RANGE
 * @example readFraction("7.5%", "SKUs row 2, DutyRate") // ok(0.075)
 * @example readFraction(15, "Event row 9, BufferPct")
 * // err OUT_OF_RANGE "Event row 9, BufferPct: 15 is more than 1 (100 %); write 15 % as 0.15 or 15%"
 */
export function readFraction(value: unknown, where: string, options: ReadFractionOptions = {}): Result<number | null> {
  const max = options.max ?? 1;
  const read = readNumber(value, where, { blank: "skip", min: 0, percent: true, location: options.location });
  if (!read.ok || read.value === null) return read;
  const n = read.value;
  if (n > max) {
    return err("OUT_OF_RANGE", `${where}: ${n} is more than ${max} (${max * 100} %); write 15 % as 0.15 or 15%`, options.location);
  }
  return ok(n);
}
