/**
 * What a seller must look at in a plan, most urgent first.
 */
import { isoFromSerial } from "../dates";
import { fbaDaysOfSupplyFlag } from "../watch/daysOfSupplyBand";
import type { PlanShipment } from "./groupBatches";
import type { SkuOutcome } from "./planEvent";
import type { PlanLine } from "./planSku";
import { note, renderNote, type PlanNote } from "./planNotes";
import type { EventPolicy } from "./types";

export type PlanAlertKind = "NO_LANE" | "SKU_ERROR" | "CAPACITY" | "SHIP_SOON" | "FAST_ONLY" | "LOW_SUPPLY" | "HIGH_SUPPLY" | "SKIPPED";

export interface PlanAlert {
  readonly kind: PlanAlertKind;
  readonly severity: "high" | "medium" | "low";
  /** SKU, or "" for the whole plan. */
  readonly sku: string;
  /** What to show, in any language ({@link renderNote}). */
  readonly note: PlanNote;
  /** The note in English, for logs and the command line. */
  readonly message: string;
}

function alert(kind: PlanAlertKind, severity: PlanAlert["severity"], sku: string, planNote: PlanNote): PlanAlert {
  return { kind, severity, sku, note: planNote, message: renderNote(planNote, "en") };
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
    if (o.status === "error") alerts.push(alert("SKU_ERROR", "high", o.sku, note("skuFailed", { message: o.error.message }, o.error)));
    if (o.status === "skipped") alerts.push(alert("SKIPPED", "low", o.sku, o.reason));
  }
  for (const line of input.lines) {
    if (line.noLaneInTime) alerts.push(alert("NO_LANE", "high", line.sku, line.why[0] ?? note("noLaneInTimeNoOption", { ready: "" })));
    else if (!line.base && line.sprint) alerts.push(alert("FAST_ONLY", "medium", line.sku, line.why[0] ?? note("allFast")));
    const stock = line.onHand + line.inTransitUsable + (line.base?.units ?? 0) + (line.sprint?.units ?? 0);
    const flag = line.baselinePerDay > 0 ? fbaDaysOfSupplyFlag(stock, line.baselinePerDay) : null;
    if (flag?.ok && flag.value !== "OK") {
      const days = Math.round(stock / line.baselinePerDay);
      alerts.push(alert(flag.value === "LOW" ? "LOW_SUPPLY" : "HIGH_SUPPLY", "low", line.sku, note(flag.value === "LOW" ? "lowSupply" : "highSupply", { days })));
    }
  }
  const { cubicFeet, limit, overage } = input.capacity;
  if (limit !== null && overage > 0) {
    const n = (x: number): string => Math.round(x).toLocaleString("en-US");
    alerts.push(alert("CAPACITY", "high", "", note("overCapacity", { cubicFeet: n(cubicFeet), limit: n(limit), overage: n(overage), fee: n(overage * 10) })));
  }
  for (const s of input.shipments) {
    if (s.shipBy - policy.planDate <= 7) {
      alerts.push(alert("SHIP_SOON", "medium", "", note("shipSoon", { lane: s.lane, units: s.units.toLocaleString("en-US"), shipBy: isoFromSerial(s.shipBy) })));
    }
  }
  return alerts.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
