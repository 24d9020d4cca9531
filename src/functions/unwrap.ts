/**
 * The last step of every PEAK function: a value, or the Excel error for the engine error.
 */
import type { Result } from "../engine/errors";
import { toExcelError } from "./toExcelError";

/**
 * Returns the result's value, or throws the Excel error ({@link toExcelError}) for its error.
 * @example unwrap(ok(275)) // 275
 */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw toExcelError(result.error);
  return result.value;
}
