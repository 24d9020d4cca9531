/**
 * What a SKU's stock is expected to earn over the event window, from the plan's own economics
 * (README "How a SKU is planned", item 3): a unit sold earns the margin m, a unit left over costs o,
 * logistics are paid on everything shipped. The window's demand is the plan line's count
 * distribution, so this is the same model the quantities were chosen by.
 */
import type { PlanLine } from "../plan/planLine";
import { countDistribution, type CountDistribution } from "../stats/countDistribution";

/** Units summed one by one up to this many; beyond, on an even grid of this many points (as the floor cost is). */
const SUM_POINTS = 2000;

/**
 * E[min(D, q)], the units of a stock of q expected to sell against demand D:
 * Σ_{x=0}^{q−1} P(D > x) = Σ (1 − F(x)) (the loss-function identity; Cachon & Terwiesch,
 * *Matching Supply with Demand*, "expected sales"). Exact up to 2,000 units, on a grid beyond.
 * @param stockUnits q ≥ 0, units (fractions are cut to whole units)
 * @example expectedSoldUnits(countDistribution(2, 2), 2) // (1 − e⁻²) + (1 − 3e⁻²) = 2 − 4e⁻² = 1.4587
 */
export function expectedSoldUnits(demand: CountDistribution, stockUnits: number): number {
  const q = Math.max(0, Math.floor(stockUnits + 1e-9));
  const step = Math.max(1, Math.ceil(q / SUM_POINTS));
  let sold = 0;
  for (let x = 0; x < q; x += step) sold += Math.min(step, q - x) * (1 - demand.cdf(x));
  return sold;
}

/** A line's expected outcome, units and USD. */
export interface ExpectedOutcome {
  /** Expected demand: the pre-event days the event stock serves + the window's mean, units. */
  readonly demandUnits: number;
  /** Expected units sold of that demand, units. */
  readonly soldUnits: number;
  /** Expected units left after the window (stock that serves it, and late stock), units. */
  readonly leftoverUnits: number;
  /** m × sold − o × leftover, USD (logistics are subtracted by the caller, per shipment). */
  readonly contributionUsd: number;
}

/**
 * The expected outcome of a stock for one plan line: the event stock first sells the pre-event
 * days it serves (`preEventGapUnits`, a forecast), then the window's demand D ~ the line's
 * distribution; late units (arriving after the window starts) sell nothing in it and are left over.
 * sold = min(S, g) + E[min(D, S − g)]; leftover = S + late − sold; contribution = m·sold − o·leftover.
 * @param servingUnits S: stock at the event that serves the window (stock there + batches in time), units
 * @param lateUnits units shipped that arrive too late for the window, units
 * @example lineOutcome({ windowDemandMean: 2, windowDemandVariance: 2, preEventGapUnits: 0, unitMarginUsd: 10, leftoverCostUsd: 1 }, 2, 0)
 * // sold 1.4587, leftover 0.5413, contribution 10 × 1.4587 − 0.5413 = 14.046
 */
export function lineOutcome(
  line: Pick<PlanLine, "windowDemandMean" | "windowDemandVariance" | "preEventGapUnits" | "unitMarginUsd" | "leftoverCostUsd">,
  servingUnits: number,
  lateUnits: number,
): ExpectedOutcome {
  const window = countDistribution(line.windowDemandMean, line.windowDemandVariance);
  const gap = Math.max(0, line.preEventGapUnits);
  const stock = Math.max(0, servingUnits);
  const sold = Math.min(stock, gap) + expectedSoldUnits(window, Math.max(0, stock - gap));
  const leftover = Math.max(0, stock + Math.max(0, lateUnits) - sold);
  return {
    demandUnits: gap + window.mean,
    soldUnits: sold,
    leftoverUnits: leftover,
    contributionUsd: line.unitMarginUsd * sold - Math.max(0, line.leftoverCostUsd) * leftover,
  };
}
