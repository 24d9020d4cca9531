/**
 * Loads the M5 "tiny" Walmart daily sales (../shared/data/m5-tiny) for the benchmarks.
 * The data is not ours to ship: it is read from beside the repository, never copied into it.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** One M5 series: its id, category and daily units, oldest first. */
export interface M5Series {
  id: string;
  category: string;
  /** State of the store: CA, TX or WI. */
  state: string;
  units: number[];
}

/** Folder of the shared data; `PEAKSTOCK_DATA` overrides it. */
export function m5Folder(): string {
  return process.env.PEAKSTOCK_DATA ?? resolve(__dirname, "..", "..", "shared", "data", "m5-tiny");
}

/** Reads sales_wide.csv: first date and one series per row. */
export function loadM5(): { firstDate: string; series: M5Series[] } {
  const file = join(m5Folder(), "sales_wide.csv");
  if (!existsSync(file)) throw new Error(`M5 data not found at ${file}; set PEAKSTOCK_DATA to the m5-tiny folder`);
  const lines = readFileSync(file, "utf8").trim().split(/\r?\n/);
  const header = lines[0].split(",").map((h) => h.replace(/"/g, ""));
  const series = lines.slice(1).map((line) => {
    const cells = line.split(",").map((c) => c.replace(/"/g, ""));
    return { id: cells[0], category: cells[3], state: cells[5], units: cells.slice(6).map(Number) };
  });
  return { firstDate: header[6], series };
}
