import fc from "fast-check";
import { chooseSplit, type SplitInput } from "../../../../src/engine/plan/chooseSplit";

const BASE: SplitInput = {
  p50NeedUnits: 1000,
  p90NeedUnits: 1256.31, // σ = 256.31 / 1.2816 = 200.0
  safetyStockUnits: 100,
  bufferUnits: 150,
  usableOnHandUnits: 0,
  sprintPremiumUsd: 3,
  hasBaseLane: true,
  leftoverCostUsd: 1,
};

describe("chooseSplit", () => {
  it("sends the demand quantile at the critical ratio by base", () => {
    // hand: CR = 3 / (3 + 1) = 0.75, z = 0.67449, base = 1000 + 0.67449 × 200 = 1134.9; Q = 1256.31 + 100 + 150 = 1506.31
    const s = chooseSplit(BASE);
    expect(s.criticalRatio).toBeCloseTo(0.75, 12);
    expect(s.baseUnits).toBeCloseTo(1134.9, 1);
    expect(s.sprintUnits).toBeCloseTo(1506.31 - 1134.9, 1);
    expect(s.netNeedUnits).toBeCloseTo(1506.31, 6);
    expect(s.why).toBe("base raised to the P75 of demand: fast lane costs $3.00/unit more, a leftover $1.00");
  });

  it("keeps the base at P50 less stock when leftovers are dear", () => {
    // hand: CR = 1 / (1 + 9) = 0.1 → below P50 → clamp to P50 − usable = 1000 − 200 = 800; Q = 1506.31 − 200 = 1306.31
    const s = chooseSplit({ ...BASE, sprintPremiumUsd: 1, leftoverCostUsd: 9, usableOnHandUnits: 200 });
    expect(s.baseUnits).toBeCloseTo(800, 9);
    expect(s.sprintUnits).toBeCloseTo(506.31, 6);
    expect(s.why).toBe("sprint covers P90 − P50 + safety + buffer (506 units)");
  });

  it("puts everything on one lane when the other is missing", () => {
    expect(chooseSplit({ ...BASE, hasBaseLane: false })).toMatchObject({ baseUnits: 0, sprintUnits: 1506.31 });
    expect(chooseSplit({ ...BASE, sprintPremiumUsd: null })).toMatchObject({ baseUnits: 1506.31, sprintUnits: 0 });
  });

  it("ships nothing when stock on hand covers the need", () => {
    expect(chooseSplit({ ...BASE, usableOnHandUnits: 2000 })).toMatchObject({ baseUnits: 0, sprintUnits: 0, netNeedUnits: 0 });
  });

  it("always ships exactly the net need, base at least P50 − stock (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 1e3, noNaN: true }),
        fc.double({ min: 0, max: 2e4, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (p50, extra, ss, usable, premium, leftover) => {
          const s = chooseSplit({ ...BASE, p50NeedUnits: p50, p90NeedUnits: p50 + extra, safetyStockUnits: ss, bufferUnits: 0, usableOnHandUnits: usable, sprintPremiumUsd: premium, leftoverCostUsd: leftover });
          const q = Math.max(0, p50 + extra + ss - usable);
          return Math.abs(s.baseUnits + s.sprintUnits - q) < 1e-6 && s.baseUnits >= Math.min(q, Math.max(0, p50 - usable)) - 1e-6 && s.sprintUnits >= -1e-9;
        },
      ),
    );
  });
});
