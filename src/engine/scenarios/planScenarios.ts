/**
 * The base plan and each scenario's full plan side by side: what each assumption does to the
 * units, the lanes, the cost and the expected profit, and what the base plan (made without it)
 * earns if it happens.
 */
import { ok, type Result } from "../errors";
import type { EventPlan } from "../plan/planEvent";
import { planSeason, type PlanSeasonInput } from "../season/planSeason";
import { applyScenario, type ScenarioInputs } from "./applyScenario";
import { planFigures, type PlanFigures } from "./planFigures";
import { planUnder, type PlanUnder } from "./planUnder";
import type { Scenario } from "./scenario";

/** One scenario's results (figures only: plain data that crosses to the task pane's thread). */
export interface ScenarioResult {
  readonly scenario: Scenario;
  /** The scenario's own full plan. */
  readonly figures: PlanFigures;
  /** The base plan if this scenario happens. */
  readonly basePlanIfItHappens: PlanUnder;
  /** This scenario's plan if the base case happens instead. */
  readonly ifBaseHappens: PlanUnder;
}

/** The comparison: the base plan's figures and one result per scenario, in sheet order. */
export interface ScenarioComparison {
  readonly base: PlanFigures;
  readonly scenarios: readonly ScenarioResult[];
}

/**
 * Runs each scenario's full plan ({@link planSeason} — one event, or the season's events in date
 * order, as the base plan — on {@link applyScenario}'s inputs, the same sales and SKUs) and compares it with the base plan: {@link planFigures} of each, the base plan
 * met by the scenario and the scenario's plan met by the base case ({@link planUnder}).
 * Cost: one full plan per scenario.
 * @param baseInput the base plan's input, as planFromSheets gave it to planEvent
 * @param sheet the Scenarios sheet's name, for the cell a bad scenario names
 * @param onProgress (done, total) over every scenario's SKUs
 * @returns the comparison, or the first scenario that cannot be planned (every lane disabled), its cell named
 * @example planScenarios(input, basePlan, [{ name: "no air", transitSlips: [], disabled: [{ kind: "mode", mode: "air" }] }]).value.scenarios[0].figures.unitsByMode.air // undefined
 */
export function planScenarios(
  baseInput: PlanSeasonInput,
  basePlan: EventPlan,
  scenarios: readonly Scenario[],
  sheet?: string,
  onProgress?: (done: number, total: number) => void,
): Result<ScenarioComparison> {
  const baseInputs: ScenarioInputs = { policy: baseInput.policy, lanes: baseInput.lanes, skus: baseInput.skus };
  const world = (plan: EventPlan, inputs: ScenarioInputs) => ({ plan, inputs });
  const results: ScenarioResult[] = [];
  const total = baseInput.skus.length * scenarios.length;
  for (const [k, scenario] of scenarios.entries()) {
    const cell = { ...(sheet !== undefined ? { sheet } : {}), ...(scenario.row !== undefined ? { row: scenario.row } : {}), column: "DisableModes" };
    const inputs = applyScenario(baseInputs, scenario, cell);
    if (!inputs.ok) return inputs;
    const { onProgress: _ignored, ...rest } = baseInput;
    const progress = onProgress ? { onProgress: (done: number) => onProgress(k * baseInput.skus.length + done, total) } : {};
    const plan = planSeason({ ...rest, ...inputs.value, ...progress });
    const factor = 1 + (scenario.freightIncreasePct ?? 0);
    results.push({
      scenario,
      figures: planFigures(plan),
      basePlanIfItHappens: planUnder(basePlan, world(plan, inputs.value), factor),
      ifBaseHappens: planUnder(plan, world(basePlan, baseInputs), 1 / factor),
    });
  }
  return ok({ base: planFigures(basePlan), scenarios: results });
}
