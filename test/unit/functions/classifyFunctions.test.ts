import { abc, xyz } from "../../../src/functions/functions";
import { excelErrorOf } from "./expectExcelError";

describe("PEAK.ABC", () => {
  it("spills one class per cell, in input order, blanks kept blank", () => {
    // hand: total 1000; sorted 500 (cum 0.50 A), 300 (0.80 A), 150 (0.95 B), 50 (1.00 C)
    expect(abc([[50], [500], [""], [150], [300]])).toEqual([["C"], ["A"], [""], ["B"], ["A"]]);
  });

  it("uses the thresholds given", () => {
    // hand: with a_share 0.5 only the 500 is A; b_share 0.8 makes the 300 B
    expect(abc([[500], [300], [150], [50]], 0.5, 0.8)).toEqual([["A"], ["B"], ["C"], ["C"]]);
  });

  it("names a text cell", () => {
    expect(excelErrorOf(() => abc([[500], ["n/a"]]))).toBe("#VALUE! values: cell 2 is text 'n/a'");
  });
});

describe("PEAK.XYZ", () => {
  it("classes each row by the coefficient of variation", () => {
    // hand: row 1 cv 0 → X; row 2 mean 10, sd √(400/3) = 11.547, cv 1.155 → Z; row 3 8,12,10,10: sd 1.633, cv 0.163 → X
    expect(xyz([[10, 10, 10, ""], [0, 20, 0, 20], [8, 12, 10, 10]])).toEqual([["X"], ["Z"], ["X"]]);
  });

  it("puts a cv between x_cv and y_cv in Y", () => {
    // hand: 5, 15: mean 10, sd 7.071, cv 0.707 → Y at the default 0.5 / 1.0; X with x_cv 0.8
    expect(xyz([[5, 15]])).toEqual([["Y"]]);
    expect(xyz([[5, 15]], 0.8)).toEqual([["X"]]);
  });

  it("leaves an empty row blank and explains a row with one period", () => {
    expect(xyz([[5, 15], ["", ""]])).toEqual([["Y"], [""]]);
    expect(excelErrorOf(() => xyz([[5, 15], [7, ""]]))).toBe("#NUM! rows_of_sales row 2: SKU 'row 2': XYZ needs at least 2 periods of demand; it has 1");
  });
});
