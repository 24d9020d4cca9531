/**
 * What a plan earns if another world happens: the base plan's batches, unchanged, meeting a
 * scenario's demand, lanes and factories (beside the scenario's own plan, the difference is what
 * not preparing for it costs), or a scenario's plan meeting the base case (what preparing for a
 * scenario that does not happen costs: "plan for the worst case" as a figure, not a guess).
 */
import { laneShipBy } from "../logistics/shipByDates";
import type { EventPlan } from "../plan/planEvent";
import { planLineKey } from "../plan/planEvent";
import type { PlanLine } from "../plan/planLine";
import type { Lane } from "../plan/types";
import type { ScenarioInputs } from "./applyScenario";
import { contributionOf } from "./planFigures";

/** A plan met by another world (units, USD, fraction). */
export interface PlanUnder {
  readonly expectedProfitUsd: number;
  readonly expectedFillRate: number | null;
  /** Units of the base plan's batches that leave too late for their lane to arrive in time. */
  readonly lateUnits: number;
  /** Units of batches on a lane the scenario disables: they do not ship. */
  readonly unshippedUnits: number;
}

/**
 * Plan `made` (its batches as they are) met by the world `world` (a plan made for it, and its inputs):
 * - demand: the world plan's line for the same SKU and destination (its window distribution,
 *   stock at the event, m and o); the made line's when the world's plan has none;
 * - each batch leaves on its ship-by, or on the day its goods are ready in the world
 *   (plan date + the world's SupplierLeadDays) if later; it serves the window when that day is
 *   on or before its lane's ship-by in the world (that world's transit worked back from the
 *   event, `laneShipBy`), else it is late: it pays its logistics, sells nothing in the window and
 *   is left over; a batch on a lane the world does not have does not ship (no units, no cost);
 * - logistics: the made plan's shipments', freight × `freightFactor` (the world's rates ÷ the made
 *   plan's: 1 + FreightIncreasePct for the base plan under a scenario), none on a missing lane.
 * @example planUnder(basePlan, { plan: oceanSlipsPlan, inputs }, 1).lateUnits // the sea units shipped too late by 14 days
 */
export function planUnder(made: EventPlan, world: { readonly plan: EventPlan; readonly inputs: ScenarioInputs }, freightFactor: number): PlanUnder {
  const base = made;
  const scenarioPlan = world.plan;
  const inputs = world.inputs;
  const { policy } = inputs;
  const laneByName = new Map(inputs.lanes.map((l) => [l.name, l]));
  const shipByCache = new Map<string, number | null>();
  const shipByOf = (lane: Lane): number | null => {
    if (!shipByCache.has(lane.name)) {
      const dates = laneShipBy(lane, policy.start, policy.receivingDays, policy.safetyDays, policy.inboundCutOff);
      shipByCache.set(lane.name, dates.ok ? dates.value.shipBy : null);
    }
    return shipByCache.get(lane.name) ?? null;
  };
  const leadOf = new Map(inputs.skus.map((s) => [s.sku, s.supplierLeadDays]));
  const scenarioLine = new Map(scenarioPlan.lines.map((l) => [planLineKey(l.sku, l.destination), l]));
  let late = 0;
  let unshipped = 0;
  const items = base.lines.map((line) => {
    const demand: PlanLine = scenarioLine.get(planLineKey(line.sku, line.destination)) ?? line;
    const ready = policy.planDate + (leadOf.get(line.sku) ?? 0);
    let serving = demand.stockAtEventUnits;
    let lateHere = 0;
    for (const batch of [line.base, line.sprint]) {
      if (!batch) continue;
      const lane = laneByName.get(batch.lane);
      if (!lane) {
        unshipped += batch.units;
        continue;
      }
      const shipBy = shipByOf(lane);
      if (shipBy !== null && Math.max(batch.shipBy, ready) <= shipBy) serving += batch.units;
      else lateHere += batch.units;
    }
    late += lateHere;
    return { line: demand, serving, late: lateHere };
  });
  const factor = freightFactor;
  let logistics = 0;
  for (const s of base.shipments) {
    if (!laneByName.has(s.lane)) continue;
    logistics += s.freightUsd * factor + s.dutyUsd + s.insuranceUsd + s.storageUsd;
  }
  const { contributionUsd, fillRate } = contributionOf(items);
  return { expectedProfitUsd: contributionUsd - logistics, expectedFillRate: fillRate, lateUnits: late, unshippedUnits: unshipped };
}
