/**
 * Accuracy and calibration at several forecast origins spread over the years (28-day
 * horizon, each M5 series trained from its first sale to the day before the origin),
 * PeakStock `auto` beside R's automatic ETS at the same origins
 * (bench/reference/r-ets-origins.json, made by r-ets-origins.R). The origins were
 * fixed before any setting was chosen; settings are chosen on the development
 * origins of bench/tuneOrigins.ts, all before the first of these.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { forecastDistribution } from "../src/engine";
import { loadM5 } from "./m5";
import { knownDaysFor, loadM5Calendar } from "./m5Calendar";
import { addCase, emptyScore, type OriginCase, type OriginForecast, type OriginScore } from "./originsScore";

/** First forecast day of each benchmark origin; r-ets-origins.R lists the same. */
export const BENCH_ORIGINS = ["2013-06-17", "2013-12-09", "2014-02-03", "2014-11-10", "2015-08-24", "2015-11-09", "2016-03-28"];
export const HORIZON_DAYS = 28;

interface RSeries {
  id: string;
  model: string;
  absError: number;
  actual: number;
  meanTotal: number;
  scale: number;
  in80: number;
  in95: number;
  belowP90: number;
  pinball50: number;
  pinball90: number;
}

/** R's figures per origin, when the reference file is there. */
function rReference(): Map<string, RSeries[]> {
  const file = join(__dirname, "reference", "r-ets-origins.json");
  if (!existsSync(file)) return new Map();
  const json = JSON.parse(readFileSync(file, "utf8")) as { origins: { origin: string; series: RSeries[] }[] };
  return new Map(json.origins.map((o) => [o.origin, o.series]));
}

