/**
 * Scenarios planned in full on the flat book (flatBook.ts: 10 units a day, uplift 1, 4-day event
 * from 2026-11-27 with 14 cover days, plan date 2026-09-18 = 46283, receiving 14, safety 7 days),
 * the SKU's goods ready 10 days after the plan date: 2026-09-28 (46293).
 */
import { isoFromSerial } from "../../../../src/engine/dates";
import { DEFAULT_LANES } from "../../../../src/engine/plan/defaultLanes";
import { planEvent } from "../../../../src/engine/plan/planEvent";
import { planScenarios } from "../../../../src/engine/scenarios/planScenarios";
import type { Scenario } from "../../../../src/engine/scenarios/scenario";
import { flatSeries, POLICY, SKU } from "../plan/flatBook";

const INPUT = { series: [flatSeries()], skus: [{ ...SKU, supplierLeadDays: 10 }], lanes: DEFAULT_LANES, policy: POLICY };
const BASE = planEvent(INPUT);
const OCEAN: Scenario = { name: "ocean slips 14 days", transitSlips: [{ target: { kind: "mode", mode: "sea" }, days: 14 }, { target: { kind: "mode", mode: "fast-sea" }, days: 14 }], disabled: [] };
const GROWTH: Scenario = { name: "growth 1.3", growth: 1.3, transitSlips: [], disabled: [] };

function compare(scenarios: readonly Scenario[]) {
  const r = planScenarios(INPUT, BASE, scenarios);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe("planScenarios", () => {
  it("ships by fast boat in the base plan: ship-by = arrive-by 2026-11-06 − 22 worst transit − 5 handling", () => {
    const line = BASE.lines[0];
    // arrive-by = 2026-11-27 − 7 safety − 14 receiving = 2026-11-06; − 27 days = 2026-10-10, after the goods are ready (2026-09-28).
    expect(line.base?.lane).toBe("Fast boat → US West");
    expect(isoFromSerial(line.base?.shipBy ?? 0)).toBe("2026-10-10");
  });

  it("pushes the SKU from the fast boat to air when the ocean slips 14 days", () => {
    const { scenarios } = compare([OCEAN]);
    const [ocean] = scenarios;
    // Fast boat ship-by 2026-10-10 − 14 = 2026-09-26, two days before the goods are ready (2026-09-28):
    // the fast boat is gone; air's ship-by 2026-11-06 − 10 worst − 2 handling = 2026-10-25 still holds.
    expect(ocean.figures.unitsByMode["fast-sea"]).toBeUndefined();
    expect(ocean.figures.unitsByLane.map((l) => l.lane)).toEqual(["Air → US West"]);
    expect(isoFromSerial(ocean.figures.earliestShipBy ?? 0)).toBe("2026-10-25");
    expect(isoFromSerial(compare([]).base.earliestShipBy ?? 0)).toBe("2026-10-10");
  });

  it("prices what not preparing for the slip costs: the base plan's fast-boat batch is late", () => {
    const line = BASE.lines[0];
    const base = compare([]).base;
    const [ocean] = compare([OCEAN]).scenarios;
    const fastBoat = line.base?.units ?? 0;
    const air = line.sprint?.units ?? 0;
    expect(ocean.basePlanIfItHappens.lateUnits).toBe(fastBoat);
    // Only the air batch serves: it sells min(air, 70 pre-event units) = air units, all of them;
    // demand = 70 pre-event (7 days × 10) + 180 window (40 event + 140 cover) = 250.
    expect(line.preEventGapUnits).toBeCloseTo(70, 6);
    expect(line.windowDemandMean).toBeCloseTo(180, 6);
    expect(ocean.basePlanIfItHappens.expectedFillRate).toBeCloseTo(air / 250, 6);
    // profit = m × air − o × (fast boat + air − air) − logistics of both batches (shipped all the same).
    const o = line.leftoverCostUsd;
    expect(ocean.basePlanIfItHappens.expectedProfitUsd).toBeCloseTo(7 * air - o * fastBoat - base.logisticsUsd, 6);
    expect(ocean.figures.expectedProfitUsd).toBeGreaterThan(ocean.basePlanIfItHappens.expectedProfitUsd);
    // Its air-only plan earns the same if the ocean keeps time: air arrives either way.
    expect(ocean.ifBaseHappens.expectedProfitUsd).toBeCloseTo(ocean.figures.expectedProfitUsd, 6);
    expect(ocean.ifBaseHappens.expectedProfitUsd).toBeLessThan(base.expectedProfitUsd);
  });

  it("scales the event's expected demand by the scenario's growth: 40 × 1.3 + 140 cover = 192", () => {
    const scenarioLine = planEvent({ ...INPUT, policy: { ...POLICY, growth: 1.3 } }).lines[0];
    expect(BASE.lines[0].windowDemandMean).toBeCloseTo(40 + 140, 6);
    expect(scenarioLine.windowDemandMean).toBeCloseTo(40 * 1.3 + 140, 6);
    const [growth] = compare([GROWTH]).scenarios;
    const units = (f: typeof growth.figures) => f.unitsByLane.reduce((s, l) => s + l.units, 0);
    expect(units(growth.figures)).toBeGreaterThan(units(compare([]).base));
    // The base plan, stocked for 180, fills less of the grown demand than the plan made for it.
    expect(growth.basePlanIfItHappens.expectedFillRate ?? 1).toBeLessThan(growth.figures.expectedFillRate ?? 0);
    expect(growth.basePlanIfItHappens.lateUnits).toBe(0);
  });

  it("leaves a scenario without overrides equal to the base plan", () => {
    const [same] = compare([{ name: "same", transitSlips: [], disabled: [] }]).scenarios;
    const base = compare([]).base;
    expect(same.figures).toEqual(base);
    expect(same.basePlanIfItHappens.expectedProfitUsd).toBeCloseTo(base.expectedProfitUsd, 9);
  });

  it("does not ship a batch on a lane the scenario disables", () => {
    const [noAir] = compare([{ name: "no air", transitSlips: [], disabled: [{ kind: "mode", mode: "air" }] }]).scenarios;
    expect(noAir.figures.unitsByMode.air).toBeUndefined();
    expect(noAir.basePlanIfItHappens.unshippedUnits).toBe(BASE.lines[0].sprint?.units);
  });
});
