/**
 * Accuracy and speed of every model and of `auto` on the real M5 daily sales:
 * the last 28 days held out, each series fitted on the rest (as the data README's
 * reference table was measured with R's forecast package and statsmodels).
 */
import { performance } from "node:perf_hooks";
import { autoForecast, MODELS, naiveScale } from "../src/engine";
import { loadM5 } from "./m5";

const HOLDOUT_DAYS = 28;
/** R forecast 8.20, from ../shared/data/README.md. */
const R_ETS = { mase: 1.095, wape: 0.475 };

interface Row {
  method: string;
  mase: number;
  wape: number;
  answered: number;
  ms: number;
}

function score(method: string, series: { train: number[]; test: number[] }[], forecaster: (train: number[]) => number[] | null): Row {
  let maseSum = 0;
  let maseCount = 0;
  let absErr = 0;
  let actual = 0;
  let answered = 0;
  const start = performance.now();
  for (const s of series) {
    const f = forecaster(s.train);
    if (!f) continue;
    answered++;
    let e = 0;
    for (let d = 0; d < HOLDOUT_DAYS; d++) {
      e += Math.abs(s.test[d] - f[d]);
      actual += s.test[d];
    }
    absErr += e;
    const scale = naiveScale(s.train);
    if (scale > 0) {
      maseSum += e / HOLDOUT_DAYS / scale;
      maseCount++;
    }
  }
  return { method, mase: maseSum / maseCount, wape: absErr / actual, answered, ms: performance.now() - start };
}

/** Runs the accuracy benchmark and prints a table; returns auto's row. */
export function benchForecastAccuracy(): Row {
  const { series } = loadM5();
  // Each series starts at its first sale, as the reference table was measured (and as
  // buildSeriesFromLong/Wide start a SKU at its first row): leading zeros are days before launch.
  const split = series.map((s) => {
    const first = Math.max(0, s.units.findIndex((u) => u > 0));
    return { train: s.units.slice(first, -HOLDOUT_DAYS), test: s.units.slice(-HOLDOUT_DAYS) };
  });
  const days = split.map((s) => s.train.length);
  console.log(`\n## Forecast accuracy on M5 tiny: ${split.length} series, ${Math.min(...days)}–${Math.max(...days)} training days from first sale, ${HOLDOUT_DAYS}-day holdout`);
  const rows: Row[] = [];
  for (const model of MODELS) {
    rows.push(score(model.name, split, (train) => {
      const fit = model.fit(train);
      return fit.ok ? fit.value.forecast(HOLDOUT_DAYS).mean : null;
    }));
  }
  const auto = score("auto", split, (train) => {
    const fit = autoForecast(train);
    return fit.ok ? fit.value.forecast(HOLDOUT_DAYS).mean : null;
  });
  rows.push(auto);
  const naiveMs = rows[0].ms;
  console.log("method           MASE    WAPE   answered   time ms   ×naive");
  for (const r of rows) {
    console.log(`${r.method.padEnd(15)} ${r.mase.toFixed(3).padStart(6)}  ${r.wape.toFixed(3).padStart(6)}   ${String(r.answered).padStart(4)}/${split.length}  ${r.ms.toFixed(0).padStart(8)}  ${(r.ms / naiveMs).toFixed(1).padStart(6)}`);
  }
  console.log(`R automatic ETS  ${R_ETS.mase.toFixed(3).padStart(6)}  ${R_ETS.wape.toFixed(3).padStart(6)}   (reference, data README)`);
  const verdict = auto.answered === split.length && auto.wape < R_ETS.wape;
  console.log(`goal: auto answers every series and WAPE < ${R_ETS.wape}: ${verdict ? "MET" : "NOT MET"} (auto WAPE ${auto.wape.toFixed(3)}, ratio to R ETS ${(auto.wape / R_ETS.wape).toFixed(3)})`);
  return auto;
}
