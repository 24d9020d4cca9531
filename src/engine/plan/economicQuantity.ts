/**
 * How many units a SKU should have at the event, and how many go by the base and the sprint lane,
 * from its economics: the newsvendor quantile of the window's demand at each lane's critical ratio
 * (issue 11 §1), with the optional service-level and buffer floors and what they cost.
 */
import type { CountDistribution } from "../stats/countDistribution";
import { baseProbabilityLevel, expectedSprintUnits, type UnitEconomics } from "../stock/quickResponse";
import type { LandedLogistics } from "./landedLogistics";
import type { LaneOption } from "./laneOptions";

/** Defaults of the two-stage plan. */
export const QUICK_RESPONSE_DEFAULTS = Object.freeze({
  /**
   * ρ, the share of the window demand's variance the sales known at the sprint's ship-by resolve
   * (EventPolicy.sprintInformationShare). Chosen by replays on editions before every benchmarked
   * one (bench/tunePlan.ts; README "How a SKU is planned"), never on the benchmarked events.
   */
  informationShare: 0.5,
});

/** Highest probability level stocked to (a CR of 1 would stock without limit). */
const MAX_LEVEL = 0.9999;

/** One lane's economics for one SKU: k and its critical ratio (m − k) ÷ (m + o). */
export interface LaneEconomics {
  readonly option: LaneOption;
  readonly landed: LandedLogistics;
  /** (m − k) ÷ (m + o); ≤ 0 when the lane does not pay its freight. */
  readonly criticalRatio: number;
}

/** Inputs of {@link economicQuantity}: units, USD per unit and probability levels. */
export interface EconomicQuantityInput {
  /** Demand over the event and cover days ({@link windowDemand}). */
  readonly window: CountDistribution;
  /** Forecast sales the event stock serves before the start (the shelf empty from sellable-by), units, added to every target. */
  readonly preEventUnits: number;
  /** Stock that will serve the window before any batch (on hand and in transit, {@link stockAtEvent}), units. */
  readonly usableUnits: number;
  readonly unit: UnitEconomics;
  /** The base (slow) lane chosen, or null. */
  readonly base: LaneEconomics | null;
  /** The sprint (fast) lane chosen, or null. */
  readonly sprint: LaneEconomics | null;
  /** The class's service-level floor, or null for none. */
  readonly floorLevel: number | null;
  /** Least cushion above the window's median, fraction (0 = none). */
  readonly bufferPct: number;
  /** ρ in [0, 1] ({@link QUICK_RESPONSE_DEFAULTS}). */
  readonly informationShare: number;
  /** Units per carton (≥ 1): batches ship in whole cartons. */
  readonly unitsPerCarton: number;
}

/** Which lanes carry the SKU: both (base now, sprint decided later), one, or none that pays. */
export type QuantityMode = "two-stage" | "base" | "sprint" | "none";

/** A floor that raised the quantity above the economic one, and its expected cost. */
export interface FloorCost {
  readonly kind: "service" | "buffer";
  /** The floor's probability level (the buffer's as the window's CDF at (1 + pct) × P50). */
  readonly level: number;
  /** Units at the event with the floor and without it (the economic quantity). */
  readonly units: number;
  readonly economicUnits: number;
  /** Expected profit given up by stocking `units` instead of `economicUnits`, USD. */
  readonly costUsd: number;
}

/** What {@link economicQuantity} returns, units not rounded. */
export interface EconomicQuantity {
  readonly mode: QuantityMode;
  /** The base before cartons, units. */
  readonly baseUnits: number;
  /** The sprint the re-plan at its ship-by is EXPECTED to send (it decides then), units. */
  readonly sprintUnits: number;
  /** Whole cartons of the base: the fewest holding baseUnits. */
  readonly baseCartons: number;
  /** Whole cartons of the sprint: by the fast lane alone, as many as pay ({@link cartonsThatPay}); two-stage, the expected sprint to the nearest carton. */
  readonly sprintCartons: number;
  /** The level the total stock is planned to (the last lane's CR, or a floor above it); null when nothing pays. */
  readonly level: number | null;
  /** The last lane's critical ratio (m − k) ÷ (m + o) before any floor; null when nothing pays. */
  readonly economicLevel: number | null;
  /** Two-stage: the level the base covers (quickResponse.ts); null otherwise. */
  readonly baseLevel: number | null;
  /**
   * Stock wanted at the event, including what is there and the pre-event units: one lane, T(level); two-stage,
   * the stock there + the base + the expected sprint (the re-plan stocks to T(level) of the demand known then).
   */
  readonly targetUnits: number;
  /** targetUnits − usable stock, at least 0: the need (two-stage: base + expected sprint, before cartons). */
  readonly netNeedUnits: number;
  /** The stock already there that serves the window (the input's), units. */
  readonly usableUnits: number;
  readonly floor: FloorCost | null;
}

