/**
 * What a seller must look at in a plan, most urgent first.
 */
import { isoFromSerial } from "../dates";
import { fbaDaysOfSupplyFlag } from "../watch/daysOfSupplyBand";
import type { PlanShipment } from "./groupBatches";
import type { SkuOutcome } from "./planEvent";
import type { PlanLine } from "./planSku";
import type { EventPolicy } from "./types";

export type PlanAlertKind = "NO_LANE" | "SKU_ERROR" | "CAPACITY" | "SHIP_SOON" | "FAST_ONLY" | "LOW_SUPPLY" | "HIGH_SUPPLY" | "SKIPPED";

export interface PlanAlert {
  readonly kind: PlanAlertKind;
  readonly severity: "high" | "medium" | "low";
  /** SKU, or "" for the whole plan. */
  readonly sku: string;
  readonly message: string;
}

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

export interface PlanAlertsInput {
  readonly outcomes: readonly SkuOutcome[];
  readonly lines: readonly PlanLine[];
  readonly shipments: readonly PlanShipment[];
  readonly capacity: { readonly cubicFeet: number; readonly limit: number | null; readonly overage: number };
  readonly policy: EventPolicy;
}

/**
 * Alerts of a plan: SKUs no lane reaches in time and SKUs whose plan failed (high);
 * storage over the capacity limit with the overage and a proposal (high);
 * shipments whose ship-by is within 7 days of the plan date (medium); SKUs sent
 * all by a fast lane (medium); stock at the event outside the FBA band of
 * 28 days … 22 weeks of supply (low); SKUs skipped (low).
 * @example planAlerts(input)[0].message // "Storage at the event: 3,412 ft³ against a limit of 3,000 (412 ft³ over) …"
 */
export function planAlerts(input: PlanAlertsInput): PlanAlert[] {
  const { policy } = input;
  const alerts: PlanAlert[] = [];
  for (const o of input.outcomes) {
    if (o.status === "error") alerts.push({ kind: "SKU_ERROR", severity: "high", sku: o.sku, message: o.error.message });
    if (o.status === "skipped") alerts.push({ kind: "SKIPPED", severity: "low", sku: o.sku, message: `Skipped: ${o.reason}` });
  }
  for (const line of input.lines) {
    if (line.noLaneInTime) alerts.push({ kind: "NO_LANE", severity: "high", sku: line.sku, message: line.why[0] ?? "no lane arrives in time" });
    else if (!line.base && line.sprint) alerts.push({ kind: "FAST_ONLY", severity: "medium", sku: line.sku, message: line.why[0] ?? "all by the fast lane" });
    const stock = line.onHand + line.inTransitUsable + (line.base?.units ?? 0) + (line.sprint?.units ?? 0);
    const flag = line.baselinePerDay > 0 ? fbaDaysOfSupplyFlag(stock, line.baselinePerDay) : null;
    if (flag?.ok && flag.value !== "OK") {
      const days = Math.round(stock / line.baselinePerDay);
      alerts.push({
        kind: flag.value === "LOW" ? "LOW_SUPPLY" : "HIGH_SUPPLY",
        severity: "low",
        sku: line.sku,
        message: flag.value === "LOW" ? `${days} days of supply at the baseline rate: below FBA's 28 days (low-inventory fee)` : `${days} days of supply at the baseline rate: above FBA's 22 weeks (storage surcharge)`,
      });
    }
  }
  const { cubicFeet, limit, overage } = input.capacity;
  if (limit !== null && overage > 0) {
    alerts.push({
      kind: "CAPACITY",
      severity: "high",
      sku: "",
      message: `Storage at the event: ${Math.round(cubicFeet).toLocaleString("en-US")} ft³ against a limit of ${Math.round(limit).toLocaleString("en-US")} (${Math.round(overage).toLocaleString("en-US")} ft³ over, about $${Math.round(overage * 10).toLocaleString("en-US")} at $10/ft³): move slow movers' base batch to an overseas warehouse or ship part of it after the event`,
    });
  }
  for (const s of input.shipments) {
    if (s.shipBy - policy.planDate <= 7) {
      alerts.push({ kind: "SHIP_SOON", severity: "medium", sku: "", message: `${s.lane}: ${s.units.toLocaleString("en-US")} units must ship by ${isoFromSerial(s.shipBy)}` });
    }
  }
  return alerts.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
