/**
 * Reads the numbers out of a custom-function range argument.
 */
import { cellValue, describeCell, excelErrorOf, isBlankCell } from "../engine/cells";
import { err, ok, type Result } from "../engine/errors";

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
      const value = cellValue(raw); // unwraps Excel data types ({ type, basicValue })
      cell += 1;
      const where = { argument, index: cell };
      if (isBlankCell(value)) continue;
      if (typeof value === "number") {
        if (!Number.isFinite(value)) return err("NOT_A_NUMBER", `${argument}: cell ${cell} is not a finite number (${value})`, where);
        if (value < 0) return err("NEGATIVE_VALUE", `${argument}: cell ${cell} is negative (${value})`, where);
        numbers.push(value);
      } else if (typeof value === "string") {
        const excelError = excelErrorOf(value);
        return excelError
          ? err("NOT_A_NUMBER", `${argument}: cell ${cell} holds the Excel error ${excelError}`, where)
          : err("NOT_A_NUMBER", `${argument}: cell ${cell} is text ${describeCell(value)}`, where);
      } else {
        return err("NOT_A_NUMBER", `${argument}: cell ${cell} is ${describeCell(value)}, not a number`, where);
      }
    }
  }
  return ok(numbers);
}
