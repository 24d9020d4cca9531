/**
 * Reading a yes/no cell (Sensitive, AllowsSensitive).
 */
import { cellValue, excelErrorOf, isBlankCell, describeCell } from "../cells";
import { err, ok, type ErrorLocation, type Result } from "../errors";

/** Normalised text → its truth value. */
const WORDS: ReadonlyMap<string, boolean> = new Map([
  ["true", true], ["yes", true], ["y", true], ["1", true], ["是", true], ["有", true],
  ["false", false], ["no", false], ["n", false], ["0", false], ["否", false], ["无", false],
]);

/**
 * Reads a yes/no cell: Excel's TRUE/FALSE, the numbers 1 and 0, or the text
 * TRUE/FALSE, yes/no, Y/N, 是/否, 有/无, 1/0 (case and spaces ignored). A blank
 * cell gives `blankValue`.
 * @param value the raw cell value
 * @param where how messages name the place, e.g. "SKUs row 5, Sensitive"
 * @param blankValue what a blank cell means (default false)
 * @param location structured location attached to an error
 * @returns the boolean, or OUT_OF_RANGE for anything else (an Excel error included)
 * @example readBoolean("是", "SKUs row 2, Sensitive") // ok(true)
 * @example readBoolean("maybe", "SKUs row 5, Sensitive")
 * // err OUT_OF_RANGE "SKUs row 5, Sensitive: 'maybe' is not yes or no (write TRUE/FALSE, yes/no, Y/N, 是/否 or 1/0)"
 */
export function readBoolean(value: unknown, where: string, blankValue = false, location?: ErrorLocation): Result<boolean> {
  if (isBlankCell(value)) return ok(blankValue);
  const v = cellValue(value);
  if (typeof v === "boolean") return ok(v);
  if (v === 1 || v === 0) return ok(v === 1);
  const error = excelErrorOf(v);
  if (error) return err("OUT_OF_RANGE", `${where}: the cell holds the Excel error ${error}`, location);
  const word = typeof v === "string" ? WORDS.get(v.trim().toLowerCase()) : undefined;
  if (word !== undefined) return ok(word);
  return err("OUT_OF_RANGE", `${where}: ${describeCell(v)} is not yes or no (write TRUE/FALSE, yes/no, Y/N, 是/否 or 1/0)`, location);
}
