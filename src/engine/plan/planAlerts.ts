/**
 * What a seller must look at in a plan, most urgent first.
 */
import { isoFromSerial } from "../dates";
import { fbaDaysOfSupplyFlag } from "../watch/daysOfSupplyBand";
import { CAPACITY_DEFAULTS } from "./capacityDefaults";
import { supplierAlerts } from "../orders/supplierAlerts";
import type { PurchaseOrder } from "../orders/purchaseOrders";
import { shipmentAlerts } from "../shipments/shipmentAlerts";
import type { ShipmentPacking } from "../shipments/shipmentPacking";
import type { DestinationCapacity } from "./destinationCapacity";
import type { MarketplaceMapping } from "./destinationSales";
import { eventDaysOfSupply } from "./eventDaysOfSupply";
import type { PlanShipment } from "./groupBatches";
import type { SkuOutcome } from "./planEvent";
import type { PlanLine } from "./planSku";
import { note, renderNotes, type PlanNote } from "./planNotes";
import type { EventPolicy, SkuMaster } from "./types";

export type PlanAlertKind =
  | "NO_LANE" | "SKU_ERROR" | "CAPACITY" | "CAPACITY_OPTION" | "MARKETPLACE" | "RUNS_OUT" | "UNPROFITABLE" | "STOCK_DESTINATION"
  | "SHIP_SOON" | "FAST_ONLY" | "LOW_SUPPLY" | "HIGH_SUPPLY" | "SKIPPED" | "NO_SUPPLIER" | "SINGLE_SUPPLIER"
  | "FBA_BOX" | "LABELS_LIMIT";

export interface PlanAlert {
  readonly kind: PlanAlertKind;
  readonly severity: "high" | "medium" | "low";
  /** SKU, or "" for the whole plan. */
  readonly sku: string;
  /** The destination it is about ("" = the whole plan, or the book's one unnamed destination). */
  readonly destination: string;
  /** What to show, in any language ({@link renderNotes}): the first sentence … */
  readonly note: PlanNote;
  /** … and the ones after it, when there are several. */
  readonly details: readonly PlanNote[];
  /** The notes in English, for logs and the command line. */
  readonly message: string;
  /** The event of a season it is about (absent = the plan's one event, or the whole season). */
  readonly event?: string;
}

function alert(kind: PlanAlertKind, severity: PlanAlert["severity"], sku: string, destination: string, notes: readonly PlanNote[]): PlanAlert {
  return { kind, severity, sku, destination, note: notes[0], details: notes.slice(1), message: renderNotes(notes, "en") };
}

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;
const n = (x: number): string => Math.round(x).toLocaleString("en-US");
const usd = (x: number): string => x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export interface PlanAlertsInput {
  readonly outcomes: readonly SkuOutcome[];
  readonly lines: readonly PlanLine[];
  readonly shipments: readonly PlanShipment[];
  readonly capacity: readonly DestinationCapacity[];
  readonly policy: EventPolicy;
  /** SKUs whose stock row names no destination while they sell in several. */
  readonly stockIssues?: readonly { readonly sku: string; readonly note: PlanNote }[];
  /** Sales marketplaces mapped by a fallback rule or not at all. */
  readonly mappings?: readonly MarketplaceMapping[];
  /** The destinations planned, for the unmapped-marketplace message. */
  readonly destinations?: readonly string[];
  /** The SKU master and the plan's purchase orders, for the supplier alerts ({@link supplierAlerts}). */
  readonly skus?: readonly SkuMaster[];
  readonly orders?: readonly PurchaseOrder[];
  /** What each shipment holds, for the FBA box and label alerts ({@link shipmentAlerts}). */
  readonly packing?: readonly ShipmentPacking[];
}

/** The alerts of one plan line. */
function lineAlerts(line: PlanLine, policy: EventPolicy): PlanAlert[] {
  const out: PlanAlert[] = [];
  const at = (kind: PlanAlertKind, severity: PlanAlert["severity"], notes: readonly PlanNote[]) => out.push(alert(kind, severity, line.sku, line.destination, notes));
  // Stock that covers the need needs no lane.
  if (line.noLaneInTime && line.netNeed > 0) at("NO_LANE", "high", line.why.length > 0 ? line.why : [note("noLaneInTimeNoOption", { ready: "" })]);
  else if (!line.base && line.sprint) at("FAST_ONLY", "medium", [line.why.find((w) => w.key === "slowLaneGone" || w.key === "noSlowLane") ?? note("allFast")]);
  if (line.runsOutSerial !== null && line.runsOutSerial < line.sellableBySerial) {
    at("RUNS_OUT", "medium", [note("runsOutBeforeEvent", {
      date: isoFromSerial(line.runsOutSerial), days: line.sellableBySerial - line.runsOutSerial, sellable: isoFromSerial(line.sellableBySerial), lost: n(line.shortBeforeSellableUnits),
    })]);
  }
  if (line.unprofitable.length > 0) at("UNPROFITABLE", "medium", line.unprofitable);
  for (const batch of [line.base, line.sprint]) {
    if (!batch || batch.units <= 0) continue;
    const cost = (batch.freightUsd + batch.dutyUsd + batch.insuranceUsd + batch.storageUsd) / batch.units;
    if (cost >= line.unitMarginUsd) {
      at("UNPROFITABLE", "medium", [note("doesNotPayFreight", { lane: batch.lane, cost: usd(cost), margin: usd(line.unitMarginUsd), loss: usd(cost - line.unitMarginUsd) })]);
    }
  }
  // Issue 11 §3: the stock at the start (net of the sales before it) first serves the event's P50, then the baseline.
  const atStart = Math.max(0, line.stockAtEventUnits + (line.base?.units ?? 0) + (line.sprint?.units ?? 0) - line.preEventGapUnits);
  const days = eventDaysOfSupply(atStart, line.eventDemandP50, policy.end - policy.start + 1, line.baselinePerDay);
  // Days against the band: days of supply at 1 unit/day.
  const flag = line.baselinePerDay > 0 && Number.isFinite(days) ? fbaDaysOfSupplyFlag(days, 1) : null;
  if (flag?.ok && flag.value !== "OK") at(flag.value === "LOW" ? "LOW_SUPPLY" : "HIGH_SUPPLY", "low", [note(flag.value === "LOW" ? "lowSupply" : "highSupply", { days: Math.round(days) })]);
  return out;
}

