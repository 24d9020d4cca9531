/**
 * A replay from the workbook's own sheets: the book's history, lanes and settings, a past
 * edition of its event, every policy played on it ({@link replayEvent}) at each destination,
 * and the Replay table. Pure, so the task pane runs it in its worker and the command line in Node.
 */
import { isoFromSerial } from "../dates";
import { fail, ok, type EngineError, type Result } from "../errors";
import { placeParam } from "../messages/messageText";
import { destinationSales } from "../plan/destinationSales";
import { laneDestinations, lanesTo } from "../plan/destinations";
import type { OutputTable } from "../plan/outputTable";
import { readBookInputs, type BookInputsSource, type InputSheetNames } from "../plan/readBookInputs";
import type { EventPolicy } from "../plan/types";
import { seriesEndSerial } from "../series/dailySeries";
import { checkCartonData } from "../workbook/checkCartonData";
import { replayEvent } from "./replayEvent";
import { chooseReplayEdition, type EditionRequest, type ReplayEdition } from "./replayEdition";
import { replayPolicies } from "./replayPolicies";
import { replayStock } from "./replayStock";
import { replayTable, totalsByPolicy, type DestinationResults } from "./replayTable";
import type { ReplayPolicyId, ReplayResult, ReplayTotals } from "./types";

export interface ReplayFromSheetsInput extends BookInputsSource, EditionRequest {
  /** Language of the table's texts: "en" (default) or "zh-CN". */
  readonly language?: string;
  /** (done, total) policy replays, for progress bars. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** One destination replayed. */
export interface DestinationReplay extends DestinationResults {
  /** SKUs whose stock on the plan date came from the Sales sheet's OnHand, and those assumed. */
  readonly stockFromSales: readonly string[];
  readonly stockAssumed: readonly string[];
}

export interface SheetsReplay {
  /** The book's event as read (Event sheet or settings). */
  readonly policy: EventPolicy;
  /** The edition replayed: dates, days ahead, its past editions. */
  readonly edition: ReplayEdition;
  readonly destinations: readonly DestinationReplay[];
  /** Per policy, every destination's SKUs added up, in replayPolicies order (PeakStock first, the reference last). */
  readonly totals: readonly { readonly policy: ReplayPolicyId; readonly total: ReplayTotals }[];
  /** The Replay table. */
  readonly tables: readonly OutputTable[];
  /** Rows left out of the SKUs sheet, unknown Event keys, SKUs a policy could not decide for … */
  readonly warnings: readonly EngineError[];
  readonly usedDefaultLanes: boolean;
  readonly sources: InputSheetNames;
}

/** Warnings once each (the same SKU skipped by every policy says it once). */
function unique(errors: readonly EngineError[]): EngineError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.where?.sku ?? ""}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Replays a past edition of the book's event (README, "Replay a past event"): reads the inputs as
 * the plan does (Event sheet or the pane's policy, SKUs, Lanes or the pane's lanes, every sale —
 * none is cut at the Event's PlanDate), chooses the edition and its plan date
 * ({@link chooseReplayEdition}), then at each destination the Sales marketplaces map to, with its own
 * sales and lanes and each SKU's stock on the replayed plan date ({@link replayStock}), plays the five
 * policies ({@link replayPolicies}) with {@link replayEvent}: decisions from the sales to the day
 * before, lots at their lane's typical transit, the actual sales day by day.
 * @returns the results per destination and policy, their totals and the Replay table; or the first
 * input error (sheet, row, column named), an edition that cannot be replayed, or a replay error
 * @example replayFromSheets({ sheetNames, grids, edition: "2025" }).value.totals[0] // { policy: "peakstock", total: { profitUsd: …, fillRate: … } }
 */
export function replayFromSheets(input: ReplayFromSheetsInput): Result<SheetsReplay> {
  const inputs = readBookInputs(input);
  if (!inputs.ok) return inputs;
  const { salesSheet, policy, lanes, skus: skuSheet, sources } = inputs.value;
  const warnings: EngineError[] = [...inputs.value.warnings];
  const read = destinationSales(input.grids[salesSheet], salesSheet, policy.marketplace, laneDestinations(lanes));
  if (!read.ok) return read;
  warnings.push(...read.value.warnings);
  const all = read.value.destinations.flatMap((d) => d.series);
  if (all.length === 0) return fail("noSalesRows", "EMPTY_SERIES", { place: placeParam({ sheet: salesSheet }) }, { sheet: salesSheet });
  const lastSalesDay = Math.max(...all.map(seriesEndSerial));
  const edition = chooseReplayEdition(policy, lastSalesDay, input, sources.Event);
  if (!edition.ok) return edition;
  const { start, planDate, daysAhead } = edition.value;
  if (!all.some((s) => s.startSerial < planDate)) {
    return fail("replayNoHistory", "INSUFFICIENT_HISTORY", { planDate: isoFromSerial(planDate), days: daysAhead, start: isoFromSerial(start) }, { sheet: salesSheet });
  }
  const cartons = checkCartonData(skuSheet, lanes, new Set(all.map((s) => s.sku)));
  if (!cartons.ok) return cartons;

  const event: EventPolicy = { ...policy, start, end: edition.value.end, planDate, pastEventStarts: edition.value.pastEventStarts };
  const policies = replayPolicies();
  const total = read.value.destinations.length * policies.length;
  const destinations: DestinationReplay[] = [];
  let done = 0;
  for (const d of read.value.destinations) {
    const stock = replayStock(skuSheet.skus, d.series, planDate);
    const replayInput = { series: d.series, skus: stock.skus, lanes: lanesTo(lanes, d.destination), event, settings: { daysAhead, arrival: "typical" as const } };
    const results: ReplayResult[] = [];
    for (const p of policies) {
      const r = replayEvent(replayInput, p);
      if (!r.ok) return r;
      results.push(r.value);
      warnings.push(...r.value.errors);
      input.onProgress?.(++done, total);
    }
    destinations.push({ destination: d.destination, results, stockFromSales: stock.fromSales, stockAssumed: stock.assumed });
  }
  const names = new Map(skuSheet.skus.flatMap((s) => (s.name ? [[s.sku, s.name] as const] : [])));
  const table = replayTable(
    {
      eventName: policy.name,
      edition: edition.value,
      coverDays: policy.coverDaysAfter,
      destinations,
      names,
      stockFromSales: destinations.reduce((n, d) => n + d.stockFromSales.length, 0),
      stockAssumed: destinations.reduce((n, d) => n + d.stockAssumed.length, 0),
    },
    input.language ?? "en",
  );
  const totals = [...totalsByPolicy(destinations)].map(([id, t]) => ({ policy: id, total: t }));
  return ok({ policy, edition: edition.value, destinations, totals, tables: [table], warnings: unique(warnings), usedDefaultLanes: inputs.value.usedDefaultLanes, sources });
}
