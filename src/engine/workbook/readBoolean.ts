/**
 * Reading a yes/no cell (Sensitive, AllowsSensitive).
 */
import { cellParam, cellValue, excelErrorOf, isBlankCell } from "../cells";
import { fail, ok, type ErrorLocation, type Result } from "../errors";
import { placeParam } from "../messages/messageText";

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
 * @param where the cell, which messages name ("SKUs row 5, Sensitive") and errors carry
 * @param blankValue what a blank cell means (default false)
 * @returns the boolean, or OUT_OF_RANGE for anything else (an Excel error included)
 * @example readBoolean("是", { sheet: "SKUs", row: 2, column: "Sensitive" }) // ok(true)
 * @example readBoolean("maybe", { sheet: "SKUs", row: 5, column: "Sensitive" })
 * // err OUT_OF_RANGE "SKUs row 5, Sensitive: 'maybe' is not yes or no (write TRUE/FALSE, yes/no, Y/N, 是/否 or 1/0)"
 */
export function readBoolean(value: unknown, where: ErrorLocation, blankValue = false): Result<boolean> {
  if (isBlankCell(value)) return ok(blankValue);
  const v = cellValue(value);
  if (typeof v === "boolean") return ok(v);
  if (v === 1 || v === 0) return ok(v === 1);
  const error = excelErrorOf(v);
  if (error) return fail("excelError", "OUT_OF_RANGE", { place: placeParam(where), error }, where);
  const word = typeof v === "string" ? WORDS.get(v.trim().toLowerCase()) : undefined;
  if (word !== undefined) return ok(word);
  return fail("notYesNo", "OUT_OF_RANGE", { place: placeParam(where), value: cellParam(v) }, where);
}
