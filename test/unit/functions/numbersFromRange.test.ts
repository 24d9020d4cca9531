import { numbersFromRange } from "../../../src/functions/numbersFromRange";

describe("numbersFromRange", () => {
  it("reads a range row by row and skips blanks like AVERAGE", () => {
    expect(numbersFromRange([[15, ""], [null, 3], [undefined, 0]], "daily_sales")).toEqual({ ok: true, value: [15, 3, 0] });
  });

  it("reads an Excel data type as its basic value", () => {
    expect(numbersFromRange([[{ type: "Double", basicValue: 4 }]], "daily_sales")).toEqual({ ok: true, value: [4] });
  });

  it("names the cell, counting blanks, for text, errors, booleans and negatives", () => {
    const message = (range: unknown[][]) => {
      const result = numbersFromRange(range, "daily_sales");
      return result.ok ? "ok" : result.error.message;
    };
    expect(message([[1], [""], [3], ["abc"]])).toBe("daily_sales: cell 4 is text 'abc'");
    expect(message([[1, "#N/A"]])).toBe("daily_sales: cell 2 holds the Excel error #N/A");
    expect(message([[true]])).toBe("daily_sales: cell 1 is TRUE, not a number");
    expect(message([[5], [-2]])).toBe("daily_sales: cell 2 is negative (-2)");
  });
});
