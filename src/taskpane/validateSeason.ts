/**
 * Checking the Event step's further events of the season (issue 12 §1) row by row, as the Events
 * sheet's reader checks its rows, so each problem shows at its field before anything runs. Pure.
 */
import { isoFromSerial, parseDate } from "../engine/dates";
import type { SeasonEvent } from "../engine/plan/types";
import { seasonProblem } from "../engine/season/seasonEvents";
import { splitDates } from "./dateText";
import type { Message } from "./i18n";
import type { SeasonColumn, SeasonRow } from "./planForm";

/** A problem in one field of one further event. */
export interface SeasonFieldProblem {
  readonly seasonKey: number;
  /** 1-based, as the step numbers the events after the first. */
  readonly row: number;
  readonly column: SeasonColumn;
  readonly message: Message;
}

/** The season's first event as the Event step holds it (null where its field is invalid). */
export interface SeasonOpener {
  readonly name: string;
  readonly start: number | null;
  readonly end: number | null;
  readonly planDate: number | null;
}

/**
 * Every further event checked: a name, a first and last day (yyyy-mm-dd) with the last not before the first
 * and not before the plan date, past first days before its own; then no two events of the season (the first
 * one included) sharing a day or a name. Marketplace and growth are the first event's.
 * @returns the problems, and the events when there are none
 * @example checkSeason([{ key: 1, name: "CM", start: "2026-12-07", end: "2026-12-07", pastStarts: "" }], opener)
 * // { problems: [], events: [{ name: "CM", marketplace: "", start: 46363, end: 46363, pastEventStarts: [] }] }
 */
export function checkSeason(rows: readonly SeasonRow[], opener: SeasonOpener, marketplace: string): { problems: SeasonFieldProblem[]; events: SeasonEvent[] } {
  const problems: SeasonFieldProblem[] = [];
  const events: SeasonEvent[] = [];
  const keys: number[] = [];
  rows.forEach((r, i) => {
    const before = problems.length;
    const problem = (column: SeasonColumn, message: Message) => problems.push({ seasonKey: r.key, row: i + 1, column, message });
    const date = (column: "start" | "end"): number | null => {
      const text = r[column].trim();
      const parsed = text === "" ? null : parseDate(text, column);
      if (parsed?.ok) return parsed.value;
      problem(column, parsed === null ? { key: "errRequired" } : { key: "errBadDate", values: { value: text } });
      return null;
    };
    const name = r.name.trim();
    if (name === "") problem("name", { key: "errRequired" });
    const start = date("start");
    const end = date("end");
    if (start !== null && end !== null && end < start) problem("end", { key: "errEndBeforeStart", values: { end: isoFromSerial(end), start: isoFromSerial(start) } });
    else if (end !== null && opener.planDate !== null && end < opener.planDate) problem("end", { key: "errSeasonOver", values: { end: isoFromSerial(end), planDate: isoFromSerial(opener.planDate) } });
    const past: number[] = [];
    for (const part of splitDates(r.pastStarts)) {
      const parsed = parseDate(part, "pastStarts");
      if (!parsed.ok) {
        problem("pastStarts", { key: "errBadDate", values: { value: part } });
        break;
      }
      if (start !== null && parsed.value >= start) {
        problem("pastStarts", { key: "errPastStartNotBefore", values: { date: isoFromSerial(parsed.value), start: isoFromSerial(start) } });
        break;
      }
      past.push(parsed.value);
    }
    if (problems.length > before || start === null || end === null) return;
    events.push({ name, marketplace, start, end, pastEventStarts: [...new Set(past)].sort((a, b) => a - b) });
    keys.push(r.key);
  });
  if (problems.length === 0 && opener.start !== null && opener.end !== null) {
    const clash = seasonProblem([{ name: opener.name, start: opener.start, end: opener.end }, ...events]);
    if (clash) {
      const other = clash.first === 0 ? opener.name : events[clash.first - 1].name;
      const index = clash.second - 1;
      const row = rows.findIndex((r) => r.key === keys[index]) + 1;
      problems.push(clash.kind === "overlap"
        ? { seasonKey: keys[index], row, column: "start", message: { key: "errSeasonOverlap", values: { other } } }
        : { seasonKey: keys[index], row, column: "name", message: { key: "errSeasonSameName", values: { other } } });
    }
  }
  return { problems, events: problems.length === 0 ? events : [] };
}
