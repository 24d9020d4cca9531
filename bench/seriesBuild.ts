/**
 * Time to turn long sales rows into daily series: 1,000 SKUs × 365 days
 * (365,000 rows, dates half text and half serials), against a same-run baseline
 * that only sums the units per SKU in a Map (the least any builder must do).
 */
import { performance } from "node:perf_hooks";
import { buildSeriesFromLong, isoFromSerial, type LongSalesRow } from "../src/engine";

const SKUS = 1000;
const DAYS = 365;
const FIRST = 45658; // 2025-01-01

function best(times: number, run: () => void): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

/** Runs the series-building benchmark and prints the figures. */
export function benchSeriesBuild(): void {
  const rows: LongSalesRow[] = [];
  for (let d = 0; d < DAYS; d++) {
    const date = d % 2 === 0 ? isoFromSerial(FIRST + d) : FIRST + d;
    for (let k = 0; k < SKUS; k++) rows.push({ row: rows.length + 2, date, sku: `SKU-${k}`, units: (k * 7 + d) % 11 });
  }
  const baseline = best(5, () => {
    const totals = new Map<unknown, number>();
    for (const r of rows) totals.set(r.sku, (totals.get(r.sku) ?? 0) + Number(r.units));
  });
  let skus = 0;
  const build = best(5, () => {
    const r = buildSeriesFromLong(rows);
    skus = r.ok ? r.value.series.length : -1;
  });
  console.log(`\n## Daily series from ${rows.length.toLocaleString("en-US")} long rows (${SKUS} SKUs × ${DAYS} days), best of 5`);
  console.log(`baseline (sum per SKU in a Map): ${baseline.toFixed(0)} ms`);
  console.log(`buildSeriesFromLong:             ${build.toFixed(0)} ms, ${skus} series, ${(build / baseline).toFixed(1)}× baseline`);
}
