/**
 * The figures the Results view shows, from a finished plan. Pure.
 */
import type { BatchLine } from "../engine/plan/batchLine";
import type { PlanShipment } from "../engine/plan/groupBatches";
import type { EventPlan } from "../engine/plan/planEvent";
import type { PlanLine } from "../engine/plan/planSku";
import type { EventPolicy } from "../engine/plan/types";

/** One lane's shipments added up. */
export interface LaneTotal {
  readonly lane: string;
  readonly mode: string;
  readonly units: number;
  /** Σ shipment totals (goods, freight, duty, insurance, storage), USD. */
  readonly costUsd: number;
  /** The earliest ship-by date on this lane, Excel serial day. */
  readonly shipBy: number;
  readonly shipments: number;
}

export interface PlanFigures {
  /** Earliest ship-by over all shipments, Excel serial day; null when nothing ships. */
  readonly earliestShipBy: number | null;
  /** Σ shipment totals, USD. */
  readonly totalCostUsd: number;
  /** The contingency budget on top (policy % of the total), USD. */
  readonly contingencyUsd: number;
  readonly alerts: { readonly high: number; readonly medium: number; readonly low: number; readonly total: number };
  readonly outcomes: { readonly ok: number; readonly skipped: number; readonly errors: number };
}

/**
 * Shipments added up per lane, the lane whose first ship-by comes first listed first.
 * @example laneTotals([{ lane: "Air", units: 40, totalUsd: 500, shipBy: 46300, … }, { lane: "Air", units: 10, totalUsd: 90, shipBy: 46310, … }])
 * // [{ lane: "Air", units: 50, costUsd: 590, shipBy: 46300, shipments: 2, … }]
 */
export function laneTotals(shipments: readonly PlanShipment[]): LaneTotal[] {
  const byLane = new Map<string, LaneTotal>();
  for (const s of shipments) {
    const t = byLane.get(s.lane);
    byLane.set(
      s.lane,
      t
        ? { ...t, units: t.units + s.units, costUsd: t.costUsd + s.totalUsd, shipBy: Math.min(t.shipBy, s.shipBy), shipments: t.shipments + 1 }
        : { lane: s.lane, mode: s.mode, units: s.units, costUsd: s.totalUsd, shipBy: s.shipBy, shipments: 1 },
    );
  }
  return [...byLane.values()].sort((a, b) => a.shipBy - b.shipBy || a.lane.localeCompare(b.lane));
}

function batchCost(batch: BatchLine | null): number {
  return batch ? batch.purchaseUsd + batch.freightUsd + batch.dutyUsd + batch.insuranceUsd + batch.storageUsd : 0;
}

/**
 * What a SKU's batches cost: goods, freight, duty, insurance and storage of base and sprint, USD
 * (freight before the lane's per-shipment minimum, which belongs to the shipment).
 * @example lineCostUsd({ base: { purchaseUsd: 100, freightUsd: 20, dutyUsd: 5, insuranceUsd: 1, storageUsd: 4 }, sprint: null }) // 130
 */
export function lineCostUsd(line: Pick<PlanLine, "base" | "sprint">): number {
  return batchCost(line.base) + batchCost(line.sprint);
}

/** Units a SKU ships, base plus sprint. */
export function lineUnits(line: Pick<PlanLine, "base" | "sprint">): number {
  return (line.base?.units ?? 0) + (line.sprint?.units ?? 0);
}

/** The earliest ship-by of a SKU's batches, Excel serial day, or null. */
export function lineShipBy(line: Pick<PlanLine, "base" | "sprint">): number | null {
  const days = [line.base?.shipBy, line.sprint?.shipBy].filter((d): d is number => d !== undefined);
  return days.length > 0 ? Math.min(...days) : null;
}

/**
 * The `count` SKUs whose batches cost most, most first (ties by SKU); SKUs that ship nothing are left out.
 * @example topSkusByCost(lines, 5).map((l) => l.sku) // ["KIT-01", "PHN-07", …]
 */
export function topSkusByCost<T extends Pick<PlanLine, "sku" | "base" | "sprint">>(lines: readonly T[], count: number): T[] {
  return lines
    .filter((l) => lineUnits(l) > 0)
    .map((l) => ({ l, cost: lineCostUsd(l) }))
    .sort((a, b) => b.cost - a.cost || a.l.sku.localeCompare(b.l.sku))
    .slice(0, Math.max(0, count))
    .map((x) => x.l);
}

/**
 * The headline figures of a plan.
 * @example planFigures(plan, policy) // { earliestShipBy: 46305, totalCostUsd: 182340.5, contingencyUsd: 18234.05, alerts: { high: 1, … }, … }
 */
export function planFigures(plan: Pick<EventPlan, "shipments" | "alerts" | "outcomes">, policy: Pick<EventPolicy, "contingencyPct">): PlanFigures {
  const total = plan.shipments.reduce((sum, s) => sum + s.totalUsd, 0);
  const count = (severity: "high" | "medium" | "low") => plan.alerts.filter((a) => a.severity === severity).length;
  return {
    earliestShipBy: plan.shipments.length > 0 ? Math.min(...plan.shipments.map((s) => s.shipBy)) : null,
    totalCostUsd: total,
    contingencyUsd: total * policy.contingencyPct,
    alerts: { high: count("high"), medium: count("medium"), low: count("low"), total: plan.alerts.length },
    outcomes: {
      ok: plan.outcomes.filter((o) => o.status === "ok").length,
      skipped: plan.outcomes.filter((o) => o.status === "skipped").length,
      errors: plan.outcomes.filter((o) => o.status === "error").length,
    },
  };
}
