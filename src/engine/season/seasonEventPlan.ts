/**
 * One event of a plan as the summary, the pane and the Events part of the command line's
 * output show it: its dates, what ships for it, what it carries in (issue 12 §1).
 */
import type { PlanLine } from "../plan/planLine";
import { lineCostUsd, lineUnits } from "../plan/topSkusByCost";
import type { EventPolicy } from "../plan/types";

/** One event's figures in a plan (units, USD, Excel serial days). */
export interface SeasonEventPlan {
  readonly name: string;
  readonly marketplace: string;
  readonly start: number;
  readonly end: number;
  /** Last day of its window: end + cover days, cut the day before the next event of the season starts. */
  readonly windowEnd: number;
  /** Position in the season, 0 = the first. */
  readonly index: number;
  /** SKU × destination lines planned for it. */
  readonly lines: number;
  /** Units its batches ship (base + the expected sprint). */
  readonly units: number;
  /** Goods, freight (before shipment minimums), duty, insurance and storage of its batches, USD. */
  readonly costUsd: number;
  /** Units expected to be left from the previous event and counted here (0 for the first). */
  readonly carryInUnits: number;
  /** The earliest ship-by of its batches; null when nothing ships for it. */
  readonly earliestShipBy: number | null;
  /** Its base batches that ship with an earlier event's shipment (`mergeSeasonBatches`), and the minimum charges that saves net of the storage, USD. */
  readonly mergedBatches: number;
  readonly mergeSavingUsd: number;
}

/**
 * The figures of the event `policy` plans, from its plan lines.
 * @param index its place in the season (0 = first)
 * @param merged base batches moved onto an earlier event's shipment and their net saving (none by default)
 * @example seasonEventPlan(policy, lines, 0) // { name: "Black Friday 2026", units: 66198, costUsd: 374181, carryInUnits: 0, … }
 */
export function seasonEventPlan(policy: EventPolicy, lines: readonly PlanLine[], index: number, merged: { readonly count: number; readonly savingUsd: number } = { count: 0, savingUsd: 0 }): SeasonEventPlan {
  let units = 0;
  let cost = 0;
  let carry = 0;
  let earliest: number | null = null;
  for (const line of lines) {
    units += lineUnits(line);
    cost += lineCostUsd(line);
    carry += line.carryInUnits;
    for (const batch of [line.base, line.sprint]) if (batch && batch.units > 0) earliest = earliest === null ? batch.shipBy : Math.min(earliest, batch.shipBy);
  }
  return {
    name: policy.name,
    marketplace: policy.marketplace,
    start: policy.start,
    end: policy.end,
    windowEnd: policy.end + policy.coverDaysAfter,
    index,
    lines: lines.length,
    units,
    costUsd: cost,
    carryInUnits: carry,
    earliestShipBy: earliest,
    mergedBatches: merged.count,
    mergeSavingUsd: merged.savingUsd,
  };
}
