/**
 * Reads the numbers out of a custom-function range argument.
 */
import { cellParam, cellValue, excelErrorOf, isBlankCell } from "../engine/cells";
import { fail, ok, type Result } from "../engine/errors";
import { placeParam } from "../engine/messages/messageText";

/**
 * The numbers of an Excel range argument (`unknown[][]`, row by row), skipping blank
 * cells (`null`, `undefined`, `""`) as AVERAGE does; an Excel data type counts as its basic value. Anything else that is not a
 * finite number ≥ 0 is an error naming the argument and the 1-based cell position
 * in reading order (blanks count): "daily_sales: cell 4 is text 'abc'".
 * A single value passed to a range argument arrives as `[[value]]`.
 * @param range the argument as Excel passes it
 * @param argument the argument's name as the user sees it, e.g. `daily_sales`
 * @returns the numbers in reading order, or NOT_A_NUMBER / NEGATIVE_VALUE
 * @example numbersFromRange([[15], [""], [3]], "daily_sales") // ok([15, 3])
 * @example numbersFromRange([[1], [2], [3], ["abc"]], "daily_sales") // err NOT_A_NUMBER "daily_sales: cell 4 is text 'abc'"
 */
export function numbersFromRange(range: readonly (readonly unknown[])[], argument: string): Result<number[]> {
  const numbers: number[] = [];
  let cell = 0;
  for (const row of range) {
    for (const raw of row) {
      cell += 1;
      if (typeof raw === "number" && raw >= 0 && raw < Infinity) {
        numbers.push(raw); // the common case, without unwrapping
        continue;
      }
      const value = cellValue(raw); // unwraps Excel data types ({ type, basicValue })
      if (isBlankCell(value)) continue;
      if (typeof value === "number") {
        if (!Number.isFinite(value)) return fail("argNotFinite", "NOT_A_NUMBER", { place: placeParam({ argument, index: cell }), value: String(value) }, { argument, index: cell });
        if (value < 0) return fail("cellNegative", "NEGATIVE_VALUE", { place: placeParam({ argument, index: cell }), value }, { argument, index: cell });
        numbers.push(value);
      } else if (typeof value === "string") {
        const where = { argument, index: cell };
        const excelError = excelErrorOf(value);
        return excelError
          ? fail("argExcelError", "NOT_A_NUMBER", { place: placeParam(where), error: excelError }, where)
          : fail("cellIsText", "NOT_A_NUMBER", { place: placeParam(where), value: cellParam(value) }, where);
      } else {
        const where = { argument, index: cell };
        return fail("cellNotNumber", "NOT_A_NUMBER", { place: placeParam(where), value: cellParam(value) }, where);
      }
    }
  }
  return ok(numbers);
}
