/**
 * What a scenario changes in a plan's inputs, checked against the default lanes' own numbers.
 */
import { errorText } from "../../../../src/engine/errorText";
import { DEFAULT_LANES } from "../../../../src/engine/plan/defaultLanes";
import { applyScenario, scenarioLanes, slipDaysOf, supplierLeadDaysAt } from "../../../../src/engine/scenarios/applyScenario";
import type { Scenario } from "../../../../src/engine/scenarios/scenario";
import { POLICY, SKU } from "../plan/flatBook";

const lane = (name: string) => {
  const found = DEFAULT_LANES.find((l) => l.name === name);
  if (!found) throw new Error(name);
  return found;
};
const none: Scenario = { name: "none", transitSlips: [], disabled: [] };

describe("applyScenario", () => {
  it("slips a lane by its own name first, then by its mode, then by the slip for every lane", () => {
    const s: Scenario = {
      ...none,
      transitSlips: [{ target: { kind: "all" }, days: 3 }, { target: { kind: "mode", mode: "sea" }, days: 14 }, { target: { kind: "lane", lane: "air → us west" }, days: 1 }],
    };
    expect(slipDaysOf(lane("Sea FCL → US West"), s)).toBe(14);
    expect(slipDaysOf(lane("Fast boat → US West"), s)).toBe(3);
    expect(slipDaysOf(lane("Air → US West"), s)).toBe(1);
    const slipped = scenarioLanes(DEFAULT_LANES, s);
    // Sea FCL: 30 typical, 55 worst (defaultLanes.ts) + 14; fast boat 13, 22 + 3; air 5, 10 + 1.
    expect(slipped.find((l) => l.name === "Sea FCL → US West")).toMatchObject({ transitDays: 44, transitDaysWorst: 69 });
    expect(slipped.find((l) => l.name === "Fast boat → US West")).toMatchObject({ transitDays: 16, transitDaysWorst: 25 });
    expect(slipped.find((l) => l.name === "Air → US West")).toMatchObject({ transitDays: 6, transitDaysWorst: 11 });
  });

  it("leaves out the lanes a scenario disables and raises freight rates and minimums by its increase", () => {
    const lanes = scenarioLanes(DEFAULT_LANES, { ...none, disabled: [{ kind: "mode", mode: "air" }, { kind: "mode", mode: "express" }], freightIncreasePct: 0.2 });
    expect(lanes.map((l) => l.mode)).not.toContain("air");
    expect(lanes.map((l) => l.mode)).not.toContain("express");
    expect(lanes).toHaveLength(DEFAULT_LANES.length - 2);
    // Sea FCL: $120/CBM × 1.2 = $144, minimum $3,000 × 1.2 = $3,600.
    expect(lanes.find((l) => l.name === "Sea FCL → US West")).toMatchObject({ ratePerCbm: 144, minCharge: 3600 });
  });

  it("stretches production at a supplier capacity: ⌈days ÷ share⌉", () => {
    expect(supplierLeadDaysAt(30, 0.6)).toBe(50); // 30 ÷ 0.6 = 50
    expect(supplierLeadDaysAt(10, 0.6)).toBe(17); // 16.67 → 17
    expect(supplierLeadDaysAt(0, 0.6)).toBe(0);
    const r = applyScenario({ policy: POLICY, lanes: DEFAULT_LANES, skus: [{ ...SKU, supplierLeadDays: 30 }] }, { ...none, supplierCapacity: 0.6, growth: 1.3 });
    expect(r.ok && r.value.skus[0].supplierLeadDays).toBe(50);
    expect(r.ok && r.value.policy.growth).toBe(1.3);
    expect(POLICY.growth).toBe(1);
  });

  it("refuses a scenario that disables every lane, naming its DisableModes cell", () => {
    const r = applyScenario({ policy: POLICY, lanes: DEFAULT_LANES, skus: [SKU] }, { ...none, disabled: [{ kind: "mode", mode: "sea" }, { kind: "mode", mode: "fast-sea" }, { kind: "mode", mode: "air" }, { kind: "mode", mode: "express" }] }, { sheet: "Scenarios", row: 4, column: "DisableModes" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(errorText(r.error, "en")).toBe("Scenarios row 4, DisableModes: without 'sea', 'fast-sea', 'air' and 'express' no lane is left to plan with; keep at least one");
    expect(errorText(r.error, "zh-CN")).toContain("没有可用的物流渠道");
  });
});
