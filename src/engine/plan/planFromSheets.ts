/**
 * The whole plan from the workbook's input sheets as plain grids: find and read
 * Sales, SKUs, Lanes and Event, plan the event, build the output tables. Pure,
 * so the task pane runs it in a Web Worker and the command line in Node.
 */
import { fail, ok, type EngineError, type Result } from "../errors";
import { isoFromSerial } from "../dates";
import { placeParam, quoted } from "../messages/messageText";
import { checkCartonData } from "../workbook/checkCartonData";
import type { DailySeries } from "../series/dailySeries";
import { destinationSales, type BookSales } from "./destinationSales";
import { planSeason } from "../season/planSeason";
import { chartedEvent } from "../season/chartedEvent";
import { seasonEvents } from "../season/seasonEvents";
import { laneDestinations } from "./destinations";
import { chartsTable } from "./chartsTable";
import type { OutputTable } from "./outputTable";
import type { EventPlan } from "./planEvent";
import { planTables } from "./planTables";
import { readBookInputs, type BookInputsSource, type InputSheetNames } from "./readBookInputs";
import type { EventPolicy } from "./types";
import { forecastMemo } from "../event/forecastMemo";
import { bookScenarios } from "../scenarios/scenariosFromSheets";
import { planScenarios, type ScenarioComparison } from "../scenarios/planScenarios";
import type { Scenario } from "../scenarios/scenario";
import { scenariosTable } from "../scenarios/scenariosTable";

export type { InputSheetNames } from "./readBookInputs";

export interface PlanFromSheetsInput extends BookInputsSource {
  readonly onProgress?: (done: number, total: number) => void;
  /** Language of the tables' texts (Why, alerts): "en" (default) or "zh-CN". */
  readonly language?: string;
  /** Chart this many of the costliest SKUs on a `Charts` table (`chartsTable`); 0 or absent = none. */
  readonly chartSkus?: number;
  /** Scenarios to run beside the base plan, replacing the book's Scenarios sheet ([] = none). */
  readonly scenarios?: readonly Scenario[];
}

export interface SheetsPlan {
  readonly plan: EventPlan;
  readonly policy: EventPolicy;
  readonly tables: readonly OutputTable[];
  /** Rows left out of the SKUs sheet, unknown Event keys, a marketplace with no sales … */
  readonly warnings: readonly EngineError[];
  readonly usedDefaultLanes: boolean;
  /** The sheets read, by kind. */
  readonly sources: InputSheetNames;
  /** The daily sales series planned on (left out when a plan crosses to another thread). */
  readonly series?: readonly DailySeries[];
  /** The base plan and each scenario side by side, when the book has scenarios (its ScenarioResults table is in `tables`). */
  readonly scenarios?: ScenarioComparison;
}

/**
 * Plans from the input grids ({@link planSeason}: the Event sheet's event and any further events of
 * the season in date order; then {@link planTables}), per
 * destination of the lanes: each Sales marketplace sells from a destination
 * ({@link destinationSales}; the event's marketplace alone when the sheet has it
 * among several); a destination serving several marketplaces allocates each SKU's
 * stock across them by their last 90 days. Lanes naming no destination plan the
 * book as one destination, as before destinations existed. Sales dated after the plan date are
 * left out with a warning; SKUs with sales need their carton data when a lane charges by weight or
 * volume (`checkCartonData`, fatal); a SKU whose row on the SKUs sheet was left out for a bad cell is
 * reported as failed with that cell's error, not as missing from the sheet. With scenarios (given, or
 * the book's Scenarios sheet) each is planned in full too and compared ({@link planScenarios}).
 * @returns the plan and its tables, or the first input error (sheet, row, column named)
 * @example planFromSheets({ sheetNames: ["Sales", "SKUs", "Event"], grids }).value.tables.map((t) => t.kind)
 * // ["Plan", "Batches", "CashFlow", "Alerts", "Forecast"], then "Charts" with `chartSkus`, "ScenarioResults" with scenarios
 */
