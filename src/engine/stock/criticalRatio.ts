/**
 * The newsvendor critical ratio.
 */
import { ok, type Result } from "../errors";
import { checkPositive } from "./checkArgument";

/** Costs per unit in USD (or any one currency). */
export interface NewsvendorCosts {
  /** Cost of being one unit short: the margin lost on a sale you could not make. */
  readonly underageCostPerUnit: number;
  /** Cost of one unit left over: holding, storage and clearance loss. */
  readonly overageCostPerUnit: number;
}

/**
 * Critical ratio = cu / (cu + co): the probability of not running out that
 * maximises expected profit in a one-shot buy (Snyder & Shen, the newsvendor
 * problem; Cachon & Terwiesch, Matching Supply with Demand, the newsvendor model). Both costs must be > 0: with no overage cost the best order is
 * unlimited, with no underage cost it is nothing.
 * @param costs.underageCostPerUnit cu, lost margin per unit short (USD)
 * @param costs.overageCostPerUnit co, loss per unit left over (USD)
 * @returns the ratio in (0, 1), or NOT_A_NUMBER / NEGATIVE_VALUE / OUT_OF_RANGE naming the cost
 * @example criticalRatio({ underageCostPerUnit: 70, overageCostPerUnit: 20 }) // ok(0.7778): 70 / 90
 */
export function criticalRatio(costs: NewsvendorCosts): Result<number> {
  const cu = checkPositive(costs.underageCostPerUnit, "underage_cost_per_unit");
  if (!cu.ok) return cu;
  const co = checkPositive(costs.overageCostPerUnit, "overage_cost_per_unit");
  if (!co.ok) return co;
  return ok(cu.value / (cu.value + co.value));
}