/**
 * The quantities:
 * - T(p) = the smallest whole q with P(window demand ≤ q) ≥ p ({@link CountDistribution.wholeUnits}, the
 *   discrete newsvendor's optimum) + the pre-event units; the need is T(p) − usable stock.
 * - Two-stage (base and sprint lanes both pay, k_s < m): the base covers T(p_b) − usable, p_b the base's
 *   level given that the sprint tops up ({@link baseProbabilityLevel}, ρ = informationShare); the sprint is
 *   what the re-plan at its ship-by asks for, T(CR_s) of the demand as known then less the stock and the
 *   base in transit — on the plan date its EXPECTED value ({@link expectedSprintUnits}).
 * - One lane pays: T(CR) − usable by it (the slow one when only it pays, the fast one when only it does).
 * - Cartons: a slow-lane batch is rounded up to whole cartons; a fast-lane batch takes the carton across its
 *   need only when it pays ({@link cartonsThatPay}). Chosen on the tuning replays (bench/tunePlan.ts, seven
 *   editions before the benchmarked ones): 74.5 % of the reference's profit, against 74.2 % with the carton
 *   rule for both lanes and 74.4 % rounding both up (an air carton mostly left over is dear; a sea carton is not).
 * - No lane pays: nothing (mode "none").
 * Floors (service level of the class, buffer above the median) raise the LAST decision's level on a lane
 * that pays; their cost = Σ over the extra units x of ((m + o)·F(x) − (m − k)), the expected profit each
 * extra unit gives up at that lane's k (a unit's marginal profit is m − k − (m + o)·F(x)).
 * @example economicQuantity({ window: Poisson(180), preEventUnits: 0, usableUnits: 0, unit: { marginUsd: 7, leftoverUsd: 1 },
 *   base: fastBoat (k 2, CR 0.625), sprint: null, floorLevel: null, bufferPct: 0, informationShare: 0.5 })
 * // mode "base", level 0.625, baseUnits = qpois(0.625, 180) = 184
 */
export function economicQuantity(input: EconomicQuantityInput): EconomicQuantity {
  const { window, unit } = input;
  const pre = Math.max(0, input.preEventUnits);
  const usable = Math.max(0, input.usableUnits);
  const perCarton = Math.max(1, Math.floor(input.unitsPerCarton));
  const target = (p: number): number => (p > 0 ? window.wholeUnits(Math.min(MAX_LEVEL, p)) + pre : 0);
  const basePays = input.base !== null && input.base.criticalRatio > 0;
  const sprintPays = input.sprint !== null && input.sprint.criticalRatio > 0;
  const last = sprintPays ? input.sprint : basePays ? input.base : null;
  if (!last) {
    return { mode: "none", baseUnits: 0, sprintUnits: 0, baseCartons: 0, sprintCartons: 0, level: null, economicLevel: null, baseLevel: null, targetUnits: 0, netNeedUnits: 0, usableUnits: usable, floor: null };
  }
  const economicLevel = Math.min(MAX_LEVEL, last.criticalRatio);
  const floor = floorOf(input, economicLevel, target, last.landed.totalUsd, pre);
  const level = floor ? floor.level : economicLevel;
  const cartonsFor = (units: number): number => Math.max(0, Math.ceil(units / perCarton - 1e-9));
  // Marginal expected profit of one more unit at a total stock of x units on a lane of landed cost k.
  const marginal = (k: number) => (x: number): number => unit.marginUsd - k - (unit.marginUsd + Math.max(0, unit.leftoverUsd)) * window.cdf(x - pre);
  if (basePays && sprintPays) {
    const baseLevel = baseProbabilityLevel(unit, (input.base as LaneEconomics).landed.totalUsd, (input.sprint as LaneEconomics).landed.totalUsd, input.informationShare);
    const baseUnits = Math.max(0, target(baseLevel) - usable);
    const baseCartons = cartonsFor(baseUnits);
    const sprintUnits = expectedSprintUnits(window.mean + pre, Math.sqrt(window.variance), usable + baseCartons * perCarton, level, input.informationShare);
    // The stock expected at the event: what is there, the base and the expected sprint.
    const expected = baseUnits + sprintUnits;
    return {
      mode: "two-stage", baseUnits, sprintUnits, baseCartons, sprintCartons: Math.round(sprintUnits / perCarton), level, economicLevel, baseLevel,
      targetUnits: usable + expected, netNeedUnits: expected, usableUnits: usable, floor,
    };
  }
  const mode: QuantityMode = sprintPays ? "sprint" : "base";
  const targetUnits = target(level);
  const netNeedUnits = Math.max(0, targetUnits - usable);
  return {
    mode,
    baseUnits: mode === "base" ? netNeedUnits : 0,
    sprintUnits: mode === "sprint" ? netNeedUnits : 0,
    baseCartons: mode === "base" ? cartonsFor(netNeedUnits) : 0,
    // A floor is a minimum: rounded up. A fast-lane batch otherwise takes the carton across its need only when that carton pays.
    sprintCartons: mode === "sprint" ? (floor ? cartonsFor(netNeedUnits) : cartonsThatPay(marginal(last.landed.totalUsd), usable, netNeedUnits, perCarton)) : 0,
    level,
    economicLevel,
    baseLevel: null,
    targetUnits,
    netNeedUnits,
    usableUnits: usable,
    floor,
  };
}

