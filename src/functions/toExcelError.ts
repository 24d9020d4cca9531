/**
 * The one place where an engine error becomes an Excel error (STYLE.md §4).
 */
import type { EngineError } from "../engine/errors";

/**
 * The error a custom function throws for an engine error: inside Excel a
 * `CustomFunctions.Error` with code `#VALUE!` and the engine's message (Excel shows
 * it when the user hovers over the cell); outside Excel, where the `CustomFunctions`
 * global does not exist (jest, a browser preview), a plain `Error` with the same message.
 * @param error the engine's error, e.g. `{ code: "NEGATIVE_VALUE", message: "daily_sales: cell 3 is negative (-2)" }`
 * @returns the error to `throw`
 * @example throw toExcelError(result.error) // #VALUE! "daily_sales: cell 4 is text 'abc'"
 */
export function toExcelError(error: EngineError): Error {
  if (typeof CustomFunctions !== "undefined") {
    // CustomFunctions.Error is not a subclass of Error in its typings, but Excel requires this type.
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message) as unknown as Error;
  }
  const plain = new Error(error.message);
  plain.name = error.code;
  return plain;
}
