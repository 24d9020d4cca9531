/**
 * Loads the M5 calendar (../shared/data/m5-tiny/calendar.csv) for the benchmarks: per
 * date its named events and the SNAP days of each state. A seller's own calendar
 * (holidays, paydays) plays the same part in the product.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { KnownDays } from "../src/engine";
import { m5Folder } from "./m5";

/** One calendar day: ISO date, named events (may be empty) and SNAP flags per state. */
export interface M5Day {
  readonly date: string;
  readonly events: readonly string[];
  readonly snap: Readonly<Record<"CA" | "TX" | "WI", boolean>>;
}

/** Reads calendar.csv, oldest day first (2011-01-29 …). */
export function loadM5Calendar(): M5Day[] {
  const lines = readFileSync(join(m5Folder(), "calendar.csv"), "utf8").trim().split(/\r?\n/).slice(1);
  return lines.map((line) => {
    const c = line.split(",").map((x) => x.replace(/"/g, ""));
    return { date: c[0], events: [c[6], c[8]].filter((e) => e !== ""), snap: { CA: c[10] === "1", TX: c[11] === "1", WI: c[12] === "1" } };
  });
}

/**
 * The calendar as `auto` takes it for one series: every named M5 event, Black Friday
 * (the day after Thanksgiving, not named in M5) and, with `snap`, the SNAP days of the
 * series' state, as positions from the series' first day `firstIndex` (an index into
 * the calendar). Positions past the training history are the forecast days.
 */
export function knownDaysFor(calendar: readonly M5Day[], state: string, firstIndex: number, snap = true): KnownDays[] {
  const byName = new Map<string, number[]>();
  const add = (name: string, i: number) => {
    const list = byName.get(name) ?? [];
    list.push(i - firstIndex);
    byName.set(name, list);
  };
  calendar.forEach((day, i) => {
    for (const e of day.events) add(e, i);
    if (day.events.includes("Thanksgiving")) add("BlackFriday", i + 1);
    if (snap && (day.snap as Record<string, boolean>)[state]) add(`SNAP`, i);
  });
  return [...byName].map(([name, days]) => ({ name, days }));
}
