/**
 * The figures the Results view shows, from a finished plan. Pure.
 */
import type { PlanShipment } from "../engine/plan/groupBatches";
import type { EventPlan } from "../engine/plan/planEvent";
import type { PlanLine } from "../engine/plan/planSku";
import type { EventPolicy } from "../engine/plan/types";

export { lineCostUsd, lineUnits, topSkusByCost } from "../engine/plan/topSkusByCost";

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

/** The earliest ship-by of a SKU's batches, Excel serial day, or null. */
export function lineShipBy(line: Pick<PlanLine, "base" | "sprint">): number | null {
  const days = [line.base?.shipBy, line.sprint?.shipBy].filter((d): d is number => d !== undefined);
  return days.length > 0 ? Math.min(...days) : null;
}

/**
 * The headline figures of a plan (a season's SKUs counted once).
 * @example planFigures(plan, policy) // { earliestShipBy: 46305, totalCostUsd: 182340.5, contingencyUsd: 18234.05, alerts: { high: 1, … }, … }
 */
export function planFigures(plan: Pick<EventPlan, "shipments" | "alerts" | "outcomes"> & { readonly events?: EventPlan["events"] }, policy: Pick<EventPolicy, "contingencyPct">): PlanFigures {
  // A season plans each SKU once per event: its SKUs are counted once, at its first event.
  const first = plan.events && plan.events.length > 1 ? plan.events[0].name : undefined;
  const outcomes = first === undefined ? plan.outcomes : plan.outcomes.filter((o) => o.event === first);
  const total = plan.shipments.reduce((sum, s) => sum + s.totalUsd, 0);
  const count = (severity: "high" | "medium" | "low") => plan.alerts.filter((a) => a.severity === severity).length;
  return {
    earliestShipBy: plan.shipments.length > 0 ? Math.min(...plan.shipments.map((s) => s.shipBy)) : null,
    totalCostUsd: total,
    contingencyUsd: total * policy.contingencyPct,
    alerts: { high: count("high"), medium: count("medium"), low: count("low"), total: plan.alerts.length },
    outcomes: {
      ok: outcomes.filter((o) => o.status === "ok").length,
      skipped: outcomes.filter((o) => o.status === "skipped").length,
      errors: outcomes.filter((o) => o.status === "error").length,
    },
  };
}
