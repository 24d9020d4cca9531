import fc from "fast-check";
import { serviceLevelSafetyStock } from "../../../../src/engine/stock/serviceLevelSafetyStock";
import { errorOf, unwrap } from "./testResult";

const design = { serviceLevel: 0.95, avgUnitsPerDay: 100, sdUnitsPerDay: 22, avgLeadTimeDays: 12, sdLeadTimeDays: 3 };

describe("serviceLevelSafetyStock", () => {
  it("matches the DESIGN.md example at 95 %", () => {
    // DESIGN.md §1 item 4: σDL = √95808 = 309.5287; hand: z(0.95) = 1.644854 (normal table) × 309.5287 = 509.13
    expect(unwrap(serviceLevelSafetyStock(design))).toBeCloseTo(509.13, 2);
  });

  it("is z·σd·√L̄ for a fixed lead time", () => {
    // hand: z(0.95) = 1.644854; σd = 10, L̄ = 4 → 1.644854 × 10 × 2 = 32.897
    expect(unwrap(serviceLevelSafetyStock({ serviceLevel: 0.95, avgUnitsPerDay: 30, sdUnitsPerDay: 10, avgLeadTimeDays: 4 }))).toBeCloseTo(32.897, 3);
  });

  it("is zero when demand has no variance and the lead time is fixed", () => {
    expect(unwrap(serviceLevelSafetyStock({ serviceLevel: 0.99, avgUnitsPerDay: 30, sdUnitsPerDay: 0, avgLeadTimeDays: 20 }))).toBe(0);
  });

  it("holds no stock (0, not negative) below a 50 % service level", () => {
    expect(unwrap(serviceLevelSafetyStock({ ...design, serviceLevel: 0.3 }))).toBe(0);
    expect(unwrap(serviceLevelSafetyStock({ ...design, serviceLevel: 0.5 }))).toBeCloseTo(0, 6);
  });

  it("rejects a service level outside (0, 1)", () => {
    expect(errorOf(serviceLevelSafetyStock({ ...design, serviceLevel: 1.2 }))).toMatchObject({
      code: "OUT_OF_RANGE",
      message: "service level must be between 0 and 1 (e.g. 0.95), got 1.2",
    });
  });

  it("names a negative input", () => {
    expect(errorOf(serviceLevelSafetyStock({ ...design, avgLeadTimeDays: -12 })).message).toBe("avg_lead_time_days (-12) is negative");
  });

  const level = fc.double({ min: 0.001, max: 0.999, noNaN: true });
  const amount = fc.double({ min: 0, max: 1e4, noNaN: true });

  it("reduces to z·σd·√L̄ when σL = 0 (property)", () => {
    fc.assert(
      fc.property(amount, amount, amount, (d, sdD, l) => {
        const ss95 = unwrap(serviceLevelSafetyStock({ serviceLevel: 0.95, avgUnitsPerDay: d, sdUnitsPerDay: sdD, avgLeadTimeDays: l, sdLeadTimeDays: 0 }));
        const expected = 1.6448536 * sdD * Math.sqrt(l); // z(0.95) from the normal table to 7 places
        expect(Math.abs(ss95 - expected)).toBeLessThanOrEqual(1e-7 * Math.max(1, expected));
      }),
    );
  });

  it("is never negative (property)", () => {
    fc.assert(
      fc.property(level, amount, amount, amount, amount, (sl, d, sdD, l, sdL) => {
        const ss = unwrap(serviceLevelSafetyStock({ serviceLevel: sl, avgUnitsPerDay: d, sdUnitsPerDay: sdD, avgLeadTimeDays: l, sdLeadTimeDays: sdL }));
        expect(ss).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("increases with the service level (property)", () => {
    fc.assert(
      fc.property(level, level, amount, amount, amount, amount, (a, b, d, sdD, l, sdL) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const rest = { avgUnitsPerDay: d, sdUnitsPerDay: sdD, avgLeadTimeDays: l, sdLeadTimeDays: sdL };
        const ssLo = unwrap(serviceLevelSafetyStock({ serviceLevel: lo, ...rest }));
        const ssHi = unwrap(serviceLevelSafetyStock({ serviceLevel: hi, ...rest }));
        // 1e-9 relative slack: the Φ⁻¹ approximation's own error (Acklam, < 1.15e-9)
        expect(ssHi).toBeGreaterThanOrEqual(ssLo * (1 - 1e-9));
      }),
    );
  });

  it("strictly increases above 50 % when there is any variation", () => {
    const at = (sl: number) => unwrap(serviceLevelSafetyStock({ ...design, serviceLevel: sl }));
    expect(at(0.9)).toBeLessThan(at(0.95));
    expect(at(0.95)).toBeLessThan(at(0.98));
    expect(at(0.98)).toBeLessThan(at(0.999));
  });
});
