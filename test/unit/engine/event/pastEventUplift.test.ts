import { isoFromSerial } from "../../../../src/engine/dates";
import { pastEventUplift } from "../../../../src/engine/event/pastEventUplift";
import { EVENT_DAYS, HISTORY_START, PAST_2023, PAST_2024, indexOf, syntheticSku } from "./syntheticSku";

function value<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe("pastEventUplift", () => {
  it("measures 3.0 for a SKU selling 10/day that sold 30/day in two past 4-day events", () => {
    const r = value(pastEventUplift(syntheticSku(), EVENT_DAYS, [PAST_2023, PAST_2024]));
    // hand: each year 30 ÷ 10 = 3; combined (120 + 120) ÷ (10×4 + 10×4) = 240 ÷ 80 = 3
    expect(r.perYear.map((y) => y.uplift)).toEqual([3, 3]);
    expect(r.uplift).toBe(3);
    expect(r.yearsUsed).toBe(2);
    expect(r.windowUnits).toBe(240);
    expect(r.expectedUnits).toBe(80);
    expect(r.perYear[0]).toMatchObject({ usable: true, windowUnits: 120, windowDaysUsed: 4, windowUnitsPerDay: 30, baselineDaysUsed: 28, baselineUnitsPerDay: 10 });
  });

  it("combines years as a ratio of sums, not a mean of ratios", () => {
    // 2023 window at 30/day on a 10/day baseline; 2024 baseline doubled to 20/day, window 30/day
    const history = syntheticSku({}, (s, v) => (s >= PAST_2024 - 35 && s < PAST_2024 - 7 ? 20 : v));
    const r = value(pastEventUplift(history, EVENT_DAYS, [PAST_2023, PAST_2024]));
    // hand: per year 3.0 and 30/20 = 1.5; ratio of sums (120 + 120) ÷ (40 + 80) = 2.0 (mean of ratios would be 2.25)
    expect(r.perYear.map((y) => y.uplift)).toEqual([3, 1.5]);
    expect(r.uplift).toBe(2);
  });

  it("ignores a spike in the gap days before the event", () => {
    const spiky = syntheticSku({}, (s, v) => (s >= PAST_2023 - 7 && s < PAST_2023 ? 100 : v));
    const withGap = value(pastEventUplift(spiky, EVENT_DAYS, [PAST_2023]));
    // hand: baseline = 28 days ending 7 days before → all 10s; uplift 30 ÷ 10 = 3
    expect(withGap.perYear[0].baselineUnitsPerDay).toBe(10);
    expect(withGap.uplift).toBe(3);
    const noGap = value(pastEventUplift(spiky, EVENT_DAYS, [PAST_2023], { gapDays: 0 }));
    // hand: baseline = (21×10 + 7×100) ÷ 28 = 910 ÷ 28 = 32.5; uplift 30 ÷ 32.5 = 0.923
    expect(noGap.perYear[0].baselineUnitsPerDay).toBe(32.5);
    expect(noGap.uplift).toBeCloseTo(30 / 32.5, 12);
  });

  it("takes baselineWeeks of baseline", () => {
    // 2 weeks of 20/day right before the gap, 10/day before that
    const history = syntheticSku({}, (s, v) => (s >= PAST_2023 - 21 && s < PAST_2023 - 7 ? 20 : v));
    const two = value(pastEventUplift(history, EVENT_DAYS, [PAST_2023], { baselineWeeks: 2 }));
    expect(two.perYear[0].baselineUnitsPerDay).toBe(20); // hand: 14 days all at 20
    const four = value(pastEventUplift(history, EVENT_DAYS, [PAST_2023]));
    expect(four.perYear[0].baselineUnitsPerDay).toBe(15); // hand: (14×20 + 14×10) ÷ 28 = 15
  });

  it("skips excluded days in the baseline and the window", () => {
    const base = syntheticSku({}, (s, v) => (s === PAST_2023 - 10 || s === PAST_2023 - 11 || s === PAST_2023 + 1 ? 1000 : v));
    const excluded = base.units.map((_, i) => [PAST_2023 - 10, PAST_2023 - 11, PAST_2023 + 1].includes(HISTORY_START + i));
    const r = value(pastEventUplift({ ...base, excluded }, EVENT_DAYS, [PAST_2023]));
    // hand: the 1000s are on excluded days; baseline 26 days × 10, window 3 days × 30 → uplift 3
    expect(r.perYear[0]).toMatchObject({ baselineDaysUsed: 26, baselineUnitsPerDay: 10, windowDaysUsed: 3, windowUnits: 90, expectedUnits: 30, uplift: 3 });
  });

  it("skips a year with too few non-excluded window days, saying why", () => {
    const base = syntheticSku();
    const excluded = base.units.map((_, i) => i >= indexOf(base, PAST_2023) && i < indexOf(base, PAST_2023) + 3);
    const r = value(pastEventUplift({ ...base, excluded }, EVENT_DAYS, [PAST_2023, PAST_2024]));
    // hand: 1 of 4 days left, below half of 4
    expect(r.perYear[0].usable).toBe(false);
    expect(r.perYear[0].reason).toBe("past event 2023-11-23: only 1 of its 4 window days are not excluded");
    expect(r.yearsUsed).toBe(1);
    expect(r.uplift).toBe(3);
  });

  it("skips a past event outside the history with a reason", () => {
    const early = PAST_2023 - 364; // 2022-11-24, before the history starts 2023-01-01
    const r = value(pastEventUplift(syntheticSku(), EVENT_DAYS, [early, PAST_2023]));
    expect(r.perYear[0].usable).toBe(false);
    expect(r.perYear[0].uplift).toBeNull();
    expect(r.perYear[0].reason).toContain("past event 2022-11-24: its window 2022-11-24 … 2022-11-27 is not inside the history (2023-01-01 …");
    expect(r.yearsUsed).toBe(1);
  });

  it("skips a past event whose baseline starts before the history", () => {
    const history = syntheticSku({ startSerial: PAST_2023 - 20 });
    const r = value(pastEventUplift(history, EVENT_DAYS, [PAST_2023]));
    // hand: baseline = PAST_2023 − 35 … PAST_2023 − 8, starts 2023-10-19
    expect(isoFromSerial(PAST_2023 - 35)).toBe("2023-10-19");
    expect(r.perYear[0].reason).toBe(`past event 2023-11-23: its 28-day baseline starts 2023-10-19, before the history begins (${isoFromSerial(PAST_2023 - 20)})`);
    expect(r.uplift).toBeNull();
  });

  it("reports an unmeasurable uplift, not Infinity, when the baseline sold nothing", () => {
    const r = value(pastEventUplift(syntheticSku({ baselinePerDay: 0 }), EVENT_DAYS, [PAST_2023]));
    expect(r.perYear[0].uplift).toBeNull();
    expect(r.perYear[0].usable).toBe(false);
    expect(r.perYear[0].reason).toBe("past event 2023-11-23: no sales in the 28 days before but 120 units in the window, so the uplift cannot be measured");
    expect(r.uplift).toBeNull();
  });

  it("keeps an uplift below 1 for a SKU that sells less in the event", () => {
    const r = value(pastEventUplift(syntheticSku({ eventPerDay: 7 }), EVENT_DAYS, [PAST_2023, PAST_2024]));
    expect(r.uplift).toBeCloseTo(0.7, 12); // hand: (28 + 28) ÷ (40 + 40)
  });

  it("rejects a duplicated past start and bad options", () => {
    const dup = pastEventUplift(syntheticSku(), EVENT_DAYS, [PAST_2023, PAST_2023]);
    expect(dup.ok ? null : dup.error.code).toBe("DUPLICATE_KEY");
    const weeks = pastEventUplift(syntheticSku(), EVENT_DAYS, [PAST_2023], { baselineWeeks: 0 });
    expect(weeks.ok ? null : weeks.error.message).toBe("baselineWeeks must be a whole number ≥ 1; got 0");
    const gap = pastEventUplift(syntheticSku(), EVENT_DAYS, [PAST_2023], { gapDays: -1 });
    expect(gap.ok ? null : gap.error.code).toBe("OUT_OF_RANGE");
    const len = pastEventUplift(syntheticSku(), 0, [PAST_2023]);
    expect(len.ok ? null : len.error.code).toBe("OUT_OF_RANGE");
    const empty = pastEventUplift({ startSerial: HISTORY_START, units: [] }, EVENT_DAYS, [PAST_2023]);
    expect(empty.ok ? null : empty.error.code).toBe("EMPTY_SERIES");
  });

  it("returns no uplift without past events", () => {
    const r = value(pastEventUplift(syntheticSku(), EVENT_DAYS, []));
    expect(r).toEqual({ perYear: [], uplift: null, yearsUsed: 0, windowUnits: 0, expectedUnits: 0 });
  });
});

