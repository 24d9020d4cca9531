import fc from "fast-check";
import { baseSprintSplit } from "../../../../src/engine/plan/baseSprintSplit";

describe("baseSprintSplit", () => {
  it("sends P50 less on hand by sea and the uncertain part by air", () => {
    // hand: buffer 0.15 × 1000 = 150; base 1000 − 300 = 700; sprint max(1300 − 1000, 200) + 150 = 450
    const r = baseSprintSplit({ p50Units: 1000, p90Units: 1300, safetyStockUnits: 200, bufferPct: 0.15, onHandUnits: 300 });
    expect(r).toEqual({ ok: true, value: { baseUnits: 700, sprintUnits: 450, bufferUnits: 150, netNeedUnits: 1150 } });
  });

  it("lets on-hand stock beyond P50 cover part of the sprint", () => {
    // hand: on hand 1100 covers P50 1000 and 100 of the sprint's max(300, 200) + 150 = 450 → 350
    const r = baseSprintSplit({ p50Units: 1000, p90Units: 1300, safetyStockUnits: 200, onHandUnits: 1100 });
    expect(r.ok && r.value).toEqual({ baseUnits: 0, sprintUnits: 350, bufferUnits: 150, netNeedUnits: 350 });
  });

  it("rounds fractional demand up to whole units", () => {
    // hand: base ceil(10.2) = 11; sprint ceil(max(12.1 − 10.2, 3) + 0) = 3
    const r = baseSprintSplit({ p50Units: 10.2, p90Units: 12.1, safetyStockUnits: 3, bufferPct: 0 });
    expect(r.ok && [r.value.baseUnits, r.value.sprintUnits]).toEqual([11, 3]);
  });

  it("rejects P90 below P50 and negative arguments by name", () => {
    const low = baseSprintSplit({ p50Units: 100, p90Units: 90, safetyStockUnits: 0 });
    expect(!low.ok && low.error.message).toBe("event_demand_p90 (90) is smaller than event_demand_p50 (100)");
    const neg = baseSprintSplit({ p50Units: 100, p90Units: 120, safetyStockUnits: -1 });
    expect(!neg.ok && neg.error.message).toBe("safety_stock (-1) is negative");
  });

  it("never ships less than the net need (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 2e5, noNaN: true }),
        (p50, extra, ss, pct, onHand) => {
          const r = baseSprintSplit({ p50Units: p50, p90Units: p50 + extra, safetyStockUnits: ss, bufferPct: pct, onHandUnits: onHand });
          if (!r.ok) return false;
          const { baseUnits, sprintUnits, netNeedUnits } = r.value;
          return baseUnits >= 0 && sprintUnits >= 0 && baseUnits + sprintUnits >= netNeedUnits - 1e-6;
        },
      ),
    );
  });
});
