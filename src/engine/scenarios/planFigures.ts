/**
 * A plan's figures for the side-by-side comparison of scenarios: units by lane and mode, logistics,
 * expected profit and fill rate, earliest ship-by, alerts.
 */
import type { EventPlan } from "../plan/planEvent";
import type { PlanLine } from "../plan/planLine";
import type { LaneMode } from "../plan/types";
import { lineOutcome } from "./expectedOutcome";

/** What one plan ships and is expected to earn (units, USD, Excel serials, fractions). */
export interface PlanFigures {
  /** Units shipped per lane, in the order the shipments list them. */
  readonly unitsByLane: readonly { readonly lane: string; readonly mode: string; readonly units: number }[];
  /** Units shipped per transport mode. */
  readonly unitsByMode: Readonly<Partial<Record<LaneMode, number>>>;
  /** Freight (minimum charges included), duty, insurance and storage of every shipment, USD. */
  readonly logisticsUsd: number;
  /** Σ over lines (m × expected sold − o × expected leftover) − logistics, USD. */
  readonly expectedProfitUsd: number;
  /** Expected units sold ÷ expected demand over every line, fraction; null without demand. */
  readonly expectedFillRate: number | null;
  /** The earliest ship-by of a shipment, Excel serial; null when nothing ships. */
  readonly earliestShipBy: number | null;
  readonly alerts: number;
  readonly highAlerts: number;
  /** SKU × destination lines planned, and SKUs that failed. */
  readonly lines: number;
  readonly failed: number;
}

/** Σ contribution and the fill rate of lines with their serving and late units. */
export function contributionOf(items: readonly { readonly line: PlanLine; readonly serving: number; readonly late: number }[]): { contributionUsd: number; fillRate: number | null } {
  let contribution = 0;
  let sold = 0;
  let demand = 0;
  for (const { line, serving, late } of items) {
    const o = lineOutcome(line, serving, late);
    contribution += o.contributionUsd;
    sold += o.soldUnits;
    demand += o.demandUnits;
  }
  return { contributionUsd: contribution, fillRate: demand > 0 ? sold / demand : null };
}

/**
 * The figures of a plan: every line's stock at the event + its base and sprint batches (the
 * sprint as the plan expects it) serve the window ({@link lineOutcome}); logistics are the
 * shipments' (minimum charges once per shipment, as the Batches sheet shows them).
 * @example planFigures(plan).expectedFillRate // e.g. 0.93
 */
export function planFigures(plan: EventPlan): PlanFigures {
  const byLane = new Map<string, { lane: string; mode: string; units: number }>();
  const byMode: Partial<Record<LaneMode, number>> = {};
  let logistics = 0;
  for (const s of plan.shipments) {
    const entry = byLane.get(s.lane) ?? { lane: s.lane, mode: s.mode, units: 0 };
    entry.units += s.units;
    byLane.set(s.lane, entry);
    byMode[s.mode as LaneMode] = (byMode[s.mode as LaneMode] ?? 0) + s.units;
    logistics += s.freightUsd + s.dutyUsd + s.insuranceUsd + s.storageUsd;
  }
  const { contributionUsd, fillRate } = contributionOf(plan.lines.map((line) => ({ line, serving: line.stockAtEventUnits + (line.base?.units ?? 0) + (line.sprint?.units ?? 0), late: 0 })));
  return {
    unitsByLane: [...byLane.values()],
    unitsByMode: byMode,
    logisticsUsd: logistics,
    expectedProfitUsd: contributionUsd - logistics,
    expectedFillRate: fillRate,
    earliestShipBy: plan.shipments.length === 0 ? null : Math.min(...plan.shipments.map((s) => s.shipBy)),
    alerts: plan.alerts.length,
    highAlerts: plan.alerts.filter((a) => a.severity === "high").length,
    lines: plan.lines.length,
    failed: plan.outcomes.filter((o) => o.status === "error").length,
  };
}
