import { dayMonthParts, isoFromSerial, parseDate, serialFromYmd, weekdayOfSerial } from "../../../src/engine/dates";
import { errorOf } from "./stock/testResult";

describe("dates as Excel serials", () => {
  it("maps calendar dates to Excel's 1900 date system", () => {
    // Excel: =DATE(2025,1,1) → 45658; =DATE(2026,9,27) → 46292 (issue 4's SHIPBY example)
    expect(serialFromYmd(2025, 1, 1)).toBe(45658);
    expect(serialFromYmd(2026, 9, 27)).toBe(46292);
    // M5 data starts 2011-01-29: Excel =DATE(2011,1,29) → 40572
    expect(serialFromYmd(2011, 1, 29)).toBe(40572);
    expect(isoFromSerial(46353)).toBe("2026-11-27");
  });

  it("knows the weekday: 2026-11-27 is a Friday, 2011-01-29 a Saturday", () => {
    // calendar.csv row 1: 2011-01-29 "Saturday"
    expect(weekdayOfSerial(serialFromYmd(2026, 11, 27))).toBe(5);
    expect(weekdayOfSerial(40572)).toBe(6);
  });

  it("reads serials, floors a time of day, and reads ISO and Chinese text", () => {
    expect(parseDate(46353.75, "Date")).toEqual({ ok: true, value: 46353 });
    for (const text of ["2026-11-27", "2026/11/27", "2026.11.27", "2026年11月27日", "20261127", " 2026-11-27 08:00 "]) {
      expect(parseDate(text, "Date")).toEqual({ ok: true, value: 46353 });
    }
    expect(parseDate("46353", "Date")).toEqual({ ok: true, value: 46353 });
  });

  it("reads d/m/y and m/d/y when the order is given or plain from the parts", () => {
    expect(parseDate("27/11/2026", "Date")).toEqual({ ok: true, value: 46353 });
    expect(parseDate("11/27/2026", "Date")).toEqual({ ok: true, value: 46353 });
    expect(parseDate("3/4/2026", "Date", "DMY")).toEqual({ ok: true, value: serialFromYmd(2026, 4, 3) });
    expect(parseDate("3/4/2026", "Date", "MDY")).toEqual({ ok: true, value: serialFromYmd(2026, 3, 4) });
    expect(dayMonthParts("3/4/2026")).toEqual([3, 4]);
    expect(dayMonthParts("2026-04-03")).toBeNull();
  });

  it("calls 3/4/2026 ambiguous without an order, and names the place", () => {
    const r = parseDate("3/4/2026", "Sales row 5, Date");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("AMBIGUOUS_DATE");
      expect(r.error.message).toBe("Sales row 5, Date: '3/4/2026' could be day/month or month/day; say which order your dates use, or use yyyy-mm-dd");
    }
  });

  it("rejects impossible dates, blanks, words and serials out of range", () => {
    const cases: [unknown, string][] = [
      ["2026-02-30", "Date: '2026-02-30' is not a real date"],
      ["", "Date: expected a date, found a blank cell"],
      [null, "Date: expected a date, found a blank cell"],
      ["next friday", "Date: 'next friday' is not a date (use yyyy-mm-dd, yyyy/m/d or an Excel date)"],
      [12, "Date: 12 is not a date serial between 1900-03-01 and 9999-12-31"],
    ];
    for (const [value, message] of cases) {
      const r = parseDate(value, "Date");
      expect(errorOf(r)).toEqual({ code: "BAD_DATE", message });
    }
  });
});
