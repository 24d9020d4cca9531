/**
 * Naive forecast: every future day equals the last observed day.
 * ŷ(T+h) = y(T); sd(h) = σ·√h (random walk; Hyndman & Athanasopoulos, FPP3 §5.5, Table 5.2).
 * @example naive.fit([3, 5, 4]).forecast(2).mean // [4, 4]
 */
import { ok, type Result } from "../errors";
import { normalIntervals, residualSigma } from "./intervals";
import type { FittedModel, ForecastModel } from "./model";
import { validateSeries } from "./validateSeries";

function fitNaive(unitsPerDay: readonly number[]): Result<FittedModel> {
  const checked = validateSeries(unitsPerDay, 1, "Naive forecast");
  if (!checked.ok) return checked;
  const y = unitsPerDay;
  const fitted = y.map((_, t) => (t === 0 ? Number.NaN : y[t - 1]));
  const sigma = residualSigma(y, fitted);
  const last = y[y.length - 1];
  return ok({
    model: "naive",
    params: {},
    fitted,
    sigma,
    forecast(horizonDays: number) {
      const steps = Array.from({ length: horizonDays }, (_, i) => i + 1);
      return normalIntervals(steps.map(() => last), steps.map((h) => sigma * Math.sqrt(h)));
    },
  });
}

/** Naive model (random walk): tomorrow sells what today sold. */
export const naive: ForecastModel = {
  name: "naive",
  description: "Every future day sells what the last day sold.",
  minLength: () => 1,
  fit: (unitsPerDay) => fitNaive(unitsPerDay),
};
