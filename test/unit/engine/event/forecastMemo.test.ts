/**
 * The memo of baseline fits: a second plan of the same book fits nothing again and plans the same.
 */
import { forecastEventDemand } from "../../../../src/engine/event/forecastEventDemand";
import { forecastMemo, memoised } from "../../../../src/engine/event/forecastMemo";
import { DEFAULT_LANES } from "../../../../src/engine/plan/defaultLanes";
import { planEvent } from "../../../../src/engine/plan/planEvent";
import { flatSeries, POLICY, S, SKU } from "../plan/flatBook";

describe("forecastMemo", () => {
  it("fits once per series and key, and again for another key or without a memo", () => {
    const memo = forecastMemo();
    const series = flatSeries();
    let fits = 0;
    const fit = () => {
      fits += 1;
      return { ok: false as const, error: { code: "MODEL_FAILED" as const, message: "stub fit" } };
    };
    memoised(memo, series, "a", fit);
    memoised(memo, series, "a", fit);
    expect(fits).toBe(1);
    memoised(memo, series, "b", fit);
    memoised(memo, flatSeries(), "a", fit);
    memoised(undefined, series, "a", fit);
    expect(fits).toBe(4);
  });

  it("hands forecastEventDemand the same baseline for the same series and event, whatever the growth", () => {
    const memo = forecastMemo();
    const series = flatSeries();
    const input = { series, event: { startSerial: S, endSerial: S + 3 }, pastEventStarts: [], upliftOverride: 1, model: "ses", coverDaysAfter: 14, memo };
    const a = forecastEventDemand({ ...input, growth: 1 });
    const b = forecastEventDemand({ ...input, growth: 1.3 });
    if (!a.ok || !b.ok) throw new Error("the flat book forecasts");
    expect(b.value.baseline.forecast).toBe(a.value.baseline.forecast);
    // 4 days × 10/day × growth: the growth still applies to the event demand.
    expect(b.value.demand.p50Units / a.value.demand.p50Units).toBeCloseTo(1.3, 1);
  });

  it("leaves a plan's lines as they are without the memo", () => {
    const input = { series: [flatSeries(), flatSeries("B", 4)], skus: [SKU, { ...SKU, sku: "B" }], lanes: DEFAULT_LANES, policy: POLICY };
    const memo = forecastMemo();
    planEvent({ ...input, forecastMemo: memo });
    expect(planEvent({ ...input, forecastMemo: memo }).lines).toEqual(planEvent(input).lines);
  });
});
