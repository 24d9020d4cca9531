import {
  cellAddress,
  cellValue,
  columnLetter,
  describeCell,
  excelErrorOf,
  isBlankCell,
  readNumber,
  readText,
} from "../../../src/engine/cells";
import { errorOf } from "./stock/testResult";

describe("cellValue", () => {
  it("unwraps exceljs formula results, rich text, hyperlinks and error objects", () => {
    expect(cellValue({ formula: "A1*2", result: 8 })).toBe(8);
    expect(cellValue({ sharedFormula: "B2", result: { error: "#N/A" } })).toBe("#N/A");
    expect(cellValue({ formula: "A1" })).toBeNull();
    expect(cellValue({ richText: [{ text: "SKU-" }, { text: "1" }] })).toBe("SKU-1");
    expect(cellValue({ text: "SKU-9", hyperlink: "https://example.com" })).toBe("SKU-9");
    expect(cellValue({ error: "#REF!" })).toBe("#REF!");
  });

  it("unwraps Office.js valuesAsJson entries", () => {
    expect(cellValue({ type: "Double", basicValue: 12 })).toBe(12);
    expect(cellValue({ type: "Error", basicValue: "#DIV/0!", errorType: "Div0" })).toBe("#DIV/0!");
  });

  it("passes plain values through", () => {
    expect(cellValue(3)).toBe(3);
    expect(cellValue("x")).toBe("x");
    expect(cellValue(null)).toBeNull();
  });
});

describe("isBlankCell", () => {
  it("is true for null, undefined, empty and space-only text", () => {
    for (const v of [null, undefined, "", "   ", { formula: "A1" }]) expect(isBlankCell(v)).toBe(true);
  });
  it("is false for 0, FALSE and text", () => {
    for (const v of [0, false, "0", "x"]) expect(isBlankCell(v)).toBe(false);
  });
});

describe("excelErrorOf", () => {
  it("recognises every Excel error value, as text or exceljs object", () => {
    for (const e of ["#N/A", "#VALUE!", "#DIV/0!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"]) {
      expect(excelErrorOf(e)).toBe(e);
      expect(excelErrorOf({ error: e })).toBe(e);
    }
    expect(excelErrorOf(" #div/0! ")).toBe("#DIV/0!");
  });
  it("is null for ordinary values", () => {
    for (const v of ["N/A", "#hashtag", 5, null, "", true]) expect(excelErrorOf(v)).toBeNull();
  });
});

describe("columnLetter and cellAddress", () => {
  it("counts columns A…Z, AA…AZ, BA… like Excel", () => {
    expect(columnLetter(0)).toBe("A");
    expect(columnLetter(7)).toBe("H");
    expect(columnLetter(25)).toBe("Z");
    expect(columnLetter(26)).toBe("AA");
    expect(columnLetter(27)).toBe("AB");
    expect(columnLetter(51)).toBe("AZ");
    expect(columnLetter(52)).toBe("BA");
    // hand: 16384 columns end at XFD; 24·26² + 6·26 + 4 = 16384 → index 16383
    expect(columnLetter(16383)).toBe("XFD");
  });
  it("writes A1 addresses and quotes sheet names as Excel does", () => {
    expect(cellAddress("Sales", 12, 7)).toBe("Sales!H12");
    expect(cellAddress("My Sales", 2, 0)).toBe("'My Sales'!A2");
    expect(cellAddress("销售", 2, 0)).toBe("'销售'!A2");
    expect(cellAddress("Bob's", 3, 1)).toBe("'Bob''s'!B3");
    expect(cellAddress("", 3, 1)).toBe("B3");
  });
});

const X = { argument: "X" };
const SALES = (row: number, column: string) => ({ sheet: "Sales", row, column });

