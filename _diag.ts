import { planEvent, knowledgeAt, replayEvent, peakStockPolicy, perfectForesightPolicy, unitMarginUsd } from "./src/engine";
import { m5Edition, m5ReplayBook, replayInputOf } from "./bench/planReplay";
import { tuningEditions } from "./bench/tunePlan";
import { loadM5 } from "./bench/m5";
const book = m5ReplayBook();
const cat = new Map(loadM5().series.map((s) => [s.id, s.category]));
const eds = process.argv[2] === "tune" ? tuningEditions() : [m5Edition("Black Friday", "Thanksgiving", 1, 2013), m5Edition("Black Friday", "Thanksgiving", 1, 2014), m5Edition("Black Friday", "Thanksgiving", 1, 2015), m5Edition("Labor Day", "LaborDay", -3, 2015)];
for (const e of eds) {
  const input = replayInputOf(book, e);
  const plan = planEvent({ series: book.series.map((s) => ({...s, units: s.units.slice(0, input.event.start - 70 - s.startSerial), excluded: s.excluded.slice(0, input.event.start - 70 - s.startSerial)})), skus: book.skus, lanes: input.lanes, policy: { ...input.event, planDate: input.event.start - 70, eventStockHeldUntilStart: true } });
  const ps = replayEvent(input, peakStockPolicy()); const pf = replayEvent(input, perfectForesightPolicy());
  if (!ps.ok || !pf.ok) throw new Error("x");
  const agg = new Map<string, any>();
  const pfBy = new Map(pf.value.skus.map((s) => [s.sku, s]));
  const lineBy = new Map(plan.lines.map((l) => [l.sku, l]));
  for (const r of ps.value.skus) {
    const c = cat.get(r.sku) as string; const a = agg.get(c) ?? { dem: 0, mean: 0, p50: 0, target: 0, ship: 0, short: 0, left: 0, profit: 0, pfProfit: 0, n: 0, below: 0, cr: 0 };
    const l = lineBy.get(r.sku)!; const p = pfBy.get(r.sku)!;
    a.dem += r.demandedUnits; a.mean += l.windowDemandMean; a.p50 += l.windowDemandP50; a.target += l.netNeed + l.stockAtEventUnits; a.ship += r.shippedUnits; a.short += r.shortUnits; a.left += r.leftoverUnits; a.profit += r.profitUsd; a.pfProfit += p.profitUsd; a.n++;
    a.cr += l.serviceLevel ?? 0; 
    agg.set(c, a);
  }
  console.log(`\n${e.name}: PS ${Math.round(ps.value.total.profitUsd)} PF ${Math.round(pf.value.total.profitUsd)}`);
  for (const [c, a] of agg) console.log(c.padEnd(10), `n ${a.n} demand ${a.dem} mean ${Math.round(a.mean)} p50 ${Math.round(a.p50)} target ${Math.round(a.target)} shipped ${a.ship} short ${a.short} left ${a.left} profit ${Math.round(a.profit)} pf ${Math.round(a.pfProfit)} (${(100*a.profit/a.pfProfit).toFixed(1)}%) avgCR ${(a.cr/a.n).toFixed(2)}`);
}
