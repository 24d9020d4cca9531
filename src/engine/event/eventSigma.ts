/**
 * The standard deviation of a SKU's event-window demand total.
 */
import { sampleStandardDeviation } from "simple-statistics";

export interface EventSigmaInput {
  /** Baseline forecast sd per event day (units/day). */
  readonly sdUnitsPerDay: readonly number[];
  /** ρ, correlation between the forecast errors of any two event days, 0 … 1. */
  readonly dayCorrelation: number;
  /** The uplift applied to the baseline. */
  readonly uplift: number;
  /** The event's P50 (units). */
  readonly p50Units: number;
  /** The SKU's per-year uplifts from usable past events. */
  readonly ownUplifts: readonly number[];
  /** Year-to-year cv of the portfolio's uplift, used when the SKU has fewer than 2 years; null when unknown. */
  readonly portfolioUpliftCv: number | null;
}

export interface EventSigma {
  /** sd of the event total (units). */
  readonly sigmaUnits: number;
  /** sd of the baseline forecast's sum over the event days, before uplift (units). */
  readonly baselineSumSdUnits: number;
  /** baselineSumSdUnits × uplift (units). */
  readonly sigmaFromBaseline: number;
  /** P50 × cv of the uplift (units). */
  readonly sigmaFromUplift: number;
  /** √P50, the Poisson floor (units). */
  readonly poissonFloorUnits: number;
  readonly upliftCv: number;
  readonly upliftCvSource: "own" | "portfolio" | "none";
  /** One plain-English clause naming the parts. */
  readonly explanation: string;
}

/** Sample cv (sd ÷ mean) of at least 2 values with a positive mean; null otherwise. */
function sampleCv(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return mean > 0 ? sampleStandardDeviation(values as number[]) / mean : null;
}

const r1 = (x: number): string => String(Math.round(x * 10) / 10);

/**
 * σ of the event total, from three sources:
 * 1. the baseline forecast over the n event days, with every pair of days'
 *    errors correlated by ρ: Var(Σ) = (1 − ρ)·Σsdᵢ² + ρ·(Σsdᵢ)², which for
 *    equal sds is n·sd²·(1 + ρ(n − 1)). ρ = 0 (independent days) is too
 *    narrow, since a wrong level is wrong on every day; ρ = 1 (perfectly
 *    correlated) too wide, since day-to-day noise does cancel. The default
 *    ρ = 0.3 sits between; scaled by the uplift: σ_b = uplift·√Var(Σ);
 * 2. the uplift's own uncertainty: σ_u = P50 × cv of the SKU's per-year
 *    uplifts (sample sd ÷ mean, when it has ≥ 2 usable years; else the
 *    portfolio's year-to-year cv when given; else 0);
 * 3. a Poisson floor: counts of units cannot be surer than σ = √P50.
 * σ = max(√(σ_b² + σ_u²), √P50). The baseline term is not shrunk by the
 * last-year weight: last year's window is no better a guess of this year's
 * noise than the forecast is.
 * Sources: variance of a sum of equicorrelated variables (any probability text,
 * e.g. Ross, *A First Course in Probability*, §7.4); FPP3 §5.5 for forecast sd.
 * @example
 * // 4 days, sd 2/day, ρ 0.3, uplift 3, P50 120, no past-year spread:
 * // Var(Σ) = 4·4·(1 + 0.3·3) = 30.4; σ_b = 3·√30.4 = 16.54; floor √120 = 10.95 → σ = 16.54
 */
export function eventSigma(input: EventSigmaInput): EventSigma {
  const rho = input.dayCorrelation;
  let sumSq = 0;
  let sum = 0;
  for (const sd of input.sdUnitsPerDay) {
    sumSq += sd * sd;
    sum += sd;
  }
  const baselineSumSdUnits = Math.sqrt((1 - rho) * sumSq + rho * sum * sum);
  const sigmaFromBaseline = baselineSumSdUnits * input.uplift;

  const ownCv = sampleCv(input.ownUplifts);
  let upliftCv = 0;
  let upliftCvSource: EventSigma["upliftCvSource"] = "none";
  if (ownCv !== null) {
    upliftCv = ownCv;
    upliftCvSource = "own";
  } else if (input.portfolioUpliftCv !== null && input.portfolioUpliftCv > 0) {
    upliftCv = input.portfolioUpliftCv;
    upliftCvSource = "portfolio";
  }
  const sigmaFromUplift = input.p50Units * upliftCv;
  const poissonFloorUnits = Math.sqrt(input.p50Units);
  const combined = Math.sqrt(sigmaFromBaseline * sigmaFromBaseline + sigmaFromUplift * sigmaFromUplift);
  const sigmaUnits = Math.max(combined, poissonFloorUnits);

  const cvText = upliftCvSource === "none" ? "uplift spread unknown" : `uplift spread ${Math.round(upliftCv * 100)} % (${upliftCvSource === "own" ? "own years" : "portfolio"}) → ${r1(sigmaFromUplift)}`;
  const floorText = combined < poissonFloorUnits ? `; raised to the Poisson floor √P50 = ${r1(poissonFloorUnits)}` : "";
  const explanation = `σ from baseline sd ${r1(baselineSumSdUnits)} × uplift → ${r1(sigmaFromBaseline)}, ${cvText}${floorText}`;
  return { sigmaUnits, baselineSumSdUnits, sigmaFromBaseline, sigmaFromUplift, poissonFloorUnits, upliftCv, upliftCvSource, explanation };
}
