import { serialFromYmd } from "../../../src/engine/dates";
import { eventDemand, forecast } from "../../../src/functions/functions";
import { excelErrorOf } from "./expectExcelError";

const column = (values: readonly number[]): number[][] => values.map((v) => [v]);

describe("PEAK.DEMANDFORECAST (id FORECAST)", () => {
  it("spills horizon_days values down one column", () => {
    // hand: SES on a constant 10/day forecasts 10/day
    const out = forecast(column(Array(60).fill(10)), 5, "ses");
    expect(out).toHaveLength(5);
    for (const row of out) {
      expect(row).toHaveLength(1);
      expect(row[0]).toBeCloseTo(10, 6);
    }
  });

  it("repeats the weekly pattern with seasonal naive", () => {
    // hand: the last 7 days are 1..7, so the next 9 days are 1..7, 1, 2
    const week = [1, 2, 3, 4, 5, 6, 7];
    const out = forecast(column([...week, ...week, ...week]), 9, "seasonalNaive");
    expect(out.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 1, 2]);
  });

  it("answers with AUTO by default", () => {
    const out = forecast(column(Array(90).fill(4)), 3);
    expect(out.map((r) => Math.round(r[0] * 1000) / 1000)).toEqual([4, 4, 4]);
  });

  it("explains a bad horizon, an unknown model and too short a history", () => {
    expect(excelErrorOf(() => forecast(column([1, 2, 3]), 0))).toBe("#VALUE! horizon_days must be at least 1 and at most 3660 (got 0)");
    expect(excelErrorOf(() => forecast(column([1, 2, 3]), 2.5))).toBe("#VALUE! horizon_days must be a whole number (got 2.5)");
    expect(excelErrorOf(() => forecast(column([1, 2, 3]), 7, "prophet"))).toMatch(/^#VALUE! Unknown forecast model 'prophet'\. Use AUTO or one of: naive, /);
    expect(excelErrorOf(() => forecast(column([1, 2, 3]), 7, "holtWinters"))).toMatch(/^#NUM! /);
    expect(excelErrorOf(() => forecast([[""]], 7))).toBe("#N/A history: there are no sales values");
  });
});

describe("PEAK.EVENTDEMAND", () => {
  const eventStart = serialFromYmd(2026, 11, 27);
  const historyEnd = eventStart - 15;
  const dates = column(Array.from({ length: 120 }, (_, i) => historyEnd - 119 + i));
  const units = column(Array(120).fill(10));

  it("is the baseline times the uplift over the event days", () => {
    // hand: 10/day × 4 days × uplift 2 = 80
    expect(eventDemand(dates, units, eventStart, eventStart + 3, undefined, 2)).toBeCloseTo(80, 6);
    expect(eventDemand(dates, units, "2026-11-27", "2026-11-30", undefined, 2)).toBeCloseTo(80, 6);
  });

  it("gives a higher figure for a higher quantile", () => {
    const p50 = eventDemand(dates, units, eventStart, eventStart + 3, undefined, 2);
    const p90 = eventDemand(dates, units, eventStart, eventStart + 3, undefined, 2, null, 0.9);
    expect(p90).toBeGreaterThanOrEqual(p50);
  });

  it("explains mismatched ranges, text in the sales and an event inside the history", () => {
    expect(excelErrorOf(() => eventDemand(dates.slice(1), units, eventStart, eventStart + 3))).toBe(
      "#VALUE! dates has 119 cells but daily_sales has 120; give one date per sales value",
    );
    const bad: unknown[][] = units.map((r) => [...r]);
    bad[4] = ["abc"];
    expect(excelErrorOf(() => eventDemand(dates, bad, eventStart, eventStart + 3))).toBe("#VALUE! Cell row 5, daily_sales: 'abc' is not a number");
    expect(excelErrorOf(() => eventDemand(dates, units, historyEnd - 2, historyEnd))).toMatch(/^#VALUE! The event starts on .* inside the sales history/);
  });
});
