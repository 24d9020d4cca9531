import fc from "fast-check";
import { watchAlert } from "../../../../src/engine/watch/watchAlert";
import { errorOf, unwrap } from "../stock/testResult";

describe("watchAlert", () => {
  it("raises REORDER above forecast × (1 + threshold)", () => {
    // hand: 140 > 100 × 1.3 = 130
    expect(unwrap(watchAlert(140, 100))).toBe("REORDER");
    // hand: 131 > 130
    expect(unwrap(watchAlert(131, 100))).toBe("REORDER");
  });

  it("raises SLOW below forecast × (1 − threshold)", () => {
    // hand: 60 < 100 × 0.7 = 70
    expect(unwrap(watchAlert(60, 100))).toBe("SLOW");
    expect(unwrap(watchAlert(69, 100))).toBe("SLOW");
  });

  it("is OK inside the band and exactly on either edge", () => {
    expect(unwrap(watchAlert(100, 100))).toBe("OK");
    // hand: 130 = 100 × 1.3 and 70 = 100 × 0.7 are on the edges → OK
    expect(unwrap(watchAlert(130, 100))).toBe("OK");
    expect(unwrap(watchAlert(70, 100))).toBe("OK");
  });

  it("treats floating-point noise on an edge as on the edge", () => {
    // hand: 3 × (1 − 0.3) is 2.0999999999999996 in binary; 2.1 is the edge → OK, not SLOW
    expect(3 * (1 - 0.3)).not.toBe(2.1);
    expect(unwrap(watchAlert(2.1, 3))).toBe("OK");
    // hand: 3 × 1.1 = 3.3000000000000003; 3.3 is the edge → OK
    expect(unwrap(watchAlert(3.3, 3, 0.1))).toBe("OK");
    expect(unwrap(watchAlert(3.31, 3, 0.1))).toBe("REORDER");
  });

  it("uses a custom threshold", () => {
    // hand: 115 > 100 × 1.1 = 110; 115 ≤ 100 × 1.2 = 120
    expect(unwrap(watchAlert(115, 100, 0.1))).toBe("REORDER");
    expect(unwrap(watchAlert(115, 100, 0.2))).toBe("OK");
    // threshold 0: any difference alerts
    expect(unwrap(watchAlert(99, 100, 0))).toBe("SLOW");
    // threshold 1: SLOW cannot fire, REORDER only above double
    expect(unwrap(watchAlert(0, 100, 1))).toBe("OK");
    expect(unwrap(watchAlert(201, 100, 1))).toBe("REORDER");
  });

  it("handles a zero forecast: any sale is REORDER, nothing against nothing is OK", () => {
    expect(unwrap(watchAlert(1, 0))).toBe("REORDER");
    expect(unwrap(watchAlert(0, 0))).toBe("OK");
    // and a zero actual against a forecast is SLOW
    expect(unwrap(watchAlert(0, 10))).toBe("SLOW");
  });

  it("reports bad arguments by name", () => {
    expect(errorOf(watchAlert(-1, 100))).toMatchObject({ code: "NEGATIVE_VALUE", message: "actual_units (-1) is negative" });
    expect(errorOf(watchAlert(10, Number.NaN))).toMatchObject({ code: "NOT_A_NUMBER", message: "forecast_units is not a number (NaN)" });
    expect(errorOf(watchAlert(10, 10, 30))).toMatchObject({
      code: "OUT_OF_RANGE",
      message: "threshold must be a fraction between 0 and 1 (0.3 = 30 %), got 30",
      where: { argument: "threshold" },
    });
    expect(errorOf(watchAlert(10, 10, -0.1)).code).toBe("NEGATIVE_VALUE");
  });

  it("agrees with the definition away from the edges and never alerts at actual = forecast (property)", () => {
    // Subnormal doubles (below 1e-308) lose the relative precision the slack relies on; real units never go there.
    const units = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e6, noNaN: true }));
    fc.assert(
      fc.property(units, units, fc.double({ min: 0, max: 1, noNaN: true }), (a, f, t) => {
        const alert = unwrap(watchAlert(a, f, t));
        expect(unwrap(watchAlert(f, f, t))).toBe("OK");
        if (f > 0 && a > f * (1 + t) * (1 + 1e-6)) expect(alert).toBe("REORDER");
        else if (f > 0 && a < f * (1 - t) * (1 - 1e-6)) expect(alert).toBe("SLOW");
        else if (f > 0 && a >= f * (1 - t) && a <= f * (1 + t)) expect(alert).toBe("OK");
      }),
    );
  });
});

describe("watchAlert with a noise floor", () => {
  it("stays OK when the difference is within the given units, however large in percent", () => {
    // hand: 0 sold vs 1 forecast is −100 %, but only 1 unit, within 2 units of noise
    expect(watchAlert(0, 1, 0.3, 2)).toEqual({ ok: true, value: "OK" });
    // hand: 160 vs 100 is +60 % and 60 units, beyond 2·√100 = 20
    expect(watchAlert(160, 100, 0.3, 20)).toEqual({ ok: true, value: "REORDER" });
  });
});
