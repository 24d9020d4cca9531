/**
 * One shipment for two events when it is cheaper: a later event's base batch joins an earlier
 * event's base shipment on the same lane (issue 12 §1).
 */
import { isoFromSerial } from "../dates";
import { storageFeeUsd } from "../logistics/storageFee";
import type { BatchLine } from "../plan/batchLine";
import { note } from "../plan/planNotes";
import type { PlanLine } from "../plan/planLine";
import { SEASON_DEFAULTS, type EventPolicy, type Lane, type SkuMaster } from "../plan/types";

/** A shipment being built: the base batches on one lane, ship-by and destination. */
interface BaseShipment {
  readonly lane: string;
  readonly destination: string;
  readonly shipBy: number;
  readonly shipByTypical: number;
  readonly arriveBy: number;
  /** The event whose shipment it is (the first that ships on it). */
  readonly event: number;
  /** Freight of its batches at the lane's rates, before the minimum charge, USD. */
  freightUsd: number;
}

/** The season's lines after merging, and per event how many of its base batches moved and what that saved net, USD. */
export interface SeasonMerge {
  readonly lines: readonly (readonly PlanLine[])[];
  readonly merged: readonly { readonly count: number; readonly savingUsd: number }[];
}

const cents = (x: number): string => x.toFixed(2);

/**
 * The merge rule. Events are taken in date order; for each later event, its base batches on one
 * (lane, destination, ship-by) — the shipment it would make alone, freight f₂ at the lane's rates — look
 * for the latest earlier event's base shipment on the same lane and destination (freight f₁, counting what
 * already joined it) whose ship-by s₁ is before their own s₂ and at most `batchMergeDays` earlier (default
 * {@link SEASON_DEFAULTS}), with every SKU's goods ready by s₁ (plan date + supplier lead days). A lane
 * charges a shipment max(freight, minimum), so one shipment instead of two saves
 *   saving = max(f₁, min) + max(f₂, min) − max(f₁ + f₂, min)
 * (only a shipment below the minimum saves anything; the rates themselves are linear). The cost: the later
 * event's units reach the warehouse (arrive-by₂ − arrive-by₁) days early and pay storage for them, from the
 * earlier sellable day (arrive-by₁ + receiving days) to their own (arrive-by₂ + receiving days), their ft³ ×
 * the month's rate. They merge when the saving is more than that storage: each moved batch takes the earlier
 * shipment's ship-by, typical ship-by and arrive-by, its storage grows by its share, and its Why says so.
 * Sprint batches never move (the re-plan at their own ship-by decides them). The units shipped early are on
 * the shelf during the earlier event; the plan still counts them for the later one.
 * @param lines per event, in date order, its plan lines
 * @param events the season's events, in the same order ({@link seasonEvents})
 * @example mergeSeasonBatches([[fastBoat 40 units 2026-08-18], [fastBoat 30 units 2026-09-10]], events, lanes, skus)
 * // freight $120 + $90 each below the $350 minimum: saving 350 + 350 − 350 = $350 > storage of 30 units for 23 days → merged
 */
export function mergeSeasonBatches(lines: readonly (readonly PlanLine[])[], events: readonly EventPolicy[], lanes: readonly Lane[], skus: readonly SkuMaster[]): SeasonMerge {
  const minimum = new Map(lanes.map((l) => [l.name, l.minCharge]));
  const ready = new Map(skus.map((s) => [s.sku, s.supplierLeadDays]));
  const out = lines.map((list) => [...list]);
  const merged = lines.map(() => ({ count: 0, savingUsd: 0 }));
  const shipments: BaseShipment[] = [];
  const key = (lane: string, destination: string, shipBy: number): string => `${lane}\u0000${destination}\u0000${shipBy}`;
  out.forEach((list, e) => {
    const policy = events[e];
    const window = policy.batchMergeDays ?? SEASON_DEFAULTS.batchMergeDays;
    const own = new Map<string, { batch: BatchLine; destination: string; indexes: number[]; freightUsd: number }>();
    list.forEach((line, i) => {
      const b = line.base;
      if (!b || b.units <= 0) return;
      const k = key(b.lane, line.destination, b.shipBy);
      const group = own.get(k) ?? { batch: b, destination: line.destination, indexes: [], freightUsd: 0 };
      group.indexes.push(i);
      group.freightUsd += b.freightUsd;
      own.set(k, group);
    });
    for (const group of own.values()) {
      const b = group.batch;
      const earliestReady = Math.max(...group.indexes.map((i) => policy.planDate + (ready.get(list[i].sku) ?? 0)));
      const target = e === 0 || window <= 0 ? undefined : latestEarlier(shipments, b.lane, group.destination, b.shipBy, window, earliestReady, e);
      if (target) {
        const min = minimum.get(b.lane) ?? 0;
        const saving = Math.max(target.freightUsd, min) + Math.max(group.freightUsd, min) - Math.max(target.freightUsd + group.freightUsd, min);
        const from = target.arriveBy + events[target.event].receivingDays;
        const to = b.arriveBy + policy.receivingDays;
        const storage = group.indexes.map((i) => {
          const fee = storageFeeUsd((list[i].base as BatchLine).cubicFeet, from, Math.max(from, to), policy.storageRateOffPeak, policy.storageRatePeak);
          return fee.ok ? fee.value : Number.POSITIVE_INFINITY;
        });
        const storageUsd = storage.reduce((s, x) => s + x, 0);
        if (saving > storageUsd + 1e-9) {
          target.freightUsd += group.freightUsd;
          merged[e] = { count: merged[e].count + group.indexes.length, savingUsd: merged[e].savingUsd + saving - storageUsd };
          group.indexes.forEach((i, n) => {
            const line = list[i];
            const base = line.base as BatchLine;
            list[i] = {
              ...line,
              base: { ...base, shipBy: target.shipBy, shipByTypical: target.shipByTypical, arriveBy: target.arriveBy, storageUsd: base.storageUsd + storage[n] },
              why: [
                ...line.why,
                note("mergedShipment", {
                  event: events[target.event].name, lane: b.lane, shipBy: isoFromSerial(target.shipBy), ownShipBy: isoFromSerial(b.shipBy),
                  saving: cents(saving), storage: cents(storage[n]), days: Math.max(0, to - from),
                }),
              ],
            };
          });
          continue;
        }
      }
      shipments.push({ lane: b.lane, destination: group.destination, shipBy: b.shipBy, shipByTypical: b.shipByTypical, arriveBy: b.arriveBy, event: e, freightUsd: group.freightUsd });
    }
  });
  return { lines: out, merged };
}

/** The earlier event's base shipment on the lane and destination with the latest ship-by in [shipBy − window, shipBy), goods ready by it. */
function latestEarlier(shipments: readonly BaseShipment[], lane: string, destination: string, shipBy: number, window: number, readyBy: number, event: number): BaseShipment | undefined {
  let best: BaseShipment | undefined;
  for (const s of shipments) {
    if (s.event >= event || s.lane !== lane || s.destination !== destination) continue;
    if (s.shipBy >= shipBy || shipBy - s.shipBy > window || s.shipBy < readyBy) continue;
    if (!best || s.shipBy > best.shipBy) best = s;
  }
  return best;
}
