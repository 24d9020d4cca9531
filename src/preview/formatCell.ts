/**
 * Cell text as the preview grid shows it, following the table formats
 * (`NUMBER_FORMATS` in src/excel/columnLayout.ts): dates yyyy-mm-dd, money
 * $1,234.50, percents 15.3%, whole numbers 1,234; unformatted numbers as
 * Excel's General shows them. Pure.
 */
import { isoFromSerial } from "../engine/dates";
import type { CellFormat } from "../engine/plan/outputTable";

const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Excel General: up to 10 significant digits, no separators. */
function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  return String(Number(value.toPrecision(10)));
}

/**
 * The text of a cell value in a format (null: General).
 * @example formatCell(46353, "date") // "2026-11-27"
 * @example formatCell(-1234.5, "currency") // "-$1,234.50"
 * @example formatCell(0.153, "percent") // "15.3%"
 * @example formatCell(true, null) // "TRUE"
 */
export function formatCell(value: unknown, format: CellFormat | null): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return String(value);
  if (!Number.isFinite(value)) return "#NUM!";
  switch (format) {
    case "date":
      return value >= 1 && value < 2_958_466 ? isoFromSerial(value) : general(value);
    case "currency":
      return `${value < 0 ? "-" : ""}$${twoDecimals.format(Math.abs(value))}`;
    case "integer":
      return whole.format(value);
    case "decimal":
      return twoDecimals.format(value);
    case "percent":
      return `${oneDecimal.format(value * 100)}%`;
    default:
      return general(value);
  }
}

/** True when the grid right-aligns the value (numbers and booleans do, as in Excel). */
export function alignsRight(value: unknown): boolean {
  return typeof value === "number" || typeof value === "boolean";
}
