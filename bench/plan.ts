/**
 * `npm run bench:plan`: the plan replayed on M5 (four events, five policies), a two-event season against the
 * two events planned separately (bench/seasonReplay.ts), and the 10,000-SKU end-to-end timing.
 */
import { benchPlanReplay } from "./planReplay";
import { benchPlanScale } from "./planScale";
import { benchSeasonReplay } from "./seasonReplay";

benchPlanReplay();
benchSeasonReplay();
if (process.env.BENCH_PLAN_REPLAY_ONLY !== "1") {
  benchPlanScale().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
