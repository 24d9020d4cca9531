/**
 * The Data step: which sheets hold the sales, the SKU master, the lanes and the
 * event, and what is in them, read with the engine's readers so that the
 * messages are the plan's own. Pure (runs in the plan worker).
 */
import { err, ok, type EngineError, type Result } from "../../engine/errors";
import type { Lane } from "../../engine/plan/types";
import { findSheet } from "../../engine/workbook/findSheet";
import { readEventSheet, type EventSheet } from "../../engine/workbook/readEventSheet";
import { readLanesSheet } from "../../engine/workbook/readLanesSheet";
import { readSalesSheet } from "../../engine/workbook/readSalesSheet";
import { readSkuSheet } from "../../engine/workbook/readSkuSheet";
import { salesWarnings } from "../../engine/workbook/salesWarnings";
import type { Grid } from "../../engine/workbook/sheetTable";
import { SOURCE_KINDS, type SourceKind } from "../planForm";
import { marketplacesOf } from "./salesSeries";

/** What the Sales sheet holds. */
export interface SalesFinding {
  readonly sheet: string;
  readonly layout: "long" | "wide";
  readonly skus: number;
  readonly days: number;
  /** First and last day, Excel serial days. */
  readonly firstSerial: number;
  readonly lastSerial: number;
  readonly missingDays: number;
  readonly stockOutDays: number;
  /** Repeated (date, SKU) rows or SKU rows, added together. */
  readonly duplicates: number;
  readonly marketplaces: readonly string[];
  /** How the sheet was read: rows added together or left out (`salesWarnings`), naming the rows. */
  readonly warnings: readonly EngineError[];
}

export interface SkuFinding {
  readonly sheet: string;
  readonly count: number;
  /** Rows left out, with why. */
  readonly issues: readonly EngineError[];
}

export interface Findings {
  /** The sheet used for each kind: picked by the user, else found by name. */
  readonly sources: Readonly<Partial<Record<SourceKind, string>>>;
  readonly sales: Result<SalesFinding>;
  readonly skus: Result<SkuFinding>;
  /** The Lanes sheet's lanes; null when there is none (default lanes). */
  readonly lanes: Result<readonly Lane[]> | null;
  /** The Event sheet's policy; null when there is none. */
  readonly event: Result<EventSheet> | null;
}

const ZH: Readonly<Record<SourceKind, string>> = { Sales: "销售", SKUs: "产品", Lanes: "渠道", Event: "活动" };

/**
 * The sheet to read for each kind: the one the user picked when the workbook has it,
 * else the one found by name (English or Chinese, `findSheet`).
 * @example resolveSources(["销售", "产品", "My lanes"], { Lanes: "My lanes" }) // { Sales: "销售", SKUs: "产品", Lanes: "My lanes" }
 */
export function resolveSources(sheetNames: readonly string[], picked: Readonly<Partial<Record<SourceKind, string>>>): Partial<Record<SourceKind, string>> {
  const sources: Partial<Record<SourceKind, string>> = {};
  for (const kind of SOURCE_KINDS) {
    const chosen = picked[kind];
    const name = chosen !== undefined && sheetNames.includes(chosen) ? chosen : findSheet(sheetNames, kind);
    if (name !== undefined) sources[kind] = name;
  }
  return sources;
}

/** The error for a required sheet that is not there, worded as planFromSheets words it. */
function missingSheet(kind: SourceKind, picked: string | undefined): Result<never> {
  if (picked !== undefined) return err("MISSING_COLUMN", `The sheet '${picked}' chosen for ${kind} is not in the workbook`, { sheet: picked });
  return err("MISSING_COLUMN", `No '${kind}' sheet (or '${ZH[kind]}'): add one, or rename yours`, { sheet: kind });
}

function salesFinding(grid: Grid, sheet: string): Result<SalesFinding> {
  const read = readSalesSheet(grid, { sheet });
  if (!read.ok) return read;
  const { series, report } = read.value;
  return ok({
    sheet,
    layout: read.value.layout,
    skus: series.length,
    days: report.lastSerial - report.firstSerial + 1,
    firstSerial: report.firstSerial,
    lastSerial: report.lastSerial,
    missingDays: report.missingDays,
    stockOutDays: series.reduce((sum, s) => sum + s.stockOutDays, 0),
    duplicates: report.duplicates.length,
    marketplaces: marketplacesOf(read.value),
    warnings: salesWarnings(read.value, sheet),
  });
}

/**
 * Reads what the plan would read, kind by kind, each failing on its own.
 * @param sheetNames the workbook's sheets, in tab order
 * @param grids the grids of (at least) the sheets in `resolveSources(sheetNames, picked)`
 * @param picked sheets the user chose
 * @example inspectSources(["Sales", "SKUs"], grids, {}).sales // ok({ layout: "long", skus: 60, days: 730, … })
 */
export function inspectSources(sheetNames: readonly string[], grids: Readonly<Record<string, Grid>>, picked: Readonly<Partial<Record<SourceKind, string>>>): Findings {
  const sources = resolveSources(sheetNames, picked);
  const gridOf = (kind: SourceKind): Grid | undefined => (sources[kind] !== undefined ? grids[sources[kind] as string] : undefined);
  const missingPick = (kind: SourceKind): string | undefined => (picked[kind] !== undefined && !sheetNames.includes(picked[kind] as string) ? picked[kind] : undefined);

  const salesGrid = gridOf("Sales");
  const sales = salesGrid ? salesFinding(salesGrid, sources.Sales as string) : missingSheet("Sales", missingPick("Sales"));
  const skuGrid = gridOf("SKUs");
  let skus: Result<SkuFinding> = missingSheet("SKUs", missingPick("SKUs"));
  if (skuGrid) {
    const read = readSkuSheet(skuGrid, { sheet: sources.SKUs as string });
    skus = read.ok ? ok({ sheet: sources.SKUs as string, count: read.value.skus.length, issues: read.value.issues }) : read;
  }
  const lanesGrid = gridOf("Lanes");
  const lanes = lanesGrid ? readLanesSheet(lanesGrid, { sheet: sources.Lanes as string }) : missingPick("Lanes") ? missingSheet("Lanes", missingPick("Lanes")) : null;
  const eventGrid = gridOf("Event");
  const event = eventGrid ? readEventSheet(eventGrid, { sheet: sources.Event as string }) : missingPick("Event") ? missingSheet("Event", missingPick("Event")) : null;
  return { sources, sales, skus, lanes, event };
}

/** Warnings worth showing: Sales rows added together or left out, SKU rows left out, Event keys ignored. */
export function findingIssues(findings: Findings): EngineError[] {
  const issues: EngineError[] = [];
  if (findings.sales.ok) issues.push(...findings.sales.value.warnings);
  if (findings.skus.ok) issues.push(...findings.skus.value.issues);
  if (findings.event?.ok) issues.push(...findings.event.value.warnings);
  return issues;
}
