/**
 * How the distribution's settings were chosen: on development origins that all lie
 * before the benchmark's first origin (2013-06-17), never on the benchmark's own.
 * `node --import tsx bench/tuneOrigins.ts` prints the median raw backtest estimates
 * of the dispersion and, for candidate priors, the calibration pooled over the
 * development origins (daily P90, 80 % interval, the 28-day total's P90 and its
 * pinball loss); the chosen one is DEFAULT_DISPERSION_PRIOR
 * (src/engine/forecast/forecastDispersion.ts).
 */
import { forecastDistribution, type DispersionPrior } from "../src/engine";
import { casesAt } from "./origins";
import { addCase, emptyScore } from "./originsScore";

/** Development origins: every ~10 weeks through 2012 and early 2013 (Thanksgiving and Christmas 2012 among them). */
export const DEV_ORIGINS = ["2012-03-05", "2012-05-14", "2012-07-23", "2012-09-17", "2012-11-12", "2012-12-10", "2013-01-14", "2013-03-18"];

function median(values: number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function main(): void {
  const cases = DEV_ORIGINS.flatMap((o) => casesAt(o)).filter((c) => c.train.length > 0);
  const none: DispersionPrior = { dailyNoise: 0, levelShared: 0, levelGrowthPerDay: 0, priorUnits: 0, inflation: 1, holdBeyondMeasured: true };
  const raw = cases.flatMap((c) => {
    const r = forecastDistribution(c.train, c.test.length, { prior: none, knownDays: c.knownDays });
    return r.ok ? [r.value.distribution.dispersion] : [];
  });
  console.log(`development origins ${DEV_ORIGINS.join(", ")}: ${cases.length} series-origins`);
  console.log(`raw estimates (no prior): median b ${median(raw.map((d) => d.dailyNoise)).toFixed(3)}, v ${median(raw.map((d) => d.levelShared)).toFixed(3)}, g ${median(raw.map((d) => d.levelGrowthPerDay)).toFixed(4)}`);
  console.log("prior b  prior v  prior g   units  inflation | 80 % in  ≤ daily P90 | window ≤ P90  window pinball .9");
  const grid: DispersionPrior[] = [none];
  for (const inflation of [1, 1.5, 2, 3, 4, 6]) grid.push({ dailyNoise: 0.21, levelShared: 0.035, levelGrowthPerDay: 0.0016, priorUnits: 50, inflation, holdBeyondMeasured: true });
  for (const prior of grid) {
    const s = emptyScore();
    for (const c of cases) {
      const r = forecastDistribution(c.train, c.test.length, { prior, knownDays: c.knownDays });
      if (!r.ok) continue;
      const d = r.value.distribution;
      addCase(s, c, { mean: d.mean, dailyQuantile: (p) => d.dailyQuantiles(p), totalQuantile: (p) => d.window(0, c.test.length).quantile(p) });
    }
    console.log(
      `${prior.dailyNoise.toFixed(3).padStart(7)}  ${prior.levelShared.toFixed(3).padStart(7)}  ${prior.levelGrowthPerDay.toFixed(4).padStart(7)}  ${String(prior.priorUnits).padStart(6)}  ${prior.inflation.toFixed(1).padStart(9)} | ${((100 * s.in80) / s.days).toFixed(1).padStart(6)} %  ${((100 * s.belowP90) / s.days).toFixed(1).padStart(9)} % | ${((100 * s.windowBelowP90) / s.windows).toFixed(1).padStart(10)} %  ${(s.windowPinball90 / s.windows).toFixed(3).padStart(8)}`,
    );
  }
}

if (require.main === module) main();
