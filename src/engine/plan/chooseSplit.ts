/**
 * How much of a SKU's need goes by the slow (base) lane and how much by the
 * fast (sprint) lane: the split that minimises freight + holding + expected
 * leftover cost, as a newsvendor decision.
 */
import { normalQuantile } from "../stats/normalQuantile";

/** z of P90. */
const Z90 = 1.2815515655446004;

export interface SplitInput {
  /** Median need over the event and the cover days after it, units. */
  readonly p50NeedUnits: number;
  /** P90 of that need, units (≥ P50). */
  readonly p90NeedUnits: number;
  readonly safetyStockUnits: number;
  readonly bufferUnits: number;
  /** Stock that will still be there when the batches arrive, units. */
  readonly usableOnHandUnits: number;
  /**
   * Extra cost of a unit sent by the sprint lane instead of the base lane, USD/unit:
   * freight difference minus the storage the later arrival saves. null = no sprint lane.
   */
  readonly sprintPremiumUsd: number | null;
  /** Whether a base lane is usable at all. */
  readonly hasBaseLane: boolean;
  /** Cost of a unit left over after the event (storage until sold, markdown, capital), USD/unit. */
  readonly leftoverCostUsd: number;
}

export interface Split {
  /** Units for the base batch (not rounded). */
  readonly baseUnits: number;
  /** Units for the sprint batch (not rounded). */
  readonly sprintUnits: number;
  /** Net need: P90 + safety stock + buffer − usable on hand, ≥ 0 (units). */
  readonly netNeedUnits: number;
  /** The newsvendor critical ratio used for the base batch; null when one lane takes everything. */
  readonly criticalRatio: number | null;
  /** One short reason for the Why column. */
  readonly why: string;
}

const r0 = (x: number): string => String(Math.round(x));

/**
 * Split rule. The net need Q = P90 + SS + buffer − usable on hand is shipped in
 * full; the question is how much of it leaves early by sea. The sprint batch
 * leaves weeks later, when sales to date show how the event is shaping up, so
 * its units are only sent if needed; a base unit is committed. Sending one more
 * unit by base saves the sprint premium u when demand reaches it and costs the
 * leftover cost o when it does not — a newsvendor with critical ratio
 * CR = u ÷ (u + o) (Silver, Pyke & Thomas §9; DESIGN.md §1 item 6). The base batch
 * is therefore the demand quantile at CR, D_CR = P50 + z(CR)·σ with
 * σ = (P90 − P50) ÷ 1.2816, less usable stock, clamped between P50 − usable
 * (the predictable part always goes by base) and Q. Without a sprint lane,
 * everything goes by base; without a base lane, everything by sprint.
 * @example chooseSplit({ p50NeedUnits: 1000, p90NeedUnits: 1256.31, safetyStockUnits: 100, bufferUnits: 150, usableOnHandUnits: 0,
 *   sprintPremiumUsd: 3, hasBaseLane: true, leftoverCostUsd: 1 })
 * // CR = 3/4 → z 0.6745, σ 200 → base 1134.9, sprint 1506.31 − 1134.9 = 371.41
 */
export function chooseSplit(input: SplitInput): Split {
  const usable = Math.max(0, input.usableOnHandUnits);
  const p50 = input.p50NeedUnits;
  const p90 = Math.max(p50, input.p90NeedUnits);
  const q = Math.max(0, p90 + input.safetyStockUnits + input.bufferUnits - usable);
  const minBase = Math.min(q, Math.max(0, p50 - usable));
  if (q === 0) return { baseUnits: 0, sprintUnits: 0, netNeedUnits: 0, criticalRatio: null, why: `stock on hand (${r0(usable)}) covers P90 + safety + buffer` };
  if (!input.hasBaseLane) {
    return { baseUnits: 0, sprintUnits: q, netNeedUnits: q, criticalRatio: null, why: "all by the fast lane" };
  }
  if (input.sprintPremiumUsd === null) {
    return { baseUnits: q, sprintUnits: 0, netNeedUnits: q, criticalRatio: null, why: "no fast lane can still make it: all in the base batch" };
  }
  const u = Math.max(0, input.sprintPremiumUsd);
  const o = Math.max(1e-9, input.leftoverCostUsd);
  const cr = u / (u + o);
  const sigma = (p90 - p50) / Z90;
  const quantile = cr <= 0 ? -Infinity : cr >= 1 ? Infinity : normalQuantile(cr);
  const target = sigma > 0 ? p50 + quantile * sigma - usable : p50 - usable;
  const base = Math.min(q, Math.max(minBase, target));
  const sprint = q - base;
  let why: string;
  if (base <= minBase + 1e-9) why = `sprint covers P90 − P50 + safety + buffer (${r0(sprint)} units)`;
  else if (sprint <= 1e-9) why = `fast lane costs $${u.toFixed(2)}/unit more than leftover risk ($${o.toFixed(2)}): all in the base batch`;
  else why = `base raised to the P${Math.round(cr * 100)} of demand: fast lane costs $${u.toFixed(2)}/unit more, a leftover $${o.toFixed(2)}`;
  return { baseUnits: base, sprintUnits: sprint, netNeedUnits: q, criticalRatio: cr, why };
}
