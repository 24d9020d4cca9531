/**
 * Loads the M5 calendar (../shared/data/m5-tiny/calendar.csv) for the benchmarks: per
 * date its named events and the SNAP days of each state. A seller's own calendar
 * (holidays, paydays) plays the same part in the product.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
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
