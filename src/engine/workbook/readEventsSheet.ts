/**
 * The `Events` sheet (`活动日程`): the season's further events, one per row, after the Event
 * sheet's own (issue 12 §1).
 */
import { cellValue, isBlankCell, readNumber, readText } from "../cells";
import { isoFromSerial, type DayOrder } from "../dates";
import { fail, ok, type ErrorLocation, type Result } from "../errors";
import { placeParam, quoted } from "../messages/messageText";
import type { SeasonEvent } from "../plan/types";
import { seasonProblem } from "../season/seasonEvents";
import { inferDayOrder, type DateSample } from "../series/inferDayOrder";
import { EVENTS_SHEET, type EventsKey } from "./headerAliases";
import { INPUT_LIMITS } from "./inputLimits";
import { readDateCell } from "./readDateCell";
import { cellOf, locationOf, readSheetTable, type Grid, type GridOptions, type SheetTable, type TableRow } from "./sheetTable";

/** The event the Event sheet (or the pane) plans, which the Events sheet's rows join. */
export interface SeasonAnchor {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly planDate: number;
  /** Where it is written, for messages ("Event"). */
  readonly sheet: string;
}

/** Separators between dates in one PastEventStarts cell (as on the Event sheet). */
const DATE_LIST_SEPARATORS = /[,;，；、\r\n]+/;

function textDates(t: SheetTable<EventsKey>): DateSample[] {
  const samples: DateSample[] = [];
  for (const r of t.rows) {
    for (const key of ["Start", "End", "InboundCutOff", "PastEventStarts"] as const) {
      const v = cellValue(cellOf(t, r, key));
      if (typeof v !== "string") continue;
      for (const part of v.split(DATE_LIST_SEPARATORS)) if (part.trim() !== "") samples.push({ text: part.trim(), where: locationOf(t, r.row, key) });
    }
  }
  return samples;
}

function readRow(t: SheetTable<EventsKey>, r: TableRow, anchor: SeasonAnchor, order: DayOrder | undefined): Result<SeasonEvent> {
  const at = (key: EventsKey): ErrorLocation => locationOf(t, r.row, key);
  const label = (key: EventsKey): string => t.labels[key] ?? key;
  const name = readText(cellOf(t, r, "Event"), at("Event"));
  if (!name.ok) return name;
  const marketplace = readText(cellOf(t, r, "Marketplace"), at("Marketplace"), { blank: "skip" });
  if (!marketplace.ok) return marketplace;
  const start = readDateCell(cellValue(cellOf(t, r, "Start")), at("Start"), order);
  if (!start.ok) return start;
  const end = readDateCell(cellValue(cellOf(t, r, "End")), at("End"), order);
  if (!end.ok) return end;
  if (end.value < start.value) {
    return fail("endBeforeStart", "INCONSISTENT_INPUT", { place: placeParam(at("End")), end: isoFromSerial(end.value), startLabel: label("Start"), start: isoFromSerial(start.value) }, at("End"));
  }
  if (end.value < anchor.planDate) {
    return fail("seasonEventOver", "INCONSISTENT_INPUT", { place: placeParam(at("End")), end: isoFromSerial(end.value), planDate: isoFromSerial(anchor.planDate), sheet: quoted(anchor.sheet) }, at("End"));
  }
  if (start.value - anchor.planDate > INPUT_LIMITS.eventAheadDays) {
    const params = { place: placeParam(at("Start")), start: isoFromSerial(start.value), days: start.value - anchor.planDate, planLabel: "PlanDate", planDate: isoFromSerial(anchor.planDate) };
    return fail("eventTooFar", "OUT_OF_RANGE", params, at("Start"));
  }
  const past = new Set<number>();
  const pastCell = cellValue(cellOf(t, r, "PastEventStarts"));
  const pieces = typeof pastCell === "string" ? pastCell.split(DATE_LIST_SEPARATORS).filter((p) => p.trim() !== "").map((p) => p.trim()) : isBlankCell(pastCell) ? [] : [pastCell];
  for (const piece of pieces) {
    const d = readDateCell(piece, at("PastEventStarts"), order);
    if (!d.ok) return d;
    if (d.value >= start.value) {
      return fail("pastNotBefore", "INCONSISTENT_INPUT", { place: placeParam(at("PastEventStarts")), past: isoFromSerial(d.value), startLabel: label("Start"), start: isoFromSerial(start.value) }, at("PastEventStarts"));
    }
    past.add(d.value);
  }
  let inboundCutOff: number | undefined;
  const cutCell = cellValue(cellOf(t, r, "InboundCutOff"));
  if (!isBlankCell(cutCell)) {
    const cut = readDateCell(cutCell, at("InboundCutOff"), order);
    if (!cut.ok) return cut;
    if (cut.value > start.value) {
      return fail("cutOffAfterStart", "INCONSISTENT_INPUT", { place: placeParam(at("InboundCutOff")), cutOff: isoFromSerial(cut.value), startLabel: label("Start"), start: isoFromSerial(start.value) }, at("InboundCutOff"));
    }
    inboundCutOff = cut.value;
  }
  const growth = readNumber(cellOf(t, r, "Growth"), at("Growth"), { blank: "skip", min: 0, percent: true, limit: INPUT_LIMITS.multiplier });
  if (!growth.ok) return growth;
  if (growth.value === 0) return fail("mustBePositive", "OUT_OF_RANGE", { place: placeParam(at("Growth")) }, at("Growth"));
  return ok({
    name: name.value as string,
    marketplace: marketplace.value ?? "",
    start: start.value,
    end: end.value,
    pastEventStarts: [...past].sort((a, b) => a - b),
    ...(inboundCutOff !== undefined ? { inboundCutOff } : {}),
    ...(growth.value !== null ? { growth: growth.value } : {}),
  });
}

