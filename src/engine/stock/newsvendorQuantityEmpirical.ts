/**
 * Newsvendor order quantity from demand scenarios (an empirical distribution).
 */
import { ok, type Result } from "../errors";
import { demandStats } from "../stats/demandStats";
import { criticalRatio, type NewsvendorCosts } from "./criticalRatio";

/** Inputs of {@link newsvendorQuantityEmpirical}. */
export interface NewsvendorEmpiricalInput extends NewsvendorCosts {
  /** Equally likely demand outcomes for the event window (units), e.g. simulated or past events scaled. */
  readonly scenarioUnits: readonly number[];
}

/** What {@link newsvendorQuantityEmpirical} returns. */
export interface NewsvendorEmpiricalResult {
  /** One of the scenario values: the smallest Q with F(Q) ≥ critical ratio. */
  readonly quantityUnits: number;
  readonly criticalRatio: number;
}

/** Slack for k/n ≥ ratio, so that e.g. 0.7·10 = 7.000000000000001 still means k = 7. */
const RATIO_SLACK = 1e-9;

/**
 * Q* = the smallest scenario value q with F̂(q) ≥ cu / (cu + co), where F̂ is the
 * empirical distribution of n equally likely scenarios: sort them and take the k-th
 * smallest, k = ⌈ratio · n⌉. This is the exact optimum for a discrete demand
 * distribution (Snyder & Shen, the newsvendor with discrete demand), so no normal
 * assumption is needed. Values are not interpolated.
 * @param input.scenarioUnits equally likely demand outcomes (units), ≥ 0
 * @param input.underageCostPerUnit cu (USD/unit)
 * @param input.overageCostPerUnit co (USD/unit)
 * @returns quantity and critical ratio, or EMPTY_SERIES / NOT_A_NUMBER / NEGATIVE_VALUE / OUT_OF_RANGE
 * @example newsvendorQuantityEmpirical({ scenarioUnits: [10, 20, 30, 40, 50], underageCostPerUnit: 3, overageCostPerUnit: 2 })
 * // ok({ quantityUnits: 30, criticalRatio: 0.6 }): k = ⌈0.6 · 5⌉ = 3, third smallest = 30
 */
export function newsvendorQuantityEmpirical(input: NewsvendorEmpiricalInput): Result<NewsvendorEmpiricalResult> {
  const checked = demandStats(input.scenarioUnits, "Demand scenarios");
  if (!checked.ok) return checked;
  const ratio = criticalRatio(input);
  if (!ratio.ok) return ratio;
  const sorted = [...input.scenarioUnits].sort((a, b) => a - b);
  const n = sorted.length;
  const k = Math.min(n, Math.max(1, Math.ceil(ratio.value * n - RATIO_SLACK)));
  return ok({ quantityUnits: sorted[k - 1], criticalRatio: ratio.value });
}
