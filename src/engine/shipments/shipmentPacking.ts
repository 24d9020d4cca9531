/**
 * What goes in each shipment, SKU by SKU: cartons, units per carton, carton size and
 * weight, volume and chargeable weight. The Shipments sheet, the Send to Amazon file and
 * the carton labels are written from it.
 */
import { batchId, shipmentKey, type PlanShipment } from "../plan/groupBatches";
import type { PlanLine } from "../plan/planSku";
import type { Lane, SkuMaster } from "../plan/types";
import { boxUnitsOf, isFbaDestination, type BoxUnits } from "./fbaDestination";

/** One SKU in one shipment. Totals are over its cartons. */
export interface PackedSku {
  readonly sku: string;
  /** The event the SKU's batch is for (a shipment may carry two events' batches of one SKU). */
  readonly event: string;
  readonly name: string;
  /** The SKUs sheet's FNSKU, "" when not given. */
  readonly fnsku: string;
  readonly unitsPerCarton: number;
  readonly cartons: number;
  readonly units: number;
  readonly lengthCm: number;
  readonly widthCm: number;
  readonly heightCm: number;
  /** Gross weight of one carton, kg. */
  readonly cartonKg: number;
  /** Volume of its cartons, m³. */
  readonly cbm: number;
  /** Gross weight of its cartons, kg. */
  readonly actualKg: number;
  /** cartons × L × W × H ÷ the lane's volumetric divisor, kg. */
  readonly volumetricKg: number;
  /** cartons × max(carton kg, L × W × H ÷ divisor): the plan's freight basis, kg. */
  readonly chargeableKg: number;
}

/** One shipment (lane × ship-by × destination) and its contents. */
export interface ShipmentPacking {
  /** "B01" …: the Batches sheet's id. */
  readonly id: string;
  readonly shipment: PlanShipment;
  /** The lane's volumetric divisor, cm³/kg. */
  readonly divisorCm3PerKg: number;
  /**
   * For a destination that is Amazon fulfilment ({@link isFbaDestination}), which gets a Send to
   * Amazon file: how that file measures boxes ({@link boxUnitsOf}); null for any other destination.
   */
  readonly boxUnits: BoxUnits | null;
  readonly items: readonly PackedSku[];
  readonly cartons: number;
  readonly units: number;
  readonly cbm: number;
  readonly actualKg: number;
  readonly volumetricKg: number;
  /** Σ of the SKUs' chargeable kg (carton by carton), = the Batches sheet's ChargeableKg. */
  readonly chargeableKg: number;
}

/**
 * The contents of each shipment of a plan, in the plan's shipment order (ids B01, B02 … as
 * the Batches sheet), each SKU's base or sprint batch on the shipment's lane, ship-by and
 * destination, in the plan's line order. Per SKU: CBM and chargeable kg are the batch's
 * (chargeable = cartons × max(carton kg, L × W × H cm ÷ divisor), as couriers bill and as the
 * plan's freight was worked out); volumetric kg = cartons × L × W × H ÷ divisor. The totals add
 * them up; an air forwarder consolidating the cartons on one waybill bills max(Σ actual kg,
 * Σ volumetric kg), which both totals let you read.
 * @param eventMarketplace the event's Marketplace, which names the book's one unnamed destination for {@link isFbaDestination} and {@link boxUnitsOf}
 * @example shipmentPacking(plan.shipments, plan.lines, skus, lanes, "Amazon US")[0]
 * // { id: "B01", boxUnits: "in-lb", items: [{ sku: "KIT-01", cartons: 12, unitsPerCarton: 60, … }], cartons: 40, cbm: 2.1, chargeableKg: 2100, … }
 */
export function shipmentPacking(
  shipments: readonly PlanShipment[],
  lines: readonly PlanLine[],
  skus: readonly SkuMaster[],
  lanes: readonly Lane[],
  eventMarketplace: string,
): ShipmentPacking[] {
  const master = new Map(skus.map((s) => [s.sku, s]));
  const divisor = new Map(lanes.map((l) => [l.name, l.volumetricDivisor]));
  const items = new Map<string, PackedSku[]>(shipments.map((s) => [shipmentKey(s.lane, s.shipBy, s.destination), []]));
  for (const line of lines) {
    const sku = master.get(line.sku);
    for (const batch of [line.base, line.sprint]) {
      const list = batch ? items.get(shipmentKey(batch.lane, batch.shipBy, line.destination)) : undefined;
      if (!batch || !list || batch.cartons <= 0) continue;
      const l = sku?.cartonLengthCm ?? 0;
      const w = sku?.cartonWidthCm ?? 0;
      const h = sku?.cartonHeightCm ?? 0;
      const d = divisor.get(batch.lane) ?? 0;
      list.push({
        sku: line.sku,
        event: line.event,
        name: line.name,
        fnsku: sku?.fnsku ?? "",
        unitsPerCarton: batch.units / batch.cartons,
        cartons: batch.cartons,
        units: batch.units,
        lengthCm: l,
        widthCm: w,
        heightCm: h,
        cartonKg: sku?.cartonWeightKg ?? 0,
        cbm: batch.cbm,
        actualKg: batch.actualKg,
        volumetricKg: d > 0 ? (batch.cartons * l * w * h) / d : 0,
        chargeableKg: batch.chargeableKg,
      });
    }
  }
  return shipments.map((shipment, i) => {
    const list = items.get(shipmentKey(shipment.lane, shipment.shipBy, shipment.destination)) ?? [];
    const total = (pick: (p: PackedSku) => number): number => list.reduce((s, p) => s + pick(p), 0);
    const fba = isFbaDestination(shipment.destination, eventMarketplace);
    return {
      id: batchId(i),
      shipment,
      divisorCm3PerKg: divisor.get(shipment.lane) ?? 0,
      boxUnits: fba ? boxUnitsOf(shipment.destination, eventMarketplace) : null,
      items: list,
      cartons: total((p) => p.cartons),
      units: total((p) => p.units),
      cbm: total((p) => p.cbm),
      actualKg: total((p) => p.actualKg),
      volumetricKg: total((p) => p.volumetricKg),
      chargeableKg: total((p) => p.chargeableKg),
    };
  });
}
