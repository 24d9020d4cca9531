/**
 * PEAK functions that class SKUs: ABC by revenue share, XYZ by variability.
 * Thin adapters over the engine; the JSDoc below is Excel's metadata.
 */
import { abcClassesByPosition } from "../engine/classify/abcClassify";
import { xyzClassify } from "../engine/classify/xyzClassify";
import { isBlankCell } from "../engine/cells";
import { fail } from "../engine/errors";
import { placeParam } from "../engine/messages/messageText";
import { readNumberArgument } from "./argumentRules";
import { asRange } from "./argumentShape";
import { numbersFromRange } from "./numbersFromRange";
import { unwrap } from "./unwrap";

/**
 * ABC class of each value (revenue per SKU): A for the SKUs that make the first a_share of revenue, B up to b_share, C the rest. Spills one class per input cell, in the same order; blank cells stay blank.
 * @customfunction ABC
 * @helpurl https://localhost:3000/help.html#abc
 * @param values Revenue per SKU (USD or any one currency), one cell per SKU.
 * @param [a_share] Cumulative revenue share of class A (0.8 = 80 %). Default 0.8.
 * @param [b_share] Cumulative revenue share of classes A and B. Default 0.95.
 * @returns One class letter per input cell (a column).
 */
export function abc(values: unknown[][], a_share?: unknown, b_share?: unknown): string[][] {
  const a = unwrap(readNumberArgument(a_share, "a_share"));
  const b = unwrap(readNumberArgument(b_share, "b_share"));
  const range = asRange(values);
  const revenues = unwrap(numbersFromRange(range, "values")); // names the first bad cell
  if (revenues.length === 0) unwrap(fail("allBlank", "MISSING_VALUE", { place: placeParam({ argument: "values" }) }, { argument: "values" }));
  const classes = unwrap(abcClassesByPosition(revenues, { a, b }));
  let cellCount = 0;
  for (const row of range) cellCount += row.length;
  const spill = new Array<string[]>(cellCount);
  let k = 0;
  let next = 0;
  for (const row of range) {
    for (const cell of row) spill[k++] = [typeof cell === "number" || !isBlankCell(cell) ? classes[next++] : ""];
  }
  return spill;
}

/**
 * XYZ class of each row of demand (one SKU per row, one period per column, e.g. weekly units): X when the coefficient of variation is at most x_cv, Y up to y_cv, Z above. Spills one class per row.
 * @customfunction XYZ
 * @helpurl https://localhost:3000/help.html#xyz
 * @param rows_of_sales Demand per period, one row per SKU (weekly totals work best; daily sales exaggerate the variation). Blank cells are skipped.
 * @param [x_cv] Largest coefficient of variation for class X. Default 0.5.
 * @param [y_cv] Largest coefficient of variation for class Y. Default 1.0.
 * @returns One class letter per row (a column).
 */
export function xyz(rows_of_sales: unknown[][], x_cv?: unknown, y_cv?: unknown): string[][] {
  const x = unwrap(readNumberArgument(x_cv, "x_cv"));
  const y = unwrap(readNumberArgument(y_cv, "y_cv"));
  const rows = Array.isArray(rows_of_sales) ? rows_of_sales : [[rows_of_sales]];
  const items = rows.map((row, r) => ({ key: `row ${r + 1}`, unitsPerPeriod: unwrap(numbersFromRange([row], `rows_of_sales row ${r + 1}`)) }));
  const outcomes = unwrap(xyzClassify(items, { x, y }));
  return outcomes.map((outcome, r) => {
    if (outcome.status === "ok") return [outcome.class];
    if (items[r].unitsPerPeriod.length === 0) return [""];
    const message = outcome.error.text ? { text: outcome.error.text } : outcome.error.message;
    return unwrap(fail("argRow", outcome.error.code, { argument: "rows_of_sales", row: r + 1, message }, { argument: "rows_of_sales", index: r + 1 }));
  });
}
