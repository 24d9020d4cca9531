import { historyEndSerial, sumDaySpan, validateHistory } from "../../../../src/engine/event/dailyHistory";

describe("validateHistory", () => {
  it("accepts a history of non-negative numbers", () => {
    expect(validateHistory({ startSerial: 45658, units: [0, 3, 5] }).ok).toBe(true);
  });

  it("reports an empty history as EMPTY_SERIES", () => {
    const r = validateHistory({ startSerial: 45658, units: [] });
    expect(r.ok ? null : r.error.code).toBe("EMPTY_SERIES");
  });

  it("names the day and its date when a value is negative", () => {
    const r = validateHistory({ startSerial: 45658, units: [3, -1] });
    // hand: serial 45658 = 2025-01-01, so day 2 is 2025-01-02
    expect(r.ok ? null : r.error).toEqual({ code: "NEGATIVE_VALUE", message: "history: day 2 (2025-01-02) is negative (-1)", where: { argument: "history", index: 2 } });
  });

  it("reports a value that is not a number", () => {
    const r = validateHistory({ startSerial: 45658, units: [3, Number.NaN] });
    expect(r.ok ? null : r.error.code).toBe("NOT_A_NUMBER");
  });

  it("reports an excluded-day list of the wrong length", () => {
    const r = validateHistory({ startSerial: 45658, units: [1, 2, 3], excluded: [false] });
    expect(r.ok ? null : r.error.code).toBe("INCONSISTENT_INPUT");
  });
});

describe("sumDaySpan", () => {
  const history = { startSerial: 100, units: [1, 2, 3, 4], excluded: [false, true, false, false] };

  it("skips excluded days", () => {
    // hand: days 100, 102 count: 1 + 3 = 4 over 2 of 3 days
    expect(sumDaySpan(history, 100, 102)).toEqual({ inside: true, units: 4, daysUsed: 2, daysTotal: 3 });
  });

  it("is not inside when the span runs past either end of the history", () => {
    expect(sumDaySpan(history, 99, 101).inside).toBe(false);
    expect(sumDaySpan(history, 102, 104).inside).toBe(false);
  });

  it("knows the last day of the history", () => {
    expect(historyEndSerial(history)).toBe(103); // hand: 100 + 4 − 1
  });
});