/** The alerts of one destination over its capacity: the overage and its fee, then the later batch and the 3PL with their costs. */
function capacityAlerts(c: DestinationCapacity, policy: EventPolicy): PlanAlert[] {
  if (c.limit === null || c.overage <= 0) return [];
  const name = c.destination === "" ? policy.marketplace || "—" : c.destination;
  const fee = policy.overageFeePerCubicFoot ?? CAPACITY_DEFAULTS.overageFeePerCubicFoot;
  const out = [alert("CAPACITY", "high", "", c.destination, [note("overCapacity", { destination: name, cubicFeet: n(c.cubicFeet), limit: n(c.limit), overage: n(c.overage), fee: usd(c.overageFeeUsd), rate: usd(fee) })])];
  if (c.moves.length > 0) {
    const units = c.moves.reduce((s, m) => s + m.units, 0);
    const skus = c.moves.map((m) => `${m.sku} ${m.units}`).join(", ");
    const rate = policy.threePlCostPerCubicFoot ?? CAPACITY_DEFAULTS.threePlCostPerCubicFoot;
    out.push(alert("CAPACITY_OPTION", "medium", "", c.destination, [note("capacityLater", {
      destination: name, units: n(units), cubicFeet: n(c.movedCubicFeet), skus, date: isoFromSerial(c.laterSellableSerial), saving: usd(c.laterStorageSavingUsd),
    })]));
    out.push(alert("CAPACITY_OPTION", "medium", "", c.destination, [note("capacityThreePl", { destination: name, units: n(units), cubicFeet: n(c.movedCubicFeet), cost: usd(c.threePlCostUsd), rate: usd(rate) })]));
  }
  if (c.movedCubicFeet < c.overage - 1e-9) out.push(alert("CAPACITY_OPTION", "medium", "", c.destination, [note("capacityStillOver", { destination: name, cubicFeet: n(c.overage - c.movedCubicFeet) })]));
  return out;
}

/**
 * Alerts of a plan: SKUs no lane reaches in time (with why, and what is left unshipped), SKUs whose
 * plan failed, Sales marketplaces that sell from no destination (high); a destination's storage over
 * its capacity limit with the overage fee (high) and the ways out with their cost (medium); stock
 * running out before the event stock is sellable, with the day and the sales lost; a batch whose
 * logistics per unit cost at least the unit margin; stock on a SKUs row without a destination while
 * the SKU sells in several; shipments whose ship-by is within 7 days of the plan date; SKUs sent all
 * by a fast lane (medium); stock at the event start outside FBA's 28 days … 22 weeks of supply,
 * counting what the event sells ({@link eventDaysOfSupply}); marketplaces planned with a destination
 * by a fallback rule; SKUs skipped (low); SKUs ordered without a Supplier (medium) and class-A SKUs
 * with one supplier (low, {@link supplierAlerts}); FBA cartons over Amazon's box limits (medium) and
 * more cartons than the labels sheet holds (low, {@link shipmentAlerts}).
 * @example planAlerts(input)[0].message // "Amazon US: storage at the event 3,412 ft³ against a limit of 3,000 (412 ft³ over): …"
 */
export function planAlerts(input: PlanAlertsInput): PlanAlert[] {
  const { policy } = input;
  const alerts: PlanAlert[] = [];
  for (const o of input.outcomes) {
    if (o.status === "error") alerts.push(alert("SKU_ERROR", "high", o.sku, o.destination ?? "", [note("skuFailed", { message: o.error.message }, o.error)]));
    if (o.status === "skipped") alerts.push(alert("SKIPPED", "low", o.sku, "", [o.reason]));
  }
  for (const m of input.mappings ?? []) {
    if (m.destination === null) {
      alerts.push(alert("MARKETPLACE", "high", "", "", [note("marketplaceUnmapped", { marketplace: m.marketplace, destinations: (input.destinations ?? []).join(", "), units: n(m.units) })]));
    } else if (m.marketplace !== "") {
      alerts.push(alert("MARKETPLACE", "low", "", m.destination, [note(m.rule === "event" ? "marketplaceByEvent" : "marketplaceOnlyDestination", { marketplace: m.marketplace, destination: m.destination })]));
    }
  }
  for (const issue of input.stockIssues ?? []) alerts.push(alert("STOCK_DESTINATION", "medium", issue.sku, "", [issue.note]));
  for (const line of input.lines) alerts.push(...lineAlerts(line, policy));
  for (const c of input.capacity) alerts.push(...capacityAlerts(c, policy));
  alerts.push(...supplierAlerts(input.lines, input.skus ?? [], input.orders ?? []));
  alerts.push(...shipmentAlerts(input.packing ?? [], policy.marketplace));
  for (const s of input.shipments) {
    if (s.shipBy - policy.planDate <= 7) {
      alerts.push(alert("SHIP_SOON", "medium", "", s.destination, [note("shipSoon", { lane: s.lane, units: s.units.toLocaleString("en-US"), shipBy: isoFromSerial(s.shipBy) })]));
    }
  }
  return alerts.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
