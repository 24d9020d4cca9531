/**
 * A1-style cell addresses as SpreadsheetML writes them ("B7", "A1:F120"),
 * zero-based both ways: A1 = row 0, column 0.
 */
import { columnLetter } from "../../engine/cells";

/** A rectangle of cells, zero-based, inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Row and column of an address; −1 for a part that is missing or malformed.
 * @example parseAddress("AB12") // { row: 11, column: 27 }
 */
export function parseAddress(address: string): { row: number; column: number } {
  let i = 0;
  let column = 0;
  for (; i < address.length; i++) {
    const c = address.charCodeAt(i);
    if (c === 36 /* $ */) continue;
    if (c >= 65 && c <= 90) column = column * 26 + (c - 64);
    else if (c >= 97 && c <= 122) column = column * 26 + (c - 96);
    else break;
  }
  let row = 0;
  let digits = 0;
  for (; i < address.length; i++) {
    const c = address.charCodeAt(i);
    if (c === 36) continue;
    if (c < 48 || c > 57) return { row: -1, column: column - 1 };
    row = row * 10 + (c - 48);
    digits++;
  }
  return { row: digits > 0 && row > 0 ? row - 1 : -1, column: column - 1 };
}

/**
 * A range from "A1:F120" (or a single cell "B2"); null when malformed.
 * @example parseRange("B2:D5") // { top: 1, left: 1, bottom: 4, right: 3 }
 */
export function parseRange(ref: string): CellRange | null {
  const [a, b = a] = ref.split(":");
  const from = parseAddress(a);
  const to = parseAddress(b);
  if (from.row < 0 || from.column < 0 || to.row < 0 || to.column < 0) return null;
  return { top: Math.min(from.row, to.row), left: Math.min(from.column, to.column), bottom: Math.max(from.row, to.row), right: Math.max(from.column, to.column) };
}

/**
 * The A1 address of a zero-based cell.
 * @example addressOf(11, 27) // "AB12"
 */
export function addressOf(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/**
 * The A1 reference of a range ("A1:F120").
 * @example rangeRef({ top: 0, left: 0, bottom: 119, right: 5 }) // "A1:F120"
 */
export function rangeRef(range: CellRange): string {
  return `${addressOf(range.top, range.left)}:${addressOf(range.bottom, range.right)}`;
}

/** True when the cell is inside the range. */
export function inRange(range: CellRange | null, row: number, column: number): boolean {
  return range !== null && row >= range.top && row <= range.bottom && column >= range.left && column <= range.right;
}
