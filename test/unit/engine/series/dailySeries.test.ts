import { dailySeries, seriesEndSerial } from "../../../../src/engine/series/dailySeries";

describe("dailySeries", () => {
  it("makes a series with nothing excluded and nothing missing", () => {
    const units = [3, 0, 5];
    const r = dailySeries("A", 46023, units);
    expect(r).toEqual({
      ok: true,
      value: { sku: "A", startSerial: 46023, units: [3, 0, 5], excluded: [false, false, false], missingDays: 0, stockOutDays: 0 },
    });
    if (r.ok) {
      expect(r.value.units).not.toBe(units); // a copy
      expect(seriesEndSerial(r.value)).toBe(46025); // hand: 46023 + 3 − 1
    }
  });

  it("names the day of a bad value, and refuses empty series, fractional starts and mismatched masks", () => {
    expect(dailySeries("A", 46023, [1, -1])).toEqual({
      ok: false,
      error: { code: "NEGATIVE_VALUE", message: "SKU A: day 2 of the series is negative (-1)", where: { index: 2 } },
    });
    expect(dailySeries("A", 46023, [])).toEqual({ ok: false, error: { code: "EMPTY_SERIES", message: "SKU A: the sales series is empty" } });
    expect(dailySeries("A", 46023.5, [1]).ok).toBe(false);
    expect(dailySeries("A", 46023, [1, 2], [true])).toEqual({
      ok: false,
      error: { code: "INCONSISTENT_INPUT", message: "SKU A: 1 exclusion flags for 2 days", where: { sku: "A" } },
    });
  });
});
