/**
 * Naive forecast: every future day equals the last observed day.
 * ŷ(T+h) = y(T); sd(h) = σ·√h (random walk; Hyndman & Athanasopoulos, FPP3 §5.5, Table 5.2).
 * @example naive.fit([3, 5, 4]).forecast(2).mean // [4, 4]
 */
import { ok, type Result } from "../errors";
import { normalIntervals } from "./intervals";
import type { FittedModel, ForecastModel } from "./model";
import { validateOrigins } from "./validateOrigins";
import { validateSeries } from "./validateSeries";

const LABEL = "Naive forecast";

function fitNaive(unitsPerDay: readonly number[]): Result<FittedModel> {
  const checked = validateSeries(unitsPerDay, 1, LABEL);
  if (!checked.ok) return checked;
  const y = unitsPerDay;
  const n = y.length;
  const fitted = new Array<number>(n);
  fitted[0] = Number.NaN;
  let sse = 0;
  for (let t = 1; t < n; t++) {
    const previous = y[t - 1];
    fitted[t] = previous;
    const e = y[t] - previous;
    sse += e * e;
  }
  // = residualSigma(y, fitted) in the same pass: n − 1 residuals, no parameter estimated
  const sigma = n > 1 ? Math.sqrt(sse / (n - 1)) : 0;
  const last = y[n - 1];
  return ok({
    model: "naive",
    params: {},
    fitted,
    sigma,
    forecast(horizonDays: number) {
      const mean = new Array<number>(horizonDays);
      const sd = new Array<number>(horizonDays);
      for (let i = 0; i < horizonDays; i++) {
        mean[i] = last;
        sd[i] = sigma * Math.sqrt(i + 1);
      }
      return normalIntervals(mean, sd);
    },
  });
}

/**
 * Naive forecasts from several origins: origin o forecasts y(o − 1), the day before
 * it, for every day of the horizon — what `fit` on the first o days gives.
 * @example naive.forecastsAtOrigins([3, 5, 4, 6], {}, [2, 4], 2) // ok([[5, 5], [6, 6]])
 */
function naiveAtOrigins(unitsPerDay: readonly number[], originIndexes: readonly number[], horizonDays: number): Result<number[][]> {
  const checked = validateSeries(unitsPerDay, 1, LABEL);
  if (!checked.ok) return checked;
  const origins = validateOrigins(LABEL, unitsPerDay.length, originIndexes, horizonDays, 1);
  if (!origins.ok) return origins;
  const out = new Array<number[]>(originIndexes.length);
  for (let k = 0; k < originIndexes.length; k++) {
    out[k] = new Array<number>(horizonDays).fill(Math.max(0, unitsPerDay[originIndexes[k] - 1]));
  }
  return ok(out);
}

/** Naive model (random walk): tomorrow sells what today sold. */
export const naive: ForecastModel = {
  name: "naive",
  description: "Every future day sells what the last day sold.",
  minLength: () => 1,
  fit: (unitsPerDay) => fitNaive(unitsPerDay),
  forecastsAtOrigins: (unitsPerDay, _params, originIndexes, horizonDays) => naiveAtOrigins(unitsPerDay, originIndexes, horizonDays),
};