describe("readNumber", () => {
  it("reads numbers and numeric text", () => {
    expect(readNumber(12, X)).toEqual({ ok: true, value: 12 });
    expect(readNumber(" 12 ", X)).toEqual({ ok: true, value: 12 });
    expect(readNumber("1,234", X)).toEqual({ ok: true, value: 1234 });
    expect(readNumber("1,234,567.5", X)).toEqual({ ok: true, value: 1234567.5 });
    expect(readNumber("-2.5", X)).toEqual({ ok: true, value: -2.5 });
    expect(readNumber("1e3", X)).toEqual({ ok: true, value: 1000 });
    expect(readNumber({ formula: "A1", result: 7 }, X)).toEqual({ ok: true, value: 7 });
  });

  it("reads '15%' as 0.15 only when percentages are allowed", () => {
    expect(readNumber("15%", { sheet: "Event", column: "BufferPct" }, { percent: true })).toEqual({ ok: true, value: 0.15 });
    expect(readNumber("12.5 %", X, { percent: true })).toEqual({ ok: true, value: 0.125 });
    expect(errorOf(readNumber("15%", SALES(5, "Units")))).toEqual({ code: "NOT_A_NUMBER", message: "Sales row 5, Units: '15%' is not a number", where: SALES(5, "Units") });
  });

  it("refuses text, comma decimals and booleans, naming the place", () => {
    expect(errorOf(readNumber("abc", SALES(5, "Units")))).toEqual({ code: "NOT_A_NUMBER", message: "Sales row 5, Units: 'abc' is not a number", where: SALES(5, "Units") });
    const commaDecimal = readNumber("1,5", X);
    expect(commaDecimal.ok).toBe(false);
    expect(errorOf(readNumber(true, X))).toEqual({ code: "NOT_A_NUMBER", message: "X: TRUE is not a number", where: X });
    expect(readNumber(Number.NaN, X).ok).toBe(false);
  });

  it("names the Excel error a cell holds", () => {
    expect(errorOf(readNumber("#N/A", SALES(9, "Units"))).message).toBe("Sales row 9, Units: the cell holds the Excel error #N/A");
    expect(errorOf(readNumber({ error: "#VALUE!" }, SALES(9, "Units")))).toEqual({
      code: "NOT_A_NUMBER",
      message: "Sales row 9, Units: the cell holds the Excel error #VALUE!",
      where: { sheet: "Sales", row: 9, column: "Units" },
    });
  });

  it("treats blanks as the caller says: error (default), zero or skip", () => {
    expect(errorOf(readNumber("", SALES(4, "Units")))).toEqual({ code: "MISSING_VALUE", message: "Sales row 4, Units: the cell is blank", where: SALES(4, "Units") });
    expect(readNumber(null, X, { blank: "zero" })).toEqual({ ok: true, value: 0 });
    expect(readNumber(undefined, X, { blank: "skip" })).toEqual({ ok: true, value: null });
  });

  it("checks min, max and whole numbers", () => {
    expect(errorOf(readNumber(-3, SALES(7, "Units"), { min: 0 })).message).toBe("Sales row 7, Units: -3 is negative");
    expect(errorOf(readNumber("-3", SALES(7, "Units"), { min: 0 }))).toEqual({ code: "NEGATIVE_VALUE", message: "Sales row 7, Units: -3 is negative", where: SALES(7, "Units") });
    expect(errorOf(readNumber(0.3, X, { min: 0.5 }))).toEqual({ code: "OUT_OF_RANGE", message: "X: 0.3 is below the minimum 0.5", where: X });
    expect(errorOf(readNumber(1.2, X, { max: 1 }))).toEqual({ code: "OUT_OF_RANGE", message: "X: 1.2 is above the maximum 1", where: X });
    expect(errorOf(readNumber(2.5, X, { integer: true }))).toEqual({ code: "OUT_OF_RANGE", message: "X: 2.5 is not a whole number", where: X });
    expect(readNumber(0, X, { min: 0, integer: true })).toEqual({ ok: true, value: 0 });
    const minusZero = readNumber("-0", X, { min: 0 });
    expect(minusZero.ok && Object.is(minusZero.value, 0)).toBe(true); // "-0" is 0, not negative
  });

  it("refuses a value above its sanity limit as a likely typo", () => {
    expect(errorOf(readNumber(1e300, SALES(8, "Units"), { min: 0, limit: 1e9 })).message).toBe(
      "Sales row 8, Units: 1e+300 is above 1000000000, more than any real workbook holds; check the cell for a typo",
    );
    expect(readNumber(1e9, X, { limit: 1e9 })).toEqual({ ok: true, value: 1e9 }); // the limit itself is allowed
  });

  it("calls a date cell a date in its message", () => {
    expect(errorOf(readNumber(new Date(Date.UTC(2026, 0, 5)), X)).message).toBe("X: the date 2026-01-05 is not a number");
  });
});

describe("readText", () => {
  it("trims text and turns numbers into their text", () => {
    expect(readText("  SKU-1 ", X)).toEqual({ ok: true, value: "SKU-1" });
    expect(readText(1001, X)).toEqual({ ok: true, value: "1001" });
    expect(readText({ richText: [{ text: "A" }, { text: "B" }] }, X)).toEqual({ ok: true, value: "AB" });
  });
  it("reports blanks and Excel errors, or skips blanks when asked", () => {
    expect(errorOf(readText("", SALES(3, "SKU")))).toEqual({ code: "MISSING_VALUE", message: "Sales row 3, SKU: the cell is blank", where: SALES(3, "SKU") });
    expect(errorOf(readText("#REF!", SALES(3, "SKU"))).message).toBe("Sales row 3, SKU: the cell holds the Excel error #REF!");
    expect(readText(null, X, { blank: "skip" })).toEqual({ ok: true, value: null });
  });
});

describe("describeCell", () => {
  it("quotes text and spells booleans and blanks", () => {
    expect(describeCell(" abc ")).toBe("'abc'");
    expect(describeCell(false)).toBe("FALSE");
    expect(describeCell(null)).toBe("a blank cell");
    expect(describeCell(-3)).toBe("-3");
  });
});
