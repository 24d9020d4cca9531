/**
 * src/engine/index.ts re-exports every engine module (STYLE.md §1) except the
 * few internal helpers listed here, so a new file cannot be forgotten.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const ENGINE = join(__dirname, "..", "..", "..", "src", "engine");
const INTERNAL = [
  "forecast/allFinite", // finite checks as loops, for the backtests
  "forecast/crostonCore", // shared recursion of croston and sba
  "forecast/etsParams", // parameter checks of the exponential-smoothing models
  "forecast/lazyIntervals", // interval bounds made on first read, for the models' forecasts
  "forecast/refitAtOrigins", // reference implementation for the contract test
  "forecast/validateOrigins",
  "logistics/checkLogisticsArgument",
  "messages/messagesEn", // the message tables, read through renderMessage and errorText
  "messages/messagesZh",
  "series/doubleArray", // arrays stored as doubles, for the series the models read
  "stock/checkArgument",
];

function modules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return modules(path);
    return name.endsWith(".ts") && name !== "index.ts" ? [relative(ENGINE, path).replace(/\\/g, "/").replace(/\.ts$/, "")] : [];
  });
}

describe("src/engine/index.ts", () => {
  it("re-exports every engine module but the internal helpers", () => {
    const index = readFileSync(join(ENGINE, "index.ts"), "utf8");
    const missing = modules(ENGINE).filter((m) => !INTERNAL.includes(m) && !index.includes(`"./${m}"`));
    expect(missing).toEqual([]);
  });
});
