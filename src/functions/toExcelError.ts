/**
 * The one place where an engine error becomes an Excel error (STYLE.md §4).
 */
import { errorText } from "../engine/errorText";
import type { EngineError, EngineErrorCode } from "../engine/errors";
import { officeDisplayLanguage } from "../excel/displayLanguage";

/** The Excel error value each engine code shows as. */
export type ExcelErrorValue = "#VALUE!" | "#N/A" | "#NUM!";

const EXCEL_ERROR_BY_CODE: Record<EngineErrorCode, ExcelErrorValue> = {
  NOT_A_NUMBER: "#VALUE!",
  NEGATIVE_VALUE: "#VALUE!",
  BAD_DATE: "#VALUE!",
  AMBIGUOUS_DATE: "#VALUE!",
  OUT_OF_RANGE: "#VALUE!",
  INCONSISTENT_INPUT: "#VALUE!",
  UNKNOWN_MODEL: "#VALUE!",
  DUPLICATE_KEY: "#VALUE!",
  MISSING_VALUE: "#N/A",
  EMPTY_SERIES: "#N/A",
  MISSING_COLUMN: "#N/A",
  INSUFFICIENT_HISTORY: "#NUM!",
  MODEL_FAILED: "#NUM!",
};

/**
 * Which Excel error an engine error shows as: `#N/A` when something is missing
 * (a blank required argument, no sales at all), `#NUM!` when the inputs are
 * valid but no answer exists (too little history, a model that cannot fit),
 * `#VALUE!` for a wrong argument.
 * @example excelErrorValue("EMPTY_SERIES") // "#N/A"
 */
export function excelErrorValue(code: EngineErrorCode): ExcelErrorValue {
  return EXCEL_ERROR_BY_CODE[code];
}

/**
 * The error a custom function throws for an engine error: inside Excel a
 * `CustomFunctions.Error` with the Excel error value of {@link excelErrorValue} and
 * the message in Office's display language (Excel shows it when the user hovers
 * over the cell); outside Excel, where the `CustomFunctions` global does not exist
 * (jest, a browser preview), a plain `Error` with the same message.
 * @param error the engine's error, e.g. `{ code: "NEGATIVE_VALUE", message: "daily_sales: cell 3 is negative (-2)" }`
 * @param language display language; default: Office's
 * @returns the error to `throw`
 * @example throw toExcelError(result.error) // #VALUE! "daily_sales: cell 4 is text 'abc'"
 */
export function toExcelError(error: EngineError, language: string | undefined = officeDisplayLanguage()): Error {
  const message = errorText(error, language);
  const value = excelErrorValue(error.code);
  if (typeof CustomFunctions !== "undefined") {
    const code =
      value === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : value === "#NUM!" ? CustomFunctions.ErrorCode.invalidNumber : CustomFunctions.ErrorCode.invalidValue;
    // CustomFunctions.Error is not a subclass of Error in its typings, but Excel requires this type.
    return new CustomFunctions.Error(code, message) as unknown as Error;
  }
  const plain = new Error(message);
  plain.name = `${value} ${error.code}`;
  return plain;
}
