import { backtestPlanFor, LONG_BACKTEST, originIndexes, prepareBacktest, rollingOriginBacktest, SHORT_BACKTEST } from "../../../../src/engine/forecast/backtest";
import { naive } from "../../../../src/engine/forecast/naive";

describe("rolling-origin backtest", () => {
  it("chooses the longest plan the history allows", () => {
    // LONG needs 28 + 2·14 + 28 = 84 days, SHORT 28 + 7 + 7 = 42
    expect(backtestPlanFor(84)).toBe(LONG_BACKTEST);
    expect(backtestPlanFor(83)).toBe(SHORT_BACKTEST);
    expect(backtestPlanFor(42)).toBe(SHORT_BACKTEST);
    expect(backtestPlanFor(41)).toBeNull();
  });

  it("places origins so that the last forecast ends on the last day", () => {
    // hand: n = 100, last origin = 100 − 28 = 72, then 58 and 44
    expect(originIndexes(100, LONG_BACKTEST)).toEqual([44, 58, 72]);
  });

  it("scores the naive forecast of a straight line by hand", () => {
    // y(t) = t. At origin o the naive forecast is o − 1 for 28 days; errors 1 … 28,
    // MAE = 14.5 at every origin; in-sample naive MAE = 1 → MASE 14.5.
    const y = Array.from({ length: 100 }, (_, t) => t);
    const data = prepareBacktest(y, LONG_BACKTEST);
    const r = rollingOriginBacktest(naive, data);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.mae).toBeCloseTo(14.5, 12);
    expect(r.value.mase).toBeCloseTo(14.5, 12);
    // hand: WAPE = Σ errors / Σ actuals = 3·406 / Σ_{o∈{44,58,72}} Σ_{d=0..27}(o + d) = 1218 / (28·174 + 3·378)
    expect(r.value.wape).toBeCloseTo(1218 / (28 * 174 + 3 * 378), 12);
    expect(r.value.bias).toBeCloseTo(-1218 / (28 * 174 + 3 * 378), 12);
    expect(r.value.forecasts.map((f) => f[0])).toEqual([43, 57, 71]);
  });
});
