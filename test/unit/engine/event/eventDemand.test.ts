import fc from "fast-check";
import { eventDemand, type EventDemandInput } from "../../../../src/engine/event/eventDemand";
import { EVENT_END, EVENT_START, HISTORY_START, PAST_2023, PAST_2024, indexOf, syntheticSku } from "./syntheticSku";

/** No spread beyond Poisson: the event total is then Poisson with the blend as its mean. */
const POISSON = { dailyNoise: 0, levelShared: 0, levelGrowthPerDay: 0, evidenceUnits: 1 };

/** Synthetic SKU: baseline 10/day, past windows 30/day (own uplift 3, 80 expected units); forecast 12/day, Poisson. */
function input(over: Partial<EventDemandInput> = {}): EventDemandInput {
  return {
    history: syntheticSku(),
    event: { startSerial: EVENT_START, endSerial: EVENT_END },
    pastEventStarts: [PAST_2023, PAST_2024],
    baselineForecast: { meanUnitsPerDay: [12, 12, 12, 12], dispersion: POISSON },
    portfolioUplift: null,
    ...over,
  };
}

function run(over: Partial<EventDemandInput> = {}) {
  const r = eventDemand(input(over));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe("eventDemand", () => {
  it("blends last year with trend × uplift, half and half by default, and multiplies the whole by growth", () => {
    const d = run({ growth: 1.1 });
    // hand: last year 2024-11-28 … 12-01 = 4 × 30 = 120
    //       trend 4 × 12 = 48; own uplift 3 (no portfolio) → 144
    //       blend 0.5 × 120 + 0.5 × 144 = 132; × growth 1.1 = 145.2
    expect(d.lastYearUnits).toBe(120);
    expect(d.lastYearStartSerial).toBe(PAST_2024);
    expect(d.lastYearWeight).toBe(0.5);
    expect(d.trendUnits).toBe(48);
    expect(d.uplift).toBe(3);
    expect(d.upliftSource).toBe("sku");
    expect(d.trendTimesUplift).toBe(144);
    expect(d.meanBeforeGrowthUnits).toBeCloseTo(132, 12);
    expect(d.meanUnits).toBeCloseTo(145.2, 12);
    // hand: the event total is the baseline's 48 × 145.2 ÷ 48 = 3.025
    expect(d.baselineMultiplier).toBeCloseTo(3.025, 12);
    expect(d.parts).toContain("mean = growth 1.10 × (0.50 × last year 120 + 0.50 × trend 48 × uplift 3.00 = 132) = 145.2");
  });

  it("gives P50 and P90 as quantiles of the event total's count distribution", () => {
    const d = run();
    // No spread beyond Poisson and own uplifts 3 and 3 (cv 0): the total is Poisson(132) (0.5 × 120 + 0.5 × 144).
    // scipy.stats.poisson (same as R's ppois/qpois): qpois(0.9, 132) = 147, ppois(146, 132) = 0.8951187668,
    // ppois(147, 132) = 0.9095778950; mid-quantile 146.5 + (0.9 − 0.8951187668) ÷ 0.0144591282 = 146.8375883
    expect(d.distribution.family).toBe("poisson");
    expect(d.distribution.wholeUnits(0.9)).toBe(147);
    expect(d.distribution.cdf(146)).toBeCloseTo(0.8951187668, 9);
    expect(d.distribution.cdf(147)).toBeCloseTo(0.909577895, 9);
    expect(d.pQUnits).toBeCloseTo(146.8375883, 6);
    expect(d.sigmaUnits).toBeCloseTo(Math.sqrt(132), 10);
    expect(d.quantile).toBe(0.9);
    expect(d.eventDays).toBe(4);
  });

  it("multiplies the whole forecast by growth: 1.15 → +15 %, whatever the blend", () => {
    // hand: wLY 0 → trend 48 × 3 = 144; growth 1.15 → 165.6 (+15 %)
    expect(run({ growth: 1.15, blendWeightLastYear: 0 }).meanUnits).toBeCloseTo(165.6, 10);
    expect(run({ growth: 1, blendWeightLastYear: 0 }).meanUnits).toBe(144);
    // hand: wLY 1 → 120 × 2 = 240
    expect(run({ growth: 2, blendWeightLastYear: 1 }).meanUnits).toBe(240);
    // hand: default blend 132 × 1.15 = 151.8: exactly 15 % more than without growth
    const plain = run({ growth: 1 });
    const grown = run({ growth: 1.15 });
    expect(grown.meanUnits / plain.meanUnits).toBeCloseTo(1.15, 12);
    expect(grown.meanUnits).toBeCloseTo(151.8, 10);
    expect(plain.parts).toContain("mean = 0.50 × last year 120 + 0.50 × trend 48 × uplift 3.00 = 132");
  });

  it("follows the blend weight", () => {
    // hand: 0.25 × 120 + 0.75 × 144 = 30 + 108 = 138
    expect(run({ blendWeightLastYear: 0.25 }).meanUnits).toBeCloseTo(138, 12);
  });

  it("lets an override win over the SKU's and the portfolio's uplift", () => {
    const d = run({ upliftOverride: 1.5, portfolioUplift: 1.2 });
    // hand: 0.5 × 120 + 0.5 × 48 × 1.5 = 60 + 36 = 96
    expect(d.uplift).toBe(1.5);
    expect(d.upliftSource).toBe("override");
    expect(d.weightOwn).toBe(0);
    expect(d.skuUplift).toBe(3);
    expect(d.meanUnits).toBe(96);
    expect(d.parts[0]).toBe("uplift 1.50 set by override; own 3.00 (2 years) not used");
  });

  it("shrinks the SKU's uplift toward the portfolio's by its expected units", () => {
    const d = run({ portfolioUplift: 1.2 });
    // hand: E = 2 years × 4 days × 10 = 80; k = 300; w = 80 ÷ 380 = 0.21053; 0.21053 × 3 + 0.78947 × 1.2 = 1.57895
    expect(d.weightOwn).toBeCloseTo(80 / 380, 12);
    expect(d.uplift).toBeCloseTo((80 / 380) * 3 + (300 / 380) * 1.2, 12);
    expect(d.upliftSource).toBe("shrunk");
    expect(d.parts[0]).toBe("uplift 1.58 = 21 % own 3.00 (2 years) + 79 % portfolio 1.20");
    // with the shrinkUplift default k = 30 asked for: w = 80 ÷ 110
    expect(run({ portfolioUplift: 1.2, priorUnits: 30 }).weightOwn).toBeCloseTo(80 / 110, 12);
  });

  it("gives a SKU without uplift history the portfolio's uplift and no last-year side", () => {
    // history starts 2025-06-01: both past windows and last year are outside it
    const history = syntheticSku({ startSerial: EVENT_START - 179 });
    const d = run({ history, portfolioUplift: 1.3 });
    // hand: P50 = trend 48 × 1.3 = 62.4
    expect(d.upliftSource).toBe("portfolio");
    expect(d.uplift).toBe(1.3);
    expect(d.weightOwn).toBe(0);
    expect(d.lastYearUnits).toBeNull();
    expect(d.lastYearWeight).toBe(0);
    expect(d.meanUnits).toBeCloseTo(62.4, 12);
    expect(d.perYear.every((y) => !y.usable && (y.reason ?? "").includes("not inside the history"))).toBe(true);
    expect(d.parts.some((p) => p.includes("last year not blended in"))).toBe(true);
  });

  it("assumes no uplift, saying so, when neither the SKU nor the portfolio has one", () => {
    const d = run({ history: syntheticSku({ startSerial: EVENT_START - 179 }) });
    expect(d.upliftSource).toBe("none");
    expect(d.uplift).toBe(1);
    expect(d.meanUnits).toBe(48); // hand: 48 × 1
    expect(d.parts[0]).toBe("uplift 1.00: no past-event data for this SKU or the portfolio");
  });

  it("keeps an uplift below 1 for a SKU that sells less in the event", () => {
    const d = run({ history: syntheticSku({ eventPerDay: 7 }), blendWeightLastYear: 0 });
    // hand: own uplift (28 + 28) ÷ 80 = 0.7; P50 = 48 × 0.7 = 33.6
    expect(d.uplift).toBeCloseTo(0.7, 12);
    expect(d.meanUnits).toBeCloseTo(33.6, 12);
  });

  it("takes the same weekdays 364 days earlier as last year when no past starts are given", () => {
    const d = run({ pastEventStarts: [], portfolioUplift: 1 });
    // hand: EVENT_START − 364 = PAST_2024 (both Thursdays); last year 120; P50 = 0.5×120 + 0.5×48×1 = 84
    expect(d.lastYearStartSerial).toBe(PAST_2024);
    expect(d.lastYearUnits).toBe(120);
    expect(d.meanUnits).toBe(84);
  });

  it("scales last year up over its excluded days", () => {
    const history = syntheticSku();
    const excluded = history.units.map((_, i) => i === indexOf(history, PAST_2024) || i === indexOf(history, PAST_2024 + 1));
    const d = run({ history: { ...history, excluded } });
    // hand: 2 days × 30 = 60 on 2 of 4 days → 60 ÷ 2 × 4 = 120
    expect(d.lastYearUnits).toBe(120);
    expect(d.parts.some((p) => p.includes("60 units on 2 non-excluded days, scaled to 120 for 4 days"))).toBe(true);
  });

  it("drops an asked-for last-year weight when last year is unusable, saying so", () => {
    const d = run({ history: syntheticSku({ startSerial: EVENT_START - 179 }), portfolioUplift: 1, blendWeightLastYear: 0.8 });
    expect(d.lastYearWeight).toBe(0);
    expect(d.meanUnits).toBe(48);
    expect(d.parts.some((p) => p.startsWith("last-year weight 0.80 asked for, but last year 2024-11-28 … 2024-12-01 is not inside the history"))).toBe(true);
  });

  it("reports a higher quantile on request", () => {
    const p90 = run().pQUnits;
    const p95 = run({ quantile: 0.95 });
    // mean = 0.5×120 + 0.5×144 = 132, Poisson; R-computed mid-quantiles of Poisson(132):
    // P50 131.833557637, P90 146.837588348, P95 151.188141697
    expect(run().p50Units).toBeCloseTo(131.833557637, 6);
    expect(p90).toBeCloseTo(146.837588348, 6);
    expect(p95.pQUnits).toBeCloseTo(151.188141697, 6);
  });

  it("has P90 above P50, and a P90 − P50 gap that grows with the level's spread", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 4, maxLength: 4 }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        fc.double({ min: 1.5, max: 5, noNaN: true }),
        (mean, level, factor) => {
          const at = (v: number) => run({ baselineForecast: { meanUnitsPerDay: mean, dispersion: { ...POISSON, levelShared: v } } });
          const low = at(level);
          const high = at(level * factor);
          if (!(low.p50Units >= 0 && low.pQUnits >= low.p50Units)) return false;
          return high.pQUnits - high.p50Units >= low.pQUnits - low.p50Units - 1e-9;
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("eventDemand errors", () => {
  const code = (over: Partial<EventDemandInput>) => {
    const r = eventDemand(input(over));
    return r.ok ? null : r.error;
  };

  it("rejects an event that ends before it starts", () => {
    expect(code({ event: { startSerial: EVENT_START, endSerial: EVENT_START - 3 } })).toMatchObject({
      code: "INCONSISTENT_INPUT",
      message: "event: the end date 2025-11-24 is before the start date 2025-11-27",
    });
  });

  it("rejects a forecast that does not have one value per event day", () => {
    expect(code({ baselineForecast: { meanUnitsPerDay: [1, 2, 3] } })).toMatchObject({
      code: "INCONSISTENT_INPUT",
      message: "baselineForecast.meanUnitsPerDay has 3 values but the event has 4 days; give one per event day",
    });
    expect(code({ baselineForecast: { meanUnitsPerDay: [1, 2, 3, 4], leadDays: -1 } })?.code).toBe("OUT_OF_RANGE");
    expect(code({ baselineForecast: { meanUnitsPerDay: [1, 2, -3, 4] } })?.message).toBe(
      "baselineForecast.meanUnitsPerDay, event day 3: -3 is negative",
    );
  });

  it("rejects a negative growth or override", () => {
    expect(code({ growth: -0.1 })).toMatchObject({ code: "OUT_OF_RANGE", message: "growth must be 0 or more (1 = no growth); got -0.1" });
    expect(code({ upliftOverride: -2 })).toMatchObject({ code: "OUT_OF_RANGE", message: "upliftOverride must be 0 or more (1 = no uplift); got -2" });
    expect(code({ growth: Number.NaN })?.code).toBe("NOT_A_NUMBER");
  });

  it("rejects a quantile outside (0.5, 1)", () => {
    expect(code({ quantile: 0.5 })?.code).toBe("OUT_OF_RANGE");
    expect(code({ quantile: 1 })?.message).toBe("quantile must be above 0.5 and below 1 (0.9 = P90); got 1");
  });

  it("rejects other out-of-range settings", () => {
    expect(code({ blendWeightLastYear: 1.5 })?.code).toBe("OUT_OF_RANGE");
    expect(code({ portfolioUplift: -1 })?.code).toBe("OUT_OF_RANGE");
  });

  it("rejects an empty history", () => {
    expect(code({ history: { startSerial: HISTORY_START, units: [] } })?.code).toBe("EMPTY_SERIES");
  });

  it("rejects a 'past' event that runs into this one", () => {
    expect(code({ pastEventStarts: [PAST_2023, EVENT_START - 2] })).toMatchObject({
      code: "INCONSISTENT_INPUT",
      message: "pastEventStarts item 2 (2025-11-25): that past window runs into or after this event (starting 2025-11-27); give earlier years only",
    });
  });

  it("accepts a one-day event", () => {
    const r = eventDemand(input({ event: { startSerial: EVENT_START, endSerial: EVENT_START }, baselineForecast: { meanUnitsPerDay: [12] } }));
    // hand: last year = PAST_2024's one day, 30; trend 12 × uplift 3 = 36; P50 = 0.5×30 + 0.5×36 = 33
    expect(r.ok ? r.value.meanUnits : null).toBe(33);
  });
});
