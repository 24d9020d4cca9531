import { cartonsThatPay, economicQuantity, type EconomicQuantityInput, type LaneEconomics } from "../../../../src/engine/plan/economicQuantity";
import { countDistribution } from "../../../../src/engine/stats/countDistribution";
import { laneCriticalRatio } from "../../../../src/engine/stock/quickResponse";

/** m = $7, o = $1; the window Poisson(180): its quantiles are scipy.stats.poisson.ppf(p, 180). */
const UNIT = { marginUsd: 7, leftoverUsd: 1 };
const POISSON_180 = countDistribution(180, 180);

/** A lane of landed cost k (only k and the ratio matter here). */
function lane(k: number, name = "Lane"): LaneEconomics {
  return {
    option: { lane: { name } as LaneEconomics["option"]["lane"], dates: { sellableBy: 0, arriveBy: 0, shipBy: 0, shipByTypical: 0 }, freightPerUnitUsd: k, reachable: true, allowed: true },
    landed: { freightUsd: k, dutyUsd: 0, insuranceUsd: 0, storageUsd: 0, totalUsd: k },
    criticalRatio: laneCriticalRatio(UNIT, k),
  };
}

function quantity(over: Partial<EconomicQuantityInput>) {
  return economicQuantity({
    window: POISSON_180, preEventUnits: 0, usableUnits: 0, unit: UNIT, base: null, sprint: null, floorLevel: null, bufferPct: 0, informationShare: 1, unitsPerCarton: 1, ...over,
  });
}

describe("economicQuantity, worked by hand on a Poisson(180) window", () => {
  it("stocks the newsvendor quantile at CR = (m − k) ÷ (m + o) on the one lane that pays", () => {
    // hand: k $2: CR = 5 ÷ 8 = 0.625; qpois(0.625, 180) = 184
    const q = quantity({ base: lane(2) });
    expect(q).toMatchObject({ mode: "base", level: 0.625, economicLevel: 0.625, targetUnits: 184, netNeedUnits: 184, baseCartons: 184, sprintCartons: 0, floor: null });
    // less what is there, plus the pre-event units the event stock serves: 184 + 20 − 50 = 154
    expect(quantity({ base: lane(2), usableUnits: 50, preEventUnits: 20 }).netNeedUnits).toBe(154);
    // stock above the target: nothing
    expect(quantity({ base: lane(2), usableUnits: 190 })).toMatchObject({ netNeedUnits: 0, baseCartons: 0 });
  });

  it("ships nothing on a lane whose k is at least the margin", () => {
    // hand: k $7 and $9 ≥ m $7 → CR ≤ 0 on both
    expect(quantity({ base: lane(7), sprint: lane(9) })).toMatchObject({ mode: "none", netNeedUnits: 0, baseCartons: 0, sprintCartons: 0, level: null });
    // the sprint pays, the slow lane does not: all by the sprint, at its CR (7 − 4) ÷ 8 = 0.375 → qpois = 176
    expect(quantity({ base: lane(7.5), sprint: lane(4) })).toMatchObject({ mode: "sprint", level: 0.375, netNeedUnits: 176 });
  });

  it("splits base and sprint as a two-stage newsvendor", () => {
    // hand (ρ = 1): base level (4 − 2) ÷ (4 + 1) = 0.4 → qpois(0.4, 180) = 176 → 15 cartons of 12 = 180;
    // the re-plan stocks to CR_s = 0.375: expected sprint E[(D − 180)⁺] = √180 × L(0) = 13.4164 × 0.398942 = 5.3524 → 0 cartons (nearest)
    const q = quantity({ base: lane(2), sprint: lane(4), unitsPerCarton: 12 });
    expect(q).toMatchObject({ mode: "two-stage", baseLevel: 0.4, level: 0.375, baseUnits: 176, baseCartons: 15, sprintCartons: 0 });
    expect(q.sprintUnits).toBeCloseTo(5.352372, 5);
    expect(q.netNeedUnits).toBeCloseTo(181.352372, 5); // base before cartons + expected sprint
  });

  it("takes the fast lane's carton across the need only when that carton pays; a slow lane's is rounded up", () => {
    // hand: sprint alone at 0.375: need 176 = 14 cartons of 12 (168) + 8; the 15th (stock 168 … 179) sums
    // Σ (3 − 8 × F(x)) = +3.75 with scipy's poisson.cdf → 15 cartons; the 16th would sum −28.39
    expect(quantity({ sprint: lane(4), unitsPerCarton: 12 }).sprintCartons).toBe(15);
    // slow lane: 184 → ⌈184 ÷ 12⌉ = 16 cartons
    expect(quantity({ base: lane(2), unitsPerCarton: 12 }).baseCartons).toBe(16);
  });

  it("raises the level to a service floor, rounding its cartons up, and prices the floor", () => {
    // hand: floor 0.95 → qpois(0.95, 180) = 202 instead of 184; cost Σ_{x=184}^{201} (8 × F(x) − 5) = $27.65 (scipy's poisson.cdf)
    const q = quantity({ base: lane(2), floorLevel: 0.95, unitsPerCarton: 12 });
    expect(q).toMatchObject({ level: 0.95, economicLevel: 0.625, targetUnits: 202, baseCartons: 17 });
    expect(q.floor).toMatchObject({ kind: "service", units: 202, economicUnits: 184 });
    expect(q.floor?.costUsd).toBeCloseTo(27.651153, 5);
  });

  it("holds a buffer as a least cushion above the median", () => {
    // hand: 1.1 × the window's mid-median 179.83 → 198, level F(198); the target is then 198
    const q = quantity({ base: lane(2), bufferPct: 0.1 });
    expect(q.floor?.kind).toBe("buffer");
    expect(q.targetUnits).toBe(198);
    expect(q.level).toBeCloseTo(POISSON_180.cdf(198), 12);
  });
});

describe("cartonsThatPay", () => {
  it("adds the carton across the need only when its units' marginal profit sums positive", () => {
    // hand: marginal 5 − 0.1x crosses 0 at 50; cartons of 20: two full, the third (40 … 59) sums 100 − 0.1 × 990 = 1 > 0
    expect(cartonsThatPay((x) => 5 - 0.1 * x, 0, 50, 20)).toBe(3);
    // from 10 already there, the third carton covers 50 … 69: 100 − 0.1 × 1190 = −19 → 2
    expect(cartonsThatPay((x) => 5 - 0.1 * x, 10, 40, 20)).toBe(2);
    expect(cartonsThatPay(() => -1, 0, 0, 20)).toBe(0);
  });
});
