/**
 * How the plan's settings were chosen: replays of editions that END BEFORE the first benchmarked
 * plan date (Black Friday 2013 is planned on 2013-09-20), never of the four events `npm run bench:plan`
 * reports. Tuning editions: Black Friday 2012, Labor Day 2012 and 2013, Memorial Day 2012 and 2013,
 * Independence Day 2012 and 2013 (each a 4-day event planned 70 days ahead with 14 cover days, the bench's
 * economics). Prints PeakStock's profit, the naive policies' and the perfect-foresight reference plan's (whole cartons) per
 * candidate setting. Run: `node --import tsx bench/tunePlan.ts [informationShare …]`.
 */
import { peakStockPolicy, perfectForesightPolicy, lastYearPolicy, averageSalesPolicy, replayEvent, type EventPolicy, type ReplayPolicy } from "../src/engine";
import { m5Edition, m5ReplayBook, replayInputOf, type Edition } from "./planReplay";

/** The tuning editions: all end before 2013-09-20. */
export function tuningEditions(): Edition[] {
  return [
    m5Edition("Black Friday", "Thanksgiving", 1, 2012),
    m5Edition("Labor Day", "LaborDay", -3, 2012),
    m5Edition("Labor Day", "LaborDay", -3, 2013),
    m5Edition("Memorial Day", "MemorialDay", -3, 2012),
    m5Edition("Memorial Day", "MemorialDay", -3, 2013),
    m5Edition("July 4", "IndependenceDay", -1, 2012),
    m5Edition("July 4", "IndependenceDay", -1, 2013),
  ];
}

const usd = (x: number): string => `${x < 0 ? "−" : ""}$${Math.round(Math.abs(x)).toLocaleString("en-US")}`;

function profit(input: ReturnType<typeof replayInputOf>, policy: ReplayPolicy): number {
  const r = replayEvent(input, policy);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.total.profitUsd;
}

function main(): void {
  const book = m5ReplayBook();
  const shares = process.argv.slice(2).map(Number).filter((x) => Number.isFinite(x));
  const candidates: Partial<EventPolicy>[] = (shares.length > 0 ? shares : [0, 0.25, 0.5, 0.75, 1]).map((s) => ({ sprintInformationShare: s }));
  const references = new Map<string, { pf: number; ly: number; ads: number }>();
  for (const e of tuningEditions()) {
    const input = replayInputOf(book, e);
    references.set(e.name, { pf: profit(input, perfectForesightPolicy()), ly: profit(input, lastYearPolicy()), ads: profit(input, averageSalesPolicy()) });
    const ref = references.get(e.name) as { pf: number; ly: number; ads: number };
    console.log(`${e.name.padEnd(20)} reference ${usd(ref.pf)}, last year + 20 % ${usd(ref.ly)}, ADS30 ${usd(ref.ads)}`);
  }
  for (const settings of candidates) {
    let total = 0;
    let pf = 0;
    const cells: string[] = [];
    for (const e of tuningEditions()) {
      const p = profit(replayInputOf(book, e, settings), peakStockPolicy());
      const ref = references.get(e.name) as { pf: number; ly: number; ads: number };
      total += p;
      pf += ref.pf;
      cells.push(`${e.name} ${usd(p)} (${((100 * p) / ref.pf).toFixed(1)} %)`);
    }
    console.log(`${JSON.stringify(settings)}: ${usd(total)} = ${((100 * total) / pf).toFixed(1)} % of the reference | ${cells.join(" | ")}`);
  }
}

if (require.main === module) main();
