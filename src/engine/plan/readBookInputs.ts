/**
 * The book's inputs as a plan or a replay reads them: which sheet holds Sales, SKUs,
 * Lanes and Event (the ones the user chose, else found by name), the event and its
 * policy, the SKUs and the lanes. Pure, shared by planFromSheets and replayFromSheets.
 */
import { DEFAULT_LANES } from "./defaultLanes";
import { fail, ok, type EngineError, type Result } from "../errors";
import { isoFromSerial } from "../dates";
import { placeParam, quoted } from "../messages/messageText";
import { INPUT_LIMITS } from "../workbook/inputLimits";
import { findSheet } from "../workbook/findSheet";
import type { SheetKind } from "../workbook/headerAliases";
import { readEventSheet } from "../workbook/readEventSheet";
import { readEventsSheet } from "../workbook/readEventsSheet";
import { readLanesSheet } from "../workbook/readLanesSheet";
import { readSkuSheet, type SkuSheet } from "../workbook/readSkuSheet";
import type { Grid } from "../workbook/sheetTable";
import type { EventPolicy, Lane } from "./types";

/** The sheets a plan reads, by kind: the name the workbook gives them. */
export type InputSheetNames = Readonly<Partial<Record<"Sales" | "SKUs" | "Lanes" | "Event" | "Events", string>>>;

/** What the readers need: the workbook's sheets and what the user set instead of them. */
export interface BookInputsSource {
  /** Every sheet name of the workbook, to find the inputs by name (English or Chinese). */
  readonly sheetNames: readonly string[];
  /** Grids of (at least) the input sheets, by sheet name. */
  readonly grids: Readonly<Record<string, Grid>>;
  /** Sheets the user pointed at, overriding the search by name. */
  readonly sources?: InputSheetNames;
  /** Event and policy set in the task pane (or stored by it); replaces the Event sheet when given. */
  readonly policy?: EventPolicy;
  /** Lanes set in the task pane (or stored by it); replace the Lanes sheet when given. */
  readonly lanes?: readonly Lane[];
  /** Growth asked for on the command line (`--growth`), × on last year; replaces the Event's or the pane's. */
  readonly growth?: number;
}

/** The inputs read. */
export interface BookInputs {
  /** The Sales sheet's name (its grid is read by the caller: a plan cuts it at the plan date, a replay does not). */
  readonly salesSheet: string;
  readonly policy: EventPolicy;
  readonly skus: SkuSheet;
  readonly lanes: readonly Lane[];
  /** Unknown Event keys, SKUs rows left out … */
  readonly warnings: readonly EngineError[];
  /** No Lanes sheet and no lanes given: the default China → US West lanes. */
  readonly usedDefaultLanes: boolean;
  /** The sheets read, by kind. */
  readonly sources: InputSheetNames;
}

const ZH: Readonly<Record<string, string>> = { Sales: "销售", SKUs: "产品", Event: "活动" };

/** The sheet of `kind`: the one the user chose, else found by name. */
function sheetOf(input: BookInputsSource, kind: "Sales" | "SKUs" | "Lanes" | "Event" | "Events", required: boolean): Result<string | undefined> {
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
 * Finds the input sheets and reads the Event (or takes the given policy, checked for a start
 * more than three years ahead; `growth` when given replaces its growth, every event's), the season's further
 * events from the Events sheet when there is one and the given policy lists none (`readEventsSheet`), the SKUs and the Lanes
 * (or the given lanes, else the default China → US West lanes). The Sales sheet is only found here.
 * @returns the inputs, or the first error naming the sheet, row and column
 * @example readBookInputs({ sheetNames: ["Sales", "SKUs", "Event"], grids }).value.usedDefaultLanes // true
 */
export function readBookInputs(input: BookInputsSource): Result<BookInputs> {
  const salesName = sheetOf(input, "Sales", true);
  if (!salesName.ok) return salesName;
  const skuName = sheetOf(input, "SKUs", true);
  if (!skuName.ok) return skuName;
  const eventName = sheetOf(input, "Event", input.policy === undefined);
  if (!eventName.ok) return eventName;
  const lanesName = sheetOf(input, "Lanes", false);
  if (!lanesName.ok) return lanesName;
  const eventsName = sheetOf(input, "Events", false);
  if (!eventsName.ok) return eventsName;
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
  // The season's further events: the pane's when it lists them, else the Events sheet's rows.
  const season = policy.laterEvents === undefined && eventsName.value !== undefined;
  if (season) {
    const anchor = { name: policy.name, start: policy.start, end: policy.end, planDate: policy.planDate, sheet: eventName.value ?? "Event" };
    const later = readEventsSheet(input.grids[eventsName.value as string], anchor, { sheet: eventsName.value as string });
    if (!later.ok) return later;
    if (later.value.length > 0) policy = { ...policy, laterEvents: later.value };
  }
  if (input.growth !== undefined) policy = { ...policy, growth: input.growth, ...(policy.laterEvents ? { laterEvents: policy.laterEvents.map(({ growth: _g, ...e }) => e) } : {}) };
  const skus = readSkuSheet(input.grids[skuName.value as string], { sheet: skuName.value as string });
  if (!skus.ok) return skus;
  warnings.push(...skus.value.issues);

  let lanes: readonly Lane[] = input.lanes ?? DEFAULT_LANES;
  if (!input.lanes && lanesName.value !== undefined) {
    const read = readLanesSheet(input.grids[lanesName.value], { sheet: lanesName.value });
    if (!read.ok) return read;
    lanes = read.value;
  }
  const sources: Partial<Record<"Sales" | "SKUs" | "Lanes" | "Event" | "Events", string>> = { Sales: salesName.value as string, SKUs: skuName.value as string };
  if (season) sources.Events = eventsName.value as string;
  if (eventName.value !== undefined && !input.policy) sources.Event = eventName.value;
  if (lanesName.value !== undefined && !input.lanes) sources.Lanes = lanesName.value;
  return ok({
    salesSheet: salesName.value as string,
    policy,
    skus: skus.value,
    lanes,
    warnings,
    usedDefaultLanes: !input.lanes && lanesName.value === undefined,
    sources,
  });
}
