/**
 * How the event settings were chosen: on the 2012 editions of the benchmark's events
 * (Thanksgiving, Independence Day, the placebo window), planned 70 days ahead, never
 * on the 2013–2015 editions `npm run bench` reports. Prints the P50 bias, WAPE, P90
 * coverage and pinball losses for each candidate weight of "last year × growth".
 */
import { DEFAULT_DISPERSION_PRIOR } from "../src/engine";
import { scoreEvents } from "./eventAccuracy";

const DEV_YEARS = [2012];

function main(): void {
  for (const [w, hold] of [[0, true], [0.25, true], [0.5, true], [0.5, false]] as const) {
    const scores = scoreEvents(DEV_YEARS, { blendWeightLastYear: w, prior: { ...DEFAULT_DISPERSION_PRIOR, holdBeyondMeasured: hold } });
    let actual = 0;
    let p50 = 0;
    let mean = 0;
    let abs = 0;
    let below = 0;
    let n = 0;
    let pin90 = 0;
    for (const [name, s] of scores) {
      const k = s.cases - s.failed;
      console.log(`w ${w.toFixed(2)} ${name.slice(0, 30).padEnd(30)} P50 bias ${(100 * (s.p50 / s.actual - 1)).toFixed(1).padStart(6)} %  mean bias ${(100 * (s.mean / s.actual - 1)).toFixed(1).padStart(6)} %  WAPE ${(s.absErrorP50 / s.actual).toFixed(3)}  ≤P90 ${((100 * s.belowP90) / k).toFixed(1)} %  pinball .9 ${(s.pinball90 / k).toFixed(2)}`);
      actual += s.actual;
      p50 += s.p50;
      mean += s.mean;
      abs += s.absErrorP50;
      below += s.belowP90;
      n += k;
      pin90 += s.pinball90;
    }
    console.log(`w ${w.toFixed(2)} hold ${hold} all: P50 bias ${(100 * (p50 / actual - 1)).toFixed(1)} %, mean bias ${(100 * (mean / actual - 1)).toFixed(1)} %, WAPE ${(abs / actual).toFixed(3)}, ≤P90 ${((100 * below) / n).toFixed(1)} %, pinball .9 ${(pin90 / n).toFixed(2)}`);
  }
}

if (require.main === module) main();
