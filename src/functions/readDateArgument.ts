/**
 * Date arguments of the PEAK functions: an Excel date (a serial number, which is
 * what Excel passes for a date cell) or date text ("2026-11-27", "2026/11/27").
 */
import { cellValue, isBlankCell } from "../engine/cells";
import { parseDate } from "../engine/dates";
import { fail, ok, relocated, type Result } from "../engine/errors";
import { placeParam } from "../engine/messages/messageText";
import { cellsInOrder, scalarOf } from "./argumentShape";


/**
 * Reads a required date argument as an Excel serial day.
 * @param value what Excel passed
 * @param name the argument's name, e.g. `event_start`
 * @example readDateArgument(46353, "event_start") // ok(46353)
 * @example readDateArgument("2026-11-27", "event_start") // ok(46353)
 * @example readDateArgument("next friday", "event_start") // err BAD_DATE "event_start: 'next friday' is not a date …"
 */
export function readDateArgument(value: unknown, name: string): Result<number> {
  const raw = cellValue(scalarOf(value));
  if (isBlankCell(raw)) return fail("argRequiredDate", "MISSING_VALUE", { place: placeParam({ argument: name }) }, { argument: name });
  const parsed = parseDate(raw, { argument: name });
  if (!parsed.ok) return relocated(parsed.error, { argument: name });
  return ok(parsed.value);
}

/**
 * Reads the dates of a range argument in reading order, skipping blank cells.
 * @example readDateRange([[46353], ["2025-11-28"]], "past_event_starts") // ok([46353, 45989])
 */
export function readDateRange(range: unknown, name: string): Result<number[]> {
  if (range === null || range === undefined) return ok([]);
  const dates: number[] = [];
  const cells = cellsInOrder(range);
  for (let i = 0; i < cells.length; i++) {
    const raw = cellValue(cells[i]);
    if (isBlankCell(raw)) continue;
    const parsed = parseDate(raw, { argument: name, index: i + 1 });
    if (!parsed.ok) return parsed;
    dates.push(parsed.value);
  }
  return ok(dates);
}
