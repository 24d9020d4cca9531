/**
 * The demand of a whole stocking window — days before the event, the event days and the cover
 * days after it — as ONE count distribution, with the uncertainty of every day in it (issue 11 §1:
 * the cover days carry their own spread and share the forecast's level error with the event days).
 */
import type { DemandDistribution } from "../forecast/demandDistribution";
import { countDistribution, type CountDistribution } from "../stats/countDistribution";
import type { EventDemand } from "./eventDemand";

/** Inputs of {@link windowDemand}. Days are counted from the baseline's first day (day 0 = the day after the history). */
export interface WindowDemandInput {
  /** The baseline demand's distribution ({@link forecastEventDemand}'s `baseline.distribution`). */
  readonly baseline: DemandDistribution;
  /** The event's demand ({@link eventDemand}): its multiplier of the baseline and that multiplier's cv. */
  readonly event: Pick<EventDemand, "baselineMultiplier" | "multiplierCv" | "distribution">;
  /** First day of the window, baseline days (≤ eventFromDay; = eventFromDay for a window that starts with the event). */
  readonly fromDay: number;
  /** The event's first day and the day after its last, baseline days. */
  readonly eventFromDay: number;
  readonly eventToDay: number;
  /** The day after the window's last day, baseline days (≥ eventToDay). */
  readonly toDay: number;
}

/**
 * Total demand over [fromDay, toDay): the baseline days before the event (P) and after it (C) as
 * they are, the event days (E) × the event's multiplier k of cv c. With B_X the baseline total over X,
 * T = B_P + k·B_E + B_C has
 *   mean  = μ_P + k̄·μ_E + μ_C
 *   Var T = Var B_P + Var B_C + 2 Cov(B_P, B_C) + Var(k·B_E) + 2 k̄ (Cov(B_P, B_E) + Cov(B_E, B_C)),
 * k independent of B (the uplift's uncertainty is its own). Var(k·B_E) is the event total's own
 * variance ({@link DemandDistribution.window} with the multiplier, Goodman 1960), and the covariances
 * come from windows of the same baseline, whose variance model shares the level error between days
 * (forecastDispersion.ts): for adjacent P, E, C
 *   Cov(P, E) = (Var B_PE − Var B_P − Var B_E) ÷ 2,  Cov(E, C) likewise,
 *   Cov(P, C) = (Var B_PEC − Var B_PE − Var B_EC + Var B_E) ÷ 2.
 * The total is a count with these two moments ({@link countDistribution}: negative binomial when
 * over-dispersed). When the baseline forecasts nothing over the event (no multiplier), the event
 * total is taken as independent of the other days.
 * @returns the window's count distribution (units)
 * @example
 * // 18 days of 5/day, Poisson only (b = v = g = 0), event days 0–3 with multiplier 2 and cv 0:
 * // mean 2·20 + 70 = 110; Var = 2·20 (the event's Poisson part) + 70 = 110 → Poisson(110)
 * windowDemand({ baseline: demandDistribution(Array(18).fill(5), noSpread), event: { baselineMultiplier: 2, multiplierCv: 0, … },
 *   fromDay: 0, eventFromDay: 0, eventToDay: 4, toDay: 18 }) // mean 110, variance 110
 */
export function windowDemand(input: WindowDemandInput): CountDistribution {
  const { baseline, event } = input;
  const p0 = Math.min(input.fromDay, input.eventFromDay);
  const e0 = input.eventFromDay;
  const e1 = Math.max(e0, input.eventToDay);
  const c1 = Math.max(e1, input.toDay);
  const v = (from: number, to: number): number => (to > from ? baseline.window(from, to).variance : 0);
  const mu = (from: number, to: number): number => (to > from ? baseline.window(from, to).mean : 0);
  const varP = v(p0, e0);
  const varE = v(e0, e1);
  const varC = v(e1, c1);
  const varPE = v(p0, e1);
  const varEC = v(e0, c1);
  const covPE = (varPE - varP - varE) / 2;
  const covEC = (varEC - varE - varC) / 2;
  const covPC = (v(p0, c1) - varPE - varEC + varE) / 2;
  const k = event.baselineMultiplier;
  if (k === null) {
    const mean = mu(p0, e0) + mu(e1, c1) + event.distribution.mean;
    return countDistribution(mean, varP + varC + 2 * covPC + event.distribution.variance);
  }
  const eventPart = e1 > e0 ? baseline.window(e0, e1, k, event.multiplierCv) : { mean: 0, variance: 0 };
  const mean = mu(p0, e0) + eventPart.mean + mu(e1, c1);
  const variance = varP + varC + 2 * covPC + eventPart.variance + 2 * k * (covPE + covEC);
  return countDistribution(mean, variance);
}