export function planFromSheets(input: PlanFromSheetsInput): Result<SheetsPlan> {
  const inputs = readBookInputs(input);
  if (!inputs.ok) return inputs;
  const { salesSheet: sales, policy, lanes, sources } = inputs.value;
  const started = eventAlreadyStarted(policy, sources.Event);
  if (!started.ok) return started;
  const skuSheet = inputs.value.skus;
  const warnings: EngineError[] = [...inputs.value.warnings];

  // Each marketplace the season's events name is read once (a season may run on several).
  const events = seasonEvents(policy);
  const byMarketplace = new Map<string, BookSales>();
  for (const event of events) {
    const key = event.marketplace.trim().toLowerCase();
    if (byMarketplace.has(key)) continue;
    const read = destinationSales(input.grids[sales], sales, event.marketplace, laneDestinations(lanes), policy.planDate);
    if (!read.ok) return read;
    for (const w of read.value.warnings) if (!warnings.some((x) => x.message === w.message)) warnings.push(w);
    byMarketplace.set(key, read.value);
  }
  const salesOf = (event: EventPolicy): BookSales => byMarketplace.get(event.marketplace.trim().toLowerCase()) as BookSales;
  const first = salesOf(events[0]);
  const series = [...new Map([...byMarketplace.values()].flatMap((b) => b.destinations.flatMap((d) => d.series)).map((s) => [s, s])).keys()];
  const cartons = checkCartonData(skuSheet, lanes, new Set(series.map((s) => s.sku)));
  if (!cartons.ok) return cartons;

  const what = bookScenarios(input.sheetNames, input.grids, lanes, input.scenarios);
  if (!what.ok) return what;
  // Progress over the base plan and every scenario's plan, each as many steps as SKUs.
  const runs = 1 + (what.value?.scenarios.length ?? 0);
  const report = input.onProgress;
  const progress = (offset: number) => (report ? { onProgress: (done: number, total: number) => report(offset * total + done, runs * total) } : {});

  const rowErrors = new Map<string, EngineError>();
  for (const issue of skuSheet.issues) if (issue.where?.sku !== undefined && !rowErrors.has(issue.where.sku)) rowErrors.set(issue.where.sku, issue);
  // With scenarios, their plans reuse the base plan's baseline fits (the forecasts do not depend on lanes or growth).
  const memo = what.value ? { forecastMemo: forecastMemo() } : {};
  const eventInput = {
    series: first.destinations.flatMap((d) => d.series), destinations: first.destinations, mappings: first.mappings, skus: skuSheet.skus, lanes, policy, rowErrors, salesOf, ...memo,
  };
  const plan = planSeason({ ...eventInput, ...progress(0) });
  const tables = planTables(plan, input.language ?? "en");
  // A season charts its first event (the one being prepared now).
  const charted = chartedEvent(plan.lines, policy);
  const charts = (input.chartSkus ?? 0) > 0 ? chartsTable(charted.lines, series, charted.event, input.chartSkus ?? 0, input.language ?? "en") : null;
  if (charts) tables.push(charts);
  let scenarios: ScenarioComparison | undefined;
  if (what.value) {
    const n = skuSheet.skus.length;
    const compared = planScenarios(eventInput, plan, what.value.scenarios, what.value.sheet, report ? (done) => report(n + done, runs * n) : undefined);
    if (!compared.ok) return compared;
    scenarios = compared.value;
    tables.push(scenariosTable(scenarios, input.language ?? "en"));
  }
  return ok({ plan, policy, tables, warnings, usedDefaultLanes: inputs.value.usedDefaultLanes, sources, series, ...(scenarios ? { scenarios } : {}) });
}

/**
 * An event that has started by the plan date (Start ≤ PlanDate) cannot be planned: nothing shipped
 * from the plan date is sellable in it, so every SKU would fail. The plan stops instead, naming the
 * Start (of the Event sheet, or the pane's start field), and points at the replay and the next edition.
 * @example eventAlreadyStarted({ start: 46353, planDate: 46354, … }, "Event") // fail "Event, Start: the event started on 2026-11-27, on or before the plan date 2026-11-28 …"
 */
export function eventAlreadyStarted(policy: Pick<EventPolicy, "start" | "planDate" | "name">, eventSheet: string | undefined): Result<true> {
  if (policy.start > policy.planDate) return ok(true);
  const where = eventSheet !== undefined ? { sheet: eventSheet, column: "Start (开始日期)" } : { argument: "start" };
  return fail("eventAlreadyStarted", "INCONSISTENT_INPUT", { place: placeParam(where), event: quoted(policy.name), start: isoFromSerial(policy.start), planDate: isoFromSerial(policy.planDate) }, where);
}
