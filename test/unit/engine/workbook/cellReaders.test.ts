import fc from "fast-check";
import { readBoolean } from "../../../../src/engine/workbook/readBoolean";
import { readDateCell } from "../../../../src/engine/workbook/readDateCell";
import { readFraction } from "../../../../src/engine/workbook/readFraction";
import { readLaneMode } from "../../../../src/engine/workbook/readLaneMode";
import { errorOf, unwrap } from "../stock/testResult";

const W = { sheet: "SKUs", row: 5, column: "Sensitive" };

describe("readBoolean", () => {
  it("reads TRUE/FALSE, yes/no, Y/N, 是/否, 有/无 and 1/0 in any case", () => {
    for (const v of [true, "TRUE", "true", "Yes", " y ", "Y", "是", "有", 1, "1", { type: "Boolean", basicValue: true }]) expect(unwrap(readBoolean(v, W))).toBe(true);
    for (const v of [false, "FALSE", "no", "N", "否", "无", 0, "0"]) expect(unwrap(readBoolean(v, W))).toBe(false);
  });

  it("reads a blank as the given default", () => {
    expect(unwrap(readBoolean(null, W))).toBe(false);
    expect(unwrap(readBoolean("  ", W, true))).toBe(true);
  });

  it("reports anything else with the accepted words", () => {
    expect(errorOf(readBoolean("maybe", W, false))).toEqual({
      code: "OUT_OF_RANGE",
      message: "SKUs row 5, Sensitive: 'maybe' is not yes or no (write TRUE/FALSE, yes/no, Y/N, 是/否 or 1/0)",
      where: W,
    });
    expect(errorOf(readBoolean(2, W)).message).toBe("SKUs row 5, Sensitive: 2 is not yes or no (write TRUE/FALSE, yes/no, Y/N, 是/否 or 1/0)");
    expect(errorOf(readBoolean({ error: "#N/A" }, W)).message).toBe("SKUs row 5, Sensitive: the cell holds the Excel error #N/A");
  });
});

describe("readFraction", () => {
  const F = { sheet: "Event", row: 9, column: "BufferPct" };
  it("reads fractions and percentages", () => {
    expect(unwrap(readFraction(0.15, F))).toBe(0.15);
    expect(unwrap(readFraction("15%", F))).toBeCloseTo(0.15, 12);
    expect(unwrap(readFraction(" 7.5 % ", F))).toBeCloseTo(0.075, 12);
    expect(unwrap(readFraction("0.2", F))).toBe(0.2);
    expect(unwrap(readFraction(1, F))).toBe(1);
    expect(unwrap(readFraction("", F))).toBeNull();
  });

  it("reports a percentage typed without its sign, and says what it was read as and how to write it", () => {
    // hand: 15 read as a fraction is 15 × 100 = 1,500 %; 15 % is 0.15
    expect(errorOf(readFraction(15, F))).toMatchObject({ code: "OUT_OF_RANGE", message: "Event row 9, BufferPct: 15 is read as 1,500 %, above the 100 % allowed; write 15 % as 0.15 or 15%" });
    // hand: DutyRate 50 → 5,000 %, above MAX_DUTY_RATE 3 = 300 %; 50 % is 0.5
    expect(errorOf(readFraction(50, { sheet: "SKUs", row: 3, column: "DutyRate" }, { max: 3 })).message).toBe(
      "SKUs row 3, DutyRate: 50 is read as 5,000 %, above the 300 % allowed; write 50 % as 0.5 or 50%",
    );
    expect(errorOf(readFraction(7.5, { sheet: "SKUs", row: 4, column: "DutyRate" }, { max: 3 })).message).toBe(
      "SKUs row 4, DutyRate: 7.5 is read as 750 %, above the 300 % allowed; write 7.5 % as 0.075 or 7.5%",
    );
  });

  it("reports a percentage written with its sign above the maximum as it was written", () => {
    expect(errorOf(readFraction("350%", { sheet: "SKUs", row: 2, column: "DutyRate" }, { max: 3 })).message).toBe("SKUs row 2, DutyRate: 350 % is above the 300 % allowed");
  });

  it("reports text, negatives and Excel errors", () => {
    expect(errorOf(readFraction("abc", F))).toMatchObject({ code: "NOT_A_NUMBER", message: "Event row 9, BufferPct: 'abc' is not a number" });
    expect(errorOf(readFraction("-5%", F))).toMatchObject({ code: "NEGATIVE_VALUE", message: "Event row 9, BufferPct: -0.05 is negative" });
    expect(errorOf(readFraction("#DIV/0!", F))).toMatchObject({ code: "NOT_A_NUMBER", message: "Event row 9, BufferPct: the cell holds the Excel error #DIV/0!" });
  });

  it("reads 'p%' as p/100 for any percentage up to the maximum (property)", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10000 }), (basisPoints) => {
      const p = basisPoints / 100; // 0.00 … 100.00
      expect(unwrap(readFraction(`${p}%`, F))).toBeCloseTo(p / 100, 12);
    }));
  });
});

