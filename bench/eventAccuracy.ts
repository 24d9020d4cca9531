/**
 * Event-window demand on the real M5 sales: Thanksgiving, Independence Day and a
 * placebo window, each planned 70 days ahead in 2013, 2014 and 2015 with the plan's
 * own computation (`forecastEventDemand` with the portfolio's uplift, as `planEvent`
 * passes it). Prints per event the bias and WAPE of the P50 of the window total,
 * the best naive rule (the last edition's window units), the share of
 * series-events at or below the P90 and the pinball losses, beside the figures
 * recorded before issue 14 (bench/reference/before-issue14.json).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { dailySeries, forecastEventDemand, pastEventUplift, portfolioUplift, serialFromYmd, type DailySeries, type DispersionPrior } from "../src/engine";
import { BENCH_YEARS, eventCases, type EventCase } from "./eventCases";
import { loadM5 } from "./m5";
import { pinball } from "./originsScore";

/** Pooled figures of one event kind over its editions and series. */
export interface EventScore {
  cases: number;
  failed: number;
  actual: number;
  p50: number;
  mean: number;
  absErrorP50: number;
  absErrorNaive: number;
  naiveAnswered: number;
  naiveActual: number;
  belowP90: number;
  pinball50: number;
  pinball90: number;
}

function emptyEventScore(): EventScore {
  return { cases: 0, failed: 0, actual: 0, p50: 0, mean: 0, absErrorP50: 0, absErrorNaive: 0, naiveAnswered: 0, naiveActual: 0, belowP90: 0, pinball50: 0, pinball90: 0 };
}

function sum(values: readonly number[], from: number, to: number): number {
  let s = 0;
  for (let i = from; i < to; i++) s += values[i];
  return s;
}

/** Scores every event edition; returns the pooled score per event kind. */
export function scoreEvents(years: readonly number[] = BENCH_YEARS, options: EventOptions = {}): Map<string, EventScore> {
  const { firstDate, series } = loadM5();
  const [y, m, d] = firstDate.split("-").map(Number);
  const first = serialFromYmd(y, m, d);
  const out = new Map<string, EventScore>();
  for (const c of eventCases(years)) {
    const planDate = c.startSerial - c.leadDays;
    const histories: DailySeries[] = [];
    for (const s of series) {
      const from = Math.max(0, s.units.findIndex((u) => u > 0));
      const to = planDate - first;
      if (to - from < 1) continue;
      const made = dailySeries(s.id, first + from, s.units.slice(from, to));
      if (made.ok) histories.push(made.value);
    }
    const eventDays = c.endSerial - c.startSerial + 1;
    const past = histories.flatMap((h) => {
      const r = pastEventUplift({ startSerial: h.startSerial, units: h.units, excluded: h.excluded }, eventDays, c.pastStarts);
      return r.ok ? [r.value] : [];
    });
    const portfolio = portfolioUplift(past);
    const score = out.get(c.name) ?? emptyEventScore();
    out.set(c.name, score);
    for (const h of histories) {
      const units = series.find((s) => s.id === h.sku)?.units ?? [];
      const actual = sum(units, c.startSerial - first, c.endSerial + 1 - first);
      score.cases++;
      const r = forecastCase(h, c, portfolio.uplift, portfolio.cvAcrossYears, options);
      if (!r) {
        score.failed++;
        continue;
      }
      score.actual += actual;
      score.p50 += r.p50;
      score.mean += r.mean;
      score.absErrorP50 += Math.abs(r.p50 - actual);
      if (actual <= r.p90) score.belowP90++;
      score.pinball50 += pinball(actual, r.p50, 0.5);
      score.pinball90 += pinball(actual, r.p90, 0.9);
      const last = Math.max(...c.pastStarts);
      if (last - h.startSerial >= 0) {
        const naive = sum(h.units, last - h.startSerial, last - h.startSerial + eventDays);
        score.absErrorNaive += Math.abs(naive - actual);
        score.naiveActual += actual;
        score.naiveAnswered++;
      }
    }
  }
  return out;
}

