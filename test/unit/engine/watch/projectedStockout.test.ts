import fc from "fast-check";
import { isoFromSerial } from "../../../../src/engine/dates";
import { projectedStockoutDay } from "../../../../src/engine/watch/projectedStockout";
import { errorOf, unwrap } from "../stock/testResult";

describe("projectedStockoutDay", () => {
  it("finds the first day whose demand the stock cannot meet", () => {
    // hand: 25 − 10 − 10 = 5 left at the start of day 3 (46353 + 2), which wants 10
    expect(unwrap(projectedStockoutDay(25, [10, 10, 10], 46353))).toEqual({ day: 46355, leftoverUnits: 0 });
    expect(isoFromSerial(46355)).toBe("2026-11-29");
  });

  it("runs out on day 1 when there is no stock and day 1 has demand", () => {
    expect(unwrap(projectedStockoutDay(0, [3, 3], 46353))).toEqual({ day: 46353, leftoverUnits: 0 });
  });

  it("reports the leftover when the stock covers the whole path", () => {
    // hand: 40 − 30 = 10 left
    expect(unwrap(projectedStockoutDay(40, [10, 10, 10], 46353))).toEqual({ day: undefined, leftoverUnits: 10 });
  });

  it("is no stock-out when the stock is used up exactly, even before zero-demand days", () => {
    // hand: 20 = 10 + 10; days 3 and 4 want nothing → no lost sales
    expect(unwrap(projectedStockoutDay(20, [10, 10, 0, 0], 46353))).toEqual({ day: undefined, leftoverUnits: 0 });
    // hand: the first lost sale is day 4 (46356), after a zero day
    expect(unwrap(projectedStockoutDay(20, [10, 10, 0, 1], 46353)).day).toBe(46356);
  });

  it("does not run out on floating-point noise", () => {
    // hand: ten days of 0.1 use exactly 1 unit (the float sum is 0.9999999999999999)
    expect(unwrap(projectedStockoutDay(1, Array<number>(10).fill(0.1), 46353))).toEqual({ day: undefined, leftoverUnits: 0 });
  });

  it("keeps all the stock with an empty forecast, and drops a time fraction on the start", () => {
    expect(unwrap(projectedStockoutDay(7, [], 46353))).toEqual({ day: undefined, leftoverUnits: 7 });
    expect(unwrap(projectedStockoutDay(0, [1], 46353.9)).day).toBe(46353);
  });

  it("reports bad arguments by name and day", () => {
    expect(errorOf(projectedStockoutDay(-5, [1], 46353))).toMatchObject({ code: "NEGATIVE_VALUE", message: "on_hand_units (-5) is negative" });
    expect(errorOf(projectedStockoutDay(5, [1, -1], 46353))).toMatchObject({
      code: "NEGATIVE_VALUE",
      message: "daily_forecast day 2 (-1) is negative",
      where: { index: 2 },
    });
    expect(errorOf(projectedStockoutDay(5, [1], 12))).toMatchObject({ code: "BAD_DATE", where: { argument: "start_day" } });
  });

  it("runs out exactly when cumulative demand first exceeds the stock; leftover = stock − total otherwise (property)", () => {
    const ints = fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 40 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), ints, (stock, path) => {
        const r = unwrap(projectedStockoutDay(stock, path, 46000));
        let cum = 0;
        let expected: number | undefined;
        for (let i = 0; i < path.length && expected === undefined; i++) {
          cum += path[i];
          if (cum > stock) expected = 46000 + i;
        }
        expect(r.day).toBe(expected);
        const total = path.reduce((a, b) => a + b, 0);
        expect(r.leftoverUnits).toBe(expected === undefined ? stock - total : 0);
      }),
    );
  });
});
