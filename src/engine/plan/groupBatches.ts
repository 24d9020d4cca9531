/**
 * Shipments: plan lines grouped by lane and ship-by date, with totals and the
 * lane's minimum charge applied once per shipment.
 */
import type { Lane } from "./types";
import type { PlanLine } from "./planSku";

export interface PlanShipment {
  readonly lane: string;
  /** The event(s) its batches are for, in the season's order, " + " between ("Prime Big Deal Days + Black Friday" when a later event's base joined it). */
  readonly event: string;
  /** Where the shipment goes: its SKUs' destination ("" = the book's one unnamed destination). */
  readonly destination: string;
  readonly mode: string;
  readonly kind: "base" | "sprint";
  readonly shipBy: number;
  readonly shipByTypical: number;
  readonly arriveBy: number;
  readonly skus: number;
  readonly units: number;
  readonly cartons: number;
  readonly cbm: number;
  readonly cubicFeet: number;
  readonly chargeableKg: number;
  readonly purchaseUsd: number;
  /** Σ line freight, raised to the lane's minimum charge, USD. */
  readonly freightUsd: number;
  readonly dutyUsd: number;
  readonly insuranceUsd: number;
  readonly storageUsd: number;
  readonly totalUsd: number;
}

/**
 * The key of the shipment a batch belongs to: its lane, ship-by and destination.
 * @example shipmentKey("Air → US West", 46320, "Amazon US") // "Air → US West\u000046320\u0000Amazon US"
 */
export function shipmentKey(lane: string, shipBy: number, destination: string): string {
  return `${lane}\u0000${shipBy}\u0000${destination}`;
}

/**
 * The id of the shipment at `index` (0-based) of a plan's sorted shipments, as the Batches sheet writes it.
 * @example batchId(0) // "B01"
 */
export function batchId(index: number): string {
  return `B${String(index + 1).padStart(2, "0")}`;
}

/**
 * Groups the base and sprint lines of `lines` by (lane, ship-by, destination), sorted by ship-by, lane, destination.
 * @example groupBatches(lines, lanes)[0] // the earliest shipment: { lane: "Sea FCL → US West", shipBy: 46259, units: 12400, … }
 */
export function groupBatches(lines: readonly PlanLine[], lanes: readonly Lane[]): PlanShipment[] {
  const minimum = new Map(lanes.map((l) => [l.name, l.minCharge]));
  const groups = new Map<string, { kind: "base" | "sprint"; destination: string; events: string[]; list: NonNullable<PlanLine["base"]>[] }>();
  for (const line of lines) {
    for (const [kind, batch] of [["base", line.base], ["sprint", line.sprint]] as const) {
      if (!batch) continue;
      // A lane without a destination may serve several: each destination is its own shipment.
      const key = shipmentKey(batch.lane, batch.shipBy, line.destination);
      const group = groups.get(key) ?? { kind, destination: line.destination, events: [], list: [] };
      group.list.push(batch);
      if (!group.events.includes(line.event)) group.events.push(line.event);
      groups.set(key, group);
    }
  }
  const shipments: PlanShipment[] = [];
  for (const { kind, destination, events, list } of groups.values()) {
    const total = (pick: (b: (typeof list)[number]) => number): number => list.reduce((s, b) => s + pick(b), 0);
    const first = list[0];
    const freight = Math.max(total((b) => b.freightUsd), minimum.get(first.lane) ?? 0);
    const purchase = total((b) => b.purchaseUsd);
    const duty = total((b) => b.dutyUsd);
    const insurance = total((b) => b.insuranceUsd);
    const storage = total((b) => b.storageUsd);
    shipments.push({
      lane: first.lane,
      event: events.join(" + "),
      destination,
      mode: first.mode,
      kind,
      shipBy: first.shipBy,
      shipByTypical: first.shipByTypical,
      arriveBy: first.arriveBy,
      skus: list.length,
      units: total((b) => b.units),
      cartons: total((b) => b.cartons),
      cbm: total((b) => b.cbm),
      cubicFeet: total((b) => b.cubicFeet),
      chargeableKg: total((b) => b.chargeableKg),
      purchaseUsd: purchase,
      freightUsd: freight,
      dutyUsd: duty,
      insuranceUsd: insurance,
      storageUsd: storage,
      totalUsd: purchase + freight + duty + insurance + storage,
    });
  }
  return shipments.sort((a, b) => a.shipBy - b.shipBy || a.lane.localeCompare(b.lane) || a.destination.localeCompare(b.destination));
}