/** PeakStock's figures per origin before issue 14 (bench/reference/before-issue14.json), when the file is there. */
function before(): Record<string, Record<string, number>> {
  const file = join(__dirname, "reference", "before-issue14.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { origins: Record<string, Record<string, number>> }).origins : {};
}

/** The series of M5 cut at `origin` (ISO date of the first forecast day). */
export function casesAt(origin: string, horizonDays = HORIZON_DAYS): OriginCase[] {
  const { firstDate, series } = loadM5();
  const calendar = loadM5Calendar();
  const at = Math.round((Date.parse(origin) - Date.parse(firstDate)) / 86_400_000);
  return series.map((s) => {
    const first = Math.max(0, s.units.findIndex((u) => u > 0));
    return { id: s.id, category: s.category, knownDays: knownDaysFor(calendar, s.state, first), train: s.units.slice(first, at), test: s.units.slice(at, at + horizonDays) };
  });
}

/** PeakStock's answer for one case: `forecastDistribution` with auto and the M5 calendar (holidays, SNAP days). */
export function peakstockForecast(c: OriginCase, horizonDays: number): OriginForecast | null {
  return forecastOf(c, horizonDays, true);
}

/** The same without the calendar (what a seller without one gets). */
export function withoutCalendar(c: OriginCase, horizonDays: number): OriginForecast | null {
  return forecastOf(c, horizonDays, false);
}

function forecastOf(c: OriginCase, horizonDays: number, calendar: boolean): OriginForecast | null {
  const r = forecastDistribution(c.train, horizonDays, calendar ? { knownDays: c.knownDays } : {});
  if (!r.ok) return null;
  const d = r.value.distribution;
  return { mean: d.mean, dailyQuantile: (p) => d.dailyQuantiles(p), totalQuantile: (p) => d.window(0, horizonDays).quantile(p) };
}

/** Scores PeakStock at one origin. */
export function scoreOrigin(origin: string, forecaster = peakstockForecast): OriginScore {
  const score = emptyScore();
  const start = performance.now();
  for (const c of casesAt(origin)) {
    const f = forecaster(c, c.test.length);
    if (f) addCase(score, c, f);
  }
  score.ms = performance.now() - start;
  return score;
}

function rScore(series: RSeries[]): { wape: number; mase: number; in80: number; in95: number; belowP90: number; pinball50: number; pinball90: number } {
  const days = series.length * HORIZON_DAYS;
  const sum = (pick: (s: RSeries) => number) => series.reduce((a, s) => a + pick(s), 0);
  const withScale = series.filter((s) => s.scale > 0);
  return {
    wape: sum((s) => s.absError) / sum((s) => s.actual),
    mase: withScale.reduce((a, s) => a + s.absError / HORIZON_DAYS / s.scale, 0) / withScale.length,
    in80: sum((s) => s.in80) / days,
    in95: sum((s) => s.in95) / days,
    belowP90: sum((s) => s.belowP90) / days,
    pinball50: sum((s) => s.pinball50) / days,
    pinball90: sum((s) => s.pinball90) / days,
  };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

/** Runs the origins benchmark: point accuracy and calibration per origin, PeakStock beside R's ETS. */
export function benchOrigins(): void {
  const ref = rReference();
  console.log(`\n## auto vs R's automatic ETS at ${BENCH_ORIGINS.length} origins (M5, 280 series, ${HORIZON_DAYS}-day horizon)`);
  const old = before();
  console.log("PeakStock is given the M5 calendar (named holidays, Black Friday, the state's SNAP days); R's ETS has none.");
  console.log("origin       PeakStock WAPE  MASE  | R ETS WAPE  MASE  | ratio  | answered  time   | before: WAPE | no calendar: WAPE  ratio");
  const plainRatios: number[] = [];
  const ratios: number[] = [];
  const scores: [string, OriginScore][] = [];
  for (const origin of BENCH_ORIGINS) {
    const s = scoreOrigin(origin);
    scores.push([origin, s]);
    const wape = s.absError / s.actual;
    const r = ref.has(origin) ? rScore(ref.get(origin) as RSeries[]) : null;
    if (r) ratios.push(wape / r.wape);
    const plain = scoreOrigin(origin, withoutCalendar);
    const plainWape = plain.absError / plain.actual;
    if (r) plainRatios.push(plainWape / r.wape);
    console.log(
      `${origin}   ${wape.toFixed(3).padStart(10)}  ${(s.maseSum / s.maseCount).toFixed(3)}  | ${r ? r.wape.toFixed(3).padStart(10) : "       n/a"}  ${r ? r.mase.toFixed(3) : "  n/a"}  | ${r ? (wape / r.wape).toFixed(3) : "  n/a"}  | ${String(s.answered).padStart(4)}/280  ${(s.ms / 1000).toFixed(1)} s  |   ${old[origin] ? old[origin].wape.toFixed(3) : "n/a"}      |   ${plainWape.toFixed(3)}   ${r ? (plainWape / r.wape).toFixed(3) : "n/a"}`,
    );
  }
  if (ratios.length > 0) {
    const mean = ratios.reduce((a, b) => a + b, 0) / ratios.length;
    const everyOrigin = ratios.every((x) => x <= 1);
    console.log(`goal: WAPE at or below R's at every origin: ${everyOrigin ? "MET" : "MISSED"} (worst ratio ${Math.max(...ratios).toFixed(3)}); on average ≥ 5 % below: ${mean <= 0.95 ? "MET" : "MISSED"} (mean ratio ${mean.toFixed(3)})`);
    const plainMean = plainRatios.reduce((a, b) => a + b, 0) / plainRatios.length;
    console.log(`without the calendar: worst ratio ${Math.max(...plainRatios).toFixed(3)}, mean ratio ${plainMean.toFixed(3)}`);
  }
  console.log(`\n## Calibration at the same origins (daily: ${HORIZON_DAYS} days × 280 series per origin; window: the ${HORIZON_DAYS}-day total per series)`);
  console.log("origin       who        80 % in  95 % in  ≤ daily P90  pinball .5/.9 daily  | window ≤ P90  window pinball .5/.9");
  const pooled = emptyScore();
  for (const [origin, s] of scores) {
    for (const key of Object.keys(pooled) as (keyof OriginScore)[]) pooled[key] += s[key];
    console.log(
      `${origin}   PeakStock  ${pct(s.in80 / s.days).padStart(7)}  ${pct(s.in95 / s.days).padStart(7)}  ${pct(s.belowP90 / s.days).padStart(11)}  ${(s.pinball50 / s.days).toFixed(3)} / ${(s.pinball90 / s.days).toFixed(3)}        | ${pct(s.windowBelowP90 / s.windows).padStart(11)}  ${(s.windowPinball50 / s.windows).toFixed(2)} / ${(s.windowPinball90 / s.windows).toFixed(2)}`,
    );
    const b = old[origin];
    if (b) console.log(`             before     ${pct(b.in80).padStart(7)}  ${pct(b.in95).padStart(7)}  ${pct(b.belowP90).padStart(11)}  ${b.p50.toFixed(3)} / ${b.p90.toFixed(3)}        | ${pct(b.wBelow).padStart(11)}  ${b.wp50.toFixed(2)} / ${b.wp90.toFixed(2)}`);
    const r = ref.has(origin) ? rScore(ref.get(origin) as RSeries[]) : null;
    if (r) console.log(`             R ETS      ${pct(r.in80).padStart(7)}  ${pct(r.in95).padStart(7)}  ${pct(r.belowP90).padStart(11)}  ${r.pinball50.toFixed(3)} / ${r.pinball90.toFixed(3)}        |         n/a`);
  }
  const p = pooled;
  console.log(`all          PeakStock  ${pct(p.in80 / p.days).padStart(7)}  ${pct(p.in95 / p.days).padStart(7)}  ${pct(p.belowP90 / p.days).padStart(11)}  ${(p.pinball50 / p.days).toFixed(3)} / ${(p.pinball90 / p.days).toFixed(3)}        | ${pct(p.windowBelowP90 / p.windows).padStart(11)}  ${(p.windowPinball50 / p.windows).toFixed(2)} / ${(p.windowPinball90 / p.windows).toFixed(2)}`);
  const daily90 = p.belowP90 / p.days;
  const in80 = p.in80 / p.days;
  const window90 = p.windowBelowP90 / p.windows;
  console.log(
    `goals: daily P90 covers 88–92 %: ${daily90 >= 0.88 && daily90 <= 0.92 ? "MET" : "MISSED"} (${pct(daily90)}); 80 % intervals 77–83 %: ${in80 >= 0.77 && in80 <= 0.83 ? "MET" : "MISSED"} (${pct(in80)}); window P90 87–93 %: ${window90 >= 0.87 && window90 <= 0.93 ? "MET" : "MISSED"} (${pct(window90)})`,
  );
}

if (require.main === module) benchOrigins();
