/**
 * Reading a percentage cell (duty rate, buffer, contingency …) as a fraction.
 */
import { cellValue, readNumber } from "../cells";
import { fail, ok, type ErrorLocation, type Result } from "../errors";
import { placeParam } from "../messages/messageText";

/** Options of {@link readFraction}. */
export interface ReadFractionOptions {
  /** Largest fraction allowed (default 1, i.e. 100 %). */
  readonly max?: number;
}

/**
 * Reads a percentage written as a fraction (0.075, or a cell formatted 7.5 %,
 * which holds 0.075) or as text with a % sign ("7.5%"). A value above `max`
 * is most often a percentage typed without its sign (50 for 50 %), so the
 * message says what it was read as and how to write it. Blank gives null.
 * @param value the raw cell value
 * @param where the cell, which messages name ("Event row 9, BufferPct") and errors carry
 * @returns the fraction (≥ 0), null for a blank cell, or NOT_A_NUMBER / NEGATIVE_VALUE / OUT_OF_RANGE
 * @example readFraction("7.5%", { sheet: "SKUs", row: 2, column: "DutyRate" }) // ok(0.075)
 * @example readFraction(50, { sheet: "SKUs", row: 3, column: "DutyRate" }, { max: 3 })
 * // err OUT_OF_RANGE "SKUs row 3, DutyRate: 50 is read as 5,000 %, above the 300 % allowed; write 50 % as 0.5 or 50%"
 */
export function readFraction(value: unknown, where: ErrorLocation, options: ReadFractionOptions = {}): Result<number | null> {
  const max = options.max ?? 1;
  const read = readNumber(value, where, { blank: "skip", min: 0, percent: true });
  if (!read.ok || read.value === null) return read;
  const n = read.value;
  if (n > max) {
    const typed = cellValue(value);
    if (typeof typed === "string" && typed.trim().endsWith("%")) {
      return fail("percentTooLarge", "OUT_OF_RANGE", { place: placeParam(where), percent: percentText(n), max: percentText(max) }, where);
    }
    return fail("fractionTooLarge", "OUT_OF_RANGE", { place: placeParam(where), value: n, percent: percentText(n), max: percentText(max), fraction: fractionText(n / 100) }, where);
  }
  return ok(n);
}

/** A fraction as a percentage with thousands separators: 50 → "5,000", 0.075 → "7.5". */
function percentText(fraction: number): string {
  return (Math.round(fraction * 100 * 1e6) / 1e6).toLocaleString("en-US", { maximumFractionDigits: 6 });
}

/** A fraction as plain text without float dust: 0.5, 0.075. */
function fractionText(fraction: number): string {
  return String(Math.round(fraction * 1e9) / 1e9);
}
