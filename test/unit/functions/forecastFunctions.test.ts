import { serialFromYmd } from "../../../src/engine/dates";
import { forecastEventDemand } from "../../../src/engine/event/forecastEventDemand";
import { defaultLanes } from "../../../src/engine/plan/defaultLanes";
import { planEvent } from "../../../src/engine/plan/planEvent";
import type { EventPolicy, SkuMaster } from "../../../src/engine/plan/types";
import { dailySeries } from "../../../src/engine/series/dailySeries";
import { countDistribution } from "../../../src/engine/stats/countDistribution";
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

  it("gives each day's quantile with the quantile argument", () => {
    // A series with no spread beyond Poisson in the backtest (0/1/2 repeating: mean 1, squared
    // errors below the mean) still gets the prior's spread; whatever it is, the P90 of a day is
    // above its mean, the P10 below, and the blank argument gives the mean itself.
    const y = Array.from({ length: 200 }, (_, t) => t % 3);
    const mean = forecast(column(y), 7, "movingAverage").map((r) => r[0]);
    const p90 = forecast(column(y), 7, "movingAverage", null, 0.9).map((r) => r[0]);
    const p10 = forecast(column(y), 7, "movingAverage", null, 0.1).map((r) => r[0]);
    expect(forecast(column(y), 7, "movingAverage", null, "").map((r) => r[0])).toEqual(mean);
    for (let d = 0; d < 7; d++) {
      expect(p90[d]).toBeGreaterThan(mean[d]);
      expect(p10[d]).toBeLessThan(mean[d]);
    }
    expect(excelErrorOf(() => forecast(column(y), 7, "movingAverage", null, 1))).toBe("#VALUE! quantile must be at least 0.01 and at most 0.99 (got 1)");
  });

  it("gives a Poisson day's quantile on a series that is exactly Poisson-spread", () => {
    // A constant 3/day under the moving average: backtest errors are 0, so the day's extra
    // variance is only the prior's, shrunk by 3 × 28 × 52 units of evidence toward 0 … the day
    // is a count with mean 3 and variance just above 3. R: qpois(0.9, 3) = 5; the whole-unit
    // P90 of the engine's day equals it whenever the variance stays within 3 × (1 + 0.05).
    const out = forecast(column(Array(400).fill(3)), 1, "movingAverage", null, 0.9)[0][0];
    const day = countDistribution(3, 3);
    expect(day.wholeUnits(0.9)).toBe(5);
    expect(Math.abs(out - day.quantile(0.9))).toBeLessThan(0.1);
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
    // hand: 10/day × 4 days × uplift 2 = 80 is the mean; the median of that right-skewed count lies in (79, 80]
    const p50 = eventDemand(dates, units, eventStart, eventStart + 3, undefined, 2);
    expect(p50).toBeGreaterThan(79);
    expect(p50).toBeLessThanOrEqual(80);
    expect(eventDemand(dates, units, "2026-11-27", "2026-11-30", undefined, 2)).toBe(p50);
  });

  it("is the same computation as the plan's event demand (forecastEventDemand)", () => {
    const made = dailySeries("SKU", historyEnd - 119, Array(120).fill(10));
    if (!made.ok) throw new Error(made.error.message);
    const engine = forecastEventDemand({ series: made.value, event: { startSerial: eventStart, endSerial: eventStart + 3 }, pastEventStarts: [], upliftOverride: 2, growth: 1 });
    if (!engine.ok) throw new Error(engine.error.message);
    expect(eventDemand(dates, units, eventStart, eventStart + 3, undefined, 2)).toBe(engine.value.demand.p50Units);
    expect(eventDemand(dates, units, eventStart, eventStart + 3, undefined, 2, null, 0.9)).toBe(engine.value.demand.pQUnits);
    expect(eventDemand(dates, units, eventStart, eventStart + 3, undefined, 2, null, 0.3)).toBe(engine.value.demand.distribution.quantile(0.3));
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

describe("PEAK.EVENTDEMAND and the Plan sheet", () => {
  it("give the same P50 and P90 for the same SKU, history and event", () => {
    // 700 days ending 70 days before Black Friday 2026, weekly pattern, the two earlier Black
    // Fridays (4 days each) selling 2.5× the usual.
    const start = serialFromYmd(2026, 11, 27);
    const end = start + 3;
    const planDate = start - 70;
    const first = planDate - 700;
    const past = [serialFromYmd(2024, 11, 29), serialFromYmd(2025, 11, 28)];
    const units = Array.from({ length: 700 }, (_, i) => {
      const day = first + i;
      const inPast = past.some((p) => day >= p && day <= p + 3);
      return Math.round((8 + 4 * ((i % 7) / 6)) * (inPast ? 2.5 : 1) + ((i * 37) % 5));
    });
    const dates = column(units.map((_, i) => first + i));
    const made = dailySeries("MUG", first, units);
    if (!made.ok) throw new Error(made.error.message);
    const policy: EventPolicy = {
      name: "Black Friday", marketplace: "", start, end, planDate, pastEventStarts: past, receivingDays: 14, safetyDays: 7,
      serviceLevelByClass: { A: 0.98, B: 0.95, C: 0.9 }, bufferPct: 0.15, contingencyPct: 0.1, alertThreshold: 0.3, growth: 1,
      coverDaysAfter: 14, storageRateOffPeak: 0.78, storageRatePeak: 2.4, insuranceRate: 0.003, safetyStockMethod: "SERVICE",
    };
    const sku: SkuMaster = {
      sku: "MUG", unitCost: 3, price: 9, unitsPerCarton: 12, cartonLengthCm: 40, cartonWidthCm: 30, cartonHeightCm: 25, cartonWeightKg: 6,
      dutyRate: 0.05, onHand: 0, inTransit: 0, supplierLeadDays: 0, moq: 0, sensitive: false,
    };
    const plan = planEvent({ series: [made.value], skus: [sku], lanes: defaultLanes("US-West"), policy });
    const [line] = plan.lines;
    const pastCells = column(past);
    expect(eventDemand(dates, column(units), start, end, pastCells)).toBe(line.eventDemandP50);
    expect(eventDemand(dates, column(units), start, end, pastCells, null, null, 0.9)).toBe(line.eventDemandP90);
    // and the event does lift the demand: P50 above 4 ordinary days (≤ 4 × 16 units)
    expect(line.eventDemandP50).toBeGreaterThan(4 * 16);
  });
});
