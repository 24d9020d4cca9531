/**
 * Newsvendor order quantity for a one-shot event buy, normal demand.
 */
import { ok, type Result } from "../errors";
import { normalQuantile } from "../stats/normalQuantile";
import { checkNonNegative } from "./checkArgument";
import { criticalRatio, type NewsvendorCosts } from "./criticalRatio";

/** Inputs of {@link newsvendorQuantity}: demand in units over the selling window, costs in USD/unit. */
export interface NewsvendorInput extends NewsvendorCosts {
  /** μ, expected demand over the event window (units). */
  readonly meanDemandUnits: number;
  /** σ, standard deviation of that demand (units). */
  readonly sdDemandUnits: number;
}

/** What {@link newsvendorQuantity} returns. */
export interface NewsvendorResult {
  /** Q* = μ + z·σ, at least 0, NOT rounded: round with `roundUpToOrderQuantity`. */
  readonly quantityUnits: number;
  /** cu / (cu + co). */
  readonly criticalRatio: number;
  /** Φ⁻¹(critical ratio). */
  readonly z: number;
}

/**
 * Q* = μ + z·σ with z = Φ⁻¹(cu / (cu + co)): the order that maximises expected
 * profit when demand is normal and there is one chance to buy (Snyder & Shen,
 * the newsvendor problem; Cachon & Terwiesch, the newsvendor model). z comes from our `normalQuantile`, so it is
 * exact where a printed table rounds z to 2 decimals. A very low critical ratio with
 * a wide σ can make μ + z·σ negative; the quantity is then 0.
 * @param input.meanDemandUnits μ (units)
 * @param input.sdDemandUnits σ (units)
 * @param input.underageCostPerUnit cu, lost margin per unit short (USD)
 * @param input.overageCostPerUnit co, holding/clearance loss per unit left over (USD)
 * @returns quantity, critical ratio and z, or NOT_A_NUMBER / NEGATIVE_VALUE / OUT_OF_RANGE
 * @example newsvendorQuantity({ meanDemandUnits: 3192, sdDemandUnits: 1181, underageCostPerUnit: 70, overageCostPerUnit: 20 })
 * // ok({ quantityUnits: 4095.1, criticalRatio: 0.7778, z: 0.7647 }) (O'Neill Hammer 3/2, Cachon & Terwiesch)
 */
export function newsvendorQuantity(input: NewsvendorInput): Result<NewsvendorResult> {
  const mu = checkNonNegative(input.meanDemandUnits, "mean_demand_units");
  if (!mu.ok) return mu;
  const sigma = checkNonNegative(input.sdDemandUnits, "sd_demand_units");
  if (!sigma.ok) return sigma;
  const ratio = criticalRatio(input);
  if (!ratio.ok) return ratio;
  const z = normalQuantile(ratio.value);
  return ok({ quantityUnits: Math.max(0, mu.value + z * sigma.value), criticalRatio: ratio.value, z });
}
