/**
 * Loads the M5 "tiny" Walmart daily sales (../shared/data/m5-tiny) for the benchmarks.
 * The data is not ours to ship: it is read from beside the repository, never copied into it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sharedDataFile, sharedDataFolder } from "../test/helpers/sharedData";

/** One M5 series: its id, category and daily units, oldest first. */
export interface M5Series {
  id: string;
  category: string;
  /** State of the store: CA, TX or WI. */
  state: string;
  units: number[];
}

/** The m5-tiny folder of the shared data (`PEAKSTOCK_DATA`, else ../shared/data beside the repository). */
export function m5Folder(): string {
  return join(sharedDataFolder(), "m5-tiny");
}

/** Reads sales_wide.csv: first date and one series per row. */
export function loadM5(): { firstDate: string; series: M5Series[] } {
  const file = sharedDataFile("m5-tiny/sales_wide.csv");
  const lines = readFileSync(file, "utf8").trim().split(/\r?\n/);
  const header = lines[0].split(",").map((h) => h.replace(/"/g, ""));
  const series = lines.slice(1).map((line) => {
    const cells = line.split(",").map((c) => c.replace(/"/g, ""));
    return { id: cells[0], category: cells[3], state: cells[5], units: cells.slice(6).map(Number) };
  });
  return { firstDate: header[6], series };
}
