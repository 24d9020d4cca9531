/**
 * The ScenarioResults table's figures on a tiny plan worked by hand: one SKU whose window demand is
 * Poisson(2) (mean = variance = 2), m = $10, o = $1, 2 units by fast boat shipped by 2026-10-10
 * (46305) with $4 of logistics (freight $3, insurance $0.50, storage $0.50).
 */
import { DEFAULT_LANES } from "../../../../src/engine/plan/defaultLanes";
import type { EventPlan } from "../../../../src/engine/plan/planEvent";
import type { PlanShipment } from "../../../../src/engine/plan/groupBatches";
import type { PlanAlert } from "../../../../src/engine/plan/planAlerts";
import { scenarioLanes } from "../../../../src/engine/scenarios/applyScenario";
import { planFigures } from "../../../../src/engine/scenarios/planFigures";
import { planUnder } from "../../../../src/engine/scenarios/planUnder";
import type { Scenario } from "../../../../src/engine/scenarios/scenario";
import { scenariosTable } from "../../../../src/engine/scenarios/scenariosTable";
import { batch, lineWith, POLICY, SKU } from "../plan/flatBook";

const FAST_BOAT = "Fast boat → US West";
const SOLD = 2 - 4 * Math.exp(-2); // E[min(D, 2)] for Poisson(2) = (1 − e⁻²) + (1 − 3e⁻²) = 1.458659

const shipment: PlanShipment = {
  lane: FAST_BOAT, event: POLICY.name, destination: "Amazon US", mode: "fast-sea", kind: "base", shipBy: 46305, shipByTypical: 46314, arriveBy: 46332, skus: 1, units: 2,
  cartons: 1, cbm: 0.06, cubicFeet: 2.12, chargeableKg: 60, purchaseUsd: 6, freightUsd: 3, dutyUsd: 0, insuranceUsd: 0.5, storageUsd: 0.5, totalUsd: 10,
};
const alert = (severity: PlanAlert["severity"]): PlanAlert => ({ kind: "SHIP_SOON", severity, sku: "A", destination: "", note: { key: "noSalesHistory", params: {} }, details: [], message: "" } as unknown as PlanAlert);

const PLAN: EventPlan = {
  outcomes: [],
  lines: [lineWith({
    windowDemandMean: 2, windowDemandVariance: 2, preEventGapUnits: 0, unitMarginUsd: 10, leftoverCostUsd: 1, stockAtEventUnits: 0,
    base: batch(FAST_BOAT, 2, { shipBy: 46305, freightUsd: 3 }), sprint: null,
  })],
  shipments: [shipment], orders: [], packing: [], cashFlow: [], alerts: [alert("high"), alert("low")], capacity: [], portfolioUplift: null, allocations: new Map(), events: [],
};
const SLIP: Scenario = { name: "fast boat slips 14 days", transitSlips: [{ target: { kind: "mode", mode: "fast-sea" }, days: 14 }], disabled: [] };

describe("planFigures", () => {
  it("adds up units, logistics, expected profit and fill rate", () => {
    const f = planFigures(PLAN);
    expect(f.unitsByMode).toEqual({ "fast-sea": 2 });
    expect(f.logisticsUsd).toBeCloseTo(4, 10); // 3 + 0 + 0.5 + 0.5
    expect(f.expectedProfitUsd).toBeCloseTo(10 * SOLD - 1 * (2 - SOLD) - 4, 10); // 14.0452 − 4 = 10.0452
    expect(f.expectedFillRate).toBeCloseTo(SOLD / 2, 10); // 0.72933
    expect(f.earliestShipBy).toBe(46305);
    expect([f.alerts, f.highAlerts]).toEqual([2, 1]);
  });
});

