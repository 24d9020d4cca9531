import { readFileSync } from "fs";
import { buildSeriesFromWide, type WideSalesBlock, type WideSeriesOptions } from "../../../../src/engine/series/buildSeriesFromWide";
import { sharedDataFile } from "../../../helpers/sharedData";
import { withoutText } from "../stock/testResult";

// hand: Excel =DATE(2026,1,5) → 46027 (see dates.test.ts: 2025-01-01 = 45658, + 365 + 4)
const JAN5 = 46027;

function build(block: WideSalesBlock, options: WideSeriesOptions = {}) {
  const r = buildSeriesFromWide(Object.freeze({ header: Object.freeze(block.header.slice()), rows: Object.freeze(block.rows.slice()) }), options);
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

function failure(block: WideSalesBlock, options: WideSeriesOptions = {}) {
  const r = buildSeriesFromWide(block, options);
  if (r.ok) throw new Error("expected an error");
  return withoutText(r.error);
}

describe("buildSeriesFromWide", () => {
  it("fills a gap between header dates and blank cells with counted zeros", () => {
    const { series, report } = build({
      header: ["2026-01-05", "2026-01-06", "2026-01-08"],
      rows: [{ row: 2, sku: "A", values: [3, "", 4] }],
    });
    // Jan 5 = 3, Jan 6 blank → 0, Jan 7 no column → 0, Jan 8 = 4
    expect(series).toEqual([
      { sku: "A", startSerial: JAN5, units: [3, 0, 0, 4], excluded: [false, false, false, false], missingDays: 2, stockOutDays: 0 },
    ]);
    expect(report).toEqual({
      rows: 1, blankRows: 0, skus: 1, firstSerial: JAN5, lastSerial: JAN5 + 3, dateColumns: 3, gapDays: 1,
      blankCells: 1, missingDays: 2, duplicates: [], dayOrder: null, afterLastDay: null, isolated: null,
    });
  });

  it("starts a SKU at its first value, so blanks before a launch are not history", () => {
    const { series, report } = build({
      header: [JAN5, JAN5 + 1, JAN5 + 2, JAN5 + 3],
      rows: [
        { row: 2, sku: "OLD", values: [1, 1, 1, 1] },
        { row: 3, sku: "NEW", values: [null, "", 2, 0] },
      ],
    });
    expect(series[1]).toMatchObject({ sku: "NEW", startSerial: JAN5 + 2, units: [2, 0], missingDays: 0 });
    expect(report.blankCells).toBe(2);
    expect(report.missingDays).toBe(0);
  });

  it("sums rows of the same SKU and reports them; a day is missing only when blank in every row", () => {
    const { series, report } = build({
      header: [JAN5, JAN5 + 1, JAN5 + 2],
      rows: [
        { row: 2, sku: "A", values: [1, 2, ""] },
        { row: 3, sku: "B", values: [5, 5, 5] },
        { row: 4, sku: " A ", values: [10, "", ""] },
      ],
    });
    // hand: A = [1+10, 2+0, blank] = [11, 2, 0]; Jan 7 blank in both rows → 1 missing day
    expect(series[0]).toMatchObject({ sku: "A", units: [11, 2, 0], missingDays: 1 });
    expect(report.duplicates).toEqual([{ sku: "A", rows: [2, 4] }]);
    expect(report.skus).toBe(2);
  });

  it("skips all-blank rows and ignores blank cells after the last header date", () => {
    const { series, report } = build({
      header: [JAN5, JAN5 + 1, "", null],
      rows: [
        { row: 2, sku: "A", values: ["1,200", " 3 ", "", null] },
        { row: 3, sku: "", values: ["", null] },
      ],
    });
    expect(series[0].units).toEqual([1200, 3]);
    expect(report).toMatchObject({ rows: 1, blankRows: 1, dateColumns: 2, blankCells: 0 });
  });

  it("reads header dates as serials, ISO, yyyy/m/d and d/m/yyyy with a stated order", () => {
    expect(build({ header: ["2026/1/5", "2026-01-06"], rows: [{ row: 2, sku: "A", values: [1, 2] }] }).series[0].startSerial).toBe(JAN5);
    const dmy = build({ header: ["5/1/2026", "6/1/2026"], rows: [{ row: 2, sku: "A", values: [1, 2] }] }, { dayOrder: "DMY" });
    expect(dmy.series[0]).toMatchObject({ startSerial: JAN5, units: [1, 2] });
    // 5/1 … 13/1 can only be day/month: 9 days, 7 of them with no column
    const inferred = build({ header: ["5/1/2026", "13/1/2026"], rows: [{ row: 2, sku: "A", values: [1, 2] }] });
    expect(inferred.series[0]).toMatchObject({ startSerial: JAN5, missingDays: 7 });
    expect(inferred.report).toMatchObject({ dayOrder: "DMY", gapDays: 7 });
  });

  it("calls an all-d/m-or-m/d header ambiguous, naming the first such cell", () => {
    expect(failure({ header: ["5/1/2026", "6/1/2026"], rows: [{ row: 2, sku: "A", values: [1, 2] }] })).toEqual({
      code: "AMBIGUOUS_DATE",
      message: "Sales!B1: '5/1/2026' could be day/month or month/day, and no date in the column settles it; say which order your dates use, or use yyyy-mm-dd",
      where: { sheet: "Sales", row: 1, column: "B", address: "Sales!B1" },
    });
    expect(failure({ header: ["13/1/2026", "1/14/2026"], rows: [] }).message).toBe(
      "Sales!B1: '13/1/2026' is day/month/year, but Sales!C1: '1/14/2026' is month/day/year; write every date in one order, or use yyyy-mm-dd",
    );
  });

  it("requires header dates to increase from left to right", () => {
    expect(failure({ header: ["2026-01-05", "2026-01-04"], rows: [] })).toEqual({
      code: "INCONSISTENT_INPUT",
      message: "Sales!C1: 2026-01-04 comes before 2026-01-05 in Sales!B1; dates must increase from left to right",
      where: { sheet: "Sales", row: 1, column: "C", address: "Sales!C1" },
    });
    expect(failure({ header: [JAN5, "2026-01-05"], rows: [] })).toMatchObject({
      code: "DUPLICATE_KEY",
      message: "Sales!C1: 2026-01-05 appears twice in the date header (also Sales!B1)",
    });
    expect(failure({ header: [JAN5, "", JAN5 + 2], rows: [] })).toMatchObject({
      code: "MISSING_VALUE",
      message: "Sales!C1: the date header is blank",
    });
    expect(failure({ header: [JAN5, "#REF!"], rows: [] }).message).toBe("Sales!C1: the cell holds the Excel error #REF!");
    expect(failure({ header: [], rows: [] }).code).toBe("EMPTY_SERIES");
  });

  it("names the cell, A1 style, of text, Excel errors and negatives", () => {
    const header = [0, 1, 2, 3, 4, 5, 6].map((d) => JAN5 + d);
    const cases: [unknown, string, string][] = [
      ["abc", "NOT_A_NUMBER", "Sales!H12: 'abc' is not a number"],
      ["#N/A", "NOT_A_NUMBER", "Sales!H12: the cell holds the Excel error #N/A"],
      [{ error: "#VALUE!" }, "NOT_A_NUMBER", "Sales!H12: the cell holds the Excel error #VALUE!"],
      [-3, "NEGATIVE_VALUE", "Sales!H12: -3 is negative"],
    ];
    for (const [bad, code, message] of cases) {
      // firstDateColumn 1 (B): the 7th value (index 6) sits in column H
      expect(failure({ header, rows: [{ row: 12, sku: "A", values: [0, 0, 0, 0, 0, 0, bad] }] })).toEqual({
        code,
        message,
        where: { sheet: "Sales", row: 12, column: "H", address: "Sales!H12" },
      });
    }
  });

  it("names cells of a sheet laid out differently", () => {
    const options = { sheet: "My Sales", skuColumn: 1, firstDateColumn: 3, headerRow: 2 };
    expect(failure({ header: [JAN5, JAN5 + 1], rows: [{ row: 3, sku: "A", values: [1, "x"] }] }, options).message).toBe(
      "'My Sales'!E3: 'x' is not a number",
    );
    expect(failure({ header: [JAN5, "soon"], rows: [] }, options).message).toBe(
      "'My Sales'!E2: 'soon' is not a date (use yyyy-mm-dd, yyyy/m/d or an Excel date)",
    );
    expect(failure({ header: [JAN5], rows: [{ row: 7, sku: "", values: [1] }] }, options)).toEqual({
      code: "MISSING_VALUE",
      message: "'My Sales'!B7: the cell is blank",
      where: { sheet: "My Sales", row: 7, column: "B", address: "'My Sales'!B7" },
    });
  });

  it("refuses a value with no date above it and a SKU with no values", () => {
    expect(failure({ header: [JAN5], rows: [{ row: 4, sku: "A", values: [1, 5] }] })).toMatchObject({
      code: "INCONSISTENT_INPUT",
      message: "Sales!C4: a value with no date above it (the dates end at Sales!B1)",
    });
    expect(failure({ header: [JAN5, JAN5 + 1], rows: [{ row: 4, sku: "A", values: ["", null] }] })).toEqual({
      code: "EMPTY_SERIES",
      message: "Sales row 4: SKU 'A' has no sales values (every date cell is blank)",
      where: { sheet: "Sales", row: 4, sku: "A" },
    });
  });

  it("extends series with counted zeros to endSerial", () => {
    const { series, report } = build({ header: [JAN5], rows: [{ row: 2, sku: "A", values: [4] }] }, { endSerial: JAN5 + 2 });
    expect(series[0]).toMatchObject({ units: [4, 0, 0], missingDays: 2 });
    expect(report.lastSerial).toBe(JAN5 + 2);
    expect(failure({ header: [JAN5, JAN5 + 1], rows: [] }, { endSerial: JAN5 }).code).toBe("INCONSISTENT_INPUT");
  });

  it("reads the first three M5 series: 1,913 days from 2011-01-29", () => {
    const lines = readFileSync(sharedDataFile("m5-tiny/sales_wide.csv"), "utf8").trim().split("\n").slice(0, 4);
    const cells = lines.map((line) => line.split(",").map((f) => f.replace(/^"|"$/g, "")));
    const header = cells[0].slice(6); // id, item_id, dept_id, cat_id, store_id, state_id, then dates
    const rows = cells.slice(1).map((c, i) => ({ row: i + 2, sku: c[0], values: c.slice(6) }));
    const r = build({ header, rows }, { firstDateColumn: 6 });
    // independent total: sum the CSV fields of the first data row
    const expectedTotal = cells[1].slice(6).reduce((sum, f) => sum + Number(f), 0);
    expect(r.series).toHaveLength(3);
    for (const s of r.series) {
      expect(s.units).toHaveLength(1913); // data README: 1,913 daily columns, 2011-01-29 to 2016-04-24
      expect(s.startSerial).toBe(40572); // Excel =DATE(2011,1,29) → 40572
      expect(s.missingDays).toBe(0);
    }
    expect(r.series[0].sku).toBe(cells[1][0]);
    expect(r.series[0].units.reduce((a, b) => a + b, 0)).toBe(expectedTotal);
    expect(expectedTotal).toBeGreaterThan(0);
    expect(r.report).toMatchObject({ gapDays: 0, lastSerial: 40572 + 1912, duplicates: [] });
  });

  it("leaves date columns after lastDay out, unread, and counts them", () => {
    // hand: lastDay Jan 6 keeps Jan 5 and Jan 6; the Jan 7 and Jan 8 columns (D1, E1) go, "abc" in them unread
    const { series, report } = build(
      { header: [JAN5, JAN5 + 1, JAN5 + 2, JAN5 + 3], rows: [{ row: 2, sku: "A", values: [3, 4, "abc", 9] }] },
      { lastDay: JAN5 + 1 },
    );
    expect(series[0].units).toEqual([3, 4]);
    expect(report.afterLastDay).toEqual({ count: 2, first: { sheet: "Sales", row: 1, column: "D", address: "Sales!D1" }, firstSerial: JAN5 + 2 });
    expect(report.dateColumns).toBe(2);
    expect(failure({ header: [JAN5, JAN5 + 1], rows: [{ row: 2, sku: "A", values: [1, 2] }] }, { lastDay: JAN5 - 1 }).message).toBe(
      "Sales: every date column (2) is after the plan date 2026-01-04; there is no history to plan on",
    );
  });

  it("leaves out a date column typed years away from the others, and reads the rest", () => {
    // hand: 200 daily columns from Jan 5, then one dated 2031-01-05 (1,826 days after the first): 1 column ≤ max(1, 2)
    const header = [...Array.from({ length: 200 }, (_, j) => JAN5 + j), JAN5 + 1826];
    const { series, report } = build({ header, rows: [{ row: 2, sku: "A", values: [...new Array<number>(200).fill(1), 50] }] });
    expect(series[0].units).toHaveLength(200);
    expect(series[0].units.reduce((a, b) => a + b, 0)).toBe(200);
    expect(report.isolated).toEqual({ count: 1, first: { sheet: "Sales", row: 1, column: "GT", address: "Sales!GT1" }, firstSerial: JAN5 + 1826 });
  });
});
