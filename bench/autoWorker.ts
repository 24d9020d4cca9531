/** Worker for autoScale.ts: forecasts its chunk of SKUs and posts how many it answered. */
import { parentPort, workerData } from "node:worker_threads";
import { autoForecast, naive } from "../src/engine";

const { method, days, horizon, data } = workerData as { method: "auto" | "naive"; days: number; horizon: number; data: Float64Array };
let answered = 0;
for (let offset = 0; offset < data.length; offset += days) {
  const units = Array.from(data.subarray(offset, offset + days));
  const fit = method === "auto" ? autoForecast(units) : naive.fit(units);
  if (fit.ok && fit.value.forecast(horizon).mean.length === horizon) answered++;
}
parentPort?.postMessage(answered);
