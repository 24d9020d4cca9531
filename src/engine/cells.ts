/**
 * Reading raw spreadsheet cell values. Every reader of a workbook, a CSV file or a
 * custom-function argument hands the engine `unknown` values: numbers, strings,
 * booleans, blanks (`null`, `undefined`, `""`), JavaScript `Date`s, Excel error
 * values as text (`"#N/A"`, as Office.js `values` gives them) or wrapped in objects
 * (exceljs `{ error: "#N/A" }`, `{ formula, result }`, `{ richText }`, `{ text,
 * hyperlink }`; Office.js `valuesAsJson` `{ type, basicValue }`). These helpers turn
 * them into numbers and text, or into an {@link EngineError} whose message names the
 * place ("Sales row 5, Units: 'abc' is not a number").
 */
import { isoFromSerial, serialFromYmd } from "./dates";
import { fail, ok, type ErrorLocation, type Result } from "./errors";
import { phrase, placeParam, quoted, type MessageParam } from "./messages/messageText";

/** Excel's error values, as Excel spells them (Office.js `ErrorCellValue` types included). */
export const EXCEL_ERROR_VALUES: readonly string[] = [
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!",
  "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#EXTERNAL!", "#PYTHON!",
];
const ERROR_SET = new Set(EXCEL_ERROR_VALUES);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !(value instanceof Date) && !Array.isArray(value);
}

/**
 * The plain value inside a cell: unwraps exceljs formula results, rich text,
 * hyperlinks and error objects, and Office.js `valuesAsJson` entries; anything
 * else is returned as it is.
 * @example cellValue({ formula: "A1*2", result: 8 }) // 8
 * @example cellValue({ richText: [{ text: "SKU-" }, { text: "1" }] }) // "SKU-1"
 * @example cellValue({ error: "#N/A" }) // "#N/A"
 */
export function cellValue(value: unknown): unknown {
  if (!isRecord(value)) return value;
  if (typeof value.error === "string") return value.error;
  if ("formula" in value || "sharedFormula" in value) return value.result === undefined ? null : cellValue(value.result);
  if (Array.isArray(value.richText)) {
    return value.richText.map((run: unknown) => (isRecord(run) && typeof run.text === "string" ? run.text : "")).join("");
  }
  if ("hyperlink" in value && "text" in value) return cellValue(value.text);
  if (typeof value.type === "string" && "basicValue" in value) return value.basicValue;
  return value;
}

/**
 * True for a blank cell: `null`, `undefined`, or text that is empty or only
 * spaces (a cell holding " " looks blank to a seller, so it counts as blank).
 * @example isBlankCell("  ") // true
 * @example isBlankCell(0) // false
 */
