import { forecastEventDemand, windowDemand, planEvent } from "./src/engine";
import { m5ReplayBook, replayInputOf, m5Edition } from "./bench/planReplay";
import { tuningEditions } from "./bench/tunePlan";
import { loadM5 } from "./bench/m5";
const book = m5ReplayBook();
const cat = new Map(loadM5().series.map((s) => [s.id, s.category]));
const eds = process.argv[2] === "test" ? [m5Edition("Black Friday", "Thanksgiving", 1, 2013), m5Edition("Black Friday", "Thanksgiving", 1, 2014), m5Edition("Black Friday", "Thanksgiving", 1, 2015), m5Edition("Labor Day", "LaborDay", -3, 2015)] : tuningEditions();
const levels = [0.1, 0.25, 0.5, 0.75, 0.9];
const cnt: Record<string, number[]> = {}; const n: Record<string, number> = {}; const sums: Record<string, number[]> = {};
for (const e of eds) {
  const input = replayInputOf(book, e);
  const pd = input.event.start - 70;
  const hist = book.series.map((s) => ({ ...s, units: s.units.slice(0, pd - s.startSerial), excluded: s.excluded.slice(0, pd - s.startSerial) }));
  const plan = planEvent({ series: hist, skus: book.skus, lanes: input.lanes, policy: { ...input.event, planDate: pd, eventStockHeldUntilStart: true } });
  for (const l of plan.lines) {
    const s = book.series.find((x) => x.sku === l.sku)!;
    const actual = s.units.slice(input.event.start - s.startSerial, input.event.end + 15 - s.startSerial).reduce((a, b) => a + b, 0);
    // recompute window dist
    const fed = forecastEventDemand({ series: hist.find((x) => x.sku === l.sku)!, event: { startSerial: input.event.start, endSerial: input.event.end }, pastEventStarts: input.event.pastEventStarts, coverDaysAfter: 14, portfolioUplift: null, growth: 1 });
    if (!fed.ok) continue;
    const first = fed.value.baseline.firstSerial;
    const w = windowDemand({ baseline: fed.value.baseline.distribution, event: fed.value.demand, fromDay: input.event.start - first, eventFromDay: input.event.start - first, eventToDay: input.event.end + 1 - first, toDay: input.event.end + 15 - first });
    const c = cat.get(l.sku)!;
    for (const k of [c, "ALL"]) {
      cnt[k] ??= levels.map(() => 0); n[k] = (n[k] ?? 0) + 1; sums[k] ??= [0, 0, 0];
      levels.forEach((p, i) => { if (actual <= w.quantile(p)) cnt[k][i]++; });
      sums[k][0] += actual; sums[k][1] += w.mean; sums[k][2] += l.windowDemandMean;
    }
  }
}
for (const k of Object.keys(cnt)) console.log(k.padEnd(10), levels.map((p, i) => `≤P${p * 100}: ${(100 * cnt[k][i] / n[k]).toFixed(1)}%`).join("  "), `actual ${sums[k][0]} mean ${Math.round(sums[k][1])} planMean ${Math.round(sums[k][2])}`);
