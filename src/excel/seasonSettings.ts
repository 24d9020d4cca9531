/**
 * The season's further events in the plan settings (version 3, issue 12 §1): written as ISO dates,
 * read back with the checks the Events sheet applies. Pure: no Office, no DOM.
 */
import { isoFromSerial } from "../engine/dates";
import type { SeasonEvent } from "../engine/plan/types";
import { seasonProblem } from "../engine/season/seasonEvents";
import { Bad, dateOf, describe, Fields, isObject, type Json } from "./settingsFields";

/**
 * One further event of the season as the settings' JSON holds it, dates as ISO text.
 * @example seasonEventJson({ name: "CM", marketplace: "", start: 46363, end: 46363, pastEventStarts: [] })
 * // { name: "CM", marketplace: "", start: "2026-12-07", end: "2026-12-07", pastStarts: [], inboundCutOff: null, growth: null }
 */
export function seasonEventJson(e: SeasonEvent): Json {
  return {
    name: e.name,
    marketplace: e.marketplace,
    start: isoFromSerial(e.start),
    end: isoFromSerial(e.end),
    pastStarts: e.pastEventStarts.map(isoFromSerial),
    inboundCutOff: e.inboundCutOff === undefined ? null : isoFromSerial(e.inboundCutOff),
    growth: e.growth ?? null,
  };
}

/** One further event of `season[index]`, checked as the Events sheet checks its rows. */
function readSeasonEvent(value: unknown, index: number, planDate: number): SeasonEvent {
  const path = `season[${index + 1}]`;
  if (!isObject(value)) throw new Bad("INCONSISTENT_INPUT", path, `${describe(value)} is not an event`);
  const f = new Fields(value, path);
  const name = f.text("name", "").trim();
  if (name === "") throw new Bad("MISSING_VALUE", `${path}.name`, "is missing");
  const start = f.date("start");
  const end = f.date("end");
  if (end < start) throw new Bad("INCONSISTENT_INPUT", `${path}.end`, `${isoFromSerial(end)} is before the start (${isoFromSerial(start)})`);
  if (end < planDate) throw new Bad("INCONSISTENT_INPUT", `${path}.end`, `${isoFromSerial(end)} is before the plan date (${isoFromSerial(planDate)})`);
  const past = f.list("pastStarts").map((v, i) => {
    const day = dateOf(v, `${path}.pastStarts[${i + 1}]`);
    if (day >= start) throw new Bad("INCONSISTENT_INPUT", `${path}.pastStarts[${i + 1}]`, `${isoFromSerial(day)} is not before the event's start (${isoFromSerial(start)})`);
    return day;
  });
  const cutOff = f.has("inboundCutOff") ? f.date("inboundCutOff") : undefined;
  if (cutOff !== undefined && cutOff > start) throw new Bad("INCONSISTENT_INPUT", `${path}.inboundCutOff`, `${isoFromSerial(cutOff)} is after the event's start (${isoFromSerial(start)})`);
  const growth = f.optionalNumber("growth", 0);
  return {
    name,
    marketplace: f.text("marketplace", "").trim(),
    start,
    end,
    pastEventStarts: [...new Set(past)].sort((a, b) => a - b),
    ...(cutOff !== undefined ? { inboundCutOff: cutOff } : {}),
    ...(growth !== undefined ? { growth } : {}),
  };
}

/**
 * The settings' `season` list as further events of `event`: each read with the Events sheet's checks (name,
 * end not before start nor before the plan date, past starts before the start, cut-off not after it, growth
 * more than 0), then no two events of the season sharing days or a name.
 * @throws Bad naming the field ("season[2].end: 2026-08-31 is before the plan date (2026-09-15)")
 * @example readSeason([], anchor) // [] (a version-1 or 2 file: no further events)
 */
export function readSeason(list: readonly unknown[], event: { readonly name: string; readonly start: number; readonly end: number; readonly planDate: number }): SeasonEvent[] {
  const season = list.map((value, i) => readSeasonEvent(value, i, event.planDate));
  const clash = seasonProblem([event, ...season]);
  if (clash) {
    const field = `season[${clash.second}]`;
    throw new Bad(
      clash.kind === "overlap" ? "INCONSISTENT_INPUT" : "DUPLICATE_KEY",
      clash.kind === "overlap" ? `${field}.start` : `${field}.name`,
      clash.kind === "overlap" ? "shares days with another event of the season" : "is the name of another event of the season",
    );
  }
  return season;
}
