import fc from "fast-check";
import { chooseSplit, type SplitInput } from "../../../../src/engine/plan/chooseSplit";
import { renderNote } from "../../../../src/engine/plan/planNotes";

const BASE: SplitInput = {
  p50NeedUnits: 1000,
  p90NeedUnits: 1256.31, // σ = 256.31 / 1.2816 = 200.0
  safetyStockUnits: 100,
  bufferUnits: 150,
  usableOnHandUnits: 0,
  baseUnitCostUsd: 1,
  sprintUnitCostUsd: 6,
  stockOutCostUsd: 10,
  leftoverCostUsd: 1,
};

describe("chooseSplit", () => {
  it("sends the demand quantile at the critical ratio by base", () => {
    // hand: CR = (6 − 1) / (6 + 1) = 0.714286, z = 0.565949, base = 1000 + 0.565949 × 200 = 1113.19; Q = 1000 + max(256.31, 100) + 150 = 1406.31
    const s = chooseSplit(BASE);
    expect(s.criticalRatio).toBeCloseTo(5 / 7, 12);
    expect(s.baseUnits).toBeCloseTo(1113.19, 1);
    expect(s.sprintUnits).toBeCloseTo(1406.31 - 1113.19, 1);
    expect(s.netNeedUnits).toBeCloseTo(1406.31, 6);
    expect(renderNote(s.why)).toBe("base covers demand up to its P71: $1.00/unit by base vs $6.00 fast, a leftover $1.00");
  });

  it("keeps the base at P50 less stock when leftovers are dear", () => {
    // hand: CR = (2 − 1) / (2 + 8) = 0.1 → below P50 → clamp to P50 − usable = 1000 − 200 = 800; Q = 1406.31 − 200 = 1206.31
    const s = chooseSplit({ ...BASE, sprintUnitCostUsd: 2, leftoverCostUsd: 8, usableOnHandUnits: 200 });
    expect(s.baseUnits).toBeCloseTo(800, 9);
    expect(s.sprintUnits).toBeCloseTo(406.31, 6);
    expect(renderNote(s.why)).toBe("sprint covers the uncertain part and the buffer (406 units)");
  });

  it("puts everything on one lane when the other is missing", () => {
    expect(chooseSplit({ ...BASE, baseUnitCostUsd: null })).toMatchObject({ baseUnits: 0, sprintUnits: 1406.31 });
    expect(chooseSplit({ ...BASE, sprintUnitCostUsd: null })).toMatchObject({ baseUnits: 1406.31, sprintUnits: 0 });
  });

  it("flies nothing when a flown unit costs more than the sale's margin", () => {
    // hand: sprint $6/unit ≥ margin $5 → all of Q = 1406.31 by base
    const s = chooseSplit({ ...BASE, stockOutCostUsd: 5 });
    expect(s).toMatchObject({ baseUnits: 1406.31, sprintUnits: 0 });
    expect(renderNote(s.why)).toBe("all in the base batch: the fast lane costs $6.00/unit, more than the $5.00 margin of a sale");
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
          const s = chooseSplit({ ...BASE, p50NeedUnits: p50, p90NeedUnits: p50 + extra, safetyStockUnits: ss, bufferUnits: 0, usableOnHandUnits: usable, sprintUnitCostUsd: 1 + premium, leftoverCostUsd: leftover });
          const q = Math.max(0, p50 + Math.max(extra, ss) - usable);
          return Math.abs(s.baseUnits + s.sprintUnits - q) < 1e-6 && s.baseUnits >= Math.min(q, Math.max(0, p50 - usable)) - 1e-6 && s.sprintUnits >= -1e-9;
        },
      ),
    );
  });
});
