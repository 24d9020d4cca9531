import { LEFTOVER_DEFAULTS, leftoverCostPerUnitUsd } from "../../../../src/engine/plan/leftoverCost";
import { serialFromYmd } from "../../../../src/engine/dates";

// One unit = 1 ft³ exactly: a 30.48 cm cube carton holding one unit.
const SKU = { unitCost: 10, cartonLengthCm: 30.48, cartonWidthCm: 30.48, cartonHeightCm: 30.48, unitsPerCarton: 1 };
const RATES = { storageRateOffPeak: 0.78, storageRatePeak: 2.4 };

describe("leftoverCostPerUnitUsd", () => {
  it("is 90 days of storage by the calendar plus 10 % of the unit cost by default", () => {
    // hand: window ends 2026-12-11; days 12-12 … 2027-03-11 (90 days):
    // Dec 12–31: 2.40 × 20/31 = 1.548387; Jan: 0.78; Feb: 0.78; Mar 1–11: 0.78 × 11/31 = 0.276774 → 3.385161; + 0.10 × 10 = 4.385161
    const o = leftoverCostPerUnitUsd(SKU, RATES, serialFromYmd(2026, 12, 11));
    expect(o).toEqual({ ok: true, value: expect.closeTo(4.385161, 5) });
    expect(LEFTOVER_DEFAULTS).toEqual({ holdDays: 90, markdownShare: 0.1 });
  });

  it("follows the policy's hold days and markdown share", () => {
    // hand: window ends 2026-06-29; 30 days = Jun 30 (0.78/30) + Jul 1–29 (0.78 × 29/31) = 0.026 + 0.729677 = 0.755677; + 0.25 × 10
    const o = leftoverCostPerUnitUsd(SKU, { ...RATES, leftoverHoldDays: 30, leftoverMarkdownShare: 0.25 }, serialFromYmd(2026, 6, 29));
    expect(o).toEqual({ ok: true, value: expect.closeTo(3.255677, 5) });
  });

  it("reports a bad storage rate instead of pricing it", () => {
    const o = leftoverCostPerUnitUsd(SKU, { ...RATES, storageRatePeak: -1 }, serialFromYmd(2026, 12, 11));
    expect(o.ok).toBe(false);
  });
});
