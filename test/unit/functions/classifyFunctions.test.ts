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

  it("answers #N/A with a message for an all-blank range", () => {
    // before: it spilled blanks, as if every SKU had been classed
    expect(excelErrorOf(() => abc([[null], [""], ["  "]]))).toBe("#N/A values: every cell is blank; give one value per SKU");
  });

  it("breaks ties of equal revenue by position, the earlier first", () => {
    // hand: total 400; 100, 100, 100, 100 → shares before 0, 0.25, 0.5, 0.75 → A A A A at a 0.8; with a 0.5: A A B B (b 0.95)
    expect(abc([[100], [100], [100], [100]], 0.5)).toEqual([["A"], ["A"], ["B"], ["B"]]);
    // 12 cells: position 10 and 2 tie; the earlier (2) ranks first — not the text order "10" < "2"
    const cells = [[0], [50], [0], [0], [0], [0], [0], [0], [0], [50], [0], [0]];
    expect(abc(cells, 0.5, 0.95)[1]).toEqual(["A"]);
    expect(abc(cells, 0.5, 0.95)[9]).toEqual(["B"]);
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
