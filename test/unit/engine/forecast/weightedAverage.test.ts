import { weightedAverage } from "../../../../src/engine/forecast/weightedAverage";
import { expectRequestErrors, expectSameAsRefit, originsFor, SHAPES } from "./atOriginsFixtures";

// 30 days: 15 days of 2, then 2,3,2,3,2,3,2,3, then 7 days of 10.
// hand: ADS7 = 70/7 = 10; ADS15 = (20 + 70)/15 = 6; ADS30 = (30 + 20 + 70)/30 = 4
const THIRTY = Object.freeze([...new Array(15).fill(2), 2, 3, 2, 3, 2, 3, 2, 3, ...new Array(7).fill(10)]);

describe("weightedAverage", () => {
  it("blends ADS7, ADS15 and ADS30 with 0.5 / 0.3 / 0.2", () => {
    expect(THIRTY).toHaveLength(30);
    const fit = weightedAverage.fit(THIRTY);
    if (!fit.ok) throw new Error(fit.error.message);
    // hand: 0.5·10 + 0.3·6 + 0.2·4 = 5 + 1.8 + 0.8 = 7.6
    const mean = fit.value.forecast(3).mean;
    mean.forEach((m) => expect(m).toBeCloseTo(7.6, 12));
    expect(fit.value.params).toEqual({ w7: 0.5, w15: 0.3, w30: 0.2 });
  });

  it("predicts each day from the blend of the days before it", () => {
    const fit = weightedAverage.fit(THIRTY);
    if (!fit.ok) throw new Error(fit.error.message);
    expect(fit.value.fitted[0]).toBeNaN();
    // hand: day 2 sees only day 1 (= 2) in every window → 2
    expect(fit.value.fitted[1]).toBeCloseTo(2, 12);
    // hand: day 30 sees days 1–29: ADS7 = (3 + 6·10)/7 = 9, ADS15 = (2 + 20 + 60)/15 = 82/15,
    // ADS30 uses all 29 days = 110/29 → 0.5·9 + 0.3·82/15 + 0.2·110/29 = 6.898621
    expect(fit.value.fitted[29]).toBeCloseTo(0.5 * 9 + (0.3 * 82) / 15 + (0.2 * 110) / 29, 12);
  });

  it("uses every day for a window longer than the history", () => {
    const fit = weightedAverage.fit([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    if (!fit.ok) throw new Error(fit.error.message);
    // hand: ADS7 = mean(4..10) = 7; ADS15 = ADS30 = mean(1..10) = 5.5 → 3.5 + 1.65 + 1.1 = 6.25
    expect(fit.value.forecast(1).mean[0]).toBeCloseTo(6.25, 12);
  });

  it("takes windows and weights from params keys w<days>, normalising the weights", () => {
    const scaled = weightedAverage.fit(THIRTY, { params: { w7: 5, w15: 3, w30: 2 } });
    if (!scaled.ok) throw new Error(scaled.error.message);
    // hand: 5:3:2 normalises to 0.5 / 0.3 / 0.2 → 7.6
    expect(scaled.value.forecast(1).mean[0]).toBeCloseTo(7.6, 12);
    expect(scaled.value.params).toEqual({ w7: 0.5, w15: 0.3, w30: 0.2 });
    const two = weightedAverage.fit(THIRTY, { params: { w3: 1, w15: 1 } });
    if (!two.ok) throw new Error(two.error.message);
    // hand: ADS3 = 10, ADS15 = 6 → 0.5·10 + 0.5·6 = 8
    expect(two.value.forecast(1).mean[0]).toBeCloseTo(8, 12);
  });

  it("rejects unknown keys, negative weights and all-zero weights", () => {
    const bad: Record<string, number>[] = [{ x7: 1 }, { w7: -1, w30: 2 }, { w7: 0, w30: 0 }, { w0: 1 }];
    for (const params of bad) {
      const fit = weightedAverage.fit(THIRTY, { params });
      expect(fit.ok ? "" : fit.error.code).toBe("OUT_OF_RANGE");
    }
  });

  it("uses sd = σ on every day of the horizon", () => {
    const fit = weightedAverage.fit(THIRTY);
    if (!fit.ok) throw new Error(fit.error.message);
    const f = fit.value.forecast(10);
    // normal interval: upper95 − mean = 1.959964·σ, the same at h = 1 and h = 10
    expect(f.upper[95][0] - f.mean[0]).toBeCloseTo(1.959964 * fit.value.sigma, 5);
    expect(f.upper[95][9]).toBeCloseTo(f.upper[95][0], 12);
  });

  it("does not mutate its input and repeats itself", () => {
    const a = weightedAverage.fit(THIRTY);
    const b = weightedAverage.fit(THIRTY, { params: a.ok ? a.value.params : {} });
    if (!a.ok || !b.ok) throw new Error("fit failed");
    expect(b.value.forecast(5)).toEqual(a.value.forecast(5));
    expect(THIRTY.slice(-8)).toEqual([3, 10, 10, 10, 10, 10, 10, 10]);
  });
});

describe("weightedAverage.forecastsAtOrigins", () => {
  const ADS = { w7: 0.5, w15: 0.3, w30: 0.2 };

  it("blends the trailing means before each origin (hand-worked)", () => {
    const r = weightedAverage.forecastsAtOrigins(THIRTY, ADS, [1, 29, 30], 2);
    if (!r.ok) throw new Error(r.error.message);
    // hand: origin 1 sees only day 1 (= 2) in every window → 2
    expect(r.value[0][0]).toBeCloseTo(2, 12);
    // hand: origin 29 sees days 1–29: 0.5·9 + 0.3·82/15 + 0.2·110/29 (as fitted[29] above)
    expect(r.value[1][1]).toBeCloseTo(0.5 * 9 + (0.3 * 82) / 15 + (0.2 * 110) / 29, 12);
    // hand: origin 30 sees all 30 days → 7.6 (the first test)
    expect(r.value[2][0]).toBeCloseTo(7.6, 12);
  });

  it.each(SHAPES)("matches re-fitting at every origin (%s)", (_label, y) => {
    expectSameAsRefit(weightedAverage, y, ADS, originsFor(y.length), 28);
    expectSameAsRefit(weightedAverage, y, { w3: 1, w14: 1 }, originsFor(y.length), 7);
  });

  it("rejects params that are not window weights, as fit does", () => {
    const bad: Record<string, number>[] = [{}, { x7: 1 }, { w7: -1 }];
    for (const params of bad) {
      const r = weightedAverage.forecastsAtOrigins(THIRTY, params, [10], 1);
      expect(r.ok ? "" : r.error.code).toBe("OUT_OF_RANGE");
    }
  });

  it("reports bad origins, horizons and series", () => {
    expectRequestErrors(weightedAverage, ADS);
  });
});
