import { DEFAULT_LANES } from "../../../../src/engine/plan/defaultLanes";
import { landedLogisticsPerUnitUsd } from "../../../../src/engine/plan/landedLogistics";
import { cheapestPayingLane, skuLanes } from "../../../../src/engine/plan/laneEconomics";
import { laneOptions } from "../../../../src/engine/plan/laneOptions";
import { unwrap } from "../stock/testResult";
import { PLAN, POLICY, S, SKU } from "./flatBook";

const options = unwrap(laneOptions(SKU, DEFAULT_LANES, S, 14, 7, PLAN));
const option = (name: string) => options.find((o) => o.lane.name === name) as (typeof options)[number];

describe("landedLogisticsPerUnitUsd (k), worked by hand on the flat book", () => {
  it("adds freight, duty, insurance and the storage from the lane's typical arrival to the window's middle", () => {
    // hand: fast boat $300/CBM × 0.006 = $1.80; duty 0 %; insurance (3 + 1.8) × 1.1 × 0.003 = $0.01584;
    // storage 0.211888 ft³ from 2026-11-11 (sellable-by 11-20 − (22 − 13) days) to 12-06 (start + ⌊18 ÷ 2⌋), at $2.40:
    // 0.508531 × (20/30 + 5/31) = $0.421042 → k = $2.236882
    const k = unwrap(landedLogisticsPerUnitUsd(SKU, option("Fast boat → US West"), POLICY));
    expect(k.freightUsd).toBeCloseTo(1.8, 12);
    expect(k.insuranceUsd).toBeCloseTo(0.01584, 12);
    expect(k.storageUsd).toBeCloseTo(0.421042, 6);
    expect(k.totalUsd).toBeCloseTo(2.236882, 6);
  });

  it("costs air by chargeable weight, with its shorter storage", () => {
    // hand: max(10 kg, 60,000 ÷ 6000) × $5 ÷ 10 = $5.00; insurance 8 × 0.0033 = $0.0264; storage from 11-15 (11-20 − 5): 0.508531 × (16/30 + 5/31) = $0.353238
    expect(unwrap(landedLogisticsPerUnitUsd(SKU, option("Air → US West"), POLICY)).totalUsd).toBeCloseTo(5.379638, 6);
  });

  it("charges duty on the unit cost", () => {
    // hand: 7.5 % × $3 = $0.225 more
    const dutiable = unwrap(landedLogisticsPerUnitUsd({ ...SKU, dutyRate: 0.075 }, option("Fast boat → US West"), POLICY));
    expect(dutiable.dutyUsd).toBeCloseTo(0.225, 12);
    expect(dutiable.totalUsd).toBeCloseTo(2.236882 + 0.225, 6);
  });
});

describe("skuLanes", () => {
  it("picks the cheapest slow and fast lane in time by k, and the cheapest lane that would pay", () => {
    const lanes = unwrap(skuLanes(SKU, options, POLICY, { marginUsd: 2, leftoverUsd: 0.984056 }));
    expect(lanes.base?.option.lane.name).toBe("Fast boat → US West");
    expect(lanes.sprint?.option.lane.name).toBe("Air → US West");
    // hand: CR of the fast boat (2 − 2.236882) ÷ (2 + 0.984056) < 0; sea FCL k $1.421254 pays but its ship-by passed
    expect(lanes.base?.criticalRatio).toBeCloseTo(-0.236882 / 2.984056, 6);
    expect(cheapestPayingLane(lanes.allowed)?.option.lane.name).toBe("Sea FCL → US West");
    expect(cheapestPayingLane(lanes.allowed)?.landed.totalUsd).toBeCloseTo(1.421254, 6);
    expect(lanes.allowed.map((l) => l.option.lane.name)).toEqual(["Sea FCL → US West", "Sea LCL → US West", "Fast boat → US West", "Air → US West", "Express → US West"]);
  });

  it("leaves out the lanes that refuse battery goods", () => {
    const lanes = unwrap(skuLanes({ ...SKU, sensitive: true }, unwrap(laneOptions({ ...SKU, sensitive: true }, DEFAULT_LANES, S, 14, 7, PLAN)), POLICY, { marginUsd: 7, leftoverUsd: 1 }));
    expect(lanes.sprint).toBeNull();
    expect(lanes.allowed.map((l) => l.option.lane.mode)).toEqual(["sea", "sea", "fast-sea"]);
  });
});
