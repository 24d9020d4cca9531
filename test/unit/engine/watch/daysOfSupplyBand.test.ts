import fc from "fast-check";
import { fbaDaysOfSupplyFlag } from "../../../../src/engine/watch/daysOfSupplyBand";
import { errorOf, unwrap } from "../stock/testResult";

describe("fbaDaysOfSupplyFlag", () => {
  // Amazon Seller Central: low-inventory-level fee below 28 days of supply;
  // storage utilization surcharge above 22 weeks (154 days) from 2024-04-01.
  it("is LOW below 28 days of supply", () => {
    // hand: 200 ÷ 10 = 20 days < 28
    expect(unwrap(fbaDaysOfSupplyFlag(200, 10))).toBe("LOW");
    // hand: 279 ÷ 10 = 27.9 days
    expect(unwrap(fbaDaysOfSupplyFlag(279, 10))).toBe("LOW");
  });

  it("is HIGH above 154 days (22 weeks)", () => {
    // hand: 1600 ÷ 10 = 160 days > 154
    expect(unwrap(fbaDaysOfSupplyFlag(1600, 10))).toBe("HIGH");
    expect(unwrap(fbaDaysOfSupplyFlag(1541, 10))).toBe("HIGH");
  });

  it("is OK inside the band, both edges included", () => {
    // hand: 280 ÷ 10 = 28 (fee only below 28); 1540 ÷ 10 = 154 (surcharge only above 22 weeks)
    expect(unwrap(fbaDaysOfSupplyFlag(280, 10))).toBe("OK");
    expect(unwrap(fbaDaysOfSupplyFlag(1540, 10))).toBe("OK");
    expect(unwrap(fbaDaysOfSupplyFlag(900, 10))).toBe("OK");
  });

  it("uses a custom band", () => {
    // hand: 300 ÷ 10 = 30 days < 45; 300 ÷ 10 = 30 > 20
    expect(unwrap(fbaDaysOfSupplyFlag(300, 10, 45, 90))).toBe("LOW");
    expect(unwrap(fbaDaysOfSupplyFlag(300, 10, 7, 20))).toBe("HIGH");
  });

  it("handles no demand: stock is HIGH, nothing is OK; no stock with demand is LOW", () => {
    expect(unwrap(fbaDaysOfSupplyFlag(5, 0))).toBe("HIGH");
    expect(unwrap(fbaDaysOfSupplyFlag(0, 0))).toBe("OK");
    expect(unwrap(fbaDaysOfSupplyFlag(0, 3))).toBe("LOW");
  });

  it("reports bad arguments by name", () => {
    expect(errorOf(fbaDaysOfSupplyFlag(-1, 10))).toMatchObject({ code: "NEGATIVE_VALUE", message: "units (-1) is negative" });
    expect(errorOf(fbaDaysOfSupplyFlag(10, Number.NaN))).toMatchObject({ code: "NOT_A_NUMBER", message: "units_per_day is not a number (NaN)" });
    expect(errorOf(fbaDaysOfSupplyFlag(10, 1, 60, 30))).toMatchObject({ code: "OUT_OF_RANGE", message: "max_days (30) is smaller than min_days (60)" });
    expect(errorOf(fbaDaysOfSupplyFlag(10, 1, -1)).code).toBe("NEGATIVE_VALUE");
  });

  it("matches days of supply against the band (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 1, max: 1000 }), (units, rate) => {
        const days = units / rate;
        const expected = days < 28 ? "LOW" : days > 154 ? "HIGH" : "OK";
        expect(unwrap(fbaDaysOfSupplyFlag(units, rate))).toBe(expected);
      }),
    );
  });
});
