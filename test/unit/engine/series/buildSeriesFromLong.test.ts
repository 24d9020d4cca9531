import { isoFromSerial, serialFromYmd } from "../../../../src/engine/dates";
import { buildSeriesFromLong, type LongSalesRow } from "../../../../src/engine/series/buildSeriesFromLong";
import { withoutText } from "../stock/testResult";

// hand: Excel =DATE(2026,1,5) → 46027 (2026-01-01 is 46023, dates.test.ts: 2025-01-01 = 45658, + 365)
const JAN5 = 46027;

function build(rows: LongSalesRow[], options = {}) {
  const r = buildSeriesFromLong(Object.freeze(rows.map((x) => Object.freeze(x))), options);
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

function failure(rows: LongSalesRow[], options = {}) {
  const r = buildSeriesFromLong(rows, options);
  if (r.ok) throw new Error("expected an error");
  return withoutText(r.error);
}

describe("buildSeriesFromLong", () => {
  it("fills missing days with 0, counts them, and runs every SKU to the last date in the data", () => {
    expect(serialFromYmd(2026, 1, 5)).toBe(JAN5);
    const { series, report } = build([
      { row: 2, date: "2026-01-05", sku: "A", units: 3 },
      { row: 3, date: "2026-01-07", sku: "A", units: 4 },
      { row: 4, date: "2026-01-06", sku: "B", units: 2 },
    ]);
    // A: Jan 5, 6 (no row), 7; B: Jan 6, 7 (no row) — data ends Jan 7
    expect(series).toEqual([
      { sku: "A", startSerial: JAN5, units: [3, 0, 4], excluded: [false, false, false], missingDays: 1, stockOutDays: 0 },
      { sku: "B", startSerial: JAN5 + 1, units: [2, 0], excluded: [false, false], missingDays: 1, stockOutDays: 0 },
    ]);
    expect(report).toEqual({
      rows: 3, blankRows: 0, otherMarketplaceRows: 0, skus: 2, firstSerial: JAN5, lastSerial: JAN5 + 2,
      missingDays: 2, stockOutDays: 0, duplicates: [], dayOrder: null, afterLastDay: null, isolated: null,
    });
  });

  it("starts a SKU at its earliest date even when rows are out of order, SKUs in order of first appearance", () => {
    const { series } = build([
      { row: 2, date: JAN5 + 2, sku: "B", units: 1 },
      { row: 3, date: JAN5 + 1, sku: "A", units: 5 },
      { row: 4, date: JAN5, sku: "B", units: 7 },
    ]);
    expect(series.map((s) => s.sku)).toEqual(["B", "A"]);
    expect(series[0]).toMatchObject({ startSerial: JAN5, units: [7, 0, 1], missingDays: 1 });
    expect(series[1]).toMatchObject({ startSerial: JAN5 + 1, units: [5, 0], missingDays: 1 });
  });

  it("sums duplicate (date, SKU) rows and lists them with their sheet rows", () => {
    const { series, report } = build([
      { row: 2, date: "2026-01-05", sku: "A", units: 3 },
      { row: 3, date: "2026-01-06", sku: "A", units: 1 },
      { row: 4, date: JAN5, sku: "A", units: 2 },
      { row: 5, date: "2026/1/5", sku: "A", units: 10 },
    ]);
    // hand: Jan 5 = 3 + 2 + 10 = 15
    expect(series[0].units).toEqual([15, 1]);
    expect(report.duplicates).toEqual([{ sku: "A", serial: JAN5, rows: [2, 4, 5] }]);
    expect(report.missingDays).toBe(0);
  });

  it("sums different marketplaces without calling them duplicates, and lists the marketplaces", () => {
    const { series, report } = build([
      { row: 2, date: JAN5, sku: "A", units: 3, marketplace: "US" },
      { row: 3, date: JAN5, sku: "A", units: 2, marketplace: "DE" },
      { row: 4, date: JAN5, sku: "A", units: 1, marketplace: "US" },
      { row: 5, date: JAN5 + 1, sku: "A", units: 4, marketplace: "DE" },
    ]);
    // hand: Jan 5 = 3 + 2 + 1 = 6; only US appears twice on Jan 5 (rows 2 and 4)
    expect(series[0].units).toEqual([6, 4]);
    expect(series[0].marketplaces).toEqual(["US", "DE"]);
    expect(report.duplicates).toEqual([{ sku: "A", serial: JAN5, marketplace: "US", rows: [2, 4] }]);
  });

  it("keeps only the chosen marketplace (case ignored) and counts the rows it skipped", () => {
    const { series, report } = build(
      [
        { row: 2, date: JAN5, sku: "A", units: 3, marketplace: "US" },
        { row: 3, date: JAN5, sku: "A", units: 2, marketplace: "DE" },
        { row: 4, date: JAN5 + 1, sku: "A", units: 5, marketplace: " us " },
        { row: 5, date: JAN5 + 1, sku: "B", units: "oops", marketplace: "DE" },
      ],
      { marketplace: "us" },
    );
    expect(series).toHaveLength(1);
    expect(series[0].units).toEqual([3, 5]);
    expect(report.otherMarketplaceRows).toBe(2);
    expect(report.rows).toBe(2);
    expect(failure([{ row: 2, date: JAN5, sku: "A", units: 1, marketplace: "DE" }], { marketplace: "US" })).toEqual({
      code: "EMPTY_SERIES",
      message: "Sales: no sales rows for marketplace 'US'",
      where: { sheet: "Sales" },
    });
  });

  it("masks stock-out days (on-hand 0 and nothing sold) and keeps on-hand per day", () => {
    const { series, report } = build([
      { row: 2, date: JAN5, sku: "A", units: 0, onHand: 0 }, // stock-out
      { row: 3, date: JAN5 + 1, sku: "A", units: 2, onHand: 0 }, // sold out during the day: real sales
      { row: 4, date: JAN5 + 2, sku: "A", units: 0, onHand: 5 }, // in stock, no demand: a real zero
      { row: 5, date: JAN5 + 4, sku: "A", units: 1, onHand: "" }, // on-hand unknown
    ]);
    expect(series[0]).toEqual({
      sku: "A",
      startSerial: JAN5,
      units: [0, 2, 0, 0, 1],
      excluded: [true, false, false, false, false],
      missingDays: 1,
      stockOutDays: 1,
      onHand: [0, 0, 5, null, null],
    });
    expect(report.stockOutDays).toBe(1);
  });

  it("sums revenue per day, blank revenue counting 0", () => {
    const { series } = build([
      { row: 2, date: JAN5, sku: "A", units: 1, revenue: 19.99 },
      { row: 3, date: JAN5, sku: "A", units: 1, revenue: "20.01" },
      { row: 4, date: JAN5 + 2, sku: "A", units: 1, revenue: null },
    ]);
    // hand: 19.99 + 20.01 = 40
    expect(series[0].revenue).toEqual([40, 0, 0]);
  });

  it("skips all-blank rows and counts them", () => {
    const { report } = build([
      { row: 2, date: JAN5, sku: "A", units: 1 },
      { row: 3, date: "", sku: null, units: undefined, marketplace: " " },
      { row: 4, date: JAN5 + 1, sku: "A", units: 1 },
    ]);
    expect(report.blankRows).toBe(1);
    expect(report.rows).toBe(2);
  });

  it("reads serials, ISO, yyyy/m/d and d/m/yyyy or m/d/yyyy text as the same day", () => {
    for (const date of [JAN5, JAN5 + 0.75, "2026-01-05", "2026/1/5", "2026年1月5日", "20260105"]) {
      expect(build([{ row: 2, date, sku: "A", units: 1 }]).series[0].startSerial).toBe(JAN5);
    }
    expect(build([{ row: 2, date: "5/1/2026", sku: "A", units: 1 }], { dayOrder: "DMY" }).series[0].startSerial).toBe(JAN5);
    expect(build([{ row: 2, date: "1/5/2026", sku: "A", units: 1 }], { dayOrder: "MDY" }).series[0].startSerial).toBe(JAN5);
  });

  it("infers one day order for the whole Date column from a part above 12", () => {
    const dmy = build([
      { row: 2, date: "5/1/2026", sku: "A", units: 1 },
      { row: 3, date: "13/1/2026", sku: "A", units: 2 },
    ]);
    // 5/1 read as 5 January because 13/1 can only be day/month: Jan 5 … Jan 13 = 9 days
    expect(dmy.series[0]).toMatchObject({ startSerial: JAN5, missingDays: 7 });
    expect(dmy.series[0].units).toHaveLength(9);
    expect(dmy.report.dayOrder).toBe("DMY");
    const mdy = build([
      { row: 2, date: "1/5/2026", sku: "A", units: 1 },
      { row: 3, date: "1/13/2026", sku: "A", units: 2 },
    ]);
    expect(mdy.series[0].startSerial).toBe(JAN5);
    expect(mdy.report.dayOrder).toBe("MDY");
  });

  it("calls a column of d/m-or-m/d dates ambiguous, naming the first such row", () => {
    expect(
      failure([
        { row: 2, date: "2026-01-04", sku: "A", units: 1 },
        { row: 3, date: "5/1/2026", sku: "A", units: 1 },
        { row: 4, date: "6/1/2026", sku: "A", units: 1 },
      ]),
    ).toEqual({
      code: "AMBIGUOUS_DATE",
      message:
        "Sales row 3, Date: '5/1/2026' could be day/month or month/day, and no date in the column settles it; " +
        "say which order your dates use, or use yyyy-mm-dd",
      where: { sheet: "Sales", row: 3, column: "Date" },
    });
  });

  it("refuses a column that mixes day/month and month/day", () => {
    expect(
      failure([
        { row: 2, date: "13/1/2026", sku: "A", units: 1 },
        { row: 3, date: "1/14/2026", sku: "A", units: 1 },
      ]),
    ).toEqual({
      code: "INCONSISTENT_INPUT",
      message:
        "Sales row 2, Date: '13/1/2026' is day/month/year, but Sales row 3, Date: '1/14/2026' is month/day/year; " +
        "write every date in one order, or use yyyy-mm-dd",
      where: { sheet: "Sales", row: 3, column: "Date" },
    });
  });

  it("names the row and column of a bad date", () => {
    expect(failure([{ row: 2, date: "soon", sku: "A", units: 1 }]).message).toBe(
      "Sales row 2, Date: 'soon' is not a date (use yyyy-mm-dd, yyyy/m/d or an Excel date)",
    );
    expect(failure([{ row: 2, date: { error: "#VALUE!" }, sku: "A", units: 1 }])).toEqual({
      code: "BAD_DATE",
      message: "Sales row 2, Date: the cell holds the Excel error #VALUE!",
      where: { sheet: "Sales", row: 2, column: "Date" },
    });
    expect(failure([{ row: 3, date: "", sku: "A", units: 1 }])).toMatchObject({
      code: "MISSING_VALUE",
      message: "Sales row 3, Date: the cell is blank",
    });
  });

  it("names the row of a blank or broken SKU", () => {
    expect(failure([{ row: 3, date: JAN5, sku: " ", units: 1 }])).toEqual({
      code: "MISSING_VALUE",
      message: "Sales row 3, SKU: the cell is blank",
      where: { sheet: "Sales", row: 3, column: "SKU" },
    });
    expect(failure([{ row: 4, date: JAN5, sku: "#N/A", units: 1 }]).message).toBe("Sales row 4, SKU: the cell holds the Excel error #N/A");
  });

  it("refuses text, Excel errors, negatives and blanks in Units with exact messages", () => {
    const cases: [unknown, string, string][] = [
      ["abc", "NOT_A_NUMBER", "Sales row 5, Units: 'abc' is not a number"],
      ["#N/A", "NOT_A_NUMBER", "Sales row 5, Units: the cell holds the Excel error #N/A"],
      [{ error: "#DIV/0!" }, "NOT_A_NUMBER", "Sales row 5, Units: the cell holds the Excel error #DIV/0!"],
      [-3, "NEGATIVE_VALUE", "Sales row 5, Units: -3 is negative"],
      ["", "MISSING_VALUE", "Sales row 5, Units: the cell is blank; write 0 for a day with no sales"],
    ];
    for (const [units, code, message] of cases) {
      expect(failure([{ row: 2, date: JAN5, sku: "A", units: 1 }, { row: 5, date: JAN5, sku: "A", units }])).toEqual({
        code,
        message,
        where: { sheet: "Sales", row: 5, column: "Units" },
      });
    }
  });

  it("refuses negative revenue and on-hand", () => {
    expect(failure([{ row: 2, date: JAN5, sku: "A", units: 1, revenue: -5 }]).message).toBe("Sales row 2, Revenue: -5 is negative");
    expect(failure([{ row: 2, date: JAN5, sku: "A", units: 1, onHand: "x" }]).message).toBe("Sales row 2, OnHand: 'x' is not a number");
  });

  it("uses the sheet's own names in messages", () => {
    const e = failure([{ row: 2, date: JAN5, sku: "A", units: "x" }], { sheet: "销售", columns: { units: "销量" } });
    expect(e.message).toBe("销售 row 2, 销量: 'x' is not a number");
  });

  it("extends every series with counted zeros to endSerial, and refuses an end before the data", () => {
    const { series, report } = build([{ row: 2, date: JAN5, sku: "A", units: 2 }], { endSerial: JAN5 + 3 });
    expect(series[0]).toMatchObject({ units: [2, 0, 0, 0], missingDays: 3 });
    expect(report.lastSerial).toBe(JAN5 + 3);
    expect(failure([{ row: 2, date: JAN5, sku: "A", units: 2 }, { row: 3, date: JAN5 + 3, sku: "A", units: 1 }], { endSerial: JAN5 + 1 })).toEqual({
      code: "INCONSISTENT_INPUT",
      message: "Sales row 3, Date: 2026-01-08 is after the end date 2026-01-06",
      where: { sheet: "Sales", row: 3, column: "Date" },
    });
  });

  it("is an EMPTY_SERIES error when no row holds data", () => {
    expect(failure([])).toEqual({ code: "EMPTY_SERIES", message: "Sales: no sales rows", where: { sheet: "Sales" } });
    expect(failure([{ row: 2, date: null, sku: null, units: null }]).code).toBe("EMPTY_SERIES");
  });

  it("builds 1,000 SKUs × 365 days (365,000 rows) with text and serial dates mixed", () => {
    const rows: LongSalesRow[] = [];
    for (let d = 0; d < 365; d++) {
      const date = d % 2 === 0 ? isoFromSerial(45658 + d) : 45658 + d; // text and serial dates mixed
      for (let k = 0; k < 1000; k++) rows.push({ row: rows.length + 2, date, sku: `SKU-${k}`, units: (k + d) % 5 });
    }
    const r = buildSeriesFromLong(rows); // its speed is measured in `npm run bench series`, not here
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.report).toMatchObject({ rows: 365_000, skus: 1000, missingDays: 0, firstSerial: 45658, lastSerial: 45658 + 364 });
      expect(r.value.series[999].units).toHaveLength(365);
      // hand: SKU-3 day 0 sells (3 + 0) mod 5 = 3, day 4 sells (3 + 4) mod 5 = 2
      expect(r.value.series[3].units.slice(0, 5)).toEqual([3, 4, 0, 1, 2]);
    }
  });
});
