import fc from "fast-check";
import type { Lane, LaneMode } from "../../../../src/engine/plan/types";
import { reorderAdvice, type ReorderAdviceInput } from "../../../../src/engine/watch/reorderAdvice";
import { errorOf, unwrap } from "../stock/testResult";

function lane(name: string, mode: LaneMode, transitDays: number, transitDaysWorst: number, handlingDays: number, allowsSensitive: boolean): Lane {
  return Object.freeze({ name, mode, transitDays, transitDaysWorst, handlingDays, ratePerKg: 0, ratePerCbm: 0, minCharge: 0, volumetricDivisor: 6000, allowsSensitive });
}

// Shipping on the plan day 46300 (2026-10-05) with 14 receiving days, worst case:
// sea 46300 + 5 + 35 + 14 = 46354 (11-28), air 46300 + 2 + 10 + 14 = 46326 (10-31), express 46300 + 1 + 5 + 14 = 46320 (10-25)
const sea = lane("Sea", "sea", 30, 35, 5, true);
const air = lane("Air", "air", 5, 10, 2, false);
const express = lane("Express", "express", 3, 5, 1, false);

const base: ReorderAdviceInput = Object.freeze({
  actualToDateUnits: 150,
  forecastToDateUnits: 100,
  remainingDailyForecast: Object.freeze(Array<number>(10).fill(20)),
  onHandUnits: 180,
  inboundUnits: 20,
  lanes: Object.freeze([sea, air]),
  planDaySerial: 46300,
  eventEndSerial: 46330, // 2026-11-04
  receivingDays: 14,
  sensitive: false,
});

