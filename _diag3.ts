import { m5ReplayBook } from "./bench/planReplay";
import { isoFromSerial, serialFromYmd } from "./src/engine";
const book = m5ReplayBook();
const s = book.series.find((x) => x.sku === process.argv[2])!;
const from = serialFromYmd(Number(process.argv[3]), Number(process.argv[4]), 1);
for (let w = 0; w < 30; w++) { const d0 = from + 7*w; const wk = s.units.slice(d0 - s.startSerial, d0 - s.startSerial + 7); console.log(isoFromSerial(d0), wk.join(" ")); }
