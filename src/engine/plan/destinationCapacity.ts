/**
 * Storage at each destination at the event against its capacity limit, and, over the
 * limit, what to move out and what each way of doing it costs.
 */
import { storageFeeUsd } from "../logistics/storageFee";
import { CAPACITY_DEFAULTS, capacityLimitOf } from "./capacityDefaults";
import { eventDaysOfSupply } from "./eventDaysOfSupply";
import type { PlanLine } from "./planSku";
import type { EventPolicy, SkuMaster } from "./types";
import { unitCubicFeet } from "./unitCubicFeet";

/** Cartons of one SKU's base batch proposed to leave the destination's event stock. */
export interface CapacityMove {
  readonly sku: string;
  readonly cartons: number;
  readonly units: number;
  readonly cubicFeet: number;
}

/** One destination's storage at the event and, over its limit, the proposal. */
export interface DestinationCapacity {
  readonly destination: string;
  /** The event of a season whose start it is measured at (absent = the plan's one event). */
  readonly event?: string;
  /** Stock left at the event (after the sales before it) plus the batches, ft³. */
  readonly cubicFeet: number;
  /** The limit, ft³; null = none. */
  readonly limit: number | null;
  /** cubicFeet − limit when over, else 0, ft³. */
  readonly overage: number;
  /** Option 1, keep it all: overage × the overage fee, USD (a month). */
  readonly overageFeeUsd: number;
  /** Base-batch cartons not needed for the event's P90, slowest sellers first, until the overage is covered. */
  readonly moves: readonly CapacityMove[];
  readonly movedCubicFeet: number;
  /** Option 2, a later batch: the moved cartons sellable the day after the event ends (Excel serial). */
  readonly laterSellableSerial: number;
  /** Storage the moved cartons no longer pay from sellable-by to that day, USD (a saving). */
  readonly laterStorageSavingUsd: number;
  /** Option 3, a 3PL: moved ft³ × the 3PL cost per ft³, USD. */
  readonly threePlCostUsd: number;
}

interface Candidate {
  readonly sku: string;
  readonly cartonCubicFeet: number;
  readonly unitsPerCarton: number;
  readonly movableCartons: number;
  readonly daysOfSupply: number;
}

/** Base cartons of a line beyond the event days' P90 (those serve only the cover days). */
function candidateOf(line: PlanLine, sku: SkuMaster, eventDays: number): Candidate | null {
  const perCarton = Math.max(1, sku.unitsPerCarton);
  const batches = (line.base?.units ?? 0) + (line.sprint?.units ?? 0);
  const atStart = Math.max(0, line.stockAtEventUnits + batches - line.preEventGapUnits);
  const spare = Math.min(line.base?.units ?? 0, Math.max(0, atStart - line.eventDemandP90));
  const movableCartons = Math.floor(spare / perCarton + 1e-9);
  if (movableCartons <= 0) return null;
  return {
    sku: line.sku,
    cartonCubicFeet: unitCubicFeet(sku) * perCarton,
    unitsPerCarton: perCarton,
    movableCartons,
    daysOfSupply: eventDaysOfSupply(atStart, line.eventDemandP50, eventDays, line.baselinePerDay),
  };
}

/**
 * Per destination (in the order given): ft³ at the event = Σ ft³/unit × stock left at the event
 * + Σ the batches' ft³; the limit ({@link capacityLimitOf}); over it, three ways out with their cost
 * (DESIGN.md §1 item 6):
 * 1. keep it and pay the overage: overage × fee ($10/ft³ a month, {@link CAPACITY_DEFAULTS});
 * 2. a later batch: move base-batch cartons that the event does not need (stock at the start beyond
 *    the event days' P90), SKUs with the most days of supply first, whole cartons until the moved ft³
 *    covers the overage, on the same lane but sellable the day after the event ends: no fee, and the
 *    storage from sellable-by (start − safety days) to that day is saved;
 * 3. a 3PL near the destination: the same cartons there, transferred in as space frees: moved ft³ × 3PL cost.
 * When the movable cartons do not cover the overage, the moves are all of them (the rest stays over).
 * @param lines the plan lines, any destinations
 * @param skus master data by SKU (carton sizes)
 * @example destinationCapacity(["Amazon US"], lines, skus, { …policy, capacityCubicFeet: 100 })[0]
 * // 130 ft³ at the event, 30 over: fee $300; move 4 cartons of 8 ft³ (32 ft³) of the slowest SKU: 3PL 32 × $3.78 = $120.96
 */
export function destinationCapacity(
  destinations: readonly string[],
  lines: readonly PlanLine[],
  skus: ReadonlyMap<string, SkuMaster>,
  policy: EventPolicy,
): DestinationCapacity[] {
  const eventDays = policy.end - policy.start + 1;
  const fee = policy.overageFeePerCubicFoot ?? CAPACITY_DEFAULTS.overageFeePerCubicFoot;
  const threePl = policy.threePlCostPerCubicFoot ?? CAPACITY_DEFAULTS.threePlCostPerCubicFoot;
  const sellableBy = policy.start - policy.safetyDays;
  const laterSellable = policy.end + 1;
  return destinations.map((destination) => {
    const here = lines.filter((l) => l.destination === destination);
    let cubicFeet = 0;
    const candidates: Candidate[] = [];
    for (const line of here) {
      const sku = skus.get(line.sku);
      if (!sku) continue;
      cubicFeet += unitCubicFeet(sku) * line.stockAtEventUnits + (line.base?.cubicFeet ?? 0) + (line.sprint?.cubicFeet ?? 0);
      const c = candidateOf(line, sku, eventDays);
      if (c) candidates.push(c);
    }
    const limit = capacityLimitOf(policy, destination);
    const overage = limit === null ? 0 : Math.max(0, cubicFeet - limit);
    const moves: CapacityMove[] = [];
    let moved = 0;
    if (overage > 0) {
      candidates.sort((a, b) => b.daysOfSupply - a.daysOfSupply || a.sku.localeCompare(b.sku));
      for (const c of candidates) {
        if (moved >= overage - 1e-9) break;
        const cartons = Math.min(c.movableCartons, c.cartonCubicFeet > 0 ? Math.ceil((overage - moved) / c.cartonCubicFeet - 1e-9) : c.movableCartons);
        if (cartons <= 0 || c.cartonCubicFeet <= 0) continue;
        moves.push({ sku: c.sku, cartons, units: cartons * c.unitsPerCarton, cubicFeet: cartons * c.cartonCubicFeet });
        moved += cartons * c.cartonCubicFeet;
      }
    }
    const saving = moved > 0 ? storageFeeUsd(moved, sellableBy, Math.max(sellableBy, laterSellable), policy.storageRateOffPeak, policy.storageRatePeak) : null;
    return {
      destination,
      cubicFeet,
      limit,
      overage,
      overageFeeUsd: overage * fee,
      moves,
      movedCubicFeet: moved,
      laterSellableSerial: laterSellable,
      laterStorageSavingUsd: saving?.ok ? saving.value : 0,
      threePlCostUsd: moved * threePl,
    };
  });
}
