/**
 * The two-stage (quick-response) newsvendor: a base batch committed early on a cheap, slow lane,
 * a sprint batch decided later on a dear, fast lane when the sales to date are known.
 */
import { normalCdf, normalLoss, normalPdf } from "../stats/normalCdf";
import { normalQuantile } from "../stats/normalQuantile";

/** The unit economics of issue 11 §1, USD per unit. */
export interface UnitEconomics {
  /** m: price − unit cost − marketplace fees (what a sale earns before logistics). */
  readonly marginUsd: number;
  /** o: the cost of a unit left over after the window (storage until sold, markdown). */
  readonly leftoverUsd: number;
}

/**
 * The newsvendor's critical ratio on one lane, CR = (m − k) ÷ (m + o): a unit shipped at landed
 * logistics k earns m − k when it sells and loses k + o when it is left over, so the last unit
 * worth stocking sells with probability CR (underage m − k, overage k + o; Cachon & Terwiesch,
 * *Matching Supply with Demand*, the newsvendor model; Silver, Pyke & Thomas §9 "style goods").
 * ≤ 0 when the lane does not pay its freight (k ≥ m): nothing should go by it.
 * @example laneCriticalRatio({ marginUsd: 7, leftoverUsd: 1 }, 2) // 0.625: (7 − 2) ÷ (7 + 1)
 */
export function laneCriticalRatio(unit: UnitEconomics, landedUsd: number): number {
  const denominator = unit.marginUsd + Math.max(0, unit.leftoverUsd);
  return denominator > 0 ? (unit.marginUsd - landedUsd) / denominator : 0;
}

/** Points of the quadrature over the sprint's information (Simpson's rule, even). */
const QUADRATURE_STEPS = 48;
const Z_RANGE = 8;

/**
 * E[1{U ≤ u} · Φ((ξ − s·U) ÷ σ₂)] for U ~ N(0, 1): the bivariate normal P(U ≤ u, D ≤ ξ) with
 * D = s·U + σ₂·W, by Simpson's rule on [−8, u].
 */
function jointBelow(u: number, xi: number, s: number, sigma2: number): number {
  const lo = -Z_RANGE;
  const hi = Math.min(u, Z_RANGE);
  if (hi <= lo) return 0;
  const h = (hi - lo) / QUADRATURE_STEPS;
  let sum = 0;
  for (let i = 0; i <= QUADRATURE_STEPS; i++) {
    const x = lo + i * h;
    const weight = i === 0 || i === QUADRATURE_STEPS ? 1 : i % 2 === 1 ? 4 : 2;
    sum += weight * normalPdf(x) * normalCdf((xi - s * x) / sigma2);
  }
  return (sum * h) / 3;
}

/**
 * The probability level the BASE batch covers when a sprint can top it up later, for demand
 * D ~ N(μ, σ²) as seen on the plan date of which a share ρ of the variance is resolved by the
 * sales known at the sprint's decision (the quick-response model with demand updating: Fisher &
 * Raman 1996, "Reducing the cost of demand uncertainty through accurate response to early sales",
 * Operations Research 44(1); Cachon & Terwiesch, ch. "Quick response"/"Reactive capacity").
 *
 * Standardised (the answer does not depend on μ, σ): the sprint's information is U ~ N(0, 1) with
 * D = s·U + σ₂·W, s = √ρ, σ₂ = √(1 − ρ); at the sprint's decision the re-plan stocks up to its own
 * newsvendor quantity T(U) = s·U + z_s·σ₂, z_s = Φ⁻¹(CR_s), CR_s = (m − k_s) ÷ (m + o). A base
 * level ξ is worth one more unit while
 *   V′(ξ) = (k_s − k_b)·P(T > ξ) + (m − k_b)·P(T ≤ ξ) − (m + o)·P(T ≤ ξ, D ≤ ξ) > 0
 * (where the sprint would have sent that unit, the base saves k_s − k_b; where it would not, the unit
 * is a newsvendor unit at the base's cost). V′ falls in ξ; the root ξ* is found by bisection and the
 * level returned is Φ(ξ*). The two ends are closed forms:
 * - ρ = 1 (the sprint sees the demand): Φ(ξ*) = (k_s − k_b) ÷ (k_s + o), the reactive-capacity ratio
 *   with the sprint's cost as the underage (in general (min(m, k_s) − k_b) ÷ (min(m, k_s) + o); here k_s < m);
 * - ρ = 0 (the sprint learns nothing): the base takes everything, Φ(ξ*) = (m − k_b) ÷ (m + o).
 * Without a sprint that pays (k_s ≥ m, or none), the base is the one-stage newsvendor (m − k_b) ÷ (m + o).
 * The result is clamped to [0, 0.9999]; ≤ 0 means no base (the slow lane does not pay, or costs more than the sprint).
 * @param unit m and o, USD/unit
 * @param baseLandedUsd k_b, USD/unit
 * @param sprintLandedUsd k_s, USD/unit; null = no sprint lane
 * @param informationShare ρ in [0, 1]
 * @example baseProbabilityLevel({ marginUsd: 7, leftoverUsd: 1 }, 2, 4, 1) // 0.4: (4 − 2) ÷ (4 + 1)
 * @example baseProbabilityLevel({ marginUsd: 7, leftoverUsd: 1 }, 2, 4, 0) // 0.625: (7 − 2) ÷ (7 + 1)
 */
