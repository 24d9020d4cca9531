/**
 * The whole plan from the workbook's input sheets as plain grids: find and read
 * Sales, SKUs, Lanes and Event, plan the event, build the output tables. Pure,
 * so the task pane runs it in a Web Worker and the command line in Node.
 */
import { DEFAULT_LANES } from "./defaultLanes";
import { fail, ok, type EngineError, type Result } from "../errors";
import { isoFromSerial } from "../dates";
import { placeParam, quoted } from "../messages/messageText";
import { checkCartonData } from "../workbook/checkCartonData";
import { INPUT_LIMITS } from "../workbook/inputLimits";
import type { DailySeries } from "../series/dailySeries";
import { destinationSales } from "./destinationSales";
import { laneDestinations } from "./destinations";
import { chartsTable } from "./chartsTable";
import { findSheet } from "../workbook/findSheet";
import type { SheetKind } from "../workbook/headerAliases";
import { readEventSheet } from "../workbook/readEventSheet";
import { readLanesSheet } from "../workbook/readLanesSheet";
import { readSkuSheet } from "../workbook/readSkuSheet";
import type { Grid } from "../workbook/sheetTable";
import type { OutputTable } from "./outputTable";
import { planEvent, type EventPlan } from "./planEvent";
import { planTables } from "./planTables";
import type { EventPolicy, Lane } from "./types";

/** The sheets a plan reads, by kind: the name the workbook gives them. */
export type InputSheetNames = Readonly<Partial<Record<"Sales" | "SKUs" | "Lanes" | "Event", string>>>;

export interface PlanFromSheetsInput {
  /** Every sheet name of the workbook, to find the inputs by name (English or Chinese). */
  readonly sheetNames: readonly string[];
  /** Grids of (at least) the input sheets, by sheet name. */
  readonly grids: Readonly<Record<string, Grid>>;
  /** Sheets the user pointed at, overriding the search by name. */
  readonly sources?: InputSheetNames;
  /** Event and policy set in the task pane; replaces the Event sheet when given. */
  readonly policy?: EventPolicy;
  /** Lanes set in the task pane; replace the Lanes sheet when given. */
  readonly lanes?: readonly Lane[];
  readonly onProgress?: (done: number, total: number) => void;
  /** Language of the tables' texts (Why, alerts): "en" (default) or "zh-CN". */
  readonly language?: string;
  /** Chart this many of the costliest SKUs on a `Charts` table (`chartsTable`); 0 or absent = none. */
  readonly chartSkus?: number;
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
}

const ZH: Readonly<Record<string, string>> = { Sales: "销售", SKUs: "产品", Event: "活动" };

/** The sheet of `kind`: the one the user chose, else found by name. */
function sheetOf(input: PlanFromSheetsInput, kind: "Sales" | "SKUs" | "Lanes" | "Event", required: boolean): Result<string | undefined> {
  const chosen = input.sources?.[kind];
  const name = chosen ?? findSheet(input.sheetNames, kind as SheetKind);
  if (name !== undefined && input.grids[name] === undefined) {
    return fail("chosenSheetMissing", "MISSING_COLUMN", { sheet: quoted(name), kind }, { sheet: name });
  }
  if (name === undefined && required) {
    return fail("noInputSheet", "MISSING_COLUMN", { kind: quoted(kind), zh: quoted(ZH[kind]) }, { sheet: kind });
  }
  return ok(name);
}

/**
 * Plans from the input grids ({@link planEvent}, then {@link planTables}), per
 * destination of the lanes: each Sales marketplace sells from a destination
 * ({@link destinationSales}; the event's marketplace alone when the sheet has it
 * among several); a destination serving several marketplaces allocates each SKU's
 * stock across them by their last 90 days. Lanes naming no destination plan the
 * book as one destination, as before destinations existed. Sales dated after the plan date are
 * left out with a warning; SKUs with sales need their carton data when a lane charges by weight or
 * volume (`checkCartonData`, fatal); a SKU whose row on the SKUs sheet was left out for a bad cell is
 * reported as failed with that cell's error, not as missing from the sheet.
 * @returns the plan and its tables, or the first input error (sheet, row, column named)
 * @example planFromSheets({ sheetNames: ["Sales", "SKUs", "Event"], grids }).value.tables.map((t) => t.kind)
 * // ["Plan", "Batches", "CashFlow", "Alerts", "Forecast"], then "Charts" with `chartSkus`
 */
export function planFromSheets(input: PlanFromSheetsInput): Result<SheetsPlan> {
  const salesName = sheetOf(input, "Sales", true);
  if (!salesName.ok) return salesName;
  const skuName = sheetOf(input, "SKUs", true);
  if (!skuName.ok) return skuName;
  const eventName = sheetOf(input, "Event", input.policy === undefined);
  if (!eventName.ok) return eventName;
  const lanesName = sheetOf(input, "Lanes", false);
  if (!lanesName.ok) return lanesName;
  const sales = salesName.value as string;
  const warnings: EngineError[] = [];

  let policy: EventPolicy;
  if (input.policy) {
    policy = input.policy;
    if (policy.start - policy.planDate > INPUT_LIMITS.eventAheadDays) {
      const params = { place: placeParam({ argument: "start" }), start: isoFromSerial(policy.start), days: policy.start - policy.planDate, planLabel: "PlanDate", planDate: isoFromSerial(policy.planDate) };
      return fail("eventTooFar", "OUT_OF_RANGE", params);
    }
  } else {
    const event = readEventSheet(input.grids[eventName.value as string], { sheet: eventName.value as string });
    if (!event.ok) return event;
    policy = event.value.policy;
    warnings.push(...event.value.warnings);
  }
  const skus = readSkuSheet(input.grids[skuName.value as string], { sheet: skuName.value as string });
  if (!skus.ok) return skus;
  warnings.push(...skus.value.issues);

  let lanes: readonly Lane[] = input.lanes ?? DEFAULT_LANES;
  if (!input.lanes && lanesName.value !== undefined) {
    const read = readLanesSheet(input.grids[lanesName.value], { sheet: lanesName.value });
    if (!read.ok) return read;
    lanes = read.value;
  }

  const read = destinationSales(input.grids[sales], sales, policy.marketplace, laneDestinations(lanes), policy.planDate);
  if (!read.ok) return read;
  warnings.push(...read.value.warnings);
  const series = read.value.destinations.flatMap((d) => d.series);
  const cartons = checkCartonData(skus.value, lanes, new Set(series.map((s) => s.sku)));
  if (!cartons.ok) return cartons;

  const rowErrors = new Map<string, EngineError>();
  for (const issue of skus.value.issues) if (issue.where?.sku !== undefined && !rowErrors.has(issue.where.sku)) rowErrors.set(issue.where.sku, issue);
  const plan = planEvent({
    series, destinations: read.value.destinations, mappings: read.value.mappings, skus: skus.value.skus, lanes, policy, rowErrors,
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
  });
  const sources: Partial<Record<"Sales" | "SKUs" | "Lanes" | "Event", string>> = { Sales: sales, SKUs: skuName.value as string };
  if (eventName.value !== undefined && !input.policy) sources.Event = eventName.value;
  if (lanesName.value !== undefined && !input.lanes) sources.Lanes = lanesName.value;
  const tables = planTables(plan, input.language ?? "en");
  const charts = (input.chartSkus ?? 0) > 0 ? chartsTable(plan.lines, series, policy, input.chartSkus ?? 0, input.language ?? "en") : null;
  if (charts) tables.push(charts);
  return ok({ plan, policy, tables, warnings, usedDefaultLanes: !input.lanes && lanesName.value === undefined, sources, series });
}
