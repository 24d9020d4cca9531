/**
 * The part of Excel's custom-functions runtime PeakStock uses. Office.js defines the
 * `CustomFunctions` global inside Excel only (it is undefined in a browser preview and
 * in jest), so code must check `typeof CustomFunctions !== "undefined"` first.
 * Declared here instead of adding @types/custom-functions-runtime for three members.
 */
declare namespace CustomFunctions {
  /** The error codes Excel shows for a custom function (`#VALUE!`, `#N/A` …). */
  enum ErrorCode {
    invalidValue = "#VALUE!",
    notAvailable = "#N/A",
    divisionByZero = "#DIV/0!",
    invalidNumber = "#NUM!",
    nullReference = "#NULL!",
    invalidName = "#NAME?",
    invalidReference = "#REF!",
  }

  /** Thrown from a custom function, it shows as `code` in the cell with `message` as its tooltip. */
  class Error {
    constructor(errorCode: ErrorCode, errorMessage?: string);
    code: ErrorCode;
    message?: string;
  }

  /** Maps a function id from functions.json to its JavaScript implementation. */
  function associate(id: string, functionObject: (...args: never[]) => unknown): void;
}
