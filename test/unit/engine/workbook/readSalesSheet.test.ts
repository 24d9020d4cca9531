import fc from "fast-check";
import { isoFromSerial } from "../../../../src/engine/dates";
import { MIN_WIDE_DATE_COLUMNS, readSalesSheet, type SalesSheetOptions } from "../../../../src/engine/workbook/readSalesSheet";
import { errorOf, unwrap } from "../stock/testResult";

// hand: Excel =DATE(2026,1,5) → 46027 (2025-01-01 = 45658, + 365 + 4)
const JAN5 = 46027;

function read(grid: unknown[][], options: SalesSheetOptions = {}) {
  return unwrap(readSalesSheet(Object.freeze(grid.map((r) => Object.freeze(r.slice()))), options));
}

function failure(grid: unknown[][], options: SalesSheetOptions = {}) {
  return errorOf(readSalesSheet(grid, options));
}

const NO_HEADER_START =
  "Sales: no sales header found in the first 10 rows. Long layout: a header row with Date (日期), SKU and Units (销量), " +
  "optionally Marketplace (站点), Revenue (销售额), OnHand (库存); one row per SKU and day. " +
  "Wide layout: a header row with SKU (or 产品) first, then at least 7 dates (日期), one per column; one row per SKU.";

describe("readSalesSheet", () => {
  it("reads the long layout from English headers below a title row, with every optional column", () => {
    const r = read([
      ["PeakStock sales export"], // row 1: a title, skipped
      ["Date", "SKU", "Units", "Marketplace", "Revenue (USD)", "OnHand"], // row 2
      ["2026-01-05", "LAMP", 3, "US", 60, 10], // row 3
      ["2026-01-07", "LAMP", 4, "US", 80, 6], // row 4
      ["2026-01-06", "FAN", 0, "US", 0, 0], // row 5: nothing sold with 0 on hand → stock-out
      ["2026-01-07", "FAN", 2, "US", 40, 5], // row 6
      [], // row 7
    ]);
    expect(r.layout).toBe("long");
    // hand: LAMP Jan 5–7 = [3, no row → 0, 4]; FAN starts at its first date Jan 6
    expect(r.series).toEqual([
      {
        sku: "LAMP", startSerial: JAN5, units: [3, 0, 4], excluded: [false, false, false], missingDays: 1, stockOutDays: 0,
        revenue: [60, 0, 80], onHand: [10, null, 6], marketplaces: ["US"],
      },
      {
        sku: "FAN", startSerial: JAN5 + 1, units: [0, 2], excluded: [true, false], missingDays: 0, stockOutDays: 1,
        revenue: [0, 40], onHand: [0, 5], marketplaces: ["US"],
      },
    ]);
    expect(r.report).toEqual({
      rows: 4, blankRows: 1, otherMarketplaceRows: 0, skus: 2, firstSerial: JAN5, lastSerial: JAN5 + 2, missingDays: 1,
      stockOutDays: 1, duplicates: [], dayOrder: null, afterLastDay: null, isolated: null, headerRow: 2,
    });
  });

  it("reads the long layout from Chinese headers in another order, naming them in messages", () => {
    const grid = [
      ["销量", "商品编码", "日期", "库存"],
      [3, "LAMP", "2026年1月5日", 10],
      [4, "LAMP", "2026-01-07", 6],
    ];
    const r = read(grid, { sheet: "销售" });
    expect(r.layout).toBe("long");
    expect(r.series).toEqual([
      { sku: "LAMP", startSerial: JAN5, units: [3, 0, 4], excluded: [false, false, false], missingDays: 1, stockOutDays: 0, onHand: [10, null, 6] },
    ]);
    expect(failure([...grid, ["abc", "LAMP", "2026-01-08", 1]], { sheet: "销售" })).toEqual({
      code: "NOT_A_NUMBER",
      message: "销售 row 4, 销量: 'abc' is not a number",
      where: { sheet: "销售", row: 4, column: "销量" },
    });
  });

  it("names the sheet, row and Units column of text in Units with the exact message", () => {
    const grid = [
      ["Date", "SKU", "Units"],
      [JAN5, "A", 1], // row 2
      [JAN5 + 1, "A", 2],
      [JAN5 + 2, "A", 3],
      [JAN5 + 3, "A", "abc"], // row 5
    ];
    expect(failure(grid)).toEqual({
      code: "NOT_A_NUMBER",
      message: "Sales row 5, Units: 'abc' is not a number",
      where: { sheet: "Sales", row: 5, column: "Units" },
    });
    // The header as the sheet spells it, and the sheet's own name
    const spelled = [["Date", "SKU", "Units sold (pcs)"], ...grid.slice(1)];
    expect(failure(spelled, { sheet: "History" }).message).toBe("History row 5, Units sold (pcs): 'abc' is not a number");
  });

  it("sums duplicate (date, SKU) rows and reports their sheet rows", () => {
    const r = read([
      ["Date", "SKU", "Units"],
      ["2026-01-05", "A", 2], // row 2
      ["2026-01-06", "A", 5], // row 3
      ["2026-01-05", "A", 3], // row 4: same day as row 2
      ["2026-01-05", "B", 1], // row 5
    ]);
    // hand: A Jan 5 = 2 + 3 = 5, Jan 6 = 5; B Jan 5 = 1, Jan 6 no row → 0
    expect(r.series.map((s) => [s.sku, s.units])).toEqual([["A", [5, 5]], ["B", [1, 0]]]);
    expect(r.report.duplicates).toEqual([{ sku: "A", serial: JAN5, rows: [2, 4] }]);
    expect(r.report.missingDays).toBe(1);
  });

  it("reads serials and text dates mixed in one Date column as the same calendar", () => {
    const r = read([
      ["Date", "SKU", "Units"],
      [JAN5, "A", 1],
      ["2026-01-06", "A", 2],
      ["2026/1/7", "A", 3],
      ["20260108", "A", 4],
      [JAN5 + 4 + 0.75, "A", 5], // Jan 9 18:00: the time is dropped
      ["10/01/2026", "A", 6], // 10 Jan with DMY
    ], { dayOrder: "DMY" });
    expect(r.series[0]).toMatchObject({ startSerial: JAN5, units: [1, 2, 3, 4, 5, 6], missingDays: 0 });
    expect(r.report.dayOrder).toBe("DMY");
    // Without the day order, 10/01/2026 could be 10 Jan or 1 Oct
    expect(failure([["Date", "SKU", "Units"], [JAN5, "A", 1], ["10/01/2026", "A", 6]])).toMatchObject({
      code: "AMBIGUOUS_DATE", where: { sheet: "Sales", row: 3, column: "Date" },
    });
  });

  it("passes marketplace and endSerial through to the long builder", () => {
    const grid = [
      ["Date", "SKU", "Units", "Market"],
      ["2026-01-05", "A", 2, "US"],
      ["2026-01-05", "A", 7, "DE"],
      ["2026-01-06", "A", 1, " us "], // case and spaces ignored by the filter
    ];
    const r = read(grid, { marketplace: "US", endSerial: JAN5 + 3 });
    // hand: US rows only: Jan 5 = 2, Jan 6 = 1, Jan 7–8 extended with zeros (2 missing days)
    expect(r.series[0]).toMatchObject({ units: [2, 1, 0, 0], missingDays: 2 });
    expect(r.report).toMatchObject({ rows: 2, otherMarketplaceRows: 1, lastSerial: JAN5 + 3 });
  });

  it("reads the wide layout: SKU first, dates as serials and text, title row and leading column skipped", () => {
    const header = [null, "SKU", JAN5, "2026-01-06", JAN5 + 2, "2026/1/8", JAN5 + 4, "2026-01-10", JAN5 + 6];
    const r = read([
      ["Daily units by SKU"], // row 1
      header, // row 2
      [null, "LAMP", 1, 2, 3, 4, 5, 6, 7], // row 3
      [], // row 4
      [null, "FAN", "", "", 2, 0, "", 1, 1], // row 5: starts Jan 7; Jan 9 blank → 0, missing
      [null, "LAMP", 10, 0, 0, 0, 0, 0, 0], // row 6: summed into LAMP
    ]);
    expect(r.layout).toBe("wide");
    // hand: LAMP = [1+10, 2, 3, 4, 5, 6, 7]; FAN from Jan 7 = [2, 0, 0, 1, 1]
    expect(r.series).toEqual([
      { sku: "LAMP", startSerial: JAN5, units: [11, 2, 3, 4, 5, 6, 7], excluded: new Array(7).fill(false), missingDays: 0, stockOutDays: 0 },
      { sku: "FAN", startSerial: JAN5 + 2, units: [2, 0, 0, 1, 1], excluded: new Array(5).fill(false), missingDays: 1, stockOutDays: 0 },
    ]);
    expect(r.report).toEqual({
      rows: 3, blankRows: 1, skus: 2, firstSerial: JAN5, lastSerial: JAN5 + 6, dateColumns: 7, gapDays: 0,
      blankCells: 3, missingDays: 1, duplicates: [{ sku: "LAMP", rows: [3, 6] }], dayOrder: null, afterLastDay: null, isolated: null, headerRow: 2,
    });
  });

  it("reads a wide header headed 产品 and names bad cells in A1 style", () => {
    const dates = Array.from({ length: 7 }, (_, j) => isoFromSerial(JAN5 + j));
    const r = read([["产品", ...dates], ["A", 1, 1, 1, 1, 1, 1, 1]], { endSerial: JAN5 + 7 });
    expect(r.series[0]).toMatchObject({ startSerial: JAN5, units: [1, 1, 1, 1, 1, 1, 1, 0], missingDays: 1 });
    // hand: SKU in A, first date in B, so the 4th date is column E; data row 3
    expect(failure([["SKU", ...dates], ["A", 1, 1, 1, 1, 1, 1, 1], ["B", 1, 1, 1, "abc"]])).toEqual({
      code: "NOT_A_NUMBER", message: "Sales!E3: 'abc' is not a number", where: { sheet: "Sales", row: 3, column: "E", address: "Sales!E3" },
    });
  });

  it("is MISSING_COLUMN naming both layouts when Units is missing", () => {
    const e = failure([["Date", "SKU", "Qty shipped"], ["2026-01-05", "A", 3]]);
    expect(e).toEqual({
      code: "MISSING_COLUMN",
      message: `${NO_HEADER_START} Row 1 has Date (日期), SKU but not Units (销量).`,
      where: { sheet: "Sales", row: 1, column: "Units" },
    });
  });

  it("is MISSING_COLUMN when a wide header has too few dates, saying how many", () => {
    const short = ["SKU", ...Array.from({ length: MIN_WIDE_DATE_COLUMNS - 1 }, (_, j) => JAN5 + j)];
    expect(failure([short, ["A", 1, 1, 1, 1, 1, 1]])).toEqual({
      code: "MISSING_COLUMN",
      message: `${NO_HEADER_START} Row 1 starts with SKU but has 6 date columns.`,
      where: { sheet: "Sales", row: 1 },
    });
    expect(failure([["Notes"], ["whatever", 1]])).toEqual({ code: "MISSING_COLUMN", message: NO_HEADER_START, where: { sheet: "Sales" } });
  });

  it("reports a long header without SKU, or with Date twice, as the header matcher does", () => {
    expect(failure([["Sales 2026"], ["Date", "Units"], ["2026-01-05", 3]])).toEqual({
      code: "MISSING_COLUMN",
      message: "Sales: required column SKU not found in the header row",
      where: { sheet: "Sales", row: 2, column: "SKU" },
    });
    expect(failure([["Date", "SKU", "Units", "日期"]])).toMatchObject({ code: "DUPLICATE_KEY", where: { column: "D", row: 1 } });
  });

  it("is EMPTY_SERIES for an empty sheet and for a header with no rows", () => {
    expect(failure([[], [null, ""]])).toEqual({ code: "EMPTY_SERIES", message: "Sales: the sheet is empty", where: { sheet: "Sales" } });
    expect(failure([["Date", "SKU", "Units"], []])).toMatchObject({ code: "EMPTY_SERIES", message: "Sales: no sales rows" });
  });

  it("gives the same series from a wide block and its long rendering", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 45000, max: 47000 }),
        fc.integer({ min: MIN_WIDE_DATE_COLUMNS, max: 15 }).chain((days) =>
          fc.tuple(fc.array(fc.boolean(), { minLength: days, maxLength: days }), fc.array(fc.array(fc.nat(50), { minLength: days, maxLength: days }), { minLength: 1, maxLength: 4 })),
        ),
        (start, [asText, matrix]) => {
          const dates = asText.map((text, j) => (text ? isoFromSerial(start + j) : start + j));
          const skus = matrix.map((_, k) => `SKU-${k}`);
          const wide = [["SKU", ...dates], ...matrix.map((units, k) => [skus[k], ...units])];
          const long = [["日期", "SKU", "销量"], ...matrix.flatMap((units, k) => units.map((u, j) => [dates[j], skus[k], u]))];
          const w = read(wide);
          const l = read(long);
          expect(w.layout).toBe("wide");
          expect(l.layout).toBe("long");
          expect(l.series).toEqual(w.series);
          expect(w.series.map((s) => s.units)).toEqual(matrix);
        },
      ),
      { numRuns: 100 },
    );
  });
});