export function baseProbabilityLevel(unit: UnitEconomics, baseLandedUsd: number, sprintLandedUsd: number | null, informationShare: number): number {
  const single = clampLevel(laneCriticalRatio(unit, baseLandedUsd));
  if (sprintLandedUsd === null || sprintLandedUsd >= unit.marginUsd) return single;
  if (sprintLandedUsd <= baseLandedUsd) return 0;
  const rho = Math.min(1, Math.max(0, informationShare));
  if (rho >= 1 - 1e-9) return clampLevel((sprintLandedUsd - baseLandedUsd) / (sprintLandedUsd + Math.max(0, unit.leftoverUsd)));
  if (rho <= 1e-9) return single;
  const m = unit.marginUsd;
  const o = Math.max(0, unit.leftoverUsd);
  const kb = baseLandedUsd;
  const ks = sprintLandedUsd;
  const s = Math.sqrt(rho);
  const sigma2 = Math.sqrt(1 - rho);
  const zs = normalQuantile(clampLevel(laneCriticalRatio(unit, ks)));
  const slope = (xi: number): number => {
    const u = (xi - zs * sigma2) / s;
    const below = normalCdf(u);
    return (ks - kb) * (1 - below) + (m - kb) * below - (m + o) * jointBelow(u, xi, s, sigma2);
  };
  let lo = -Z_RANGE;
  let hi = Z_RANGE;
  if (slope(lo) <= 0) return 0;
  if (slope(hi) >= 0) return clampLevel(1);
  for (let i = 0; i < 60 && hi - lo > 1e-5; i++) {
    const mid = (lo + hi) / 2;
    if (slope(mid) > 0) lo = mid;
    else hi = mid;
  }
  return clampLevel(normalCdf((lo + hi) / 2));
}

function clampLevel(p: number): number {
  return Number.isFinite(p) ? Math.min(0.9999, Math.max(0, p)) : 0;
}

/**
 * The sprint the re-plan is expected to send, units: E[(T − S)⁺] where S is the stock the event
 * will have without it (base + stock there) and T the re-plan's target, the quantile at CR_s of the
 * demand as known at the sprint's decision, in the normal model of {@link baseProbabilityLevel}:
 * T = μ_U + z_s·σ√(1 − ρ) with μ_U ~ N(μ, ρσ²), so E[(T − S)⁺] = σ√ρ · L((S − μ − z_s·σ√(1 − ρ)) ÷ σ√ρ)
 * with L the standard normal loss function ({@link normalLoss}); ρ = 0 gives (μ + z_s·σ − S)⁺.
 * @param meanUnits μ of the window's demand, units
 * @param sdUnits σ of the window's demand, units
 * @param stockUnits S, units at the event before the sprint
 * @param sprintLevel CR_s (or the floor above it), in (0, 1)
 * @param informationShare ρ in [0, 1]
 * @example expectedSprintUnits(100, 30, 100, 0.5, 1) // 11.968: 30 × L(0) = 30 × 0.39894
 */
export function expectedSprintUnits(meanUnits: number, sdUnits: number, stockUnits: number, sprintLevel: number, informationShare: number): number {
  if (!(sprintLevel > 0)) return 0;
  const rho = Math.min(1, Math.max(0, informationShare));
  const sigma = Math.max(0, sdUnits);
  const z = normalQuantile(Math.min(0.9999, sprintLevel));
  const center = meanUnits + z * sigma * Math.sqrt(1 - rho);
  const spread = sigma * Math.sqrt(rho);
  if (spread <= 1e-12) return Math.max(0, center - stockUnits);
  return spread * normalLoss((stockUnits - center) / spread);
}
