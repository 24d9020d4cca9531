import fc from "fast-check";
import { serialFromYmd } from "../../../../src/engine/dates";
import { storageFeeUsd } from "../../../../src/engine/logistics/storageFee";
import { errorOf, unwrap } from "../stock/testResult";

// Excel serials: 2025-01-01 = 45658, 2026-09-27 = 46292 (src/engine/dates.ts)
const SEP_16_2026 = 46281; // 46292 − 11
const OCT_16_2026 = 46311; // 2026-10-01 = 46292 + 4 = 46296; + 15
const JAN_1_2026 = 46023; // 45658 + 365
const FEB_1_2026 = 46054; // + 31
const JAN_1_2027 = 46388; // 46023 + 365

describe("storageFeeUsd", () => {
  it("prorates by day across the October rate change", () => {
    // hand: Sep 16–30 = 15 of 30 days at $0.78, Oct 1–15 = 15 of 31 days at $2.40
    //       10 × 0.78 × 15/30 + 10 × 2.40 × 15/31 = 3.9 + 11.612903 = 15.512903
    expect(serialFromYmd(2026, 9, 16)).toBe(SEP_16_2026);
    expect(serialFromYmd(2026, 10, 16)).toBe(OCT_16_2026);
    expect(unwrap(storageFeeUsd(10, SEP_16_2026, OCT_16_2026))).toBeCloseTo(15.512903, 6);
  });

  it("charges one full month at the monthly rate", () => {
    // Amazon Seller Central storage fees 2024, standard size: $0.78/ft³ Jan–Sep; hand: 10 × 0.78 = 7.8
    expect(unwrap(storageFeeUsd(10, JAN_1_2026, FEB_1_2026))).toBeCloseTo(7.8, 12);
  });

  it("charges a whole year as 9 off-peak and 3 peak months", () => {
    // hand: 10 × (0.78 × 9 + 2.40 × 3) = 10 × (7.02 + 7.20) = 142.2
    expect(unwrap(storageFeeUsd(10, JAN_1_2026, JAN_1_2027))).toBeCloseTo(142.2, 10);
  });

  it("crosses the year end back to the off-peak rate", () => {
    // hand: Dec 17–31 = 15 of 31 days at $2.40, Jan 1–15 = 15 of 31 at $0.78
    //       (10 × 2.40 × 15 + 10 × 0.78 × 15) / 31 = (360 + 117) / 31 = 15.387097
    expect(unwrap(storageFeeUsd(10, serialFromYmd(2026, 12, 17), serialFromYmd(2027, 1, 16)))).toBeCloseTo(15.387097, 6);
  });

  it("divides by 29 days in a leap February", () => {
    // hand: 2028-02-01 to 02-15 = 14 of 29 days: 10 × 0.78 × 14/29 = 3.765517
    expect(unwrap(storageFeeUsd(10, serialFromYmd(2028, 2, 1), serialFromYmd(2028, 2, 15)))).toBeCloseTo(3.765517, 6);
  });

  it("takes other rates, e.g. oversize", () => {
    // Amazon 2024 large bulky: $0.56 Jan–Sep, $1.40 Oct–Dec; hand: 10 × 0.56 × 15/30 + 10 × 1.40 × 15/31 = 2.8 + 6.774194
    expect(unwrap(storageFeeUsd(10, SEP_16_2026, OCT_16_2026, 0.56, 1.4))).toBeCloseTo(9.574194, 6);
  });

  it("is zero for an empty span or no volume", () => {
    expect(unwrap(storageFeeUsd(10, SEP_16_2026, SEP_16_2026))).toBe(0);
    expect(unwrap(storageFeeUsd(0, SEP_16_2026, OCT_16_2026))).toBe(0);
  });

  it("floors a time of day to its date", () => {
    expect(unwrap(storageFeeUsd(10, SEP_16_2026 + 0.75, OCT_16_2026 + 0.25))).toBeCloseTo(15.512903, 6);
  });

  it("reports an end before the start", () => {
    expect(errorOf(storageFeeUsd(10, OCT_16_2026, SEP_16_2026))).toMatchObject({
      code: "INCONSISTENT_INPUT",
      message: "end_serial (46281) is before start_serial (46311)",
      where: { argument: "end_serial" },
    });
  });

  it("reports bad numbers and dates by argument name", () => {
    expect(errorOf(storageFeeUsd(-1, SEP_16_2026, OCT_16_2026))).toMatchObject({ code: "NEGATIVE_VALUE", message: "cubic_feet (-1) is negative" });
    expect(errorOf(storageFeeUsd(10, Number.NaN, OCT_16_2026))).toMatchObject({ code: "NOT_A_NUMBER", where: { argument: "start_serial" } });
    expect(errorOf(storageFeeUsd(10, SEP_16_2026, 12))).toMatchObject({ code: "BAD_DATE", where: { argument: "end_serial" } });
    expect(errorOf(storageFeeUsd(10, SEP_16_2026, OCT_16_2026, -0.78)).message).toBe("rate_jan_sep_usd_per_ft3_month (-0.78) is negative");
    expect(errorOf(storageFeeUsd(10, SEP_16_2026, OCT_16_2026, 0.78, Infinity)).code).toBe("NOT_A_NUMBER");
  });

  const day = fc.integer({ min: 45658, max: 45658 + 3 * 365 });
  const volume = fc.double({ min: 0, max: 1e5, noNaN: true });

  it("is additive over adjacent spans: fee(a,b) + fee(b,c) = fee(a,c) (property)", () => {
    fc.assert(
      fc.property(volume, day, day, day, (ft3, x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p - q);
        const whole = unwrap(storageFeeUsd(ft3, a, c));
        const split = unwrap(storageFeeUsd(ft3, a, b)) + unwrap(storageFeeUsd(ft3, b, c));
        expect(Math.abs(whole - split)).toBeLessThanOrEqual(1e-9 * Math.max(1, whole));
      }),
    );
  });

  it("lies between the off-peak and peak daily rates × days (property)", () => {
    fc.assert(
      fc.property(volume, day, fc.integer({ min: 0, max: 400 }), (ft3, start, days) => {
        const fee = unwrap(storageFeeUsd(ft3, start, start + days));
        // a day costs rate ÷ (28…31 days): at least 0.78/31, at most 2.40/28 per ft³
        // (relative slack for rounding; absolute for subnormal volumes)
        expect(fee).toBeGreaterThanOrEqual(((ft3 * 0.78) / 31) * days * (1 - 1e-12) - 1e-300);
        expect(fee).toBeLessThanOrEqual(((ft3 * 2.4) / 28) * days * (1 + 1e-12) + 1e-300);
      }),
    );
  });
});
