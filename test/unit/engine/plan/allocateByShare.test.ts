import fc from "fast-check";
import { allocateByShare } from "../../../../src/engine/plan/allocateByShare";
import { errorOf, unwrap } from "../stock/testResult";

const unitsOf = (r: ReturnType<typeof allocateByShare>) => unwrap(r).map((a) => a.units);

describe("allocateByShare", () => {
  it("gives minimums first, then shares the rest by forecast", () => {
    // hand: R = 10 − 4 = 6; quotas 6 × 5/10 = 3, 6 × 3/10 = 1.8, 6 × 2/10 = 1.2; floors 3, 1, 1 (5);
    // the 1 unit left goes to the largest part, CA (.8) → US 3, CA 4 + 1 + 1 = 6, MX 1
    expect(unwrap(allocateByShare(10, [{ key: "US", forecast: 5 }, { key: "CA", forecast: 3, minimum: 4 }, { key: "MX", forecast: 2 }]))).toEqual([
      { key: "US", units: 3 },
      { key: "CA", units: 6 },
      { key: "MX", units: 1 },
    ]);
  });

  it("splits exactly when the quotas are whole", () => {
    // hand: R = 100 − 20 = 80; 80 × 0.60 = 48, 80 × 0.25 = 20 (+ 20 minimum), 80 × 0.15 = 12
    expect(unitsOf(allocateByShare(100, [{ key: "US", forecast: 60 }, { key: "CA", forecast: 25, minimum: 20 }, { key: "MX", forecast: 15 }]))).toEqual([48, 40, 12]);
  });

  it("hands leftover units to the largest remainders", () => {
    // hand: 7 × 5/10 = 3.5, 7 × 3/10 = 2.1, 7 × 2/10 = 1.4; floors 3, 2, 1 (6); 1 left → A (.5)
    expect(unitsOf(allocateByShare(7, [{ key: "A", forecast: 5 }, { key: "B", forecast: 3 }, { key: "C", forecast: 2 }]))).toEqual([4, 2, 1]);
    // hand: 8 → 4, 2.4, 1.6; floors 4, 2, 1 (7); 1 left → C (.6), not B (.4)
    expect(unitsOf(allocateByShare(8, [{ key: "A", forecast: 5 }, { key: "B", forecast: 3 }, { key: "C", forecast: 2 }]))).toEqual([4, 2, 2]);
  });

  it("breaks ties by input order", () => {
    // hand: 10 ÷ 3 = 3.33 each; floors 3 × 3 = 9; the 1 left goes to the first listed
    expect(unitsOf(allocateByShare(10, [{ key: "A", forecast: 1 }, { key: "B", forecast: 1 }, { key: "C", forecast: 1 }]))).toEqual([4, 3, 3]);
    expect(unitsOf(allocateByShare(11, [{ key: "C", forecast: 2 }, { key: "B", forecast: 2 }, { key: "A", forecast: 2 }]))).toEqual([4, 4, 3]);
  });

  it("shares equally when every forecast is 0", () => {
    // hand: R = 10 − 2 = 8; 8 ÷ 3 = 2.67 each; floors 2 × 3 = 6; 2 left → first two → 3, 3 + 2, 2
    expect(unitsOf(allocateByShare(10, [{ key: "A", forecast: 0 }, { key: "B", forecast: 0, minimum: 2 }, { key: "C", forecast: 0 }]))).toEqual([3, 5, 2]);
  });

  it("handles nothing to share: total 0, or minimums using it all", () => {
    expect(unitsOf(allocateByShare(0, [{ key: "A", forecast: 3 }, { key: "B", forecast: 1 }]))).toEqual([0, 0]);
    expect(unitsOf(allocateByShare(5, [{ key: "A", forecast: 3, minimum: 2 }, { key: "B", forecast: 1, minimum: 3 }]))).toEqual([2, 3]);
  });

  it("reports bad input by share", () => {
    expect(errorOf(allocateByShare(10, [{ key: "A", forecast: 1, minimum: 6 }, { key: "B", forecast: 1, minimum: 6 }]))).toMatchObject({
      code: "OUT_OF_RANGE",
      message: "the minimums add up to 12 units, more than the 10 units to allocate",
    });
    expect(errorOf(allocateByShare(10.5, [{ key: "A", forecast: 1 }]))).toMatchObject({ code: "OUT_OF_RANGE", message: "total_units must be a whole number of units (got 10.5)" });
    expect(errorOf(allocateByShare(-1, [{ key: "A", forecast: 1 }])).code).toBe("NEGATIVE_VALUE");
    expect(errorOf(allocateByShare(10, [{ key: "A", forecast: 1 }, { key: "CA", forecast: -1 }]))).toMatchObject({
      code: "NEGATIVE_VALUE",
      message: "share 2 ('CA') forecast (-1) is negative",
      where: { argument: "shares", index: 2 },
    });
    expect(errorOf(allocateByShare(10, [{ key: "A", forecast: 1 }, { key: "A", forecast: 2 }]))).toMatchObject({ code: "DUPLICATE_KEY", message: "share 2: key 'A' appears more than once" });
    expect(errorOf(allocateByShare(10, [])).code).toBe("MISSING_VALUE");
    expect(errorOf(allocateByShare(10, [{ key: "", forecast: 1 }])).message).toBe("share 1 has no key");
    expect(errorOf(allocateByShare(10, [{ key: "A", forecast: 1, minimum: 1.5 }])).message).toBe("share 1 ('A') minimum must be a whole number of units (got 1.5)");
    expect(errorOf(allocateByShare(10, [{ key: "A", forecast: Number.NaN }])).code).toBe("NOT_A_NUMBER");
  });

  it("keeps the total, meets every minimum and stays within one unit of its quota (property)", () => {
    const share = fc.record({ forecast: fc.double({ min: 0, max: 1e4, noNaN: true }), minimum: fc.integer({ min: 0, max: 50 }) });
    fc.assert(
      fc.property(fc.array(share, { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 100000 }), (specs, extra) => {
        const shares = specs.map((s, i) => ({ key: `K${i}`, ...s }));
        const minSum = specs.reduce((a, s) => a + s.minimum, 0);
        const total = minSum + extra;
        const out = unwrap(allocateByShare(total, shares));
        expect(out.map((o) => o.key)).toEqual(shares.map((s) => s.key));
        expect(out.reduce((a, o) => a + o.units, 0)).toBe(total);
        const fSum = specs.reduce((a, s) => a + s.forecast, 0);
        out.forEach((o, i) => {
          expect(Number.isInteger(o.units)).toBe(true);
          expect(o.units).toBeGreaterThanOrEqual(specs[i].minimum);
          const quota = fSum > 0 ? (extra * specs[i].forecast) / fSum : extra / specs.length;
          expect(Math.abs(o.units - specs[i].minimum - quota)).toBeLessThan(1 + 1e-6);
        });
        if (minSum > 0) expect(errorOf(allocateByShare(minSum - 1, shares)).code).toBe("OUT_OF_RANGE");
      }),
    );
  });
});