describe("reorderAdvice", () => {
  it("scales the remaining forecast on a REORDER alert and picks the fastest lane in time", () => {
    // hand: 150 > 130 → REORDER; remaining 10 × 20 = 200, × 150/100 = 300; 300 − (180 + 20) = 100;
    // sea lands 46354 > 46330, air 46326 ≤ 46330 → Air
    expect(unwrap(reorderAdvice(base))).toEqual({
      alert: "REORDER",
      reorderUnits: 100,
      lane: "Air",
      arrivesBy: 46326,
      why: "Sales are 50% above forecast (150 vs 100 units), so the remaining 200-unit forecast scales to 300 against 200 available: re-order 100 units by Air, sellable by 2026-10-31.",
    });
  });

  it("says when no lane that may carry the goods lands in time", () => {
    // hand: sensitive → only sea (46354), 46354 − 46330 = 24 days late
    expect(unwrap(reorderAdvice({ ...base, sensitive: true }))).toEqual({
      alert: "REORDER",
      reorderUnits: 100,
      why:
        "Sales are 50% above forecast (150 vs 100 units), so the remaining 200-unit forecast scales to 300 against 200 available: re-order 100 units, but no lane is sellable by 2026-11-04: the fastest, Sea, is sellable 2026-11-28 (worst case), 24 days late.",
    });
  });

  it("orders nothing when the stock covers the scaled forecast", () => {
    // hand: 140 > 130 → REORDER; 200 × 1.4 = 280 ≤ 400 available
    expect(unwrap(reorderAdvice({ ...base, actualToDateUnits: 140, onHandUnits: 400, inboundUnits: 0, lanes: [] }))).toEqual({
      alert: "REORDER",
      reorderUnits: 0,
      why: "Sales are 40% above forecast (140 vs 100 units), so the remaining 200-unit forecast scales to 280, covered by 400 available: no re-order.",
    });
  });

  it("flags a slow mover without scaling", () => {
    // hand: 60 < 70 → SLOW; remaining 200 unscaled ≤ 300
    expect(unwrap(reorderAdvice({ ...base, actualToDateUnits: 60, onHandUnits: 300, inboundUnits: 0 }))).toEqual({
      alert: "SLOW",
      reorderUnits: 0,
      why: "Sales are 40% below forecast (60 vs 100 units): hold the sprint batch and plan clearance; the remaining forecast is 200 units, covered by 300 available: no re-order.",
    });
  });

  it("still closes a gap against the plain forecast when sales are on plan", () => {
    // hand: 110 within 30 % → OK, unscaled 200 − 150 = 50; express 46320 is the fastest
    expect(unwrap(reorderAdvice({ ...base, actualToDateUnits: 110, onHandUnits: 150, inboundUnits: undefined, lanes: [sea, air, express] }))).toEqual({
      alert: "OK",
      reorderUnits: 50,
      lane: "Express",
      arrivesBy: 46320,
      why: "Sales are within 30% of forecast (110 vs 100 units), and the remaining forecast is 200 units against 150 available: re-order 50 units by Express, sellable by 2026-10-25.",
    });
  });

  it("does not scale when the forecast to date is 0", () => {
    // hand: 12 against 0 → REORDER; remaining 3 × 10 = 30 unscaled − 10 = 20
    const r = unwrap(reorderAdvice({ ...base, actualToDateUnits: 12, forecastToDateUnits: 0, remainingDailyForecast: [10, 10, 10], onHandUnits: 10, inboundUnits: 0 }));
    expect(r).toEqual({
      alert: "REORDER",
      reorderUnits: 20,
      lane: "Air",
      arrivesBy: 46326,
      why: "Sales to date are 12 units against a forecast of 0, so the remaining forecast of 30 units is used unscaled against 10 available: re-order 20 units by Air, sellable by 2026-10-31.",
    });
  });

  it("rounds the re-order up to whole units, but not on floating-point noise", () => {
    // hand: 135/100 × 21 = 28.35 − 20 = 8.35 → 9
    expect(unwrap(reorderAdvice({ ...base, actualToDateUnits: 135, remainingDailyForecast: [7, 7, 7], onHandUnits: 20, inboundUnits: 0 })).reorderUnits).toBe(9);
    // hand: threshold 5 % → REORDER; 200 × 1.1 = 220.00000000000003 in binary; 220 − 200 = 20, not 21
    expect(200 * (110 / 100)).not.toBe(220);
    expect(unwrap(reorderAdvice({ ...base, actualToDateUnits: 110, threshold: 0.05, onHandUnits: 200, inboundUnits: 0 })).reorderUnits).toBe(20);
  });

  it("reports bad input by name", () => {
    expect(errorOf(reorderAdvice({ ...base, eventEndSerial: 46299 }))).toMatchObject({
      code: "INCONSISTENT_INPUT",
      message: "event_end (2026-10-04) is before plan_day (2026-10-05)",
    });
    expect(errorOf(reorderAdvice({ ...base, remainingDailyForecast: [1, -1] }))).toMatchObject({
      code: "NEGATIVE_VALUE",
      message: "remaining_daily_forecast day 2 (-1) is negative",
      where: { argument: "remaining_daily_forecast", index: 2 },
    });
    expect(errorOf(reorderAdvice({ ...base, threshold: 3 })).code).toBe("OUT_OF_RANGE");
    expect(errorOf(reorderAdvice({ ...base, actualToDateUnits: -1 })).message).toBe("actual_units (-1) is negative");
    expect(errorOf(reorderAdvice({ ...base, inboundUnits: Number.NaN })).message).toBe("inbound_units is not a number (NaN)");
    expect(errorOf(reorderAdvice({ ...base, planDaySerial: 3 }))).toMatchObject({ code: "BAD_DATE", where: { argument: "plan_day" } });
    expect(errorOf(reorderAdvice({ ...base, receivingDays: -2 })).message).toBe("receiving_days (-2) is negative");
    // a re-order with no lanes to choose from
    expect(errorOf(reorderAdvice({ ...base, lanes: [] })).code).toBe("MISSING_VALUE");
  });

  it("orders whole units that, with the stock, cover the (scaled) remaining forecast, and no more (property)", () => {
    const units = fc.integer({ min: 0, max: 2000 });
    fc.assert(
      fc.property(units, units, fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 30 }), units, fc.integer({ min: 0, max: 60 }), (actual, forecast, path, onHand, window) => {
        const r = unwrap(reorderAdvice({ ...base, actualToDateUnits: actual, forecastToDateUnits: forecast, remainingDailyForecast: path, onHandUnits: onHand, inboundUnits: 0, lanes: [sea, air, express], eventEndSerial: 46300 + window }));
        const remaining = path.reduce((a, b) => a + b, 0);
        const demand = r.alert === "REORDER" && forecast > 0 ? (remaining * actual) / forecast : remaining;
        expect(Number.isInteger(r.reorderUnits)).toBe(true);
        expect(r.reorderUnits + onHand).toBeGreaterThanOrEqual(demand - 1e-6);
        expect(r.reorderUnits).toBeLessThan(Math.max(1, demand - onHand + 1));
        if (r.arrivesBy !== undefined) expect(r.arrivesBy).toBeLessThanOrEqual(46300 + window);
        if (r.reorderUnits === 0) expect(r.lane).toBeUndefined();
      }),
    );
  });
});