describe("planUnder", () => {
  it("counts a batch as late when the slipped lane's ship-by falls before the batch's", () => {
    // Fast boat ship-by 2026-11-06 − 22 worst − 5 handling = 2026-10-10 (46305); slipped 14 days: 2026-09-26 (46291) < 46305.
    const late = planUnder(PLAN, { plan: PLAN, inputs: { policy: POLICY, lanes: scenarioLanes(DEFAULT_LANES, SLIP), skus: [SKU] } }, 1);
    expect(late.lateUnits).toBe(2);
    expect(late.expectedFillRate).toBe(0);
    expect(late.expectedProfitUsd).toBeCloseTo(-1 * 2 - 4, 10); // nothing sold, 2 left over at $1, logistics $4
    const onTime = planUnder(PLAN, { plan: PLAN, inputs: { policy: POLICY, lanes: DEFAULT_LANES, skus: [SKU] } }, 1);
    expect(onTime.lateUnits).toBe(0);
    expect(onTime.expectedProfitUsd).toBeCloseTo(planFigures(PLAN).expectedProfitUsd, 10);
  });

  it("raises the freight by the world's factor and drops a missing lane's cost", () => {
    const dearer = planUnder(PLAN, { plan: PLAN, inputs: { policy: POLICY, lanes: DEFAULT_LANES, skus: [SKU] } }, 1.5);
    expect(planFigures(PLAN).expectedProfitUsd - dearer.expectedProfitUsd).toBeCloseTo(1.5, 10); // freight $3 × 0.5
    const gone = planUnder(PLAN, { plan: PLAN, inputs: { policy: POLICY, lanes: DEFAULT_LANES.filter((l) => l.name !== FAST_BOAT), skus: [SKU] } }, 1);
    expect(gone.unshippedUnits).toBe(2);
    expect(gone.expectedProfitUsd).toBe(0); // nothing ships, nothing costs, no stock
  });
});

describe("scenariosTable", () => {
  it("writes the base plan, then each scenario with what not preparing and preparing cost", () => {
    const base = planFigures(PLAN);
    const under = planUnder(PLAN, { plan: PLAN, inputs: { policy: POLICY, lanes: scenarioLanes(DEFAULT_LANES, SLIP), skus: [SKU] } }, 1);
    const table = scenariosTable({ base, scenarios: [{ scenario: SLIP, figures: base, basePlanIfItHappens: under, ifBaseHappens: { ...under, expectedProfitUsd: 7 } }] }, "en");
    const keys = table.columns.map((c) => c.key);
    const cell = (row: number, key: string) => table.rows[row][keys.indexOf(key)];
    expect(table.kind).toBe("ScenarioResults");
    expect(cell(0, "Scenario")).toBe("Base plan");
    expect(cell(0, "CostOfNotPreparing")).toBe(0);
    expect(cell(1, "Scenario")).toBe("fast boat slips 14 days");
    expect(cell(1, "Changes")).toBe("fast sea +14 days");
    expect(cell(1, "Units")).toBe(2);
    expect(cell(1, "UnitsFastSea")).toBe(2);
    expect(cell(1, "UnitsAir")).toBe(0);
    expect(cell(1, "UnitsByLane")).toBe("Fast boat → US West: 2");
    expect(cell(1, "EarliestShipBy")).toBe(46305);
    expect(cell(1, "BasePlanProfitIfItHappens") as number).toBeCloseTo(-6, 10);
    expect(cell(1, "ExpectedProfit")).toBe(10.05); // 10.0452 to the cent
    expect(cell(1, "ExpectedFillRate")).toBe(0.729329); // 1.458659 ÷ 2 to 0.0001 %
    expect(cell(1, "CostOfNotPreparing")).toBe(16.05); // own 10.0452 − (−6), to the cent
    expect(cell(1, "BasePlanLateUnits")).toBe(2);
    expect(cell(1, "CostOfPreparing")).toBe(3.05); // 10.0452 − 7
    const zh = scenariosTable({ base, scenarios: [{ scenario: SLIP, figures: base, basePlanIfItHappens: under, ifBaseHappens: under }] }, "zh-CN");
    expect(zh.rows[0][0]).toBe("基础计划");
    expect(zh.rows[1][1]).toBe("快船 延误 14 天");
    expect(zh.columns.find((c) => c.key === "CostOfNotPreparing")?.zh).toBe("未准备的代价");
  });
});