/** The floor that binds above the economic level (the higher of the service floor and the buffer), with its cost. */
function floorOf(input: EconomicQuantityInput, economicLevel: number, target: (p: number) => number, landedUsd: number, pre: number): FloorCost | null {
  const { window } = input;
  const service = input.floorLevel !== null && input.floorLevel > economicLevel ? Math.min(MAX_LEVEL, input.floorLevel) : null;
  const bufferUnits = input.bufferPct > 0 ? Math.ceil((1 + input.bufferPct) * window.quantile(0.5) - 1e-9) : 0;
  const bufferLevel = input.bufferPct > 0 ? Math.min(MAX_LEVEL, window.cdf(bufferUnits)) : 0;
  const buffer = bufferLevel > economicLevel ? bufferLevel : null;
  if (service === null && buffer === null) return null;
  const kind = service !== null && (buffer === null || service >= buffer) ? "service" : "buffer";
  const level = kind === "service" ? (service as number) : (buffer as number);
  const economicUnits = target(economicLevel);
  const units = target(level);
  const m = input.unit.marginUsd;
  const o = Math.max(0, input.unit.leftoverUsd);
  return { kind, level, units, economicUnits, costUsd: extraUnitsCost(window, economicUnits - pre, units - pre, m, landedUsd, o) };
}

/** Units summed one by one up to this many; beyond, on an even grid of this many points. */
const COST_POINTS = 2000;

/**
 * Σ_{x = from}^{to − 1} ((m + o)·F(x) − (m − k)), USD: what stocking units from..to of the window costs in
 * expected profit (F the window's CDF); exact up to 2,000 units, on a grid beyond.
 */
function extraUnitsCost(window: CountDistribution, from: number, to: number, m: number, k: number, o: number): number {
  const n = Math.max(0, to - from);
  const step = Math.max(1, Math.ceil(n / COST_POINTS));
  let cost = 0;
  for (let x = from; x < to; x += step) cost += Math.min(step, to - x) * ((m + o) * window.cdf(x) - (m - k));
  return Math.max(0, cost);
}

/**
 * Whole cartons toward `needUnits` (not rounded) on top of `fromUnits` already there: the full cartons
 * below the need, and the carton across it only when it pays — when its units' marginal expected profit
 * sums positive (the newsvendor with a lot size: expected profit is concave in the units, so over whole
 * cartons it peaks at one of the two cartons around the unrounded optimum; Silver, Pyke & Thomas, the
 * newsvendor with discrete order quantities).
 * @param marginalUsd expected profit of one more unit when the stock is x units, USD (decreasing in x)
 * @example cartonsThatPay((x) => 5 - 0.1 * x, 0, 50, 20) // 3: cartons 1–2 (units 0–39) pay; the third (40–59) sums 20 × 5 − 0.1 × 990 = 1 > 0
 */
export function cartonsThatPay(marginalUsd: (stockUnits: number) => number, fromUnits: number, needUnits: number, unitsPerCarton: number): number {
  const c = Math.max(1, Math.floor(unitsPerCarton));
  const full = Math.max(0, Math.floor(needUnits / c + 1e-9));
  const start = fromUnits + full * c;
  let sum = 0;
  for (let j = 0; j < c; j++) sum += marginalUsd(start + j);
  return sum > 0 ? full + 1 : full;
}