/** Settings the tuning script varies; the benchmark uses the engine's defaults. */
export interface EventOptions {
  readonly blendWeightLastYear?: number;
  readonly prior?: DispersionPrior;
  readonly priorUnits?: number;
}

function forecastCase(series: DailySeries, c: EventCase, uplift: number | null, cv: number | null, options: EventOptions): { p50: number; p90: number; mean: number } | null {
  const r = forecastEventDemand({
    series,
    event: { startSerial: c.startSerial, endSerial: c.endSerial },
    pastEventStarts: c.pastStarts,
    portfolioUplift: uplift,
    portfolioUpliftCv: cv,
    ...(options.blendWeightLastYear === undefined ? {} : { blendWeightLastYear: options.blendWeightLastYear }),
    ...(options.prior === undefined ? {} : { prior: options.prior }),
    ...(options.priorUnits === undefined ? {} : { priorUnits: options.priorUnits }),
  });
  if (!r.ok) return null;
  return { p50: r.value.demand.p50Units, p90: r.value.demand.pQUnits, mean: r.value.demand.meanUnits };
}

/** The figures recorded before issue 14, when the file is there. */
function before(): Record<string, Record<string, number>> {
  const file = join(__dirname, "reference", "before-issue14.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { events: Record<string, Record<string, number>> }).events : {};
}

/** Runs the event benchmark and prints one block per event kind. */
export function benchEventAccuracy(): Map<string, EventScore> {
  console.log("\n## Event-window totals on M5 (280 series, planned 70 days ahead, 2013–2015 editions)");
  const scores = scoreEvents();
  const old = before();
  console.log("event                                        P50 bias   P50 WAPE  naive WAPE  ≤P90   pinball .5  pinball .9   mean bias");
  for (const [name, s] of scores) {
    const row = {
      bias: s.p50 / s.actual - 1,
      wape: s.absErrorP50 / s.actual,
      naiveWape: s.absErrorNaive / s.naiveActual,
      coverage: s.belowP90 / (s.cases - s.failed),
      pinball50: s.pinball50 / (s.cases - s.failed),
      pinball90: s.pinball90 / (s.cases - s.failed),
      meanBias: s.mean / s.actual - 1,
    };
    const line = (label: string, r: Record<string, number>) =>
      `${label.padEnd(44)} ${(100 * r.bias).toFixed(1).padStart(6)} %  ${r.wape.toFixed(3).padStart(7)}  ${r.naiveWape.toFixed(3).padStart(9)}  ${(100 * r.coverage).toFixed(1).padStart(5)} %  ${r.pinball50.toFixed(2).padStart(9)}  ${r.pinball90.toFixed(2).padStart(9)}${r.meanBias === undefined ? "" : `  ${(100 * r.meanBias).toFixed(1).padStart(8)} %`}`;
    if (old[name]) console.log(line(`${name.slice(0, 36)} before`, old[name]));
    console.log(line(`${name.slice(0, 36)} now`, row));
    if (s.failed > 0) console.log(`  ${s.failed} of ${s.cases} series-events not answered`);
    const was = old[name];
    const unbiased = Math.abs(row.bias) <= 0.05;
    const beatsNaive = row.wape <= 0.85 * row.naiveWape;
    const sharper = was ? row.pinball90 <= 0.85 * was.pinball90 : false;
    console.log(
      `  goals: P50 within ±5 %: ${unbiased ? "MET" : "MISSED"} (${(100 * row.bias).toFixed(1)} %; the mean ${(100 * row.meanBias).toFixed(1)} %); WAPE ≥ 15 % below naive: ${beatsNaive ? "MET" : "MISSED"} (${(100 * (1 - row.wape / row.naiveWape)).toFixed(1)} % below); pinball .9 ≥ 15 % below before: ${sharper ? "MET" : "MISSED"}${was ? ` (${(100 * (1 - row.pinball90 / was.pinball90)).toFixed(1)} % below)` : ""}`,
    );
  }
  return scores;
}

if (require.main === module) benchEventAccuracy();
