/**
 * Splitting the plan's settings (JSON text) into pieces a cell can hold.
 */

/** Most characters (UTF-16 code units) one Excel cell holds. */
export const EXCEL_CELL_LIMIT = 32_767;

/**
 * `text` cut into pieces of at most `maxLength` UTF-16 code units, in order, so
 * that `pieces.join("") === text`. A piece never ends between the two halves of
 * a surrogate pair (an emoji, a rare CJK character): a lone half cannot be
 * stored in XML, so such a pair moves whole to the next piece.
 * @param maxLength code units per piece, ≥ 2 (default: Excel's cell limit)
 * @returns no pieces for empty text
 * @example chunkText("abcde", 2) // ["ab", "cd", "e"]
 * @example chunkText("a😀", 2) // ["a", "😀"]
 */
export function chunkText(text: string, maxLength: number = EXCEL_CELL_LIMIT): string[] {
  if (!Number.isInteger(maxLength) || maxLength < 2) {
    throw new RangeError(`maxLength (${maxLength}) must be a whole number of at least 2`);
  }
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + maxLength, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1; // a high surrogate: keep the pair together
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}
