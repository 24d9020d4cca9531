/**
 * How much of a SKU's need goes by the slow (base) lane and how much by the
 * fast (sprint) lane: the split that minimises freight + holding + expected
 * leftover cost, as a newsvendor decision.
 */
import { normalQuantile } from "../stats/normalQuantile";
import { note, type PlanNote } from "./planNotes";

/** z of P90: Φ⁻¹(0.9). */
const Z90 = normalQuantile(0.9);

export interface SplitInput {
  /** Median need over the event and the cover days after it, units. */
  readonly p50NeedUnits: number;
  /** P90 of that need, units (≥ P50). */
  readonly p90NeedUnits: number;
  readonly safetyStockUnits: number;
  readonly bufferUnits: number;
  /** Stock that will still be there when the batches arrive, units. */
  readonly usableOnHandUnits: number;
  /** Cost of sending a unit by the base lane (freight, and storage from its earlier arrival), USD/unit; null = no base lane. */
  readonly baseUnitCostUsd: number | null;
  /** Cost of sending a unit by the sprint lane, USD/unit; null = no sprint lane. */
  readonly sprintUnitCostUsd: number | null;
  /** What a lost sale costs, USD/unit (the margin: price − unit cost). Infinity = never trade a sale for freight. */
  readonly stockOutCostUsd: number;
  /** Cost of a unit left over after the event (storage until sold, markdown, capital), USD/unit. */
  readonly leftoverCostUsd: number;
}

export interface Split {
  /** Units for the base batch (not rounded). */
  readonly baseUnits: number;
  /** Units for the sprint batch (not rounded). */
  readonly sprintUnits: number;
  /** Net need: P50 + max(P90 − P50, safety stock) + buffer − usable on hand, ≥ 0 (units). */
  readonly netNeedUnits: number;
  /** The newsvendor critical ratio used for the base batch; null when one lane takes everything. */
  readonly criticalRatio: number | null;
  /** One short reason for the Why column. */
  readonly why: PlanNote;
}

const r0 = (x: number): number => Math.round(x);
const usd = (x: number): string => x.toFixed(2);

/**
 * Split rule. The net need Q = P50 + max(P90 − P50, SS) + buffer − usable on hand
 * is planned in full (the P90 spread and the safety stock guard against the same
 * risk, demand above the median, so the larger is held; see baseSprintSplit).
 * The question is how much of it leaves early by the base lane. A base unit is
 * committed: it costs its freight c_b, plus the leftover cost o when demand does
 * not reach it. The sprint batch is decided weeks later from the sales to date
 * (the Watch view), so a sprint unit is paid, c_s, only when demand reaches it.
 * With p the chance that demand reaches unit k, base is cheaper while
 * c_b + o·(1 − p) < c_s·p, i.e. for every unit below the demand quantile at the
 * critical ratio CR = (c_s − c_b) ÷ (c_s + o) (a newsvendor; Silver, Pyke & Thomas
 * §9; DESIGN.md §1 item 6). The base batch is D_CR = P50 + z(CR)·σ,
 * σ = (P90 − P50) ÷ 1.2816, less usable stock, clamped between P50 − usable (the
 * predictable part always goes by base) and Q. When a sprint unit costs at least
 * what a lost sale costs (c_s ≥ margin), flying it never pays: all of Q goes by
 * base. Without a sprint lane, everything goes by base; without a base lane,
 * everything by sprint.
 * @example chooseSplit({ p50NeedUnits: 1000, p90NeedUnits: 1256.31, safetyStockUnits: 100, bufferUnits: 150, usableOnHandUnits: 0,
 *   baseUnitCostUsd: 1, sprintUnitCostUsd: 6, stockOutCostUsd: 10, leftoverCostUsd: 1 })
 * // CR = 5/7 → z 0.5659, σ 200 → base 1113.2; Q = 1000 + max(256.31, 100) + 150 = 1406.31; sprint 293.1
 */
export function chooseSplit(input: SplitInput): Split {
  const usable = Math.max(0, input.usableOnHandUnits);
  const p50 = input.p50NeedUnits;
  const p90 = Math.max(p50, input.p90NeedUnits);
  const q = Math.max(0, p50 + Math.max(p90 - p50, input.safetyStockUnits) + input.bufferUnits - usable);
  const minBase = Math.min(q, Math.max(0, p50 - usable));
  if (q === 0) return { baseUnits: 0, sprintUnits: 0, netNeedUnits: 0, criticalRatio: null, why: note("stockCovers", { units: r0(usable) }) };
  if (input.baseUnitCostUsd === null) {
    return { baseUnits: 0, sprintUnits: q, netNeedUnits: q, criticalRatio: null, why: note("allFast") };
  }
  if (input.sprintUnitCostUsd === null) {
    return { baseUnits: q, sprintUnits: 0, netNeedUnits: q, criticalRatio: null, why: note("noFastLane") };
  }
  const cb = Math.max(0, input.baseUnitCostUsd);
  const cs = Math.max(0, input.sprintUnitCostUsd);
  if (cs >= input.stockOutCostUsd) {
    return {
      baseUnits: q,
      sprintUnits: 0,
      netNeedUnits: q,
      criticalRatio: null,
      why: note("flyingNotWorthIt", { fast: usd(cs), margin: usd(Math.max(0, input.stockOutCostUsd)) }),
    };
  }
  const o = Math.max(0, input.leftoverCostUsd);
  const cr = cs + o > 0 ? Math.max(0, cs - cb) / (cs + o) : 0;
  const sigma = (p90 - p50) / Z90;
  const quantile = cr <= 0 ? -Infinity : cr >= 1 ? Infinity : normalQuantile(cr);
  const target = sigma > 0 ? p50 + quantile * sigma - usable : p50 - usable;
  const base = Math.min(q, Math.max(minBase, target));
  const sprint = q - base;
  let why: PlanNote;
  if (base <= minBase + 1e-9) why = note("sprintCoversRest", { units: r0(sprint) });
  else if (sprint <= 1e-9) why = note("allBaseCheaper", { base: usd(cb), fast: usd(cs) });
  else why = note("baseToQuantile", { percentile: Math.round(cr * 100), base: usd(cb), fast: usd(cs), leftover: usd(o) });
  return { baseUnits: base, sprintUnits: sprint, netNeedUnits: q, criticalRatio: cr, why };
}
