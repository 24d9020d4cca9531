import { backtestPlanFor, LONG_BACKTEST, MEDIUM_BACKTEST, originIndexes, prepareBacktest, rollingOriginBacktest, SHORT_BACKTEST } from "../../../../src/engine/forecast/backtest";
import { naive } from "../../../../src/engine/forecast/naive";

describe("rolling-origin backtest", () => {
  it("chooses the longest plan the history allows", () => {
    // LONG needs 28 + 9·7 + 28 = 119 days, MEDIUM 28 + 3·7 + 14 = 63, SHORT 28 + 7 + 7 = 42
    expect(backtestPlanFor(119)).toBe(LONG_BACKTEST);
    expect(backtestPlanFor(118)).toBe(MEDIUM_BACKTEST);
    expect(backtestPlanFor(63)).toBe(MEDIUM_BACKTEST);
    expect(backtestPlanFor(62)).toBe(SHORT_BACKTEST);
    expect(backtestPlanFor(42)).toBe(SHORT_BACKTEST);
    expect(backtestPlanFor(41)).toBeNull();
  });

  it("places origins so that the last forecast ends on the last day", () => {
    // hand: n = 200, last origin = 200 − 28 = 172, then back by 7 nine times to 109
    expect(originIndexes(200, LONG_BACKTEST)).toEqual([109, 116, 123, 130, 137, 144, 151, 158, 165, 172]);
  });

  it("scores the naive forecast of a straight line by hand", () => {
    // y(t) = t, n = 100, MEDIUM plan: origins 65, 72, 79, 86 (last = 100 − 14), h = 14.
    // At origin o the naive forecast is o − 1; errors 1 … 14, MAE = 7.5; in-sample naive MAE = 1 → MASE 7.5.
    const y = Array.from({ length: 100 }, (_, t) => t);
    const data = prepareBacktest(y, MEDIUM_BACKTEST);
    expect(data.origins).toEqual([65, 72, 79, 86]);
    const r = rollingOriginBacktest(naive, data);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.mae).toBeCloseTo(7.5, 12);
    expect(r.value.mase).toBeCloseTo(7.5, 12);
    // hand: Σ errors = 4·(1 + … + 14) = 420; Σ actuals = Σ_o Σ_{d=0..13}(o + d) = 14·(65+72+79+86) + 4·91 = 4592
    expect(r.value.wape).toBeCloseTo(420 / 4592, 12);
    expect(r.value.bias).toBeCloseTo(-420 / 4592, 12);
    expect(r.value.forecasts.map((f) => f[0])).toEqual([64, 71, 78, 85]);
  });
});
