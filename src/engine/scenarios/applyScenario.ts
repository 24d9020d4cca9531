/**
 * What a scenario changes in a plan's inputs: the event's growth, the lanes (slipped,
 * disabled, dearer) and the SKUs' production lead times.
 */
import { fail, ok, type ErrorLocation, type Result } from "../errors";
import { listParam, placeParam, quoted } from "../messages/messageText";
import type { EventPolicy, Lane, SkuMaster } from "../plan/types";
import type { LaneTarget, Scenario } from "./scenario";

/** The inputs of one full plan. */
export interface ScenarioInputs {
  readonly policy: EventPolicy;
  readonly lanes: readonly Lane[];
  readonly skus: readonly SkuMaster[];
}

function names(target: LaneTarget, lane: Lane): boolean {
  if (target.kind === "all") return true;
  if (target.kind === "mode") return lane.mode === target.mode;
  return lane.name.trim().toLowerCase() === target.lane.trim().toLowerCase();
}

/**
 * Extra transit days of `lane` in `scenario`: the slip naming the lane, else its mode's, else the
 * one for every lane, else 0.
 * @example slipDaysOf({ ...sea }, { transitSlips: [{ target: { kind: "all" }, days: 3 }, { target: { kind: "mode", mode: "sea" }, days: 14 }] }) // 14
 */
export function slipDaysOf(lane: Lane, scenario: Pick<Scenario, "transitSlips">): number {
  const rank = (t: LaneTarget): number => (t.kind === "lane" ? 0 : t.kind === "mode" ? 1 : 2);
  const hits = scenario.transitSlips.filter((s) => names(s.target, lane)).sort((a, b) => rank(a.target) - rank(b.target));
  return hits[0]?.days ?? 0;
}

/**
 * The lanes of a scenario: those it disables left out; each other lane's typical and worst transit
 * + its slip ({@link slipDaysOf}); rates per kg, per CBM and the minimum charge × (1 + FreightIncreasePct).
 * @example scenarioLanes(DEFAULT_LANES, { name: "no air", transitSlips: [], disabled: [{ kind: "mode", mode: "air" }] }) // the lanes but Air → US West
 */
export function scenarioLanes(lanes: readonly Lane[], scenario: Scenario): Lane[] {
  const factor = 1 + (scenario.freightIncreasePct ?? 0);
  return lanes
    .filter((lane) => !scenario.disabled.some((t) => names(t, lane)))
    .map((lane) => {
      const slip = slipDaysOf(lane, scenario);
      return {
        ...lane,
        transitDays: lane.transitDays + slip,
        transitDaysWorst: lane.transitDaysWorst + slip,
        ratePerKg: lane.ratePerKg * factor,
        ratePerCbm: lane.ratePerCbm * factor,
        minCharge: lane.minCharge * factor,
      };
    });
}

/**
 * Production lead time at a supplier making `capacity` of its normal output: ⌈days ÷ capacity⌉
 * (the same order at 60 % of the output takes 1 ÷ 0.6 as long), days.
 * @example supplierLeadDaysAt(30, 0.6) // 50
 */
export function supplierLeadDaysAt(leadDays: number, capacity: number): number {
  return Math.max(0, Math.ceil(leadDays / capacity - 1e-9));
}

/**
 * The inputs of a scenario's full plan: the policy with the scenario's growth, {@link scenarioLanes}
 * and the SKUs with their lead times at the scenario's supplier capacity ({@link supplierLeadDaysAt}).
 * @param disableCell the scenario's DisableModes cell, which the error names
 * @returns the inputs, or OUT_OF_RANGE when the scenario disables every lane
 * @example applyScenario({ policy, lanes, skus }, { name: "growth 1.3", growth: 1.3, transitSlips: [], disabled: [] }).value.policy.growth // 1.3
 */
export function applyScenario(base: ScenarioInputs, scenario: Scenario, disableCell: ErrorLocation = {}): Result<ScenarioInputs> {
  const lanes = scenarioLanes(base.lanes, scenario);
  if (lanes.length === 0) {
    const modes = listParam(scenario.disabled.map((t) => quoted(t.kind === "mode" ? t.mode : t.kind === "lane" ? t.lane : "*")));
    return fail("scenarioNoLane", "OUT_OF_RANGE", { place: placeParam(disableCell), modes }, disableCell);
  }
  const capacity = scenario.supplierCapacity;
  const skus = capacity === undefined || capacity >= 1 ? base.skus : base.skus.map((s) => ({ ...s, supplierLeadDays: supplierLeadDaysAt(s.supplierLeadDays, capacity) }));
  const policy = scenario.growth === undefined ? base.policy : { ...base.policy, growth: scenario.growth };
  return ok({ policy, lanes, skus });
}
