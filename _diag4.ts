import { replayEvent, peakStockPolicy, lastYearPolicy, perfectForesightPolicy } from "./src/engine";
import { m5ReplayBook, replayInputOf } from "./bench/planReplay";
import { tuningEditions } from "./bench/tunePlan";
import { loadM5 } from "./bench/m5";
const book = m5ReplayBook();
const cat = new Map(loadM5().series.map((s) => [s.id, s.category]));
const diff = new Map<string, number>(); const pfd = new Map<string, number>();
const byCat = new Map<string, number[]>();
for (const e of tuningEditions()) {
  const input = replayInputOf(book, e);
  const ps = replayEvent(input, peakStockPolicy()); const ly = replayEvent(input, lastYearPolicy()); const pf = replayEvent(input, perfectForesightPolicy());
  if (!ps.ok || !ly.ok || !pf.ok) throw new Error("x");
  const lyBy = new Map(ly.value.skus.map((s) => [s.sku, s])); const pfBy = new Map(pf.value.skus.map((s) => [s.sku, s]));
  for (const r of ps.value.skus) {
    const d = r.profitUsd - lyBy.get(r.sku)!.profitUsd; diff.set(r.sku, (diff.get(r.sku) ?? 0) + d);
    const g = r.profitUsd - pfBy.get(r.sku)!.profitUsd; pfd.set(r.sku, (pfd.get(r.sku) ?? 0) + g);
    const c = cat.get(r.sku)!; const a = byCat.get(c) ?? [0, 0, 0]; a[0] += r.profitUsd; a[1] += lyBy.get(r.sku)!.profitUsd; a[2] += pfBy.get(r.sku)!.profitUsd; byCat.set(c, a);
  }
}
for (const [c, a] of byCat) console.log(c, a.map(Math.round));
const items = new Map<string, number>(); for (const [k, v] of pfd) { const it = k.split("_").slice(0, 3).join("_"); items.set(it, (items.get(it) ?? 0) + v); }
console.log("worst items vs PF:", [...items].sort((a, b) => a[1] - b[1]).slice(0, 12).map(([k, v]) => `${k} ${Math.round(v)}`).join(", "));
console.log("worst skus vs LY:", [...diff].sort((a, b) => a[1] - b[1]).slice(0, 10).map(([k, v]) => `${k} ${Math.round(v)}`).join(", "));
