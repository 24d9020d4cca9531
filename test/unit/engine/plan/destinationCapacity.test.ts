import { destinationCapacity } from "../../../../src/engine/plan/destinationCapacity";
import type { SkuMaster } from "../../../../src/engine/plan/types";
import { batch, lineWith, POLICY, SKU } from "./flatBook";

// A: 0.211888 ft³/unit (carton 2.11888 ft³ of 10); B: a 1 ft³ carton (30.48 cm cube) of 1 unit.
const B: SkuMaster = { ...SKU, sku: "B", unitsPerCarton: 1, cartonLengthCm: 30.48, cartonWidthCm: 30.48, cartonHeightCm: 30.48 };
const SKUS = new Map([["A", SKU], ["B", B]]);
// A: 400 by fast boat, nothing left of its own, event P50 80 / P90 100, 10/day after → spare 400 − 100 = 300 = 30 cartons; 4 + 320 ÷ 10 = 36 days of supply.
// B: 20 of its own + 30 by fast boat (30 ft³), P50 30 / P90 40, 5/day → spare min(30, 50 − 40) = 10 cartons; 4 + 20 ÷ 5 = 8 days.
const LINES = [
  lineWith({ sku: "A", stockAtEventUnits: 0, base: batch("Fast boat → US West", 400), sprint: null, eventDemandP50: 80, eventDemandP90: 100, baselinePerDay: 10, preEventGapUnits: 0 }),
  lineWith({ sku: "B", stockAtEventUnits: 20, base: { ...batch("Fast boat → US West", 30), cubicFeet: 30 }, sprint: null, eventDemandP50: 30, eventDemandP90: 40, baselinePerDay: 5, preEventGapUnits: 0 }),
];

describe("destinationCapacity, worked by hand", () => {
  it("is under the limit, or has none, with nothing to move", () => {
    const [c] = destinationCapacity(["Amazon US"], LINES, SKUS, { ...POLICY, capacityCubicFeet: 200 });
    // hand: A 400 × 0.211888 = 84.7552; B 20 × 1 + 30 = 50 → 134.7552 ft³
    expect(c.cubicFeet).toBeCloseTo(134.7552, 3);
    expect(c).toMatchObject({ limit: 200, overage: 0, overageFeeUsd: 0, moves: [], movedCubicFeet: 0, threePlCostUsd: 0 });
    expect(destinationCapacity(["Amazon US"], LINES, SKUS, POLICY)[0].limit).toBeNull();
  });

  it("over the limit: the fee, and the cartons the event does not need, slowest seller first, with the later batch's and the 3PL's cost", () => {
    const [c] = destinationCapacity(["Amazon US"], LINES, SKUS, { ...POLICY, capacityByDestination: { "amazon us": 100 } });
    // hand: overage 134.7552 − 100 = 34.7552 → fee 347.55 at $10; A first (36 days vs 8): ⌈34.7552 ÷ 2.11888⌉ = 17 cartons = 36.02096 ft³
    // later batch sellable 2026-12-01 (end + 1): saves storage 11-20 … 11-30 = 36.02096 × 2.40 × 11/30 = 31.6984;
    // 3PL $3.78/ft³ (200 ÷ 52.97) × 36.02096 = 136.159
    expect(c.overage).toBeCloseTo(34.7552, 3);
    expect(c.overageFeeUsd).toBeCloseTo(347.552, 2);
    expect(c.moves.map((m) => [m.sku, m.cartons, m.units])).toEqual([["A", 17, 170]]);
    expect(c.movedCubicFeet).toBeCloseTo(36.02096, 3);
    expect(c.laterSellableSerial).toBe(POLICY.end + 1);
    expect(c.laterStorageSavingUsd).toBeCloseTo(31.6984, 3);
    expect(c.threePlCostUsd).toBeCloseTo(136.159, 2);
  });

  it("moves every spare carton when they do not cover the overage, and charges the fees given", () => {
    const [c] = destinationCapacity(["Amazon US"], LINES, SKUS, { ...POLICY, capacityCubicFeet: 10, overageFeePerCubicFoot: 9, threePlCostPerCubicFoot: 2 });
    // hand: overage 124.7552; A's 30 cartons 63.5664 + B's 10 = 73.5664 ft³ moved, 51.1888 still over; fee 9 × 124.7552; 3PL 2 × 73.5664
    expect(c.moves.map((m) => [m.sku, m.cartons, m.units])).toEqual([["A", 30, 300], ["B", 10, 10]]);
    expect(c.movedCubicFeet).toBeCloseTo(73.5664, 3);
    expect(c.overageFeeUsd).toBeCloseTo(1122.797, 2);
    expect(c.threePlCostUsd).toBeCloseTo(147.133, 2);
  });

  it("counts each destination's own lines against its own limit", () => {
    const de = LINES.map((l) => ({ ...l, destination: "Amazon DE" }));
    const [us, germany] = destinationCapacity(["Amazon US", "Amazon DE"], [LINES[0], de[1]], SKUS, { ...POLICY, capacityByDestination: { "Amazon US": 100, "Amazon DE": 40 } });
    // hand: US only A's 84.7552 (under 100); DE only B's 50 (10 over: B's 10 spare cartons of 1 ft³ cover it)
    expect(us.cubicFeet).toBeCloseTo(84.7552, 3);
    expect(us.overage).toBe(0);
    expect(germany.overage).toBeCloseTo(10, 9);
    expect(germany.moves.map((m) => [m.sku, m.cartons])).toEqual([["B", 10]]);
  });
});
