import { forecastEventDemand } from "../../../../src/engine/event/forecastEventDemand";
import type { DailySeries } from "../../../../src/engine/series/dailySeries";

const EVENT_START = 46353; // 2026-11-27 (Black Friday)

function series(units: number[], endSerial: number, excluded?: boolean[]): DailySeries {
  return Object.freeze({
    sku: "MUG-01",
    startSerial: endSerial - units.length + 1,
    units: Object.freeze(units.slice()),
    excluded: Object.freeze(excluded ?? units.map(() => false)),
    missingDays: 0,
    stockOutDays: 0,
  });
}

describe("forecastEventDemand", () => {
  it("multiplies a flat baseline by the uplift over the event days", () => {
    // hand: SES on a constant 10/day forecasts 10/day; 4 event days × 10 × uplift 2 = 80 (the mean);
    // the total is a right-skewed count with mean 80, so its median lies just below: in (79, 80]
    const r = forecastEventDemand({
      series: series(Array(120).fill(10), EVENT_START - 15),
      event: { startSerial: EVENT_START, endSerial: EVENT_START + 3 },
      pastEventStarts: [],
      upliftOverride: 2,
      model: "ses",
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.demand.meanUnits).toBeCloseTo(80, 6);
    expect(r.value.demand.p50Units).toBeGreaterThan(79);
    expect(r.value.demand.p50Units).toBeLessThanOrEqual(80);
    expect(r.value.demand.pQUnits).toBeGreaterThan(80);
    // the baseline's distribution covers the same days as its forecast
    expect(r.value.baseline.distribution.horizonDays).toBe(18);
    // the forecast runs from the day after the history to the event's last day: 14 + 4 days
    expect(r.value.baseline.firstSerial).toBe(EVENT_START - 14);
    expect(r.value.baseline.forecast.mean).toHaveLength(18);
    expect(r.value.baseline.label).toBe("ses");
  });

  it("measures the uplift on last year's event but keeps it out of the baseline", () => {
    // 400 days of 10/day; last year's 4-day event (364 days earlier) sold 30/day.
    const end = EVENT_START - 15;
    const units = Array(400).fill(10);
    const pastStart = EVENT_START - 364;
    for (let d = 0; d < 4; d++) units[pastStart - (end - 399) + d] = 30;
    const r = forecastEventDemand({
      series: series(units, end),
      event: { startSerial: EVENT_START, endSerial: EVENT_START + 3 },
      pastEventStarts: [pastStart],
      model: "movingAverage",
    });
    if (!r.ok) throw new Error(r.error.message);
    // baseline stays 10/day (the past window is masked and re-filled), so trend side = 40
    expect(r.value.demand.trendUnits).toBeCloseTo(40, 6);
    // last year's window: 4 × 30 = 120 units
    expect(r.value.demand.lastYearUnits).toBeCloseTo(120, 6);
    expect(r.value.demand.meanUnits).toBeGreaterThan(40);
  });

  it("refuses an event inside the sales history", () => {
    const r = forecastEventDemand({
      series: series(Array(60).fill(5), EVENT_START + 2),
      event: { startSerial: EVENT_START, endSerial: EVENT_START + 3 },
      pastEventStarts: [],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("INCONSISTENT_INPUT");
    expect(r.error.message).toBe(
      "The event starts on 2026-11-27, inside the sales history that runs to 2026-11-29; plan an event after the last day of sales",
    );
  });

  it("names an unknown model", () => {
    const r = forecastEventDemand({
      series: series(Array(60).fill(5), EVENT_START - 10),
      event: { startSerial: EVENT_START, endSerial: EVENT_START },
      pastEventStarts: [],
      model: "prophet",
    });
    expect(!r.ok && r.error.code).toBe("UNKNOWN_MODEL");
  });
});
