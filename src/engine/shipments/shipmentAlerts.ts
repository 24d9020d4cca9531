/**
 * What the shipment files should warn about: FBA cartons over Amazon's box limits, and a
 * plan with more cartons than the labels sheet holds.
 */
import type { PlanAlert } from "../plan/planAlerts";
import { note, renderNotes, type PlanNote } from "../plan/planNotes";
import { MAX_CARTON_LABELS } from "./cartonLabels";
import type { ShipmentPacking } from "./shipmentPacking";

/**
 * Amazon's limits for a box of standard-size units. US (Seller Central, "Shipping and routing
 * requirements"): no side over 25 in, at most 50 lb (the standard weight limit; heavier boxes
 * only for one oversize unit). Elsewhere: 63.5 cm (the same 25 in) and 23 kg (Europe; Japan's
 * 15 kg "heavy package" threshold is stricter and not checked). In cm and kg.
 */
export const FBA_BOX_LIMITS = Object.freeze({
  "in-lb": { sideCm: 63.5, kg: 50 * 0.45359237, text: "25 in / 50 lb" },
  "cm-kg": { sideCm: 63.5, kg: 23, text: "63.5 cm / 23 kg" },
});

function shipmentAlert(kind: "FBA_BOX" | "LABELS_LIMIT", severity: PlanAlert["severity"], sku: string, destination: string, notes: readonly PlanNote[]): PlanAlert {
  return { kind, severity, sku, destination, note: notes[0], details: notes.slice(1), message: renderNotes(notes, "en") };
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * Shipment alerts: FBA_BOX (medium), once per SKU and FBA destination, for a carton whose longest
 * side or gross weight is over {@link FBA_BOX_LIMITS} of the destination's unit system (named in
 * its own units); LABELS_LIMIT (low) when the plan has more than {@link MAX_CARTON_LABELS} cartons.
 * @param eventMarketplace names the book's one unnamed destination in the message
 * @example shipmentAlerts(packings, "Amazon US")[0].message // "B01 to Amazon US: a carton of 70 × 40 × 30 cm and 12 kg is over Amazon's box limit of 25 in / 50 lb …"
 */
export function shipmentAlerts(packings: readonly ShipmentPacking[], eventMarketplace: string): PlanAlert[] {
  const alerts: PlanAlert[] = [];
  const seen = new Set<string>();
  for (const p of packings) {
    if (p.boxUnits === null) continue;
    const units = p.boxUnits;
    const limit = FBA_BOX_LIMITS[units];
    for (const item of p.items) {
      const key = `${item.sku}\u0000${p.shipment.destination}`;
      const side = Math.max(item.lengthCm, item.widthCm, item.heightCm);
      if (seen.has(key) || (side <= limit.sideCm + 1e-9 && item.cartonKg <= limit.kg + 1e-9)) continue;
      seen.add(key);
      const imperial = units === "in-lb";
      const size = imperial
        ? `${[item.lengthCm, item.widthCm, item.heightCm].map((cm) => round1(cm / 2.54)).join(" × ")} in`
        : `${[item.lengthCm, item.widthCm, item.heightCm].join(" × ")} cm`;
      const weight = imperial ? `${round1(item.cartonKg / 0.45359237)} lb` : `${item.cartonKg} kg`;
      const destination = p.shipment.destination || eventMarketplace;
      alerts.push(shipmentAlert("FBA_BOX", "medium", item.sku, p.shipment.destination, [note("fbaBoxTooLarge", { shipment: p.id, destination, size, weight, limit: limit.text })]));
    }
  }
  const cartons = packings.reduce((s, p) => s + p.cartons, 0);
  if (cartons > MAX_CARTON_LABELS) {
    alerts.push(shipmentAlert("LABELS_LIMIT", "low", "", "", [note("labelsLimit", { cartons: cartons.toLocaleString("en-US"), limit: MAX_CARTON_LABELS.toLocaleString("en-US") })]));
  }
  return alerts;
}
