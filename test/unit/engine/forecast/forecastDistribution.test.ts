import { autoForecast } from "../../../../src/engine/forecast/auto";
import { forecastDistribution } from "../../../../src/engine/forecast/forecastDistribution";

const noise = (t: number): number => (((t * 7919 + 13) % 97) / 97) * 2 - 1;

describe("forecastDistribution", () => {
  it("gives auto's mean with 80 % and 95 % intervals that are the distribution's quantiles", () => {
    const y = Array.from({ length: 400 }, (_, t) => Math.round(10 + 3 * noise(t) + (t % 7 === 5 ? 6 : 0)));
    const r = forecastDistribution(y, 14);
    const auto = autoForecast(y);
    if (!r.ok || !auto.ok) throw new Error("forecast failed");
    expect(r.value.label).toBe(auto.value.label);
    expect(r.value.forecast.mean).toEqual(auto.value.forecast(14).mean);
    const d = r.value.distribution;
    expect(r.value.forecast.upper[80]).toEqual(d.dailyQuantiles(0.9));
    expect(r.value.forecast.lower[95]).toEqual(d.dailyQuantiles(0.025));
    for (let i = 0; i < 14; i++) {
      expect(r.value.forecast.lower[95][i]).toBeLessThanOrEqual(r.value.forecast.lower[80][i]);
      expect(r.value.forecast.upper[80][i]).toBeLessThanOrEqual(r.value.forecast.upper[95][i]);
    }
    // a window's P90 lies between its mean and the sum of the days' P90s (the days are not perfectly correlated)
    const week = d.window(0, 7);
    const sumOfP90 = d.dailyQuantiles(0.9).slice(0, 7).reduce((a, b) => a + b, 0);
    expect(week.quantile(0.9)).toBeGreaterThan(week.mean);
    expect(week.quantile(0.9)).toBeLessThan(sumOfP90);
  });

  it("measures the spread of a named model on its own backtest", () => {
    const y = Array.from({ length: 400 }, (_, t) => Math.round(10 + 3 * noise(t)));
    const r = forecastDistribution(y, 7, { model: "movingAverage" });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.label).toBe("movingAverage");
    expect(r.value.distribution.dispersion.evidenceUnits).toBeGreaterThan(1000);
  });

  it("falls back to the in-sample errors on a short history and names an unknown model", () => {
    const r = forecastDistribution([5, 6, 4, 7, 5, 6, 5, 8, 6, 5], 3);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.distribution.mean).toHaveLength(3);
    const bad = forecastDistribution([1, 2, 3], 3, { model: "prophet" });
    expect(bad.ok ? "" : bad.error.code).toBe("UNKNOWN_MODEL");
  });

  it("forecasts a known closed day ahead as closed", () => {
    // 400 days of 10/day, every 50th day closed (0 units), including day 400 ahead
    const closed = Array.from({ length: 9 }, (_, k) => 49 + 50 * k);
    const y = Array.from({ length: 400 }, (_, t) => (closed.includes(t) ? 0 : 10));
    const r = forecastDistribution(y, 3, { knownDays: [{ name: "Closed", days: [...closed, 401] }] });
    if (!r.ok) throw new Error(r.error.message);
    // day 401 is the second forecast day; its factor is 0.05 (0 sold, shrunk little: ~70 usual units of evidence)
    expect(r.value.distribution.mean[1]).toBeLessThan(0.2 * r.value.distribution.mean[0]);
  });
});
