/**
 * The engine's one error catalogue. Every failure the engine reports is an
 * {@link EngineError} with a stable `code` and a plain-English `message` that
 * names the place (row, cell, argument). Each edge (custom functions, task pane,
 * command line) translates it once; the engine never throws for bad input.
 * Errors built with {@link fail} or {@link problem} also carry their message as
 * a key and parameters (`text`), so `errorText` can say it in Simplified Chinese.
 */
import { renderMessage } from "./messages/renderMessage";
import type { MessageKey, MessageParams, MessageText } from "./messages/messageText";

/** Stable error codes. Edges may switch on these; never rename one. */
export type EngineErrorCode =
  | "NOT_A_NUMBER" // text or an Excel error value where a number belongs
  | "NEGATIVE_VALUE" // negative units, lead time, cost …
  | "MISSING_VALUE" // a required cell is blank
  | "BAD_DATE" // a date that cannot be parsed
  | "AMBIGUOUS_DATE" // d/m vs m/d cannot be told apart
  | "EMPTY_SERIES" // no usable observations
  | "INSUFFICIENT_HISTORY" // too few observations for this method
  | "OUT_OF_RANGE" // a parameter outside its allowed range (service level, share …)
  | "MISSING_COLUMN" // a required header was not found
  | "DUPLICATE_KEY" // a key that must be unique appears twice
  | "INCONSISTENT_INPUT" // arrays of different lengths, end before start …
  | "MODEL_FAILED" // a forecast model could not produce a finite answer
  | "UNKNOWN_MODEL"; // a model name that is not in the registry

/** A failure the caller must handle: a code, a message for the seller, and where. */
export interface EngineError {
  readonly code: EngineErrorCode;
  /** Plain English, names the place: "Sales row 5, Units: 'abc' is not a number". */
  readonly message: string;
  /** Optional structured location, for edges that highlight a cell or field. */
  readonly where?: ErrorLocation;
  /** The message as a key and its parameters, for edges that speak another language (`errorText`). */
  readonly text?: MessageText;
}

/** Where an error is, as far as the engine knows it. All parts are optional. */
export interface ErrorLocation {
  readonly sheet?: string;
  /** 1-based row number as the user sees it (header row included when there is one). */
  readonly row?: number;
  readonly column?: string;
  /** 1-based position within an argument or range, for custom functions. */
  readonly index?: number;
  readonly argument?: string;
  readonly sku?: string;
  /** A1-style address ("Sales!H12") when the sheet has no header for the cell (a wide date block). */
  readonly address?: string;
}

/** A value or an error: the engine's return type for anything input can break. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: EngineError };

/** Wraps a value as a successful {@link Result}. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * Builds a failed {@link Result}.
 * @example err("NEGATIVE_VALUE", "Sales row 7, Units: -3 is negative", { row: 7, column: "Units" })
 */
export function err<T = never>(code: EngineErrorCode, message: string, where?: ErrorLocation): Result<T> {
  return { ok: false, error: where ? { code, message, where } : { code, message } };
}

/** Builds a bare {@link EngineError} (for per-item reports that collect several). */
export function engineError(code: EngineErrorCode, message: string, where?: ErrorLocation): EngineError {
  return where ? { code, message, where } : { code, message };
}

/**
 * Builds an {@link EngineError} from a message key: the English message is the
 * key's English template filled in, and the key and parameters travel with it.
 * @example problem("negativeValue", "NEGATIVE_VALUE", { place: { place: at }, value: -3 }, at)
 * // { code: "NEGATIVE_VALUE", message: "Sales row 7, Units: -3 is negative", where: at, text: { key, params } }
 */
export function problem(key: MessageKey, code: EngineErrorCode, params: MessageParams = {}, where?: ErrorLocation): EngineError {
  const text: MessageText = { key, params };
  const message = renderMessage(text, "en");
  return where ? { code, message, where, text } : { code, message, text };
}

/**
 * A failed {@link Result} from a message key ({@link problem}).
 * @example fail("blankCell", "MISSING_VALUE", { place: { place: at } }, at) // err "Sales row 3, SKU: the cell is blank"
 */
export function fail<T = never>(key: MessageKey, code: EngineErrorCode, params: MessageParams = {}, where?: ErrorLocation): Result<T> {
  return { ok: false, error: problem(key, code, params, where) };
}

/**
 * The same error pointed at another place (a date parsed alone, then placed in
 * its sheet cell): code, message and text kept, `where` replaced.
 * @example errorAt(parsed.error, { sheet: "Sales", row: 5, column: "Date" })
 */
export function errorAt(error: EngineError, where: ErrorLocation | undefined): EngineError {
  const base = { code: error.code, message: error.message, ...(error.text ? { text: error.text } : {}) };
  return where ? { ...base, where } : base;
}

/**
 * {@link errorAt} as a failed {@link Result}.
 * @example relocated(parsed.error, { sheet: "Sales", row: 5, column: "Date" })
 */
export function relocated<T = never>(error: EngineError, where: ErrorLocation | undefined): Result<T> {
  return { ok: false, error: errorAt(error, where) };
}

/** True when `x` is an {@link EngineError} rather than a value. */
export function isEngineError(x: unknown): x is EngineError {
  return typeof x === "object" && x !== null && "code" in x && "message" in x && typeof (x as { code: unknown }).code === "string";
}
