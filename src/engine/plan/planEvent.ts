/**
 * The whole plan for one event: every SKU planned on its own (one bad SKU never
 * sinks the rest), then shipments, capacity, cash flow and alerts.
 */
import { abcClassify, type AbcClass } from "../classify/abcClassify";
import { isoFromSerial } from "../dates";
import { engineError, type EngineError } from "../errors";
import { pastEventUplift } from "../event/pastEventUplift";
import { portfolioUplift } from "../event/portfolioUplift";
import type { DailySeries } from "../series/dailySeries";
import { allocateByShare, type Allocation, type ShareInput } from "./allocateByShare";
import { groupBatches, type PlanShipment } from "./groupBatches";
import { planAlerts, type PlanAlert } from "./planAlerts";
import { note, type PlanNote } from "./planNotes";
import { planCashFlow } from "./planCashFlow";
import { planSku, type PlanLine } from "./planSku";
import type { CashFlowWeek } from "./weeklyCashFlow";
import type { EventPolicy, Lane, SkuMaster } from "./types";
import { unitCubicFeet } from "./unitCubicFeet";

export type SkuOutcome =
  | { readonly sku: string; readonly status: "ok"; readonly line: PlanLine }
  | { readonly sku: string; readonly status: "skipped"; readonly reason: PlanNote }
  | { readonly sku: string; readonly status: "error"; readonly error: EngineError };

export interface EventPlan {
  readonly outcomes: readonly SkuOutcome[];
  readonly lines: readonly PlanLine[];
  readonly shipments: readonly PlanShipment[];
  readonly cashFlow: readonly CashFlowWeek[];
  readonly alerts: readonly PlanAlert[];
  /** Cubic feet at the event (stock left after pre-event sales plus the batches) vs the capacity limit (null = no limit). */
  readonly capacity: { readonly cubicFeet: number; readonly limit: number | null; readonly overage: number };
  readonly portfolioUplift: number | null;
  /** Per SKU sold in several marketplaces: its stock at the event split by their recent sales. */
  readonly allocations: ReadonlyMap<string, readonly Allocation[]>;
}

export interface PlanEventInput {
  readonly series: readonly DailySeries[];
  readonly skus: readonly SkuMaster[];
  readonly lanes: readonly Lane[];
  readonly policy: EventPolicy;
  /** Per SKU sold in several marketplaces, their recent units ({@link marketplaceShares}). */
  readonly marketShares?: ReadonlyMap<string, readonly ShareInput[]>;
  /** Called after each SKU with (done, total), for progress bars. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Why a SKU's row was left out of the SKUs sheet (a bad cell), by SKU: a SKU
   * with sales and such a row fails with this error instead of being skipped as
   * missing from the sheet.
   */
  readonly rowErrors?: ReadonlyMap<string, EngineError>;
}

/** Revenue of the last 365 days of a series: its revenue column, else units × price. */
function yearRevenue(series: DailySeries, price: number): number {
  const from = Math.max(0, series.units.length - 365);
  let sum = 0;
  for (let i = from; i < series.units.length; i++) sum += series.revenue ? series.revenue[i] : series.units[i] * price;
  return sum;
}

/**
 * Plans an event over every SKU of the master that has sales (DESIGN.md §1):
 * ABC by last-year revenue, portfolio uplift from all SKUs' past editions,
 * {@link planSku} per SKU, then {@link groupBatches}, the capacity check,
 * {@link planCashFlow} and {@link planAlerts}. SKUs without sales history are
 * skipped with a reason; a SKU whose plan fails, or whose SKUs-sheet row was left
 * out for a bad cell (`rowErrors`), is reported with its error.
 * @example planEvent({ series, skus, lanes: DEFAULT_LANES, policy }).lines.length // SKUs planned
 */
export function planEvent(input: PlanEventInput): EventPlan {
  const { policy } = input;
  const seriesBySku = new Map(input.series.map((s) => [s.sku, s]));
  const eventDays = policy.end - policy.start + 1;

  const abc = abcClassify(input.skus.filter((s) => seriesBySku.has(s.sku)).map((s) => ({ key: s.sku, revenue: yearRevenue(seriesBySku.get(s.sku) as DailySeries, s.price) })));
  const classOf = new Map<string, AbcClass>(abc.ok ? abc.value.items.map((i) => [i.key, i.class]) : []);

  const past = input.series.flatMap((s) => {
    const r = pastEventUplift({ startSerial: s.startSerial, units: s.units, excluded: s.excluded }, eventDays, policy.pastEventStarts);
    return r.ok ? [r.value] : [];
  });
  const portfolio = portfolioUplift(past);

  const outcomes: SkuOutcome[] = [];
  const lines: PlanLine[] = [];
  input.skus.forEach((sku, i) => {
    const series = seriesBySku.get(sku.sku);
    if (!series) outcomes.push({ sku: sku.sku, status: "skipped", reason: note("noSalesHistory") });
    else {
      const r = planSku({ series, sku, lanes: input.lanes, policy, abcClass: classOf.get(sku.sku) ?? "C", portfolioUplift: portfolio.uplift, portfolioUpliftCv: portfolio.cvAcrossYears });
      if (r.ok) {
        outcomes.push({ sku: sku.sku, status: "ok", line: r.value });
        lines.push(r.value);
      } else {
        outcomes.push({ sku: sku.sku, status: "error", error: engineError(r.error.code, r.error.message, { ...r.error.where, sku: sku.sku }) });
      }
    }
    input.onProgress?.(i + 1, input.skus.length);
  });
  const inMaster = new Set(input.skus.map((k) => k.sku));
  for (const s of input.series) {
    if (inMaster.has(s.sku)) continue;
    const rowError = input.rowErrors?.get(s.sku);
    outcomes.push(rowError ? { sku: s.sku, status: "error", error: rowError } : { sku: s.sku, status: "skipped", reason: note("notInMaster") });
  }

  const shipments = groupBatches(lines, input.lanes);
  const skuBySku = new Map(input.skus.map((s) => [s.sku, s]));
  const onHandFt3 = lines.reduce((sum, l) => {
    const s = skuBySku.get(l.sku) as SkuMaster;
    const leftAtEvent = l.stockAtEventUnits;
    return sum + unitCubicFeet(s) * leftAtEvent;
  }, 0);
  const cubicFeet = onHandFt3 + shipments.reduce((s, b) => s + b.cubicFeet, 0);
  const limit = policy.capacityCubicFeet ?? null;
  const capacity = { cubicFeet, limit, overage: limit === null ? 0 : Math.max(0, cubicFeet - limit) };
  const cashFlow = planCashFlow(shipments, policy);
  const alerts = planAlerts({ outcomes, lines, shipments, capacity, policy });
  const allocations = new Map<string, Allocation[]>();
  for (const line of lines) {
    const shares = input.marketShares?.get(line.sku);
    if (!shares) continue;
    const stock = Math.floor(line.stockAtEventUnits) + (line.base?.units ?? 0) + (line.sprint?.units ?? 0);
    const split = allocateByShare(stock, shares);
    if (split.ok) allocations.set(line.sku, split.value);
  }
  return { outcomes, lines, shipments, cashFlow, alerts, capacity, portfolioUplift: portfolio.uplift, allocations };
}

/** The earliest ship-by date of a plan, ISO text, or "" when nothing ships. */
export function earliestShipBy(plan: EventPlan): string {
  return plan.shipments.length === 0 ? "" : isoFromSerial(Math.min(...plan.shipments.map((s) => s.shipBy)));
}
