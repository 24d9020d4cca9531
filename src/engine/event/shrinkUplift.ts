/**
 * Credibility weighting of a SKU's own event uplift against the portfolio's.
 */
import { err, ok, type Result } from "../errors";

/** Where a shrunk uplift came from. */
export type ShrunkUpliftSource = "sku" | "shrunk" | "portfolio" | "none";

/** A SKU's uplift after shrinkage toward the portfolio. */
export interface ShrunkUplift {
  /** The uplift to use (× baseline). */
  readonly uplift: number;
  /** Weight on the SKU's own uplift, 0 … 1; the portfolio gets 1 − weightOwn. */
  readonly weightOwn: number;
  readonly source: ShrunkUpliftSource;
  /** Plain-English note when a figure was missing. */
  readonly reason?: string;
}

/** Default prior volume k (expected units). See {@link shrinkUplift}. */
export const DEFAULT_PRIOR_UNITS = 30;

/**
 * Shrinks a SKU's own uplift toward the portfolio's by how much evidence it has:
 * uplift = w·own + (1 − w)·portfolio, w = E ÷ (E + k).
 *
 * This is Bühlmann–Straub credibility (Bühlmann & Gisler, *A Course in
 * Credibility Theory*, 2005, ch. 4), the empirical-Bayes estimate of a ratio
 * whose precision grows with volume: with Poisson sales, the variance of a
 * measured uplift u from E expected units is about u ÷ E, so k = ū ÷ τ² where τ
 * is the spread of true uplifts between SKUs. k = 30 corresponds to ū ≈ 1.2 and
 * τ ≈ 0.2: a SKU whose past windows were expected to sell 30 units gets half
 * its own figure. E is best the units the baseline predicted for the past
 * windows (`expectedUnits` of `pastEventUplift`) rather than the units sold:
 * units sold would give a SKU that sells less in the event (uplift < 1) less
 * credibility than the same SKU with uplift > 1.
 *
 * Without an own uplift, the portfolio's is used (w = 0); without a portfolio
 * uplift, the own one (w = 1); with neither, 1.0 (no uplift) with a reason.
 * @param skuUplift the SKU's own uplift, or null when it has none
 * @param skuEvidenceUnits E, the units behind the own figure (≥ 0)
 * @param portfolioUplift the portfolio's uplift, or null
 * @param priorUnits k (≥ 0), the evidence at which own and portfolio weigh the same; default 30
 * @example shrinkUplift(2.0, 30, 1.2).value // { uplift: 1.6, weightOwn: 0.5, source: "shrunk" }   (hand: 0.5·2.0 + 0.5·1.2)
 */
export function shrinkUplift(
  skuUplift: number | null,
  skuEvidenceUnits: number,
  portfolioUplift: number | null,
  priorUnits: number = DEFAULT_PRIOR_UNITS,
): Result<ShrunkUplift> {
  if (skuUplift !== null && !(Number.isFinite(skuUplift) && skuUplift >= 0)) {
    return err("OUT_OF_RANGE", `skuUplift must be a number ≥ 0 or empty; got ${skuUplift}`, { argument: "skuUplift" });
  }
  if (!(Number.isFinite(skuEvidenceUnits) && skuEvidenceUnits >= 0)) {
    return err("OUT_OF_RANGE", `skuEvidenceUnits must be a number ≥ 0; got ${skuEvidenceUnits}`, { argument: "skuEvidenceUnits" });
  }
  if (portfolioUplift !== null && !(Number.isFinite(portfolioUplift) && portfolioUplift >= 0)) {
    return err("OUT_OF_RANGE", `portfolioUplift must be a number ≥ 0 or empty; got ${portfolioUplift}`, { argument: "portfolioUplift" });
  }
  if (!(Number.isFinite(priorUnits) && priorUnits >= 0)) {
    return err("OUT_OF_RANGE", `priorUnits must be a number ≥ 0; got ${priorUnits}`, { argument: "priorUnits" });
  }
  if (skuUplift === null) {
    if (portfolioUplift === null) {
      return ok({ uplift: 1, weightOwn: 0, source: "none", reason: "no past-event uplift for this SKU or the portfolio, so no uplift (1.0) is assumed" });
    }
    return ok({ uplift: portfolioUplift, weightOwn: 0, source: "portfolio", reason: "no usable past event for this SKU, so the portfolio's uplift is used" });
  }
  if (portfolioUplift === null) {
    return ok({ uplift: skuUplift, weightOwn: 1, source: "sku", reason: "no portfolio uplift to shrink toward, so the SKU's own uplift is used" });
  }
  const total = skuEvidenceUnits + priorUnits;
  const weightOwn = total > 0 ? skuEvidenceUnits / total : 0;
  return ok({ uplift: weightOwn * skuUplift + (1 - weightOwn) * portfolioUplift, weightOwn, source: "shrunk" });
}