/**
 * Reads the `Events` sheet: one event per row, headers in English or Chinese in any order
 * (`EVENTS_SHEET`: Event 活动, Marketplace 站点, Start 开始日期, End 结束日期, InboundCutOff 入仓截止日,
 * PastEventStarts 往年开始日期, Growth 增长系数); Event, Start and End are required. Each row is one more
 * event of the season that the Event sheet's event (`anchor`, with the plan's settings) opens; the season is
 * planned in date order whatever the rows' order. Cells read as on the Event sheet: dates as serials or text
 * (one day order for the sheet), PastEventStarts several dates in one cell, InboundCutOff not after Start,
 * Growth more than 0 (blank = the Event sheet's), Marketplace blank = every marketplace of the Sales sheet.
 * A row that repeats the anchor (same name, start and end) is the anchor and is left out, so the sheet may
 * list the whole season. Errors name the cell: End before Start, an event over before the PlanDate, a Start
 * more than three years ahead; two events whose days overlap, or two with one name, name both rows
 * (`seasonProblem`). An empty sheet (headers only) is no further event.
 * @param grid the sheet's cells, header row first (title rows above it are skipped)
 * @param anchor the Event sheet's event and plan date
 * @param options sheet name, position and date order
 * @returns the further events in the sheet's order, or the first error
 * @example readEventsSheet([["活动", "开始日期", "结束日期"], ["Cyber Monday", "2026-12-01", "2026-12-01"]], { name: "BF", start: 46353, end: 46356, planDate: 46283, sheet: "Event" })
 * // ok([{ name: "Cyber Monday", marketplace: "", start: 46357, end: 46357, pastEventStarts: [] }])
 */
export function readEventsSheet(grid: Grid, anchor: SeasonAnchor, options: GridOptions = {}): Result<SeasonEvent[]> {
  const table = readSheetTable(grid, EVENTS_SHEET, options);
  if (!table.ok) return table;
  const t = table.value;
  const order = inferDayOrder(textDates(t), options.dayOrder);
  if (!order.ok) return order;
  const events: SeasonEvent[] = [];
  const rows: number[] = [];
  for (const r of t.rows) {
    const event = readRow(t, r, anchor, order.value ?? undefined);
    if (!event.ok) return event;
    const e = event.value;
    if (e.name.trim().toLowerCase() === anchor.name.trim().toLowerCase() && e.start === anchor.start && e.end === anchor.end) continue;
    events.push(e);
    rows.push(r.row);
  }
  const problem = seasonProblem([anchor, ...events]);
  if (problem) {
    const second = events[problem.second - 1];
    const where = locationOf(t, rows[problem.second - 1], problem.kind === "overlap" ? "Start" : "Event");
    const other = placeParam(problem.first === 0 ? { sheet: anchor.sheet } : { sheet: t.sheet, row: rows[problem.first - 1] });
    const first = problem.first === 0 ? anchor : events[problem.first - 1];
    const params = { place: placeParam(where), event: quoted(second.name), other: quoted(first.name), where: other, start: isoFromSerial(first.start), end: isoFromSerial(first.end) };
    return fail(problem.kind === "overlap" ? "seasonOverlap" : "seasonSameName", problem.kind === "overlap" ? "INCONSISTENT_INPUT" : "DUPLICATE_KEY", params, where);
  }
  return ok(events);
}