export function isBlankCell(value: unknown): boolean {
  const v = cellValue(value);
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/**
 * The Excel error a cell holds (`"#N/A"`, `"#VALUE!"` …, upper-cased), or null.
 * @example excelErrorOf({ error: "#N/A" }) // "#N/A"
 * @example excelErrorOf("#div/0!") // "#DIV/0!"
 * @example excelErrorOf("N/A") // null
 */
export function excelErrorOf(value: unknown): string | null {
  const v = cellValue(value);
  if (typeof v !== "string") return null;
  const text = v.trim().toUpperCase();
  return ERROR_SET.has(text) ? text : null;
}

/**
 * Spreadsheet column letters of a 0-based column index (A, B, … Z, AA, AB …).
 * @example columnLetter(0) // "A"
 * @example columnLetter(27) // "AB"
 */
export function columnLetter(index0: number): string {
  let n = Math.floor(index0) + 1;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * An A1-style cell address, the sheet name quoted as Excel does when it holds
 * anything but letters, digits, `_` and `.`.
 * @param sheet sheet name ("" for none)
 * @param row1 1-based row number
 * @param column0 0-based column index
 * @example cellAddress("Sales", 12, 7) // "Sales!H12"
 * @example cellAddress("My Sales", 2, 0) // "'My Sales'!A2"
 */
export function cellAddress(sheet: string, row1: number, column0: number): string {
  const local = `${columnLetter(column0)}${row1}`;
  if (sheet === "") return local;
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${local}`;
}

/** How a reader treats a blank cell: report an error, read it as 0, or return null. */
export type BlankPolicy = "error" | "zero" | "skip";

/** Options of {@link readNumber}. */
export interface ReadNumberOptions {
  /** Blank cell: "error" (default, MISSING_VALUE), "zero" (read as 0) or "skip" (null). */
  readonly blank?: BlankPolicy;
  /** Smallest allowed value; below it is NEGATIVE_VALUE when `min` is 0, else OUT_OF_RANGE. */
  readonly min?: number;
  /** Largest allowed value (OUT_OF_RANGE above it). */
  readonly max?: number;
  /**
   * Sanity limit: a value above it is far beyond any real workbook (1e300 units),
   * so it is OUT_OF_RANGE with a hint to look for a typo.
   */
  readonly limit?: number;
  /** Require a whole number (OUT_OF_RANGE otherwise). */
  readonly integer?: boolean;
  /** Accept text like "15%" as 0.15 (default false: "15%" is not a number). */
  readonly percent?: boolean;
}

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Number written as text: "12", " 1,234.5 ", "1e3"; null when it is not one ("1,5" is not: comma decimals are refused). */
function numberFromText(text: string): number | null {
  if (PLAIN_NUMBER.test(text)) return Number(text);
  if (GROUPED_NUMBER.test(text)) return Number(text.replace(/,/g, ""));
  return null;
}

/**
 * How a cell value reads inside a message: text in quotes (trimmed), TRUE/FALSE,
 * dates as ISO, blanks as "a blank cell", numbers as they are.
 * @example describeCell(" abc ") // "'abc'"
 * @example describeCell(true) // "TRUE"
 */
export function describeCell(value: unknown): string {
  const v = cellValue(value);
  if (typeof v === "string") return `'${v.trim()}'`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "an invalid date" : `the date ${isoFromSerial(serialFromYmd(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()))}`;
  if (v === null || v === undefined) return "a blank cell";
  return String(v);
}

/**
 * A cell value as a message value ({@link describeCell} in any language): text
 * quoted, TRUE/FALSE, dates as ISO, blanks as "a blank cell", numbers as they are.
 * @example cellParam(" abc ") // { quoted: "abc" }: 'abc' in English, “abc” in Chinese
 */
export function cellParam(value: unknown): MessageParam {
  const v = cellValue(value);
  if (typeof v === "string") return quoted(v.trim());
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) {
    return Number.isNaN(v.getTime()) ? phrase("cellInvalidDate") : phrase("cellDate", { date: isoFromSerial(serialFromYmd(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate())) });
  }
  if (v === null || v === undefined) return phrase("cellBlank");
  return typeof v === "number" ? v : String(v);
}

/**
 * Reads a number from a cell: a finite number, or numeric text (spaces trimmed,
 * thousands separated by commas as in "1,234", "15%" as 0.15 when `percent`).
 * Text, booleans, dates and Excel errors are NOT_A_NUMBER; a blank follows
 * `options.blank`; `min`, `max`, `limit` and `integer` are checked last.
 * @param value the raw cell value
 * @param where the cell, which messages name ("Sales row 5, Units") and errors carry
 * @returns the number, null for a skipped blank, or an error
 * @example readNumber("1,234", { sheet: "Sales", row: 5, column: "Units" }) // ok(1234)
 * @example readNumber(-3, { sheet: "Sales", row: 7, column: "Units" }, { min: 0 }) // err NEGATIVE_VALUE "Sales row 7, Units: -3 is negative"
 * @example readNumber("#N/A", { sheet: "Sales", row: 9, column: "Units" }) // err NOT_A_NUMBER "Sales row 9, Units: the cell holds the Excel error #N/A"
 */
export function readNumber(value: unknown, where: ErrorLocation, options: ReadNumberOptions = {}): Result<number | null> {
  const v = cellValue(value);
  const place = placeParam(where);
  let n: number | null = null;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return fail("notFinite", "NOT_A_NUMBER", { place, value: String(v) }, where);
    n = v;
  } else if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) {
    const policy = options.blank ?? "error";
    if (policy === "skip") return ok(null);
    if (policy === "error") return fail("blankCell", "MISSING_VALUE", { place }, where);
    n = 0;
  } else if (typeof v === "string") {
    const error = excelErrorOf(v);
    if (error) return fail("excelError", "NOT_A_NUMBER", { place, error }, where);
    const text = v.trim();
    if (options.percent && text.endsWith("%")) {
      const p = numberFromText(text.slice(0, -1).trim());
      if (p !== null) n = p / 100;
    } else {
      n = numberFromText(text);
    }
    if (n === null) return fail("notANumber", "NOT_A_NUMBER", { place, value: cellParam(v) }, where);
  } else {
    return fail("notANumber", "NOT_A_NUMBER", { place, value: cellParam(v) }, where);
  }
  if (n === 0) n = 0; // "-0" reads as 0
  if (options.min !== undefined && n < options.min) {
    return options.min === 0
      ? fail("negativeValue", "NEGATIVE_VALUE", { place, value: n }, where)
      : fail("belowMinimum", "OUT_OF_RANGE", { place, value: n, min: options.min }, where);
  }
  if (options.max !== undefined && n > options.max) return fail("aboveMaximum", "OUT_OF_RANGE", { place, value: n, max: options.max }, where);
  if (options.limit !== undefined && n > options.limit) return fail("aboveLimit", "OUT_OF_RANGE", { place, value: n, limit: options.limit }, where);
  if (options.integer && !Number.isInteger(n)) return fail("notWhole", "OUT_OF_RANGE", { place, value: n }, where);
  return ok(n);
}

/**
 * Reads a text key (SKU, marketplace) from a cell: text is trimmed, numbers and
 * booleans become their text ("1001", "TRUE"); an Excel error is MISSING_VALUE;
 * a blank is MISSING_VALUE ("error", the default) or null ("skip").
 * @param where the cell, which messages name and errors carry
 * @example readText(1001, { sheet: "Sales", row: 3, column: "SKU" }) // ok("1001")
 * @example readText("", { sheet: "Sales", row: 3, column: "SKU" }) // err MISSING_VALUE "Sales row 3, SKU: the cell is blank"
 */
export function readText(value: unknown, where: ErrorLocation, options: { readonly blank?: "error" | "skip" } = {}): Result<string | null> {
  const v = cellValue(value);
  const place = placeParam(where);
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) {
    return options.blank === "skip" ? ok(null) : fail("blankCell", "MISSING_VALUE", { place }, where);
  }
  if (typeof v === "string") {
    const error = excelErrorOf(v);
    return error ? fail("excelError", "MISSING_VALUE", { place, error }, where) : ok(v.trim());
  }
  if (typeof v === "number") return Number.isFinite(v) ? ok(String(v)) : fail("notUsableValue", "MISSING_VALUE", { place, value: String(v) }, where);
  if (typeof v === "boolean") return ok(v ? "TRUE" : "FALSE");
  if (v instanceof Date && !Number.isNaN(v.getTime())) return ok(isoFromSerial(serialFromYmd(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate())));
  return fail("noReadableText", "MISSING_VALUE", { place }, where);
}
