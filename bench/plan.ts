/**
 * `npm run bench:plan`: the Black Friday replay on M5 and the 10,000-SKU end-to-end timing.
 */
import { benchPlanReplay } from "./planReplay";
import { benchPlanScale } from "./planScale";

benchPlanReplay();
benchPlanScale().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
