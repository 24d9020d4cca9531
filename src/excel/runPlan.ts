/**
 * The plan pipeline, the same over every workbook (Office.js, an .xlsx file,
 * the in-memory preview): read the input sheets, plan, write the output sheets.
 * Input is read and checked in full before anything is written, so bad input
 * leaves the workbook untouched.
 */
import { engineError, err, ok, type EngineError, type Result } from "../engine/errors";
import type { ShareInput } from "../engine/plan/allocateByShare";
import { marketplaceShares } from "../engine/plan/marketplaceShares";
import type { DailySeries } from "../engine/series/dailySeries";
import { DEFAULT_LANES } from "../engine/plan/defaultLanes";
import { planEvent, type EventPlan } from "../engine/plan/planEvent";
import { planTables } from "../engine/plan/planTables";
import type { Lane } from "../engine/plan/types";
import { findSheet } from "../engine/workbook/findSheet";
import type { SheetKind } from "../engine/workbook/headerAliases";
import { readEventSheet } from "../engine/workbook/readEventSheet";
import { readLanesSheet } from "../engine/workbook/readLanesSheet";
import { readSalesSheet } from "../engine/workbook/readSalesSheet";
import { readSkuSheet } from "../engine/workbook/readSkuSheet";
import { chooseOutputSheetName } from "./outputSheetName";
import type { OutputLanguage, WorkbookPort } from "./workbookPort";

export interface RunPlanOptions {
  readonly language: OutputLanguage;
  /** (done, total) SKUs planned, for progress bars. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface PlanRun {
  readonly plan: EventPlan;
  /** Sheets written, by kind. */
  readonly sheets: Readonly<Partial<Record<SheetKind, string>>>;
  /** Rows of the input left out (bad cells in the SKUs sheet) and other warnings. */
  readonly warnings: readonly EngineError[];
  readonly usedDefaultLanes: boolean;
}

function requiredSheet(names: readonly string[], kind: SheetKind, zh: string): Result<string> {
  const name = findSheet(names, kind);
  if (name === undefined) return err("MISSING_COLUMN", `No '${kind}' sheet (or '${zh}'): add one, or rename yours`, { sheet: kind });
  return ok(name);
}

/**
 * Reads Sales, SKUs, Lanes (optional: default China → US West lanes) and Event,
 * plans the event ({@link planEvent}) and writes Plan, Batches, CashFlow,
 * Alerts and Forecast as PeakStock tables (sheet names chosen so a user's sheet
 * is never overwritten).
 * @returns what was written, or the first input error (sheet, row, column named) with nothing written
 */
export async function runPlan(book: WorkbookPort, options: RunPlanOptions): Promise<Result<PlanRun>> {
  const names = await book.sheetNames();
  const salesName = requiredSheet(names, "Sales", "销售");
  if (!salesName.ok) return salesName;
  const skuName = requiredSheet(names, "SKUs", "产品");
  if (!skuName.ok) return skuName;
  const eventName = requiredSheet(names, "Event", "活动");
  if (!eventName.ok) return eventName;

  const event = readEventSheet(await book.readSheet(eventName.value), { sheet: eventName.value });
  if (!event.ok) return event;
  const policy = event.value.policy;
  const skus = readSkuSheet(await book.readSheet(skuName.value), { sheet: skuName.value });
  if (!skus.ok) return skus;
  const salesGrid = await book.readSheet(salesName.value);
  const allSales = readSalesSheet(salesGrid, { sheet: salesName.value });
  if (!allSales.ok) return allSales;
  const marketplaces = [...new Set(allSales.value.series.flatMap((s) => s.marketplaces ?? []))];
  const warnings: EngineError[] = [];
  let series = allSales.value.series;
  const eventMarket = policy.marketplace.trim().toLowerCase();
  const marketShares = new Map<string, ShareInput[]>();
  if (eventMarket !== "" && marketplaces.length > 0) {
    const match = marketplaces.find((m) => m.trim().toLowerCase() === eventMarket);
    if (match === undefined) {
      warnings.push(engineError("INCONSISTENT_INPUT", `The event's marketplace '${policy.marketplace}' has no sales on ${salesName.value} (it has ${marketplaces.join(", ")}): planned on all sales`, { sheet: salesName.value }));
    } else if (marketplaces.length > 1) {
      const filtered = readSalesSheet(salesGrid, { sheet: salesName.value, marketplace: match });
      if (!filtered.ok) return filtered;
      series = filtered.value.series;
    }
  } else if (marketplaces.length > 1) {
    const byMarket = new Map<string, DailySeries[]>();
    for (const market of marketplaces) {
      const read = readSalesSheet(salesGrid, { sheet: salesName.value, marketplace: market });
      if (read.ok) byMarket.set(market, read.value.series);
    }
    for (const [sku, shares] of marketplaceShares(byMarket)) marketShares.set(sku, shares);
  }

  let lanes: readonly Lane[] = DEFAULT_LANES;
  const lanesName = findSheet(names, "Lanes");
  if (lanesName !== undefined) {
    const read = readLanesSheet(await book.readSheet(lanesName), { sheet: lanesName });
    if (!read.ok) return read;
    lanes = read.value;
  }

  const plan = planEvent({ series, skus: skus.value.skus, lanes, policy, marketShares, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  const sheets: Partial<Record<SheetKind, string>> = {};
  for (const table of planTables(plan)) {
    const name = await chooseOutputSheetName(book, table.kind, options.language);
    await book.writeTable(name, table, options.language);
    sheets[table.kind] = name;
  }
  return ok({ plan, sheets, warnings: [...event.value.warnings, ...skus.value.issues, ...warnings], usedDefaultLanes: lanesName === undefined });
}
