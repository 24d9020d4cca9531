import fc from "fast-check";
import { leadTimeDemandSd } from "../../../../src/engine/stock/leadTimeDemandSd";
import { errorOf, unwrap } from "./testResult";

describe("leadTimeDemandSd", () => {
  it("matches the DESIGN.md example with random lead time", () => {
    // DESIGN.md §1 item 4, hand: √(12·22² + 100²·3²) = √(5808 + 90000) = √95808 = 309.5287
    const s = unwrap(leadTimeDemandSd({ avgUnitsPerDay: 100, sdUnitsPerDay: 22, avgLeadTimeDays: 12, sdLeadTimeDays: 3 }));
    expect(s).toBeCloseTo(309.53, 2);
    expect(s).toBeCloseTo(Math.sqrt(95808), 10);
  });

  it("is σd·√L̄ when the lead time is fixed (σL omitted)", () => {
    // hand: 20 · √9 = 60
    expect(unwrap(leadTimeDemandSd({ avgUnitsPerDay: 50, sdUnitsPerDay: 20, avgLeadTimeDays: 9 }))).toBe(60);
  });

  it("is d̄·σL when daily demand is constant", () => {
    // hand: 100 · 3 = 300 (only lead-time variation)
    expect(unwrap(leadTimeDemandSd({ avgUnitsPerDay: 100, sdUnitsPerDay: 0, avgLeadTimeDays: 12, sdLeadTimeDays: 3 }))).toBe(300);
  });

  it("names a negative argument", () => {
    expect(errorOf(leadTimeDemandSd({ avgUnitsPerDay: 1, sdUnitsPerDay: 1, avgLeadTimeDays: 1, sdLeadTimeDays: -2 }))).toMatchObject({
      code: "NEGATIVE_VALUE",
      message: "sd_lead_time_days (-2) is negative",
    });
    expect(errorOf(leadTimeDemandSd({ avgUnitsPerDay: 1, sdUnitsPerDay: Number.NaN, avgLeadTimeDays: 1 })).message).toBe(
      "sd_units_per_day is not a number (NaN)",
    );
  });

  it("reduces to σd·√L̄ with σL = 0 (property)", () => {
    const pos = fc.double({ min: 0, max: 1e4, noNaN: true });
    fc.assert(
      fc.property(pos, pos, pos, (d, sdD, l) => {
        const s = unwrap(leadTimeDemandSd({ avgUnitsPerDay: d, sdUnitsPerDay: sdD, avgLeadTimeDays: l, sdLeadTimeDays: 0 }));
        const expected = sdD * Math.sqrt(l);
        expect(Math.abs(s - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, expected));
      }),
    );
  });
});
