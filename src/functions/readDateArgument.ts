/**
 * Date arguments of the PEAK functions: an Excel date (a serial number, which is
 * what Excel passes for a date cell) or date text ("2026-11-27", "2026/11/27").
 */
import { cellValue, isBlankCell } from "../engine/cells";
import { parseDate } from "../engine/dates";
import { err, ok, type Result } from "../engine/errors";

/** A one-cell range arrives as [[value]]. */
function scalarOf(value: unknown): unknown {
  return Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1 ? value[0][0] : value;
}

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
  if (isBlankCell(raw)) return err("MISSING_VALUE", `${name} is required (a date)`, { argument: name });
  const parsed = parseDate(raw, name);
  if (!parsed.ok) return err(parsed.error.code, parsed.error.message, { argument: name });
  return ok(parsed.value);
}

/**
 * Reads the dates of a range argument in reading order, skipping blank cells.
 * @example readDateRange([[46353], ["2025-11-28"]], "past_event_starts") // ok([46353, 45989])
 */
export function readDateRange(range: unknown, name: string): Result<number[]> {
  if (range === null || range === undefined) return ok([]);
  const rows: readonly unknown[] = Array.isArray(range) ? range : [[range]];
  const dates: number[] = [];
  let cell = 0;
  for (const row of rows) {
    for (const item of Array.isArray(row) ? row : [row]) {
      cell += 1;
      const raw = cellValue(item);
      if (isBlankCell(raw)) continue;
      const parsed = parseDate(raw, `${name}: cell ${cell}`);
      if (!parsed.ok) return err(parsed.error.code, parsed.error.message, { argument: name, index: cell });
      dates.push(parsed.value);
    }
  }
  return ok(dates);
}
