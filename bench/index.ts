/**
 * `npm run bench`: prints speed and accuracy figures with ratios against a
 * baseline measured in the same run. Sections: `series` (building daily series),
 * `forecast` (M5 accuracy, last 28 days), `origins` (auto beside R's ETS at 7 origins,
 * with the calibration of daily and 28-day quantiles), `events` (event-window totals:
 * Thanksgiving, July 4, a placebo),
 * `scale` (10,000 × 730 with auto), `functions` (PEAK.* call costs), `preview` (Generate batches
 * in the browser preview, headless Chromium), `startup` (the command line's start: --help and
 * the demo plan, built JavaScript against tsx), `cli` (`peakstock plan` on a 1,000,000-row and a
 * 5,000 × 730 workbook, time and peak memory), `scenarios` (a plan with two and four what-if scenarios
 * against the base plan alone, on the demo and on 1,000 SKUs). Pass section names to run only those.
 */
import { benchAutoScale } from "./autoScale";
import { benchCliSize } from "./cliSize";
import { benchCliStartup } from "./cliStartup";
import { benchForecastAccuracy } from "./forecastAccuracy";
import { benchEventAccuracy } from "./eventAccuracy";
import { benchFunctionCalls } from "./functionCalls";
import { benchOrigins } from "./origins";
import { benchPreview } from "./preview";
import { benchScenarios } from "./scenarios";
import { benchSeriesBuild } from "./seriesBuild";

const sections: Record<string, () => unknown> = {
  series: benchSeriesBuild,
  forecast: benchForecastAccuracy,
  origins: benchOrigins,
  events: benchEventAccuracy,
  scale: benchAutoScale,
  functions: benchFunctionCalls,
  preview: benchPreview,
  startup: benchCliStartup,
  cli: benchCliSize,
  scenarios: benchScenarios,
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const names = wanted.length > 0 ? wanted : Object.keys(sections);
  for (const name of names) {
    const run = sections[name];
    if (!run) throw new Error(`Unknown bench section '${name}'. Known: ${Object.keys(sections).join(", ")}`);
    await run();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