describe("pastEventUplift on a history with the event windows masked", () => {
  it("says why every year is skipped", () => {
    const base = syntheticSku();
    const excluded = base.units.map((_, i) => [PAST_2023, PAST_2024].some((p) => i >= indexOf(base, p) && i < indexOf(base, p) + EVENT_DAYS));
    const r = pastEventUplift({ ...base, excluded }, EVENT_DAYS, [PAST_2023, PAST_2024]);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.uplift).toBeNull();
    expect(r.value.perYear[1].reason).toBe(
      "past event 2024-11-28: only 0 of its 4 window days are not excluded (if the event windows were masked as excluded, pass the history masked for stock-outs only)",
    );
  });
});

describe("pastEventUplift against the same weekdays", () => {
  it("finds no uplift in a weekend-heavy Fri–Mon window that sold as usual", () => {
    // 120 days, 5/day Mon–Thu and 15/day Fri–Sun; a past "event" Fri–Mon with nothing special.
    // Flat baseline: window 15+15+15+5 = 50 vs 4 × (75/7) = 42.9 → 1.17, a false uplift;
    // same weekdays: expected 15 + 15 + 15 + 5 = 50 → uplift 1 (hand).
    const start = 45658; // 2025-01-01, a Wednesday; serial mod 7: 45658 % 7 = 2
    const weekdayOf = (serial: number) => (serial + 6) % 7; // 0 = Sunday … 5 = Friday, 6 = Saturday
    const units = Array.from({ length: 120 }, (_, i) => ([5, 6, 0].includes(weekdayOf(start + i)) ? 15 : 5));
    let friday = start + 90;
    while (weekdayOf(friday) !== 5) friday++;
    const r = pastEventUplift({ startSerial: start, units }, 4, [friday]);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.uplift).toBeCloseTo(1, 12);
    expect(r.value.perYear[0].expectedUnits).toBeCloseTo(50, 12);
  });
});
