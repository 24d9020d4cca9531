/**
 * Text that survives a trip through an .xlsx file. The file stores text as XML,
 * which cannot hold most control characters, turns a carriage return into a line
 * feed, and reads `_xHHHH_` as the character HHHH (OOXML's escape, ECMA-376
 * Part 1 §22.9.2.19 ST_Xstring). exceljs decodes that escape when reading but
 * does not encode when writing, so it would silently change such text; the
 * .xlsx writer passes text through {@link encodeXlsxText} before writing.
 */

/** Characters XML 1.0 cannot carry (or changes), and a literal escape-looking `_xHHHH_`. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point: XML cannot carry them
const NEEDS_ESCAPE = /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

/**
 * `text` with the characters an .xlsx file would lose written as OOXML escapes:
 * control characters (tab and line feed excepted), carriage returns, U+FFFE,
 * U+FFFF and lone surrogate halves as `_xHHHH_`, and the `_` that starts a
 * literal `_xHHHH_` as `_x005F_`. Excel and exceljs decode these back to the
 * original text.
 * @example encodeXlsxText("a\r\nb") // "a_x000D_\nb"
 * @example encodeXlsxText("_x0041_") // "_x005F_x0041_"
 * @example encodeXlsxText("plain") // "plain" (the same string)
 */
export function encodeXlsxText(text: string): string {
  return text.replace(NEEDS_ESCAPE, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** True when {@link encodeXlsxText} would change `text`. */
export function needsXlsxEncoding(text: string): boolean {
  NEEDS_ESCAPE.lastIndex = 0;
  const found = NEEDS_ESCAPE.test(text);
  NEEDS_ESCAPE.lastIndex = 0;
  return found;
}

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * The text an .xlsx file means by `stored`: each OOXML escape `_xHHHH_` becomes
 * the character HHHH (hex digits in either case, as Excel reads them). The
 * inverse of {@link encodeXlsxText}.
 * @example decodeXlsxText("a_x000D_\nb") // "a\r\nb"
 * @example decodeXlsxText("_x005F_x0041_") // "_x0041_"
 */
export function decodeXlsxText(stored: string): string {
  if (!stored.includes("_x")) return stored;
  return stored.replace(ESCAPE, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
