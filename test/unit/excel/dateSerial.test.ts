import fc from "fast-check";
import { serialFromYmd } from "../../../src/engine/dates";
import { dateFromSerial, serialFromDate } from "../../../src/excel/dateSerial";

describe("serialFromDate / dateFromSerial", () => {
  it("counts days since 1899-12-30 in UTC, the time as a fraction", () => {
    expect(serialFromDate(new Date(Date.UTC(2026, 10, 27)))).toBe(46353); // engine: serialFromYmd(2026, 11, 27)
    expect(serialFromDate(new Date(Date.UTC(2026, 10, 27, 18)))).toBe(46353.75); // hand: 18 / 24
    expect(serialFromDate(new Date(Date.UTC(1899, 11, 30)))).toBe(0);
    expect(dateFromSerial(45658).toISOString()).toBe("2025-01-01T00:00:00.000Z"); // dates.ts: serial 45658 is 2025-01-01
  });

  it("agrees with the engine's serialFromYmd and round-trips whole days (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        const serial = serialFromYmd(y, m, d);
        expect(serialFromDate(new Date(Date.UTC(y, m - 1, d)))).toBe(serial);
        expect(serialFromDate(dateFromSerial(serial))).toBe(serial);
      }),
    );
  });
});