describe("readDateCell", () => {
  const D = { sheet: "Event", row: 4, column: "Start" };
  it("reads serials, ISO, yyyy/m/d, Date objects and d/m/yyyy with an order", () => {
    // hand: 2026-07-08 = 46023 (2026-01-01) + 181 (Jan–Jun) + 7 = 46211
    expect(unwrap(readDateCell(46211, D))).toBe(46211);
    expect(unwrap(readDateCell(46211.75, D))).toBe(46211);
    expect(unwrap(readDateCell(" 2026-07-08 ", D))).toBe(46211);
    expect(unwrap(readDateCell("2026/7/8", D))).toBe(46211);
    expect(unwrap(readDateCell(new Date(Date.UTC(2026, 6, 8)), D))).toBe(46211);
    expect(unwrap(readDateCell("8/7/2026", D, "DMY"))).toBe(46211);
    expect(unwrap(readDateCell({ formula: "DATE(2026,7,8)", result: 46211 }, D))).toBe(46211);
  });

  it("reports blanks, Excel errors, bad and ambiguous dates with the place", () => {
    const at = { sheet: "Event", row: 4, column: "Start" };
    expect(errorOf(readDateCell("", D))).toEqual({ code: "MISSING_VALUE", message: "Event row 4, Start: the cell is blank", where: at });
    expect(errorOf(readDateCell({ error: "#N/A" }, D))).toMatchObject({ code: "BAD_DATE", message: "Event row 4, Start: the cell holds the Excel error #N/A" });
    expect(errorOf(readDateCell("2026-02-30", D))).toEqual({ code: "BAD_DATE", message: "Event row 4, Start: '2026-02-30' is not a real date", where: at });
    expect(errorOf(readDateCell("next week", D))).toMatchObject({ code: "BAD_DATE", message: "Event row 4, Start: 'next week' is not a date (use yyyy-mm-dd, yyyy/m/d or an Excel date)" });
    expect(errorOf(readDateCell("3/4/2026", D)).code).toBe("AMBIGUOUS_DATE");
  });
});

describe("readLaneMode", () => {
  const M = { sheet: "Lanes", row: 4, column: "Mode" };
  it("reads English and Chinese mode words", () => {
    const cases: [string, string][] = [
      ["sea", "sea"], ["Ocean", "sea"], ["海运", "sea"], ["fast sea", "fast-sea"], ["Fast-Sea", "fast-sea"], ["FAST_SEA", "fast-sea"],
      ["Matson", "fast-sea"], ["快船", "fast-sea"], ["rail", "rail"], ["铁路", "rail"], ["Air", "air"], ["空运", "air"],
      ["express", "express"], ["Courier", "express"], ["快递", "express"],
    ];
    for (const [text, mode] of cases) expect([text, unwrap(readLaneMode(text, M))]).toEqual([text, mode]);
  });

  it("reports an unknown mode, a blank and an Excel error", () => {
    expect(errorOf(readLaneMode("truck", M))).toMatchObject({
      code: "OUT_OF_RANGE",
      message: "Lanes row 4, Mode: 'truck' is not a lane mode (sea, fast sea, rail, air, express; 海运, 快船, 铁路, 空运, 快递)",
    });
    expect(errorOf(readLaneMode(3, M)).message).toBe("Lanes row 4, Mode: 3 is not a lane mode (sea, fast sea, rail, air, express; 海运, 快船, 铁路, 空运, 快递)");
    expect(errorOf(readLaneMode(null, M))).toMatchObject({ code: "MISSING_VALUE", message: "Lanes row 4, Mode: the cell is blank" });
    expect(errorOf(readLaneMode("#REF!", M)).message).toBe("Lanes row 4, Mode: the cell holds the Excel error #REF!");
  });
});
