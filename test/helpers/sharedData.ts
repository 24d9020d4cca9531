/**
 * Where the shared real data lives (the M5 Walmart sales of ../shared/data/README.md), for the
 * tests and the benchmarks alike: `PEAKSTOCK_DATA` when it is set, else `../shared/data` beside
 * the repository. Never an absolute path of one machine. A suite that needs the data and cannot
 * find it fails with a message saying where it looked; it is never skipped.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

/** The repository's root folder (this file is test/helpers/sharedData.ts). */
const REPOSITORY = resolve(__dirname, "..", "..");

/**
 * The shared data folder the tests and benchmarks read: `PEAKSTOCK_DATA`, else `<repository>/../shared/data`.
 * @param env the environment to read (defaults to `process.env`; tests pass their own)
 * @example sharedDataFolder({}) // "/…/shared/data" beside the repository
 */
export function sharedDataFolder(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.PEAKSTOCK_DATA?.trim();
  return fromEnv ? resolve(fromEnv) : resolve(REPOSITORY, "..", "shared", "data");
}

/**
 * The path of a file in the shared data folder, checked to exist.
 * @param relativePath inside the data folder, e.g. "m5-tiny/sales_wide.csv"
 * @throws Error naming the path it looked at and how to point it elsewhere
 * @example sharedDataFile("m5-tiny/sales_wide.csv") // "/…/shared/data/m5-tiny/sales_wide.csv"
 */
export function sharedDataFile(relativePath: string, env: NodeJS.ProcessEnv = process.env): string {
  const folder = sharedDataFolder(env);
  const file = join(folder, relativePath);
  if (!existsSync(file)) {
    const source = env.PEAKSTOCK_DATA?.trim() ? "PEAKSTOCK_DATA" : "the default ../shared/data beside the repository";
    throw new Error(
      `Shared data not found: looked for ${file} (data folder ${folder}, from ${source}). ` +
        "Put the shared data there or set PEAKSTOCK_DATA to the folder that holds m5-tiny/ (see ../shared/data/README.md).",
    );
  }
  return file;
}
